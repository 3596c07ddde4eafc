// The answers kept: the draft in this browser (saved on every change, restored on the next visit),
// the answers file saved and loaded ("Save answers", "Load answers", with one undo), and
// "Start over". A draft or file that cannot be read never touches the form, and a draft is never
// dropped without a word: it is kept aside and offered as a download.

import { answersFileProblems } from "./answers-file.js";
import { MIME, download } from "./exports.js";
import { megabytes } from "./numbers.js";
import { DRAFT_KEY, UNREADABLE_DRAFT_PREFIX } from "./protocol.js";

const FILE_MAX = 1_000_000; // bytes: an answers file is a few kilobytes

export class Drafts {
  /**
   * `form`: the FormModel; `schema`: the answers JSON Schema; `page`: what a load or reset sets
   * off elsewhere: {changed({save}), fileStem({perLetter}), clearFieldErrors()}.
   */
  constructor(app, form, schema, page) {
    this.app = app;
    this.form = form;
    this.schema = schema;
    this.page = page;
    this.$ = (selector) => app.querySelector(selector);
    this.storageOk = true; // false once the browser refused to store (the draft is not saved)
    this.setAside = undefined; // the text of a draft that could not be read, offered as a download
    this.beforeLoad = null; // the answers a loaded file replaced, while "Undo" is offered
  }

  save() {
    if (!this.storageOk) return;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(this.form.answers({ everything: true })));
    } catch {
      this.storageWarning("Your answers cannot be saved on this device (private browsing, or storage is full or turned off). They stay on this page until you close it: use “Save answers” to keep a copy.");
    }
  }

  /** Restores the draft kept in this browser; true when there was one to apply. */
  restore() {
    let text;
    try {
      text = localStorage.getItem(DRAFT_KEY);
    } catch {
      this.storageWarning("This browser does not let the page keep a draft (storage is turned off). Your answers stay on this page until you close it: use “Save answers” to keep a copy.");
      return false;
    }
    if (!text) return false;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const problems = data === undefined ? ["It is not valid JSON (it may have been cut off)."] : answersFileProblems(data, this.schema);
    if (problems.length) {
      this.keepAside(text, problems);
      return false;
    }
    this.form.apply(data);
    return true;
  }

  /** Never silently drop someone's words: keep the unreadable draft aside and offer it. */
  keepAside(text, problems) {
    let kept = false;
    try {
      localStorage.setItem(`${UNREADABLE_DRAFT_PREFIX}${Date.now()}`, text);
      localStorage.removeItem(DRAFT_KEY);
      kept = true;
    } catch {
      /* leave it where it is: it is still there next time */
    }
    this.setAside = text;
    this.message(
      `Your saved draft could not be used, so the form starts empty. ${problems.slice(0, 2).join(" ")} ` +
        `${kept ? "It has been kept aside in this browser" : "It is still stored in this browser"}; download it to keep a copy.`,
      true,
    );
    this.$("[data-fk-download-aside]").hidden = false;
  }

  storageWarning(text) {
    this.storageOk = false;
    const el = this.$("[data-fk-storage-warning]");
    el.textContent = text;
    el.hidden = false;
  }

  message(text, isError = false) {
    const el = this.$("[data-fk-drafts-message]");
    el.textContent = text;
    el.classList.toggle("fk-message--error", isError);
  }

  wire() {
    this.$("[data-fk-download-aside]").addEventListener("click", () => {
      if (this.setAside === undefined) return;
      download("followup-unreadable-draft.json", this.setAside, MIME.json);
      this.message("The old draft was saved to your downloads. Open it in a text editor to copy your words back.");
    });
    this.$("[data-fk-save]").addEventListener("click", () => {
      const answers = this.form.answers({ everything: true });
      download(`${this.page.fileStem({ perLetter: false })}-answers.json`, JSON.stringify(answers, null, 2) + "\n", MIME.json);
      this.message("Answers saved to a file in your downloads.");
    });
    const input = this.$("[data-fk-load]");
    input.addEventListener("change", async () => {
      const file = input.files?.[0];
      input.value = "";
      if (file) await this.load(file);
    });
    this.$("[data-fk-undo-load]").addEventListener("click", () => this.undoLoad());
    this.wireReset();
  }

  wireReset() {
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
      this.form.reset();
      try {
        localStorage.removeItem(DRAFT_KEY);
      } catch {
        /* nothing stored */
      }
      this.page.clearFieldErrors();
      this.page.changed({ save: false });
      this.message("Cleared. The form is back to its starting answers.");
      reset.focus();
    });
  }

  undoLoad() {
    if (!this.beforeLoad) return;
    this.form.apply(this.beforeLoad);
    this.forgetLoad();
    this.save();
    this.page.changed({ save: false });
    this.message("Your answers from before the file was loaded are back.");
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
    const refuse = (why) => this.message(`“${file.name}” was not loaded: ${why} Your current answers are unchanged.`, true);
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
    this.beforeLoad = this.form.answers({ everything: true });
    this.form.apply(data);
    this.save();
    this.page.changed({ save: false });
    this.message(`Loaded answers from “${file.name}”. They replaced what was in the form.`);
    this.$("[data-fk-undo-load]").hidden = false;
  }
}
