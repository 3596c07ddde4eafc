// "Your applications": one button per application, named by its company and role, with its next
// step (overdue ones first, marked in words), and what is done to the list: new, the next round at
// the same company, rename, delete (with undo), and switching to another one.

import { t } from "./strings.js";
import { byNextStep, emptyRecord, newApplication, nextRoundAnswers, title } from "./applications.js";
import { closer, onEscape } from "./inline-question.js";

export class ApplicationsList {
  /** `workspace`: the applications (workspace.js); `steps()`: id -> the composer's next step, when known. */
  constructor(app, workspace, { steps }) {
    this.app = app;
    this.workspace = workspace;
    this.steps = steps;
    this.$ = (selector) => app.querySelector(selector);
    this.list = this.$("[data-fk-apps-list]");
    this.shown = undefined; // what the list shows, as JSON: it is updated only when that changes
    this.items = new Map(); // application id -> its <li>, kept while it is listed
    this.deleted = null; // the application deleted last, while "Undo delete" is offered
  }

  wire() {
    this.list.addEventListener("click", (event) => {
      const button = event.target.closest("[data-fk-app-id]");
      if (button) this.open(button.dataset.fkAppId);
    });
    this.$("[data-fk-app-new]").addEventListener("click", () => {
      this.create(this.workspace.blankAnswers(), t("apps.new_shown"));
    });
    this.$("[data-fk-app-next-round]").addEventListener("click", () => {
      const from = this.workspace.current;
      this.create(nextRoundAnswers(from.answers), t("apps.next_round_shown", { name: title(from.answers) }));
    });
    this.$("[data-fk-app-delete]").addEventListener("click", () => this.remove());
    this.$("[data-fk-app-undo]").addEventListener("click", () => this.undoRemove());
    this.wireRename();
  }

  open(id) {
    if (id === this.workspace.currentId) return;
    this.forgetRemoved();
    this.workspace.show(id);
    this.message(t("apps.showing", { name: title(this.workspace.current.answers) }));
  }

  create(answers, said) {
    this.forgetRemoved();
    const application = this.workspace.add(newApplication(answers, emptyRecord()));
    this.workspace.show(application.id);
    this.message(said);
  }

  remove() {
    const removed = this.workspace.remove(this.workspace.currentId);
    if (!removed) return;
    this.deleted = removed;
    this.message(t("apps.deleted", { name: title(removed.answers), current: title(this.workspace.current.answers) }));
    const undo = this.$("[data-fk-app-undo]");
    undo.hidden = false;
    undo.focus();
  }

  undoRemove() {
    if (!this.deleted) return;
    const back = this.workspace.add(this.deleted);
    this.forgetRemoved();
    this.workspace.show(back.id);
    this.message(`${title(back.answers)} is back.`);
    this.$("[data-fk-app-delete]").focus();
  }

  /** The deleted application is no longer offered back (another action came after it). */
  forgetRemoved() {
    this.deleted = null;
    const undo = this.$("[data-fk-app-undo]");
    if (undo.hidden) return;
    if (document.activeElement === undo) this.$("[data-fk-app-delete]").focus();
    undo.hidden = true;
  }

  wireRename() {
    const box = this.$("[data-fk-rename]");
    const button = this.$("[data-fk-app-rename]");
    const company = this.$("[data-fk-rename-company]");
    const role = this.$("[data-fk-rename-role]");
    const close = closer(box, button);
    button.addEventListener("click", () => {
      company.value = this.workspace.current?.answers.company || "";
      role.value = this.workspace.current?.answers.role || "";
      box.hidden = false;
      company.focus();
    });
    onEscape(box, close);
    this.$("[data-fk-rename-cancel]").addEventListener("click", close);
    box.addEventListener("submit", (event) => {
      event.preventDefault();
      // The name is the company and the role of the answers: the form's fields change with it.
      for (const [path, input] of [["company", company], ["role", role]]) {
        const control = this.app.querySelector(`[data-fk-form] [data-path="${path}"]`);
        control.value = input.value.trim();
        control.dispatchEvent(new control.ownerDocument.defaultView.Event("input", { bubbles: true }));
      }
      this.workspace.writeTyped(); // a rename is not typing: stored and listed at once
      this.message(t("apps.renamed", { name: title(this.workspace.current.answers) }));
      close();
    });
  }

  message(text) {
    this.$("[data-fk-apps-message]").textContent = text;
  }

  /**
   * Shows the list as it is now. Each application keeps its own <li> and button for as long as it
   * is listed (updated in place, moved only when the order changes), so a button that has focus,
   * or that another part of the page remembers (view-switch.js), stays the same element.
   */
  render() {
    const steps = this.steps();
    const rows = byNextStep(this.workspace.all, steps).map((application) => {
      const step = steps[application.id];
      return {
        id: application.id,
        name: title(application.answers),
        step: step === undefined ? "" : step ? step.label : t("apps.nothing_more"),
        overdue: Boolean(step?.overdue),
        current: application.id === this.workspace.currentId,
      };
    });
    const key = JSON.stringify(rows);
    if (key === this.shown) return;
    this.shown = key;
    const focused = this.list.contains(document.activeElement) ? document.activeElement : null;
    const items = new Map();
    rows.forEach((row, i) => {
      const li = this.items.get(row.id) || this.item(row.id);
      update(li, row);
      items.set(row.id, li);
      if (this.list.children[i] !== li) this.list.insertBefore(li, this.list.children[i] || null);
    });
    for (const [id, li] of this.items) if (!items.has(id)) li.remove();
    this.items = items;
    if (focused && document.activeElement !== focused) {
      // Moved (a blur) or removed: the same button again, else the one on show.
      (focused.isConnected ? focused : this.list.querySelector('[aria-current="true"]'))?.focus();
    }
    this.$("[data-fk-app-delete]").disabled = rows.length === 0;
  }

  /** A new, empty row for application `id` (update() fills it). */
  item(id) {
    const li = document.createElement("li");
    li.className = "fk-apps__item";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "fk-apps__open";
    button.dataset.fkAppId = id;
    const step = document.createElement("span");
    step.className = "fk-apps__step";
    step.id = `fk-app-step-${id}`;
    li.append(button, step);
    return li;
  }
}

/** Writes `row` into its <li>: the button's name and state, the next step (marked when overdue). */
function update(li, row) {
  li.classList.toggle("fk-apps__item--overdue", row.overdue);
  const [button, step] = li.children;
  if (button.textContent !== row.name) button.textContent = row.name;
  if (row.current) button.setAttribute("aria-current", "true");
  else button.removeAttribute("aria-current");
  step.hidden = !row.step;
  if (row.step) button.setAttribute("aria-describedby", step.id);
  else button.removeAttribute("aria-describedby");
  const parts = [];
  if (row.overdue) {
    const mark = document.createElement("strong");
    mark.className = "fk-apps__overdue";
    mark.textContent = t("apps.overdue");
    parts.push(mark);
  }
  parts.push(row.step);
  step.replaceChildren(...parts);
}
