// The applications in this browser and the one on show: every change of the form is saved into the
// application on show (applications-store.js keeps them), switching shows another one's answers,
// and a change made in another tab comes in. The one draft of earlier versions becomes the first
// application. Nothing is ever dropped without a word: a stored application or old draft that
// cannot be read is kept aside and offered as a download; storage turned off or full says so, and
// everything stays in memory with "Save all" offered.

import { t } from "./strings.js";
import { answersFileProblems } from "./answers-file.js";
import { applicationProblems, emptyRecord, newApplication, normalized } from "./applications.js";
import { ApplicationsStore } from "./applications-store.js";
import { JSON_TYPE, download } from "./exports.js";
import { closer, onEscape } from "./inline-question.js";
import { CURRENT_APPLICATION_KEY, DRAFT_KEY, UNREADABLE_DRAFT_PREFIX } from "./protocol.js";
import { TypingPause } from "./typing-pause.js";
import { forgetUnsaved, keepUnsaved, local, unsavedCopies } from "./unsaved.js";

const WARNINGS = {
  denied: () => t("workspace.storage_denied"),
  full: () => t("workspace.storage_full"),
};

export class Workspace {
  /**
   * `form`: the FormModel; `schemas`: the answers and applications JSON Schemas (applications.js, pageSchemas); `page`: what a change sets off
   * elsewhere: {changed({save}), clearFieldErrors(), updated(ids)} (`updated`: these applications'
   * answers or records changed, or the list did).
   */
  constructor(app, form, schemas, page) {
    this.app = app;
    this.form = form;
    this.schemas = schemas;
    this.page = page;
    this.$ = (selector) => app.querySelector(selector);
    this.items = new Map(); // id -> application (applications.js shape), in the order shown when steps are unknown
    this.currentId = null;
    this.storageOk = true; // false once the browser refused to store (everything stays in memory)
    this.setAside = []; // texts that could not be read, offered as one download
    this.placeholderId = null; // the empty application made because there was none, until it is edited
    this.typing = new TypingPause((ids) => {
      for (const id of ids) if (this.items.has(id)) this.keep(this.items.get(id));
      this.page.updated(ids);
    });
    this.store = new ApplicationsStore({
      onRemote: (id, value) => this.onRemote(id, value),
      onFailure: (reason) => this.storageWarning(WARNINGS[reason]?.()),
    });
  }

  get current() {
    return this.items.get(this.currentId);
  }

  get all() {
    return [...this.items.values()];
  }

  /**
   * Reads every application (the old draft becomes one), shows the one shown last and renders it.
   * Typing that came before this finished is kept as an application of its own (nothing stored is
   * overwritten by it). True when a stored application was shown.
   */
  async restore() {
    await this.store.open();
    for (const value of await this.store.readAll()) {
      if (value?.unreadable) {
        // Left where it is (the browser may read it next time); there is no text to offer.
        this.message(t("workspace.unreadable"), true);
        continue;
      }
      const problems = applicationProblems(value, this.schemas);
      if (problems.length) await this.keepAside(safeText(value), problems, value?.id);
      else this.items.set(value.id, normalized(value));
    }
    for (const { id, text } of unsavedCopies()) await this.recover(id, text);
    const upgraded = await this.upgradeDraft();
    const remembered = local((s) => s.getItem(CURRENT_APPLICATION_KEY));
    const latest = this.all.sort((a, b) => b.updated.localeCompare(a.updated))[0];
    const shown = upgraded || this.items.get(remembered) || latest;
    if (this.form.engaged) {
      // Typed before the stored applications were read: kept as it is, in an application of its own.
      this.currentId = this.add(newApplication(this.form.answers({ everything: true }))).id;
      local((s) => s.setItem(CURRENT_APPLICATION_KEY, this.currentId));
    } else if (shown) {
      this.show(shown.id, { render: false });
    } else {
      this.currentId = this.placeholderId = this.add(newApplication(this.form.answers({ everything: true }))).id;
    }
    this.page.updated(this.all.map((a) => a.id));
    return Boolean(shown);
  }

