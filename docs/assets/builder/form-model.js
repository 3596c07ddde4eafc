// The form <-> the answers: reads the answers file format from the form the build wrote
// (scripts/sitebuild/builder_form.py: every control has `data-path`, a dotted answers path, and
// `data-type`, its JSON Schema type: string, integer or boolean) and fills the form from answers (a draft or a loaded file).
// Also what depends on the letter type: which fields show and which are required; and on the
// letter language: a field only some languages' letters use (`data-languages`, the language
// families) shows, and is sent, only while the letter language is in one of them.

import { currentNames } from "./answers-file.js";
import { updateCounter } from "./limits.js";
import { appendRow, removeRow, renumberRows, rowsOf } from "./rows.js";

// What the composer is sent for a date or time the browser could not read (the field's value is
// then ""): it refuses it, so no letter or check quietly assumes the field is empty.
export const UNREADABLE = "(unreadable)";

const kindsOf = (el, attr) => el.dataset[attr].split(" ");

export class FormModel {
  constructor(app) {
    this.app = app;
    this.form = app.querySelector("[data-fk-form]");
    /** Ids of the fields the person has been to (or that a draft filled): their errors show. */
    this.touched = new Set();
    /** Index of a row in the answers last sent to the composer -> index of that row in the form. */
    this.rowMap = [];
    /** Whether the person has typed in or left a field on this visit (set by builder.js). */
    this.engaged = false;
  }

  get kind() {
    return this.form.elements.namedItem("kind").value;
  }

  /** The letter language's family ("en", "de"); English when the form has no language control. */
  get languageFamily() {
    return (this.form.elements.namedItem("language")?.value || "en-US").split("-")[0];
  }

  /** Whether a control (or list) is used by the chosen letter type and letter language. */
  inUse(control) {
    const scoped = control.closest("[data-kinds]");
    if (scoped && !kindsOf(scoped, "kinds").includes(this.kind)) return false;
    const languages = control.closest("[data-languages]");
    return !languages || kindsOf(languages, "languages").includes(this.languageFamily);
  }

  /**
   * The letter language a new application starts in: the page's (`data-letter-language`: en-US on
   * the English builder, de-DE on the German one), in the region of the browser's languages.
   */
  newLanguage(languages = globalThis.navigator?.languages || [globalThis.navigator?.language]) {
    return letterLanguageForBrowser(languages, this.app.dataset.letterLanguage || "en-US");
  }

  /** The form's controls with a path, leaving out the row templates'. */
  *controls() {
    for (const control of this.form.querySelectorAll("[data-path]")) {
      if (!control.closest("template")) yield control;
    }
  }

  /**
   * The answers in the file format the CLI reads. Empty answers are left out; so are answers
   * for fields the chosen letter type does not use, for the composer (with `everything`, for the
   * draft and the saved file, they are kept: switching letter type and back loses nothing).
   */
  answers({ everything = false } = {}) {
    const out = { schema_version: Number(this.form.dataset.schemaVersion) || 1 };
    const rows = new Map();
    for (const control of this.controls()) {
      if (!everything && !this.inUse(control)) continue;
      const value = valueOf(control, { forComposer: !everything });
      if (value === undefined) continue;
      const parts = control.dataset.path.split(".");
      // An unticked box in a list row is nothing filled in: an empty row stays empty (and unsent).
      if (parts.length === 3 && value === false) continue;
      if (parts.length === 3) {
        // list row: interviewers.<row>.<field>
        const [list, row, key] = parts;
        if (!rows.has(list)) rows.set(list, new Map());
        const byRow = rows.get(list);
        if (!byRow.has(row)) byRow.set(row, {});
        byRow.get(row)[key] = value;
      } else if (parts.length === 2) {
        out[parts[0]] ??= {};
        out[parts[0]][parts[1]] = value;
      } else {
        out[parts[0]] = value;
      }
    }
    // Which form row each sent row is, for errors and checks that name a row: only the answers
    // sent to the composer define it (the draft's may hold rows the composer never sees).
    const rowMap = [];
    for (const list of this.form.querySelectorAll("[data-list]")) {
      if (!everything && !this.inUse(list)) continue;
      const byRow = rows.get(list.dataset.list) || new Map();
      const items = [];
      for (const [row, item] of byRow) {
        items.push(item);
        rowMap.push(Number(row));
      }
      out[list.dataset.list] = items;
    }
    if (!everything) this.rowMap = rowMap;
    return out;
  }

