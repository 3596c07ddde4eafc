// The follow-up plan of the application on show: "Mark as sent" records today's date for the letter
// on screen (for a note per interviewer, the note shown), the next step the composer worked out
// (followup.plan, through the worker's "plan" message) with one action that starts that letter in
// the same application, the guide's advice where there is no letter left to send, and the outcome.

import { dateLocale, t } from "./strings.js";
import { localDate } from "./applications.js";

/** A letter kind in the page's words ("thank-you note", "check-in 2"; "Nachfrage 2"). */
function kindName(kind, number = 1) {
  const key = `record.kind.${kind}`;
  const said = t(key, { number });
  return said === key ? kind : said;
}

/**
 * "2 December" (en-GB), "December 2" (en-US), "2. Dezember" (de-DE): in the page's language, in the
 * region of the letter's language (`language`) when it is one of the page's (a German letter on the
 * English page is dated in the page's English).
 */
export function dayMonth(iso, language = "en-US") {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(dateLocale(language), { day: "numeric", month: "long" });
}

/** A letter marked as sent, in words: "check-in 1 on December 8", "thank-you note to Dana Lee on …". */
export function sentText(entry, language) {
  const what = kindName(entry.kind, entry.number ?? 1);
  const date = dayMonth(entry.date, language);
  return entry.to ? t("record.sent_to", { what, to: entry.to, date }) : t("record.sent_on", { what, date });
}

/** What the action button says for a step's letter. */
function actionText(step) {
  if (step.kind === "check-in") return t(step.check_in_number === 2 ? "record.write.check-in-2" : "record.write.check-in");
  if (step.kind === "after-rejection") return t("record.write.after-rejection");
  return t("record.write.thank-you");
}

export class FollowUpRecord {
  /**
   * `workspace`: the applications; `form`: the FormModel; `preview`: the letter on screen;
   * `page`: {step(id): the next step or undefined, changed(): the form changed (save, render)}.
   */
  constructor(app, { workspace, form, preview, page }) {
    this.app = app;
    this.workspace = workspace;
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
    const current = this.workspace.current;
    if (!entry || !current) return;
    const style = current.answers.language;
    if (current.record.sent.some((e) => JSON.stringify(e) === JSON.stringify(entry))) {
      return this.message(t("record.already", { what: sentText(entry, style) }));
    }
    this.workspace.update(current.id, (application) => application.record.sent.push(entry));
    this.message(t("record.marked", { what: sentText(entry, style) }));
    this.marked = { id: current.id, entry };
    this.$("[data-fk-unmark]").hidden = false;
  }

  /** Takes back the letter marked last (a click too many): the record is as it was. */
  unmark() {
    if (!this.marked) return;
    const { id, entry } = this.marked;
    this.workspace.update(id, (application) => {
      const i = application.record.sent.findLastIndex((e) => JSON.stringify(e) === JSON.stringify(entry));
      if (i >= 0) application.record.sent.splice(i, 1);
    });
    this.forgetMarked();
    this.$("[data-fk-mark-sent]").focus();
    this.message(t("record.unmarked"));
  }

  forgetMarked() {
    this.marked = null;
    const undo = this.$("[data-fk-unmark]");
    if (document.activeElement === undo) this.$("[data-fk-mark-sent]").focus();
    undo.hidden = true;
  }

  /** Starts the next step's letter in the same application: the answers carry over. */
  startNext() {
    const step = this.page.step(this.workspace.currentId);
    if (!step?.kind) return;
    const kind = this.form.form.querySelector('[data-path="kind"]');
    kind.value = step.kind;
    this.form.updateKind();
    if (step.kind === "check-in") this.form.form.querySelector('[data-path="check_in_number"]').value = String(step.check_in_number || 1);
    this.page.changed();
    this.message(t("record.now", { what: kindName(step.kind, step.check_in_number || 1) }));
    this.$("#fk-preview-title")?.scrollIntoView?.({ block: "nearest" });
  }

  setOutcome(outcome) {
    const current = this.workspace.current;
    if (!current) return;
    this.workspace.update(current.id, (application) => {
      application.record.outcome = outcome;
      application.record.outcome_date = outcome === "waiting" ? null : localDate();
    });
  }

  message(text) {
    this.$("[data-fk-followup-message]").textContent = text;
  }

  /** Shows the record and the next step of the application on show. */
  update() {
    const current = this.workspace.current;
    this.$("[data-fk-mark-sent]").disabled = !this.preview.letter() || !current;
    if (this.marked && this.marked.id !== current?.id) this.forgetMarked(); // another application on show
    if (!current) return;
    const style = current.answers.language;
    const sent = current.record.sent;
    this.$("[data-fk-sent]").textContent = sent.length ? t("record.sent", { list: sent.map((e) => sentText(e, style)).join("; ") }) : t("record.none_sent");
    const outcome = this.$("[data-fk-outcome]");
    if (outcome.value !== current.record.outcome) outcome.value = current.record.outcome;
    this.showStep(this.page.step(current.id), current.answers);
  }

  showStep(step, answers) {
    const text = this.$("[data-fk-next-step]");
    const action = this.$("[data-fk-next-action]");
    const advice = this.$("[data-fk-next-advice]");
    const mark = step?.overdue ? t("record.overdue") : "";
    text.textContent =
      step === undefined
        ? t("record.step_unknown")
        : !step
          ? t("record.nothing_more")
          : step.step === "done"
            ? `${step.label}.`
            : t("record.next", { overdue: mark, label: step.label });
    text.classList.toggle("fk-next--overdue", Boolean(step?.overdue));
    // The action is offered unless that letter is the one on screen already.
    const onScreen = Boolean(step?.kind) && step.kind === (answers.kind || "thank-you") && (step.kind !== "check-in" || (answers.check_in_number ?? 1) === step.check_in_number);
    action.hidden = !step?.kind || onScreen;
    if (step?.kind) action.textContent = actionText(step);
    advice.hidden = !step?.advice;
    if (step?.advice) advice.href = this.root + step.advice;
  }
}
