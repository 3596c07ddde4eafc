// What is wrong with the answers, shown where it belongs: each composer error beside the field it
// names (once the person has been there), and the composer's checks (findings) under "Checks",
// each with a link to the guide.

import { t } from "./strings.js";
import { fieldId } from "./protocol.js";

const SITE_BASE = new URL("../../", import.meta.url);

/** Site-relative guide anchor ("what-to-write/#length") -> absolute URL on this site, any sub-path. */
export function guideUrl(anchor) {
  return new URL(anchor || "", SITE_BASE).href;
}

export class Problems {
  constructor(app, form) {
    this.app = app;
    this.model = form; // FormModel: touched fields, row map, letter type
    this.form = form.form;
    this.shownFindings = undefined; // the findings on screen, as JSON
  }

  /** The form path for an error path: answers leave out empty rows, so row numbers may differ. */
  formPath(path) {
    const parts = path.split(".");
    if (parts.length >= 2 && /^\d+$/.test(parts[1]) && this.form.querySelector(`[data-list="${parts[0]}"]`)) {
      const row = this.model.rowMap[Number(parts[1])];
      if (row !== undefined) parts[1] = String(row);
    }
    return parts.join(".");
  }

  /** The visible element an error path belongs to: its field, else the nearest group shown. */
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

  /**
   * The composer's errors in `result`, and the dates and times the browser could not read: a
   * half-typed or impossible date (30 February) reaches the composer as no date at all, so its
   * message would be "required" or nothing; it says what is wrong instead (and the field counts
   * as visited).
   */
  errors(result) {
    let errors = result && !result.ok ? [...(result.errors || [])] : [];
    for (const control of this.form.querySelectorAll('input[type="date"], input[type="time"]')) {
      if (!control.validity?.badInput || !this.model.inUse(control) || control.closest("template")) continue;
      const path = control.dataset.path;
      const label = this.form.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent.trim() || path;
      const [what, from] = control.type === "time" ? ["a complete time", "list"] : ["a real date", "calendar"];
      this.model.touched.add(control.id);
      errors = errors.filter((e) => e.path !== path);
      errors.push({ path, message: `${label} is not ${what}. Finish typing it or pick it from the ${from}; clear it if you do not know it.` });
    }
    return errors;
  }

  clearFieldErrors() {
    for (const el of this.form.querySelectorAll("[data-fk-error]")) {
      el.hidden = true;
      el.textContent = "";
    }
    for (const el of this.form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  }

  /** Each error next to the field it names, once the person has been to that field. */
  showFieldErrors(result) {
    this.clearFieldErrors();
    for (const error of this.errors(result)) {
      const target = this.elementFor(error.path);
      if (!target) continue;
      const isList = target.matches("[data-list]");
      // A list's error (no interviewer yet) waits until the person has been to one of its fields
      // or followed the summary's link to it; it is then told through its first field.
      const seen = (id) => id === target.id || (isList && target.contains(document.getElementById(id)));
      if (![...this.model.touched].some(seen)) continue;
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

  /** The composer's checks under "Checks": level, message and a link to the guide. */
  showFindings(findings) {
    // Most keystrokes leave the checks as they were: rebuilding the list anyway is layout work on
    // every keystroke, and a link in it that has focus (a late render after Tab) would lose it.
    const key = JSON.stringify(findings);
    if (key === this.shownFindings) return;
    this.shownFindings = key;
    const list = this.app.querySelector("[data-fk-findings]");
    this.app.querySelector("[data-fk-checks-empty]").hidden = findings.length > 0;
    list.replaceChildren(...findings.map((finding, i) => findingItem(finding, i)));
  }
}

function findingItem(finding, i) {
  const item = document.createElement("li");
  item.className = `fk-finding fk-finding--${finding.level}`;
  const level = document.createElement("span");
  level.className = "fk-finding__level";
  level.textContent = ["problem", "suggestion", "good"].includes(finding.level) ? t(`problems.level.${finding.level}`) : finding.level;
  const text = document.createElement("span");
  text.className = "fk-finding__text";
  text.id = `fk-finding-${i}`;
  text.textContent = finding.message;
  item.append(level, " ", text);
  if (finding.anchor !== undefined && finding.anchor !== null) {
    const link = document.createElement("a");
    link.className = "fk-finding__link";
    link.href = guideUrl(finding.anchor);
    link.textContent = t("problems.read_more");
    link.setAttribute("aria-describedby", text.id);
    item.append(" ", link);
  }
  return item;
}