  /** Fill the form from answers (a draft or a loaded file). Unmentioned fields go back to defaults. */
  apply(answers) {
    answers = currentNames(answers); // an older file's `style` fills the letter language
    this.reset();
    for (const list of this.form.querySelectorAll("[data-list]")) {
      const items = Array.isArray(answers[list.dataset.list]) ? answers[list.dataset.list] : [];
      while (rowsOf(list).length < Math.max(1, items.length)) this.addRow(list, { focus: false });
    }
    for (const control of this.controls()) {
      let value = answers;
      for (const part of control.dataset.path.split(".")) value = value?.[part];
      if (value === undefined || value === null) continue;
      if (control.dataset.type === "boolean") control.checked = value === true;
      else control.value = String(value);
      if (control.value !== "") this.touched.add(control.id);
      updateCounter(this.app, control);
    }
    this.updateKind();
    this.updateRows();
  }

  /** Every field back to the value the page came with; one row per list; nothing visited. */
  reset() {
    this.form.reset();
    const language = this.form.elements.namedItem("language");
    if (language) language.value = this.newLanguage();
    for (const list of this.form.querySelectorAll("[data-list]")) {
      for (const row of rowsOf(list).slice(1)) row.remove();
    }
    this.touched.clear();
    for (const control of this.form.querySelectorAll("[data-path]")) updateCounter(this.app, control);
    this.updateKind();
    this.updateRows();
  }

  /** Adds a row to a list (with `focus`, focuses its first field); false when the list is full. */
  addRow(list, { focus = true } = {}) {
    if (!appendRow(list)) return false;
    this.updateRows();
    this.updateKind();
    if (focus) rowsOf(list).at(-1).querySelector("[data-path]")?.focus();
    return true;
  }

  /** Removes a row (empties the last one) and moves the focus to what took its place. */
  removeRow(row) {
    const next = removeRow(row);
    this.updateRows();
    next.focus();
  }

  /** Renumber the rows so ids, labels and paths follow the order on screen. */
  updateRows() {
    renumberRows(this.form);
  }

  /** Show the fields the chosen letter type uses, and mark the ones it requires. */
  updateKind() {
    const kind = this.kind;
    const family = this.languageFamily;
    for (const el of this.form.querySelectorAll("[data-kinds], [data-languages]")) {
      el.hidden = (el.dataset.kinds !== undefined && !kindsOf(el, "kinds").includes(kind)) ||
        (el.dataset.languages !== undefined && !kindsOf(el, "languages").includes(family));
    }
    for (const el of this.form.querySelectorAll("[data-required-for]")) {
      const required = kindsOf(el, "requiredFor").includes(kind);
      const marker = el.matches("fieldset")
        ? el.querySelector(":scope > legend [data-fk-req]")
        : el.querySelector(":scope > .fk-field__head [data-fk-req]");
      if (marker) marker.hidden = !required;
      const control = el.querySelector(":scope [data-path]");
      if (!el.matches("fieldset") && control) {
        control.required = required;
        if (required) control.setAttribute("aria-required", "true");
        else control.removeAttribute("aria-required");
      }
    }
  }
}

/** One control's answer; undefined when empty. `forComposer`: an unreadable date is UNREADABLE. */
export function valueOf(control, { forComposer = false } = {}) {
  const type = control.dataset.type;
  if (forComposer && control.validity?.badInput) return UNREADABLE;
  if (type === "boolean") return control.checked;
  const raw = control.value;
  if (raw.trim() === "") return undefined;
  if (type === "integer") return /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
  return raw;
}

const US_ENGLISH = new Set(["en-us", "en-ca", "en-ph", "en-lr", "en-as", "en-gu", "en-pr", "en-vi", "en-um"]);

/**
 * The English style ("en-US" or "en-GB") for a browser's language list: the first English one
 * decides (en-US and the few that follow US spelling, else UK spelling); no English: en-US, as on
 * the command line.
 */
export function englishForLanguages(languages) {
  const english = (languages || []).map((l) => String(l).toLowerCase()).find((l) => l === "en" || l.startsWith("en-"));
  if (!english || english === "en") return "en-US";
  return US_ENGLISH.has(english) ? "en-US" : "en-GB";
}

/**
 * The German letter language for a browser's language list: the first German one decides (de-AT
 * Austria; de-CH and de-LI, which write "ss" like Switzerland); else de-DE.
 */
export function germanForLanguages(languages) {
  const german = (languages || []).map((l) => String(l).toLowerCase()).find((l) => l === "de" || l.startsWith("de-"));
  if (german === "de-at") return "de-AT";
  if (german === "de-ch" || german === "de-li") return "de-CH";
  return "de-DE";
}

/** A new application's letter language on a page whose own is `pageLanguage` (its family decides). */
export function letterLanguageForBrowser(languages, pageLanguage = "en-US") {
  const family = pageLanguage.split("-")[0];
  if (family === "de") return germanForLanguages(languages);
  if (family === "en") return englishForLanguages(languages);
  return pageLanguage;
}
