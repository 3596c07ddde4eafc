// The letter builder's page script: the wiring entry. Each part of the page has its own module:
//   form-model.js  the form <-> the answers (and which fields the letter type uses)
//   rows.js        the interviewers' rows          limits.js   length counters, long pastes
//   workspace.js      the applications kept, the one on show, start over
//   applications-list.js  "Your applications"     applications-file.js  "Save all", "Load"
//   follow-up-record.js   "Mark as sent", the next step, the outcome
//   status.js      the composer's start-up status   preview.js  the letter and its tabs
//   data-saver.js  a tap before the runtime downloads, when the browser asks to save data
//   problems.js    errors beside fields, checks     exports.js  copy, mail, print, downloads
//   protocol.js    names shared with the worker
// and composer-client.js talks to the composer's worker.
//
// The form itself is rendered from the schema at build time (scripts/sitebuild/builder_form.py), so it
// works before this script or Python has loaded. No inline scripts or handlers anywhere: everything is
// wired here, so a strict Content Security Policy can forbid inline code. `init()` is idempotent and
// re-runs on Material's `document$` (instant navigation).

import { applicationsFile, pageSchemas } from "./applications.js";
import { ApplicationsFile } from "./applications-file.js";
import { ApplicationsList } from "./applications-list.js";
import { sharedComposer } from "./composer-client.js";
import { downloadBytes, holdForDataSaver } from "./data-saver.js";
import { Workspace } from "./workspace.js";
import { FollowUpRecord } from "./follow-up-record.js";
import { Exports } from "./exports.js";
import { FormModel } from "./form-model.js";
import { refuseLongPaste, updateCounter } from "./limits.js";
import { Preview } from "./preview.js";
import { Problems } from "./problems.js";
import { showGreetingGuesses } from "./rows.js";
import { Status } from "./status.js";
import { ViewSwitch } from "./view-switch.js";

export class Builder {
  constructor(app, composer) {
    this.app = app;
    this.composer = composer;
    this.form = new FormModel(app);
    this.problems = new Problems(app, this.form);
    this.preview = new Preview(app, this.problems, {
      messageLimit: Number(app.dataset.messageLimit) || 300,
      onSelect: () => {
        this.exports.update();
        this.followUp.update();
      },
      engaged: () => this.form.engaged,
    });
    this.exports = new Exports(app, { form: this.form, preview: this.preview, composer });
    const schemas = pageSchemas(app);
    this.workspace = new Workspace(app, this.form, schemas, {
      changed: (options) => this.changed(options),
      clearFieldErrors: () => this.problems.clearFieldErrors(),
      updated: (ids) => this.updated(ids),
    });
    this.list = new ApplicationsList(app, this.workspace, { steps: () => this.steps });
    this.file = new ApplicationsFile(app, this.workspace, schemas);
    this.followUp = new FollowUpRecord(app, {
      workspace: this.workspace,
      form: this.form,
      preview: this.preview,
      page: { step: (id) => this.steps[id], changed: () => this.changed() },
    });
    this.status = new Status(app, { storageOk: () => this.workspace.storageOk });
    this.lastChange = undefined; // the answers last sent, as JSON (see changed)
    this.steps = {}; // application id -> its next step (the composer's plan; null: none left)
    this.unplanned = new Set(); // ids whose next step is to be worked out (again)
    this.planAsked = []; // the ids in the plan asked last
  }

  /** Wires the page and shows the stored applications; the promise settles once they are shown. */
  start() {
    this.wireForm();
    this.preview.wire();
    this.exports.wire();
    this.workspace.wire();
    this.list.wire();
    this.file.wire();
    // The job search log loads its code on first use: nothing of it is on the first letter's path.
    const log = this.app.querySelector("[data-fk-log]");
    for (const type of ["click", "change"]) log?.addEventListener(type, (event) => import("./job-log.js").then((m) => m.handle(event, this)));
    this.followUp.wire();
    this.status.wire(() => this.composer.retry());
    new ViewSwitch(this.app).wire();
    // A new application's language is the page's, in the browser's region (a stored one keeps its own).
    this.setLanguageFromBrowser();
    this.form.updateKind();
    this.form.updateRows();
    this.composer.setListener(this);
    if (this.composer.ready) this.onReady();
    // Usually started already from <head> (boot.js); a failure there waits for "Try again", and a
    // visitor who saves data is asked first (data-saver.js).
    const hold = holdForDataSaver();
    if (hold === null) {
      if (!this.composer.failed) this.composer.start();
    } else {
      hold.then((wait) => {
        if (!wait) this.composer.start();
        else if (!this.composer.worker) this.status.onDataSaver(downloadBytes(), () => this.composer.start());
      });
    }
    return this.workspace.restore().then(() => this.changed({ save: false }));
  }