  /** The single draft of earlier versions, as an application (once: the key goes when it is copied). */
  async upgradeDraft() {
    const text = local((s) => s.getItem(DRAFT_KEY));
    if (!text) return undefined;
    let data;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    const problems = data === undefined ? [t("workspace.not_json")] : answersFileProblems(data, this.schemas.answers);
    if (problems.length) {
      const kept = local((s) => {
        s.setItem(`${UNREADABLE_DRAFT_PREFIX}${Date.now()}`, text);
        s.removeItem(DRAFT_KEY);
        return true;
      });
      this.offerAside(t("workspace.old_draft"), text, problems, kept);
      return undefined;
    }
    // Already copied (the key came back, e.g. restored by another copy of the page): not twice.
    const copy = this.all.find((a) => JSON.stringify(a.answers) === JSON.stringify(data)) || this.add(newApplication(data));
    if (await this.store.put(copy)) local((s) => s.removeItem(DRAFT_KEY));
    return copy;
  }

  /** A copy written before a page closed (unsaved.js): used when newer than what IndexedDB has. */
  async recover(id, text) {
    let value;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined;
    }
    const problems = value?.id !== id ? [t("workspace.not_whole")] : applicationProblems(value, this.schemas);
    if (problems.length) {
      const kept = local((s) => {
        s.setItem(`${UNREADABLE_DRAFT_PREFIX}${Date.now()}`, text);
        return true;
      });
      forgetUnsaved(id);
      return this.offerAside(t("workspace.change_lost"), text, problems, kept);
    }
    const stored = this.items.get(id);
    if (stored && stored.updated >= value.updated) return forgetUnsaved(id, text);
    this.items.set(id, normalized(value));
    if (await this.store.put(this.items.get(id))) forgetUnsaved(id, text);
  }

  /** Stores an application: at once as an unsaved copy (unsaved.js), then in IndexedDB. */
  keep(application) {
    const copy = keepUnsaved(application);
    this.store.put(application).then((written) => {
      if (written && copy !== undefined) forgetUnsaved(application.id, copy);
    });
  }

  /** Forgets an application in both places. */
  drop(id) {
    this.typing.forget(id);
    forgetUnsaved(id);
    this.store.delete(id);
  }

  /** A stored application that cannot be used: moved aside in the database, offered as a download. */
  async keepAside(text, problems, id) {
    const kept = await this.store.setAside(id, text);
    this.offerAside(t("workspace.unusable"), text, problems, kept);
  }

  /** Says what could not be used and why, and offers every text set aside as one download. */
  offerAside(what, text, problems, kept) {
    this.setAside.push(text);
    const more = this.setAside.length > 1 ? ` ${t("workspace.more_aside", { count: this.setAside.length })}` : "";
    this.message(t(kept ? "workspace.kept_aside" : "workspace.still_stored", { what, problems: problems.slice(0, 2).join(" "), more }), true);
    this.$("[data-fk-download-aside]").hidden = false;
  }

  /** Adds an application (in memory and stored); returns it. */
  add(application) {
    this.items.set(application.id, application);
    this.keep(application);
    return application;
  }

  /** Saves the form into the application on show (on every change): in memory and the write-ahead
   * copy at once, in IndexedDB once typing pauses (typing-pause.js). */
  save() {
    const current = this.current;
    if (!current) return;
    current.answers = this.form.answers({ everything: true });
    this.stamp(current);
    keepUnsaved(current);
    this.typing.add(current.id);
  }

  /** Stores what was typed now, not at the pause: before anything else changes the applications or
   * which one is on show, and when a field or the page is left. */
  writeTyped() {
    this.typing.flush();
  }

  /** `change(application)` edits one application (its record, say); then it is stored and shown. */
  update(id, change) {
    const application = this.items.get(id);
    if (!application) return;
    change(application);
    this.touch(application);
  }

  touch(application) {
    this.writeTyped();
    this.stamp(application);
    this.keep(application);
    this.page.updated([application.id]);
  }

  /** Marks an application edited now (an empty one made as a placeholder is one no more). */
  stamp(application) {
    if (application.id === this.placeholderId) this.placeholderId = null;
    application.updated = new Date().toISOString();
  }

  /** Shows an application: its answers in the form and (with `render`) its letter at once. */
  show(id, { render = true } = {}) {
    const application = this.items.get(id);
    if (!application) return;
    this.writeTyped();
    this.currentId = id;
    local((s) => s.setItem(CURRENT_APPLICATION_KEY, id));
    this.form.apply(application.answers);
    this.page.clearFieldErrors();
    if (render) {
      this.page.changed({ save: false });
      this.page.updated([]);
    }
  }

  /** Removes an application; the one shown next is the latest other (or a new, empty one). */
  remove(id) {
    const removed = this.items.get(id);
    if (!removed) return undefined;
    this.items.delete(id);
    this.drop(id);
    if (id === this.currentId) this.showAnother();
    this.page.updated([]);
    return removed;
  }

  showAnother() {
    let next = this.all.sort((a, b) => b.updated.localeCompare(a.updated))[0];
    if (!next) {
      next = this.add(newApplication(this.blankAnswers()));
      this.placeholderId = next.id;
    }
    this.show(next.id);
  }

  /** The empty application nobody typed in goes when files are loaded (it is not theirs). */
  dropPlaceholder() {
    if (!this.items.has(this.placeholderId)) return;
    this.items.delete(this.placeholderId);
    this.drop(this.placeholderId);
    this.placeholderId = null;
  }

  blankAnswers() {
    this.form.reset();
    return this.form.answers({ everything: true });
  }

  /** Another tab wrote (value) or deleted (null) an application: the last edit wins. */
  onRemote(id, value) {
    if (value === null) {
      if (!this.items.has(id)) return;
      this.items.delete(id);
      if (id === this.currentId) this.showAnother();
      return this.page.updated([]);
    }
    if (applicationProblems(value, this.schemas).length) return;
    const mine = this.items.get(id);
    if (mine && mine.updated > value.updated) return; // this tab's edit is newer and on its way
    this.items.set(id, normalized(value));
    if (id === this.currentId && JSON.stringify(mine?.answers) !== JSON.stringify(value.answers)) {
      this.form.apply(value.answers);
      this.page.changed({ save: false });
    }
    this.page.updated([id]);
  }

  storageWarning(text) {
    this.storageOk = false;
    const el = this.$("[data-fk-storage-warning]");
    this.$("[data-fk-storage-warning-text]").textContent = text;
    el.hidden = false;
  }

  message(text, isError = false) {
    const el = this.$("[data-fk-file-message]");
    el.textContent = text;
    el.classList.toggle("fk-message--error", isError);
  }

  wire() {
    // Leaving or hiding the page (on a phone, maybe the last moment it runs): typing is written now.
    window.addEventListener("pagehide", () => this.writeTyped());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "hidden") this.writeTyped();
    });
    this.$("[data-fk-download-aside]").addEventListener("click", () => {
      if (!this.setAside.length) return;
      download("followup-unreadable-draft.json", this.setAside.join("\n"), JSON_TYPE);
      this.message(t("workspace.downloaded_aside"));
    });
    this.wireReset();
  }

  wireReset() {
    const confirm = this.$("[data-fk-confirm]");
    const reset = this.$("[data-fk-reset]");
    const close = closer(confirm, reset);
    onEscape(confirm, close);
    reset.addEventListener("click", () => {
      confirm.hidden = false;
      this.$("[data-fk-confirm-no]").focus();
    });
    this.$("[data-fk-confirm-no]").addEventListener("click", close);
    this.$("[data-fk-confirm-yes]").addEventListener("click", () => {
      this.form.reset();
      this.update(this.currentId, (application) => {
        application.answers = this.form.answers({ everything: true });
        application.record = emptyRecord();
      });
      this.page.clearFieldErrors();
      this.page.changed({ save: false });
      this.message("Cleared. The form is back to its starting answers.");
      close();
    });
  }
}

/** The text of a stored value that cannot be used, for its download. */
function safeText(value) {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
