// The follow-up plan of the application on show: "Mark as sent" records today's date for the letter
// on screen (for a note per interviewer, the note shown), the next step the composer worked out
// (followup.plan, through the worker's "plan" message) with one action that starts that letter in
// the same application, the guide's advice where there is no letter left to send, and the outcome.

import { localDate } from "./applications.js";

const KIND_NAME = { "thank-you": "thank-you note", "check-in": "check-in", "after-rejection": "reply to the rejection" };

/** "2 December" (en-GB) or "December 2" (en-US), as the letter's English style writes dates. */
export function dayMonth(iso, style = "en-US") {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(style === "en-GB" ? "en-GB" : "en-US", { day: "numeric", month: "long" });
}

/** A letter marked as sent, in words: "check-in 1 on December 8", "thank-you note to Dana Lee on …". */
export function sentText(entry, style) {
  const what = entry.kind === "check-in" ? `check-in ${entry.number ?? 1}` : KIND_NAME[entry.kind] || entry.kind;
  return `${what}${entry.to ? ` to ${entry.to}` : ""} on ${dayMonth(entry.date, style)}`;
}

/** What the action button says for a step's letter. */
function actionText(step) {
  if (step.kind === "check-in") return step.check_in_number === 2 ? "Write the second check-in" : "Write the check-in";
  if (step.kind === "after-rejection") return "Write the reply";
  return "Write the thank-you note";
}

export class FollowUpRecord {
  /**
   * `drafts`: the applications; `form`: the FormModel; `preview`: the letter on screen;
   * `page`: {step(id): the next step or undefined, changed(): the form changed (save, render)}.
   */
  constructor(app, { drafts, form, preview, page }) {
    this.app = app;
    this.drafts = drafts;
    this.form = form;
    this.preview = preview;
    this.page = page;
    this.$ = (selector) => app.querySelector(selector);
    this.root = app.dataset.siteRoot || "../"; // the site's root, relative to this page (advice links)
    this.marked = null; // {id, entry}: the letter marked last, while "Undo: not sent" is offered
  }

  wire() {
    this.$("[data-fk-mark-sent]").addEventListener("click", () => this.markSent());
    this.$("[data-fk-unmark]").addEventListener("click", () => this.unmark());
    this.$("[data-fk-next-action]").addEventListener("click", () => this.startNext());
    this.$("[data-fk-outcome]").addEventListener("change", (event) => this.setOutcome(event.target.value));
  }

  /** The entry "Mark as sent" adds for the letter on screen (undefined when there is none). */
  sentEntry(today = localDate()) {
    const letter = this.preview.letter();
    if (!letter) return undefined;
    const answers = this.form.answers();
    const kind = answers.kind || "thank-you";
    if (kind === "check-in") return { kind, number: answers.check_in_number === 2 ? 2 : 1, date: today };
    if (kind !== "thank-you") return { kind, date: today };
    const names = (answers.interviewers || []).map((i) => i.name || "");
    const count = this.preview.result.letters.length;
    // One note per interviewer: the one shown; one note to a single interviewer: that one.
    const to = count === names.length ? names[this.preview.selected] : names.length === 1 ? names[0] : "";
    return { kind, to: to || "", date: today };
  }

  markSent() {
    const entry = this.sentEntry();
    const current = this.drafts.current;
    if (!entry || !current) return;
    const style = current.answers.language;
    if (current.record.sent.some((e) => JSON.stringify(e) === JSON.stringify(entry))) {
      return this.message(`Already marked: ${sentText(entry, style)}.`);
    }
    this.drafts.update(current.id, (application) => application.record.sent.push(entry));
    this.message(`Marked as sent: ${sentText(entry, style)}.`);
    this.marked = { id: current.id, entry };
    this.$("[data-fk-unmark]").hidden = false;
  }

  /** Takes back the letter marked last (a click too many): the record is as it was. */
  unmark() {
    if (!this.marked) return;
    const { id, entry } = this.marked;
    this.drafts.update(id, (application) => {
      const i = application.record.sent.findLastIndex((e) => JSON.stringify(e) === JSON.stringify(entry));
      if (i >= 0) application.record.sent.splice(i, 1);
    });
    this.forgetMarked();
    this.$("[data-fk-mark-sent]").focus();
    this.message("No longer marked as sent.");
  }

  forgetMarked() {
    this.marked = null;
    const undo = this.$("[data-fk-unmark]");
    if (document.activeElement === undo) this.$("[data-fk-mark-sent]").focus();
    undo.hidden = true;
  }

  /** Starts the next step's letter in the same application: the answers carry over. */
  startNext() {
    const step = this.page.step(this.drafts.currentId);
    if (!step?.kind) return;
    const kind = this.form.form.querySelector('[data-path="kind"]');
    kind.value = step.kind;
    this.form.updateKind();
    if (step.kind === "check-in") this.form.form.querySelector('[data-path="check_in_number"]').value = String(step.check_in_number || 1);
    this.page.changed();
    const what = step.kind === "check-in" ? `check-in ${step.check_in_number || 1}` : KIND_NAME[step.kind];
    this.message(`The letter is now the ${what}, with your answers carried over.`);
    this.$("#fk-preview-title")?.scrollIntoView?.({ block: "nearest" });
  }

  setOutcome(outcome) {
    const current = this.drafts.current;
    if (!current) return;
    this.drafts.update(current.id, (application) => {
      application.record.outcome = outcome;
      application.record.outcome_date = outcome === "waiting" ? null : localDate();
    });
  }

  message(text) {
    this.$("[data-fk-followup-message]").textContent = text;
  }

  /** Shows the record and the next step of the application on show. */
  update() {
    const current = this.drafts.current;
    this.$("[data-fk-mark-sent]").disabled = !this.preview.letter() || !current;
    if (this.marked && this.marked.id !== current?.id) this.forgetMarked(); // another application on show
    if (!current) return;
    const style = current.answers.language;
    const sent = current.record.sent;
    this.$("[data-fk-sent]").textContent = sent.length ? `Sent: ${sent.map((e) => sentText(e, style)).join("; ")}.` : "Nothing marked as sent yet.";
    const outcome = this.$("[data-fk-outcome]");
    if (outcome.value !== current.record.outcome) outcome.value = current.record.outcome;
    this.showStep(this.page.step(current.id), current.answers);
  }

  showStep(step, answers) {
    const text = this.$("[data-fk-next-step]");
    const action = this.$("[data-fk-next-action]");
    const advice = this.$("[data-fk-next-advice]");
    const mark = step?.overdue ? "Overdue: " : "";
    text.textContent =
      step === undefined
        ? "The next step shows once the composer has read this application."
        : !step
          ? "Nothing more to send for this application."
          : step.step === "done"
            ? `${step.label}.`
            : `Next: ${mark}${step.label}`;
    text.classList.toggle("fk-next--overdue", Boolean(step?.overdue));
    // The action is offered unless that letter is the one on screen already.
    const onScreen = Boolean(step?.kind) && step.kind === (answers.kind || "thank-you") && (step.kind !== "check-in" || (answers.check_in_number ?? 1) === step.check_in_number);
    action.hidden = !step?.kind || onScreen;
    if (step?.kind) action.textContent = actionText(step);
    advice.hidden = !step?.advice;
    if (step?.advice) advice.href = this.root + step.advice;
  }
}
