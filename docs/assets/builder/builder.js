// The letter builder's page script: form <-> answers, drafts, preview, checks and exports.
//
// The form itself is rendered from the schema at build time (scripts/hooks/builder_form.py), so it
// works before this script or Python has loaded. No inline scripts or handlers anywhere: everything is
// wired here, so a strict Content Security Policy can forbid inline code. `init()` is idempotent and
// re-runs on Material's `document$` (instant navigation).

import { answersFileProblems } from "./answers-file.js";
import { sharedComposer } from "./composer-client.js";
import { MIME, copyWithSelection, download, slug, standaloneHtml } from "./exports.js";

const SITE_BASE = new URL("../../", import.meta.url);
const DRAFT_KEY = "followup:draft:v1";
const MAILTO_MAX = 1800; // longer mailto: links are cut or refused by some mail apps
const FILE_MAX = 1_000_000; // bytes: an answers file is a few kilobytes
const COUNTER_FROM = 0.8; // the counter shows from 80% of a field's limit
const SAID_AT = [0.8, 0.9, 1]; // ...and is announced only when crossing these
const ANNOUNCE_AFTER_MS = 1500; // the preview's spoken summary waits for a pause in typing
// What the composer is sent for a date or time the browser could not read (the field's value is
// then ""): it refuses it, so no letter or check quietly assumes the field is empty.
const UNREADABLE = "(unreadable)";

// One formatter for the page: `toLocaleString("en-US")` builds a new one on every call, which made
// the start-up pass over every field's counter take 15-50 ms on a busy two-core machine.
let numberFormat = null;
const number = (n) => (numberFormat ??= new Intl.NumberFormat("en-US")).format(n);

/** The element id of the control at a dotted answers path (same rule as the build hook). */
export function fieldId(path) {
  return "f-" + path.replace(/\./g, "-");
}

function megabytes(bytes) {
  return (bytes / 1_000_000).toFixed(1);
}

/** Site-relative guide anchor ("what-to-write/#length") -> absolute URL on this site, any sub-path. */
export function guideUrl(anchor) {
  return new URL(anchor || "", SITE_BASE).href;
}

// --- the page ----------------------------------------------------------------------------------

class Builder {
  constructor(app, composer) {
    this.app = app;
    this.composer = composer;
    this.form = app.querySelector("[data-fk-form]");
    this.schema = JSON.parse(app.dataset.schema);
    this.messageLimit = Number(app.dataset.messageLimit) || 300;
    this.$ = (selector) => app.querySelector(selector);
    this.result = null;
    this.selected = 0;
    this.touched = new Set();
    this.engaged = false; // the person has typed in or left a field on this visit
    this.storageOk = true;
    this.rowMap = []; // index in the answers sent -> index of the row in the form
  }

  // -- set-up

  start() {
    this.wireForm();
    this.wireExports();
    this.wireDrafts();
    this.restoreDraft();
    this.updateKind();
    this.updateRows();
    this.composer.setListener(this);
    if (this.composer.ready) this.onReady();
    // Usually started already from <head> (boot.js); a failure there waits for "Try again".
    if (!this.composer.failed) this.composer.start();
    this.changed({ save: false });
  }

  wireForm() {
    this.form.addEventListener("submit", (event) => event.preventDefault());
    this.form.addEventListener("input", (event) => this.onEdit(event));
    this.form.addEventListener("paste", (event) => this.onPaste(event, event.clipboardData));
    this.form.addEventListener("drop", (event) => this.onPaste(event, event.dataTransfer));
    this.form.addEventListener("change", (event) => this.onEdit(event));
    this.form.addEventListener("focusout", (event) => {
      if (event.target.dataset?.path) {
        this.engaged = true;
        this.touched.add(event.target.id);
        // A date typed in full but impossible (or put right again) may change no value, so no
        // input event: ask now (changed() does nothing when the answers are the same).
        if (event.target.matches('input[type="date"], input[type="time"]')) this.changed();
        this.showFieldErrors();
        if (this.result && !this.result.ok) {
          this.showProblems();
          this.announce();
        }
      }
    });
    this.form.addEventListener("click", (event) => {
      const add = event.target.closest("[data-fk-add-row]");
      const remove = event.target.closest("[data-fk-remove-row]");
      if ((add || remove) && this.beforeLoad) this.forgetLoad(); // an undo would throw this away
      if (add) this.addRow(add.closest("[data-list]"));
      if (remove) this.removeRow(remove.closest("[data-fk-row]"));
    });
    this.$("[data-fk-retry]").addEventListener("click", () => {
      this.$("[data-fk-status-actions]").hidden = true;
      this.composer.retry();
    });
  }