  /** Applications changed (`ids`: whose answers or record did): the list, the plan, the next step. */
  updated(ids) {
    for (const id of ids) this.unplanned.add(id);
    const wanted = [...this.unplanned].map((id) => this.workspace.items.get(id)).filter(Boolean);
    if (wanted.length) {
      this.planAsked = wanted.map((a) => a.id);
      this.composer.plan(applicationsFile(wanted));
    }
    this.list.render();
    this.followUp.update();
  }

  /** The composer's answer to the latest plan asked (an older one is never delivered). */
  onPlan(result) {
    for (const id of this.planAsked) {
      this.unplanned.delete(id);
      if (id in (result.steps || {})) this.steps[id] = result.steps[id];
      else delete this.steps[id]; // answers the plan cannot read (yet): no step shown
    }
    this.list.render();
    this.followUp.update();
  }

  wireForm() {
    const form = this.form.form;
    form.addEventListener("submit", (event) => event.preventDefault());
    form.addEventListener("input", (event) => this.onEdit(event));
    form.addEventListener("paste", (event) => refuseLongPaste(this.app, event, event.clipboardData));
    form.addEventListener("drop", (event) => refuseLongPaste(this.app, event, event.dataTransfer));
    form.addEventListener("change", (event) => this.onEdit(event));
    form.addEventListener("focusout", (event) => this.onLeave(event));
    form.addEventListener("click", (event) => {
      const add = event.target.closest("[data-fk-add-row]");
      const remove = event.target.closest("[data-fk-remove-row]");
      if (add && this.form.addRow(add.closest("[data-list]"))) this.changed();
      if (remove) {
        this.form.removeRow(remove.closest("[data-fk-row]"));
        this.changed();
      }
    });
  }

  onEdit(event) {
    const control = event.target;
    if (!control.dataset?.path) return;
    this.form.engaged = true;
    if (event.type === "change") this.form.touched.add(control.id);
    if (control.dataset.path === "kind" || control.dataset.path === "language") this.form.updateKind();
    this.changed({ typing: event.type === "input" });
    updateCounter(this.app, control);
  }

  /** Leaving a field: its errors show from now on, and what was typed there is stored now. */
  onLeave(event) {
    if (!event.target.dataset?.path) return;
    this.workspace.writeTyped();
    this.form.engaged = true;
    this.form.touched.add(event.target.id);
    // A date typed in full but impossible (or put right again) may change no value, so no
    // input event: ask now (changed() does nothing when the answers are the same).
    if (event.target.matches('input[type="date"], input[type="time"]')) this.changed();
    const result = this.preview.result;
    this.problems.showFieldErrors(result);
    if (result && !result.ok) {
      this.preview.showProblems();
      this.preview.announce();
    }
  }

  /**
   * Something in the form changed: ask for a new letter and save the draft (once per real change).
   * The letter is asked for first, and the page's own updates (the draft, the list, the counter)
   * come after: the worker composes while the page does them, not after. Typing (`typing`) is
   * stored once it pauses (typing-pause.js); any other change at once.
   */
  changed({ save = true, typing = false } = {}) {
    const answers = this.form.answers();
    const key = JSON.stringify(answers) + (save ? "" : "!");
    if (key === this.lastChange) return; // e.g. the "change" event that follows the last "input"
    this.lastChange = key;
    this.composer.render(answers);
    this.syncProseLanguage(answers.language);
    if (save) this.workspace.save();
    if (!typing) this.workspace.writeTyped();
  }

  // -- the composer's events (composer-client.js setListener)

  onProgress(progress) {
    this.status.onProgress(progress);
  }

  onReady() {
    this.status.onReady();
  }

  onRestart() {
    this.status.onRestart();
  }

  onFailure(failure) {
    this.status.onFailure(failure);
  }

  onRenderError(message) {
    console.warn("followup: the composer failed, restarting it:", message);
  }

  /** The free-text answers are spell-checked in the letter's language; the form is built with the default. */
  syncProseLanguage(language) {
    if (!language) return;
    for (const field of this.form.form.querySelectorAll("[data-prose]")) if (field.lang !== language) field.lang = language;
  }

  /** A new form's letter language is the page's, in the browser's region (a draft or file keeps its own). */
  setLanguageFromBrowser() {
    const language = this.form.form.querySelector('[data-path="language"]');
    if (language) language.value = this.form.newLanguage();
  }

  onResult(result) {
    this.app.dataset.rendered = "true";
    this.app.dataset.renders = String(Number(this.app.dataset.renders || 0) + 1);
    this.preview.result = result;
    this.problems.showFindings(result.findings || []);
    this.problems.showFieldErrors(result);
    this.preview.show(result);
    if (result.ok) showGreetingGuesses(this.form.form, this.form.rowMap, result.greetings || []);
    this.exports.update();
    this.followUp.update();
    this.preview.announce();
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
