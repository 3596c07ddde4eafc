// The rows of a list field (the interviewers): add, remove, renumber. Plain DOM functions over the
// form the build wrote (scripts/sitebuild/builder_form.py): a list is `[data-list]`, its rows are the
// children of `[data-fk-rows]`, a new row is a copy of `template[data-fk-row-template]`, whose
// paths and ids carry ROW_INDEX_TOKEN where the row number goes.

import { ROW_INDEX_TOKEN, fieldId } from "./protocol.js";

/** The rows of a list, in order on screen. */
export function rowsOf(list) {
  return [...list.querySelector("[data-fk-rows]").children];
}

/** Adds an empty row at the end (not renumbered yet); false when the list is full. */
export function appendRow(list) {
  const max = Number(list.dataset.maxItems) || Infinity;
  if (rowsOf(list).length >= max) return false;
  const template = list.querySelector("template[data-fk-row-template]");
  list.querySelector("[data-fk-rows]").append(template.content.cloneNode(true));
  return true;
}

/**
 * Removes a row (the last one left is emptied instead, so there is always one to fill in; not
 * renumbered yet) and returns the element that should get the focus: the first field of the row
 * now in its place, else the list's add button.
 */
export function removeRow(row) {
  const list = row.closest("[data-list]");
  const rows = rowsOf(list);
  const index = rows.indexOf(row);
  if (rows.length === 1) {
    for (const control of row.querySelectorAll("[data-path]")) control.value = "";
  } else {
    row.remove();
  }
  const left = rowsOf(list);
  const next = left[Math.min(index, left.length - 1)];
  return next?.querySelector("[data-path]") || list.querySelector("[data-fk-add-row]");
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Renumber every list's rows so ids, labels and paths follow the order on screen. */
export function renumberRows(form) {
  for (const list of form.querySelectorAll("[data-list]")) {
    const name = list.dataset.list;
    const rows = rowsOf(list);
    // The id and path of any row's fields, whatever number (or the template's token) they carry.
    const idPrefix = escapeRegExp(fieldId(`${name}.`));
    const anyId = new RegExp(`(^|\\s)${idPrefix}(\\d+|${ROW_INDEX_TOKEN})-`, "g");
    const anyPath = new RegExp(`^${escapeRegExp(name)}\\.(\\d+|${ROW_INDEX_TOKEN})\\.`);
    const anyNumber = new RegExp(`\\b(\\d+|${ROW_INDEX_TOKEN})\\b`);
    rows.forEach((row, i) => {
      row.querySelector("[data-fk-row-number]").textContent = String(i + 1);
      const remove = row.querySelector("[data-fk-remove-row]");
      // "Remove interviewer 2", "Person 2 entfernen": the row's number is wherever the words put it.
      remove.setAttribute("aria-label", remove.getAttribute("aria-label").replace(anyNumber, String(i + 1)));
      const id = `$1${fieldId(`${name}.${i}.`)}`;
      for (const el of row.querySelectorAll("[data-field], [data-path], label[for], [id]")) {
        for (const attr of ["id", "for", "name", "data-path", "data-field", "aria-describedby"]) {
          const value = el.getAttribute(attr);
          if (value === null) continue;
          el.setAttribute(attr, value.replace(anyId, id).replace(anyPath, `${name}.${i}.`));
        }
      }
    });
    const max = Number(list.dataset.maxItems) || Infinity;
    list.querySelector("[data-fk-add-row]").disabled = rows.length >= max;
  }
}

/**
 * Shows in each interviewer's "Address them as" field, as its placeholder, how the composer will
 * greet them if it stays empty (`greetings` are the composer's, in the order of the answers it
 * was sent; `rowMap` says which form row each answer came from).
 */
export function showGreetingGuesses(form, rowMap, greetings) {
  const guesses = new Map(greetings.map((g, i) => [rowMap[i], g.guess]));
  for (const control of form.querySelectorAll('[data-path^="interviewers."][data-path$=".address_as"]')) {
    const row = Number(control.dataset.path.split(".")[1]);
    control.placeholder = guesses.get(row) || "";
  }
}