  /**
   * A paste (or drop) longer than the field holds is refused whole, with the reason beside the
   * field: the browser would otherwise cut it at the limit without a word, and a megabyte of text
   * would go through the page and the draft for nothing. Nothing is inserted, so nothing is lost
   * without the person knowing.
   */
  onPaste(event, data) {
    const control = event.target;
    const max = Number(control?.getAttribute?.("maxlength"));
    if (!control.dataset?.path || !max || !data) return;
    const text = data.getData("text/plain") || data.getData("text") || "";
    let start = null;
    let end = null;
    try {
      start = control.selectionStart;
      end = control.selectionEnd;
    } catch {
      /* email inputs have no selection API */
    }
    const replaced = start === null || end === null ? 0 : end - start;
    const pasted = control.matches("textarea") ? text.replace(/\r\n?/g, "\n") : text.replace(/[\r\n]/g, "");
    if (control.value.length - replaced + pasted.length <= max) return;
    event.preventDefault();
    const room = max - (control.value.length - replaced);
    const what = event.type === "drop" ? "dropped text" : "paste";
    this.fieldNote(
      control,
      `That ${what} is ${number(pasted.length)} characters; this field holds at most ${number(max)}` +
        (room < max ? ` (${number(Math.max(room, 0))} more here)` : "") +
        `. Nothing was ${event.type === "drop" ? "dropped" : "pasted"}.`,
    );
  }

  /** A note in the field's counter slot, shown and announced (until the next edit there). */
  fieldNote(control, text) {
    const counter = this.app.querySelector(`#${CSS.escape(control.id)}-counter`);
    const said = this.app.querySelector(`#${CSS.escape(control.id)}-said`);
    if (!counter) return;
    counter.textContent = text;
    counter.hidden = false;
    counter.classList.add("fk-counter--warn");
    counter.dataset.note = "true";
    if (said) said.textContent = text;
  }

  onEdit(event) {
    const control = event.target;
    if (!control.dataset?.path) return;
    if (this.beforeLoad) this.forgetLoad(); // an undo now would throw this edit away
    this.engaged = true;
    if (event.type === "change") this.touched.add(control.id);
    if (control.dataset.path === "kind") this.updateKind();
    this.updateCounter(control);
    this.changed();
  }

  /** Something in the form changed: save the draft and ask for a new letter (once per real change). */
  changed({ save = true } = {}) {
    const answers = this.answers();
    const key = JSON.stringify(answers) + (save ? "" : "!");
    if (key === this.lastChange) return; // e.g. the "change" event that follows the last "input"
    this.lastChange = key;
    if (save) this.saveDraft();
    this.composer.render(answers);
  }

  // -- form <-> answers

  get kind() {
    return this.form.elements.namedItem("kind").value;
  }

  inUse(control) {
    const scoped = control.closest("[data-kinds]");
    return !scoped || scoped.dataset.kinds.split(" ").includes(this.kind);
  }

  /**
   * The answers in the file format the CLI reads. Empty answers are left out; so are answers
   * for fields the chosen letter type does not use, for the composer (with `everything`, for the
   * draft and the saved file, they are kept: switching letter type and back loses nothing).
   */
  answers({ everything = false } = {}) {
    const out = { schema_version: Number(this.form.dataset.schemaVersion) || 1 };
    const rows = new Map();
    for (const control of this.form.querySelectorAll("[data-path]")) {
      if (control.closest("template")) continue;
      if (!everything && !this.inUse(control)) continue;
      const value = this.valueOf(control, { forComposer: !everything });
      if (value === undefined) continue;
      const parts = control.dataset.path.split(".");
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

  valueOf(control, { forComposer = false } = {}) {
    const type = control.dataset.type;
    if (forComposer && control.validity?.badInput) return UNREADABLE;
    if (type === "boolean") return control.checked;
    const raw = control.value;
    if (raw.trim() === "") return undefined;
    if (type === "integer") return /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;
    return raw;
  }

  /** Fill the form from answers (a draft or a loaded file). Unmentioned fields go back to defaults. */
  apply(answers) {
    this.resetForm();
    for (const list of this.form.querySelectorAll("[data-list]")) {
      const items = Array.isArray(answers[list.dataset.list]) ? answers[list.dataset.list] : [];
      while (this.rowsOf(list).length < Math.max(1, items.length)) this.addRow(list, { focus: false });
    }
    for (const control of this.form.querySelectorAll("[data-path]")) {
      if (control.closest("template")) continue;
      let value = answers;
      for (const part of control.dataset.path.split(".")) value = value?.[part];
      if (value === undefined || value === null) continue;
      if (control.dataset.type === "boolean") control.checked = value === true;
      else control.value = String(value);
      if (control.value !== "") this.touched.add(control.id);
      this.updateCounter(control);
    }
    this.updateKind();
    this.updateRows();
  }

  resetForm() {
    this.form.reset();
    for (const list of this.form.querySelectorAll("[data-list]")) {
      for (const row of this.rowsOf(list).slice(1)) row.remove();
    }
    this.touched.clear();
    for (const control of this.form.querySelectorAll("[data-path]")) this.updateCounter(control);
    this.updateKind();
    this.updateRows();
  }

  updateKind() {
    const kind = this.kind;
    for (const el of this.form.querySelectorAll("[data-kinds]")) {
      el.hidden = !el.dataset.kinds.split(" ").includes(kind);
    }
    for (const el of this.form.querySelectorAll("[data-required-for]")) {
      const required = el.dataset.requiredFor.split(" ").includes(kind);
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

  /**
   * "180 of 200 characters" under a field from 80% of its limit. Counted as the browser counts
   * for `maxlength` (UTF-16 units), so the counter reaches the limit exactly when typing stops;
   * the composer's own limit counts characters, never fewer. Screen readers hear it only when it
   * crosses 80%, 90% and the limit, not on every key.
   */
  updateCounter(control) {
    const counter = this.app.querySelector(`#${CSS.escape(control.id)}-counter`);
    const max = Number(control.getAttribute("maxlength"));
    if (!counter || !max) return;
    const used = control.value.length;
    counter.hidden = used < max * COUNTER_FROM;
    counter.classList.toggle("fk-counter--warn", used >= max);
    delete counter.dataset.note;
    if (counter.hidden) counter.textContent = "";
    else counter.textContent = `${number(used)} of ${number(max)} characters${used >= max ? ": the limit" : ""}`;
    const said = this.app.querySelector(`#${CSS.escape(control.id)}-said`);
    if (!said) return;
    const band = SAID_AT.filter((at) => used >= max * at).length;
    const before = Number(said.dataset.band || 0);
    said.dataset.band = String(band);
    if (band > before) said.textContent = counter.textContent;
    else if (band === 0) said.textContent = "";
  }

  // -- list rows (interviewers)

  rowsOf(list) {
    return [...list.querySelector("[data-fk-rows]").children];
  }

  addRow(list, { focus = true } = {}) {
    const max = Number(list.dataset.maxItems) || Infinity;
    if (this.rowsOf(list).length >= max) return;
    const template = list.querySelector("template[data-fk-row-template]");
    list.querySelector("[data-fk-rows]").append(template.content.cloneNode(true));
    this.updateRows();
    this.updateKind();
    if (focus) {
      const rows = this.rowsOf(list);
      rows[rows.length - 1].querySelector("[data-path]")?.focus();
      this.changed();
    }
  }

  removeRow(row) {
    const list = row.closest("[data-list]");
    const rows = this.rowsOf(list);
    const index = rows.indexOf(row);
    if (rows.length === 1) {
      // The last row is emptied rather than removed, so there is always one to fill in.
      for (const control of row.querySelectorAll("[data-path]")) control.value = "";
    } else {
      row.remove();
    }
    this.updateRows();
    const left = this.rowsOf(list);
    const next = left[Math.min(index, left.length - 1)];
    (next?.querySelector("[data-path]") || list.querySelector("[data-fk-add-row]")).focus();
    this.changed();
  }

  /** Renumber rows so ids, labels and paths follow the order on screen. */
  updateRows() {
    for (const list of this.form.querySelectorAll("[data-list]")) {
      const name = list.dataset.list;
      const rows = this.rowsOf(list);
      rows.forEach((row, i) => {
        row.querySelector("[data-fk-row-number]").textContent = String(i + 1);
        const remove = row.querySelector("[data-fk-remove-row]");
        const title = remove.getAttribute("aria-label").replace(/\s+\S+$/, "");
        remove.setAttribute("aria-label", `${title} ${i + 1}`);
        for (const el of row.querySelectorAll("[data-field], [data-path], label[for], [id]")) {
          for (const attr of ["id", "for", "name", "data-path", "data-field", "aria-describedby"]) {
            const value = el.getAttribute(attr);
            if (value === null) continue;
            el.setAttribute(
              attr,
              value
                .replace(new RegExp(`(^|\\s)f-${name}-(\\d+|__index__)-`, "g"), `$1f-${name}-${i}-`)
                .replace(new RegExp(`^${name}\\.(\\d+|__index__)\\.`), `${name}.${i}.`),
            );
          }
        }
      });
      const max = Number(list.dataset.maxItems) || Infinity;
      list.querySelector("[data-fk-add-row]").disabled = rows.length >= max;
    }
  }

  // -- drafts

  saveDraft() {
    if (!this.storageOk) return;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(this.answers({ everything: true })));
    } catch {
      this.storageWarning("Your answers cannot be saved on this device (private browsing, or storage is full or turned off). They stay on this page until you close it: use “Save answers” to keep a copy.");
    }
  }

  restoreDraft() {
    let text;
    try {
      text = localStorage.getItem(DRAFT_KEY);
    } catch {
      this.storageWarning("This browser does not let the page keep a draft (storage is turned off). Your answers stay on this page until you close it: use “Save answers” to keep a copy.");
      return;
    }
    if (!text) return;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const problems = data === undefined ? ["It is not valid JSON (it may have been cut off)."] : answersFileProblems(data, this.schema);
    if (problems.length) {
      // Never silently drop someone's words: keep the unreadable draft aside and offer it.
      let kept = false;
      try {
        localStorage.setItem(`${DRAFT_KEY}:unreadable:${Date.now()}`, text);
        localStorage.removeItem(DRAFT_KEY);
        kept = true;
      } catch {
        /* leave it where it is: it is still there next time */
      }
      this.setAside = text;
      this.draftsMessage(
        `Your saved draft could not be used, so the form starts empty. ${problems.slice(0, 2).join(" ")} ` +
          `${kept ? "It has been kept aside in this browser" : "It is still stored in this browser"}; download it to keep a copy.`,
        true,
      );
      this.$("[data-fk-download-aside]").hidden = false;
      return;
    }
    this.apply(data);
  }

  storageWarning(text) {
    this.storageOk = false;
    const el = this.$("[data-fk-storage-warning]");
    el.textContent = text;
    el.hidden = false;
  }

  draftsMessage(text, isError = false) {
    const el = this.$("[data-fk-drafts-message]");
    el.textContent = text;
    el.classList.toggle("fk-message--error", isError);
  }

  wireDrafts() {
    this.$("[data-fk-download-aside]").addEventListener("click", () => {
      if (this.setAside === undefined) return;
      download("followup-unreadable-draft.json", this.setAside, MIME.json);
      this.draftsMessage("The old draft was saved to your downloads. Open it in a text editor to copy your words back.");
    });
    this.$("[data-fk-save]").addEventListener("click", () => {
      const answers = this.answers({ everything: true });
      download(`${this.fileStem({ perLetter: false })}-answers.json`, JSON.stringify(answers, null, 2) + "\n", MIME.json);
      this.draftsMessage("Answers saved to a file in your downloads.");
    });
    const input = this.$("[data-fk-load]");
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      input.value = "";
      if (file) await this.load(file);
    });
    const undo = this.$("[data-fk-undo-load]");
    undo.addEventListener("click", () => {
      if (!this.beforeLoad) return;
      this.apply(this.beforeLoad);
      this.forgetLoad();
      this.saveDraft();
      this.changed({ save: false });
      this.draftsMessage("Your answers from before the file was loaded are back.");
    });
    const confirm = this.$("[data-fk-confirm]");
    const reset = this.$("[data-fk-reset]");
    confirm.addEventListener("keydown", (event) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      confirm.hidden = true;
      reset.focus();
    });
    reset.addEventListener("click", () => {
      confirm.hidden = false;
      this.$("[data-fk-confirm-no]").focus();
    });
    this.$("[data-fk-confirm-no]").addEventListener("click", () => {
      confirm.hidden = true;
      reset.focus();
    });
    this.$("[data-fk-confirm-yes]").addEventListener("click", () => {
      confirm.hidden = true;
      this.forgetLoad();
      this.resetForm();
      try {
        localStorage.removeItem(DRAFT_KEY);
      } catch {
        /* nothing stored */
      }
      this.clearFieldErrors();
      this.changed({ save: false });
      this.draftsMessage("Cleared. The form is back to its starting answers.");
      reset.focus();
    });
  }

  /** The answers a loaded file replaced are no longer offered back (after an edit, undo or reset). */
  forgetLoad() {
    this.beforeLoad = null;
    const undo = this.$("[data-fk-undo-load]");
    if (undo.hidden) return;
    if (document.activeElement === undo) this.$("[data-fk-load]").focus(); // not lost to <body>
    undo.hidden = true;
  }

  async load(file) {
    const refuse = (why) => this.draftsMessage(`“${file.name}” was not loaded: ${why} Your current answers are unchanged.`, true);
    if (file.size > FILE_MAX) {
      return refuse(`it is ${megabytes(file.size)} MB, far too large to be an answers file (they are a few kilobytes; the limit is ${megabytes(FILE_MAX)} MB).`);
    }
    let data;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      return refuse(`it is not valid JSON (${error.message}).`);
    }
    const problems = answersFileProblems(data, this.schema);
    if (problems.length) return refuse(problems.slice(0, 3).join(" "));
    // The file replaces the form: what was there stays one click away until the next load or reset.
    this.beforeLoad = this.answers({ everything: true });
    this.apply(data);
    this.saveDraft();
    this.changed({ save: false });
    this.draftsMessage(`Loaded answers from “${file.name}”. They replaced what was in the form.`);
    this.$("[data-fk-undo-load]").hidden = false;
  }

  // -- composer events

  onProgress({ stage, loaded, total }) {
    const bar = this.$("[data-fk-progress]");
    bar.hidden = false;
    const isDownload = stage === "Downloading the runtime" && loaded > 0;
    if (isDownload && total) {
      bar.max = total;
      bar.value = Math.min(loaded, total);
    } else {
      bar.removeAttribute("value");
    }
    bar.setAttribute("aria-label", stage);
    // The stage is announced (a live region); the byte count is not, it changes ten times a second.
    const text = this.$("[data-fk-status-text]");
    if (text.textContent !== `${stage}…`) text.textContent = `${stage}…`;
    this.$("[data-fk-status-bytes]").textContent = !isDownload
      ? ""
      : total
        ? `${megabytes(loaded)} of ${megabytes(total)} MB`
        : `${megabytes(loaded)} MB so far`;
    this.app.dataset.state = "loading";
  }

  onReady() {
    this.app.dataset.state = "ready";
    this.$("[data-fk-progress]").hidden = true;
    this.$("[data-fk-status-bytes]").textContent = "";
    this.$("[data-fk-status-actions]").hidden = true;
    this.$("[data-fk-status-text]").textContent = "The composer is ready: your letter updates as you type.";
  }

  onRestart() {
    this.app.dataset.state = "restarting";
    this.app.dataset.restarts = String(Number(this.app.dataset.restarts || 0) + 1);
    this.$("[data-fk-status-text]").textContent = "The letter composer stopped, so it is restarting by itself. Your answers are safe.";
  }

  onFailure({ message, canRetry }) {
    this.app.dataset.state = "failed";
    this.$("[data-fk-progress]").hidden = true;
    this.$("[data-fk-status-bytes]").textContent = "";
    const kept = this.storageOk ? "Your answers are still here and saved on this device." : "Your answers are still here.";
    this.$("[data-fk-status-text]").textContent = `${message} ${kept} ${
      canRetry
        ? "Check your connection and try again; meanwhile the guide and its example letters still work."
        : "The guide and its example letters still work in this browser."
    }`;
    this.$("[data-fk-status-actions]").hidden = false;
    this.$("[data-fk-retry]").hidden = !canRetry;
  }

  onRenderError(message) {
    console.warn("followup: the composer failed, restarting it:", message);
  }

  onResult(result) {
    this.result = result;
    this.app.dataset.rendered = "true";
    this.app.dataset.renders = String(Number(this.app.dataset.renders || 0) + 1);
    this.showFindings(result.findings || []);
    this.showFieldErrors();
    if (result.ok) this.showLetters();
    else this.showProblems();
    this.updateExports();
    this.announce();
  }

  /** A one-line spoken summary once typing pauses (the preview itself is not a live region). */
  announce() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const result = this.result;
      // What is missing is not news before the person has done anything (the page just loaded).
      if (!result || (!result.ok && !this.engaged)) return;
      let text;
      if (result.ok) {
        const letter = this.letter();
        const size = result.channel === "message" ? `${letter.characters} characters` : `${letter.words} words`;
        const notes = result.letters.length > 1 ? `, one of ${result.letters.length} notes` : "";
        const problems = (result.findings || []).filter((f) => f.level === "problem").length;
        text = `Letter updated: ${size}${notes}.` + (problems ? ` ${problems} to fix, listed under Checks.` : "");
      } else if (result.refused) {
        text = "No letter: the preview says why.";
      } else {
        const n = this.errors().length;
        text = `No letter yet: ${n} answer${n === 1 ? "" : "s"} to fix, listed in the preview.`;
      }
      const region = this.$("[data-fk-announce]");
      if (region.textContent !== text) region.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  // -- preview

  letter() {
    return this.result?.ok ? this.result.letters[Math.min(this.selected, this.result.letters.length - 1)] : null;
  }

  showLetters() {
    const letters = this.result.letters;
    this.selected = Math.min(this.selected, letters.length - 1);
    const tabs = this.$("[data-fk-tabs]");
    const panel = this.$("[data-fk-letter]");
    const names = letters.map((l) => l.recipient);
    if (letters.length > 1) {
      if (tabs.dataset.names !== JSON.stringify(names)) {
        tabs.dataset.names = JSON.stringify(names);
        tabs.replaceChildren(
          ...names.map((name, i) => {
            const tab = document.createElement("button");
            tab.type = "button";
            tab.setAttribute("role", "tab");
            tab.id = `fk-tab-${i}`;
            tab.className = "fk-tab";
            tab.textContent = name; // text, never HTML
            tab.setAttribute("aria-controls", panel.id);
            return tab;
          }),
        );
      }
      tabs.hidden = false;
      [...tabs.children].forEach((tab, i) => {
        tab.setAttribute("aria-selected", String(i === this.selected));
        tab.tabIndex = i === this.selected ? 0 : -1;
      });
      panel.setAttribute("role", "tabpanel");
      panel.setAttribute("aria-labelledby", `fk-tab-${this.selected}`);
      panel.tabIndex = 0;
    } else {
      tabs.hidden = true;
      tabs.replaceChildren();
      delete tabs.dataset.names;
      panel.removeAttribute("role");
      panel.removeAttribute("aria-labelledby");
      panel.removeAttribute("tabindex");
    }
    const letter = this.letter();
    // The fragment is the composer's own output (formats.to_html), with every answer escaped there.
    if (this.shownHtml !== letter.html) {
      panel.innerHTML = letter.html;
      this.shownHtml = letter.html;
    }
    const count = this.$("[data-fk-count]");
    count.hidden = false;
    if (this.result.channel === "message") {
      const limit = this.result.message_limit || this.messageLimit;
      count.textContent = `${letter.characters} of ${limit} characters`;
      count.classList.toggle("fk-count--over", letter.characters > limit);
    } else {
      count.textContent = `${letter.words} words`;
      count.classList.remove("fk-count--over");
    }
  }

  selectTab(index, { focus = false } = {}) {
    if (!this.result?.ok) return;
    const n = this.result.letters.length;
    this.selected = ((index % n) + n) % n;
    this.showLetters();
    this.updateExports();
    this.announce();
    if (focus) this.$(`#fk-tab-${this.selected}`)?.focus();
  }

  showProblems() {
    // Unchanged (the same errors again, or a focus change): keep the list, and any focus in it.
    const errors = this.errors();
    const key = JSON.stringify([this.result.refused, errors]);
    if (this.shownHtml === null && this.shownProblems === key) return;
    this.shownProblems = key;
    const tabs = this.$("[data-fk-tabs]");
    tabs.hidden = true;
    tabs.replaceChildren();
    delete tabs.dataset.names;
    const panel = this.$("[data-fk-letter]");
    panel.removeAttribute("role");
    panel.removeAttribute("aria-labelledby");
    panel.removeAttribute("tabindex");
    this.shownHtml = null;
    this.$("[data-fk-count]").hidden = true;
    const box = document.createElement("div");
    box.className = "fk-summary";
    const heading = document.createElement("p");
    heading.className = "fk-summary__title";
    if (this.result.refused) {
      heading.textContent = this.result.refused;
      box.append(heading);
    } else {
      heading.textContent = "Your letter appears here once these are sorted out:";
      const list = document.createElement("ul");
      for (const error of errors) {
        const item = document.createElement("li");
        const target = this.elementFor(error.path);
        if (target) {
          const link = document.createElement("a");
          link.href = `#${target.id}`;
          link.textContent = error.message;
          link.addEventListener("click", (event) => {
            event.preventDefault();
            this.touched.add(target.id);
            this.showFieldErrors();
            target.focus();
            target.scrollIntoView({ block: "center" });
          });
          item.append(link);
        } else {
          item.textContent = error.message;
        }
        list.append(item);
      }
      box.append(heading, list);
    }
    panel.replaceChildren(box);
  }

  /** The form path for an error path: answers leave out empty rows, so row numbers may differ. */
  formPath(path) {
    const parts = path.split(".");
    if (parts.length >= 2 && /^\d+$/.test(parts[1]) && this.form.querySelector(`[data-list="${parts[0]}"]`)) {
      const row = this.rowMap[Number(parts[1])];
      if (row !== undefined) parts[1] = String(row);
    }
    return parts.join(".");
  }

  elementFor(path) {
    if (!path) return null;
    let formPath = this.formPath(path);
    while (formPath) {
      const el = document.getElementById(fieldId(formPath));
      if (el && !el.closest("[hidden]")) return el;
      formPath = formPath.includes(".") ? formPath.slice(0, formPath.lastIndexOf(".")) : "";
    }
    return null;
  }

  clearFieldErrors() {
    for (const el of this.form.querySelectorAll("[data-fk-error]")) {
      el.hidden = true;
      el.textContent = "";
    }
    for (const el of this.form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  }

  /**
   * The composer's errors, and the dates and times the browser could not read: a half-typed or
   * impossible date (30 February) reaches the composer as no date at all, so its message would be
   * "required" or nothing; it says what is wrong instead (and the field counts as visited).
   */
  errors() {
    let errors = this.result && !this.result.ok ? [...(this.result.errors || [])] : [];
    for (const control of this.form.querySelectorAll('input[type="date"], input[type="time"]')) {
      if (!control.validity?.badInput || !this.inUse(control) || control.closest("template")) continue;
      const path = control.dataset.path;
      const label = this.form.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent.trim() || path;
      const [what, from] = control.type === "time" ? ["a complete time", "list"] : ["a real date", "calendar"];
      this.touched.add(control.id);
      errors = errors.filter((e) => e.path !== path);
      errors.push({ path, message: `${label} is not ${what}. Finish typing it or pick it from the ${from}; clear it if you do not know it.` });
    }
    return errors;
  }

  /** Each error next to the field it names, once the person has been to that field. */
  showFieldErrors() {
    this.clearFieldErrors();
    for (const error of this.errors()) {
      const target = this.elementFor(error.path);
      if (!target) continue;
      const isList = target.matches("[data-list]");
      // A list's error (no interviewer yet) waits until the person has been to one of its fields
      // or followed the summary's link to it; it is then told through its first field.
      const seen = (id) => id === target.id || (isList && target.contains(document.getElementById(id)));
      if (![...this.touched].some(seen)) continue;
      const slot = document.getElementById(`${target.id}-error`);
      if (!slot) continue;
      slot.textContent = slot.textContent ? `${slot.textContent} ${error.message}` : error.message;
      slot.hidden = false;
      const control = isList ? target.querySelector("[data-path]") : target;
      if (control) {
        control.setAttribute("aria-invalid", "true");
        const described = new Set((control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean));
        described.add(slot.id);
        control.setAttribute("aria-describedby", [...described].join(" "));
      }
    }
  }

  showFindings(findings) {
    // Most keystrokes leave the checks as they were: rebuilding the list anyway is layout work on
    // every keystroke, and a link in it that has focus (a late render after Tab) would lose it.
    const key = JSON.stringify(findings);
    if (key === this.shownFindings) return;
    this.shownFindings = key;
    const list = this.$("[data-fk-findings]");
    this.$("[data-fk-checks-empty]").hidden = findings.length > 0;
    const labels = { problem: "Fix", suggestion: "Tip", good: "Good" };
    list.replaceChildren(
      ...findings.map((finding, i) => {
        const item = document.createElement("li");
        item.className = `fk-finding fk-finding--${finding.level}`;
        const level = document.createElement("span");
        level.className = "fk-finding__level";
        level.textContent = labels[finding.level] || finding.level;
        const text = document.createElement("span");
        text.className = "fk-finding__text";
        text.id = `fk-finding-${i}`;
        text.textContent = finding.message;
        item.append(level, " ", text);
        if (finding.anchor !== undefined && finding.anchor !== null) {
          const link = document.createElement("a");
          link.className = "fk-finding__link";
          link.href = guideUrl(finding.anchor);
          link.textContent = "Read more in the guide";
          link.setAttribute("aria-describedby", text.id);
          item.append(" ", link);
        }
        return item;
      }),
    );
  }

  // -- exports

  wireExports() {
    const tabs = this.$("[data-fk-tabs]");
    tabs.addEventListener("click", (event) => {
      const tab = event.target.closest("[role=tab]");
      if (tab) this.selectTab([...tabs.children].indexOf(tab));
    });
    tabs.addEventListener("keydown", (event) => {
      const moves = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
      const n = tabs.children.length;
      let next = null;
      if (event.key in moves) next = this.selected + moves[event.key];
      else if (event.key === "Home") next = 0;
      else if (event.key === "End") next = n - 1;
      if (next === null) return;
      event.preventDefault();
      this.selectTab(next, { focus: true });
    });
    this.$("[data-fk-copy]").addEventListener("click", () => this.copy());
    this.$("[data-fk-copy-subject]").addEventListener("click", () => this.copy({ subject: true }));
    this.$("[data-fk-print]").addEventListener("click", () => window.print());
    for (const button of this.app.querySelectorAll("[data-fk-download]")) {
      button.addEventListener("click", () => this.download(button.dataset.fkDownload));
    }
  }

  updateExports() {
    const letter = this.letter();
    for (const button of this.app.querySelectorAll("[data-fk-copy], [data-fk-print], [data-fk-download]")) {
      button.disabled = !letter;
    }
    // An email's subject goes in its own box in a mail app: it has its own button, and Copy text
    // leaves it out (the .txt file keeps a "Subject:" line, as a file has no subject box).
    this.$("[data-fk-copy-subject]").hidden = !(letter && this.result.channel === "email" && letter.subject);
    const ics = this.$('[data-fk-download="ics"]');
    ics.disabled = !letter || !this.result.reminders;
    const noReminders =
      this.result?.kind === "after-rejection"
        ? "A reply to a rejection has no reminders."
        : "Add the interview date to get reminders.";
    ics.title = letter && !this.result.reminders ? noReminders : "";
    // "Open in mail app" is a link only while there is a mail link to open; otherwise the page
    // shows a disabled button of the same name (a link without an address is no link at all).
    const fits = Boolean(letter && letter.mailto && letter.mailto.length <= MAILTO_MAX);
    const off = this.$("[data-fk-mailto-off]");
    let mail = this.$("[data-fk-mailto]");
    if (fits) {
      if (!mail) {
        mail = document.createElement("a");
        mail.className = "md-button fk-button";
        mail.dataset.fkMailto = "";
        mail.textContent = off.textContent;
        off.after(mail);
      }
      mail.href = letter.mailto;
    } else {
      mail?.remove();
    }
    off.hidden = fits;
    this.$("[data-fk-mailto-note]").hidden = !letter || fits;
  }

  fileStem({ perLetter = true } = {}) {
    const answers = this.answers();
    const parts = ["followup", answers.kind, answers.company && slug(answers.company)];
    const letter = this.letter();
    if (perLetter && this.result?.ok && this.result.letters.length > 1 && letter) parts.push(slug(letter.recipient));
    return parts.filter(Boolean).join("-");
  }

  exportMessage(text) {
    this.$("[data-fk-export-message]").textContent = text;
  }

  async download(format) {
    const letter = this.letter();
    if (!letter) return;
    let contents;
    if (format === "eml" || format === "ics") {
      // Made on demand: the keystroke renders leave these two out (composer-client.js, files()).
      const index = this.selected;
      let full;
      try {
        full = await this.composer.files(this.answers());
      } catch (error) {
        this.exportMessage(`The file could not be made (${error.message}). Try again.`);
        return;
      }
      if (!full.ok) return this.exportMessage("The file could not be made: check the answers marked above.");
      contents = format === "ics" ? full.ics : full.letters[Math.min(index, full.letters.length - 1)].eml;
    } else {
      contents = { txt: () => letter.text, md: () => letter.markdown, html: () => standaloneHtml(letter) }[format]();
    }
    if (!contents) return;
    const name = format === "ics" ? `${this.fileStem({ perLetter: false })}-reminders.ics` : `${this.fileStem()}.${format}`;
    download(name, contents, MIME[format]);
    this.exportMessage(`Downloaded ${format === "ics" ? "the reminders" : `the .${format} file`}.`);
  }

  async copy({ subject = false } = {}) {
    const letter = this.letter();
    if (!letter) return;
    const email = this.result.channel === "email" && letter.subject;
    const text = subject ? letter.subject : email ? letter.body : letter.text;
    let done = false;
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(text);
        done = true;
      }
    } catch {
      done = false;
    }
    if (!done) done = copyWithSelection(text);
    const what = subject ? "the subject line" : email ? "the letter (its subject has its own button)" : "the letter";
    this.exportMessage(done ? `Copied ${what} to the clipboard.` : "Copying is blocked here: select the letter and copy it, or download the .txt file.");
  }
}

// --- start-up (idempotent; re-run after Material's instant navigation) -------------------------

export function init() {
  const app = document.querySelector("[data-fk-app]");
  if (!app || app.dataset.fkBound) return;
  app.dataset.fkBound = "true";
  new Builder(app, sharedComposer()).start();
}

init();
window.document$?.subscribe?.(() => init());
