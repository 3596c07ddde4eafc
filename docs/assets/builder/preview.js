// The letter preview: the composer's latest result, one tab per note when a panel gets one each,
// the length under the letter, the list of what to fix when there is no letter, and a one-line
// spoken summary once typing pauses (the preview itself is not a live region: a screen reader
// would read the whole letter again on every keystroke).

import { t, tn } from "./strings.js";

const ANNOUNCE_AFTER_MS = 1500; // the spoken summary waits for a pause in typing

export class Preview {
  /**
   * `problems`: the Problems of the page (errors and where they belong); `onSelect`: called when
   * another note's tab is chosen (the exports follow the note on show); `engaged()`: whether the
   * person has typed in or left a field yet.
   */
  constructor(app, problems, { messageLimit, onSelect = () => {}, engaged = () => true }) {
    this.app = app;
    this.problems = problems;
    this.messageLimit = messageLimit;
    this.onSelect = onSelect;
    this.engaged = engaged;
    this.$ = (selector) => app.querySelector(selector);
    this.result = null; // the composer's latest result
    this.selected = 0; // the note on show, when there is one per interviewer
    this.shownHtml = undefined; // the letter fragment on show; null while the problems are
    this.shownProblems = undefined; // the problems on show, as JSON
    this.announceTimer = null;
  }

  /** The letter on show, or null when there is none. */
  letter() {
    return this.result?.ok ? this.result.letters[Math.min(this.selected, this.result.letters.length - 1)] : null;
  }

  show(result) {
    this.result = result;
    if (result.ok) this.showLetters();
    else this.showProblems();
  }

  wire() {
    // The letter panel is taller than a phone's or a zoomed window's screen: reached by keyboard
    // from below, the browser leaves its top (and its focus ring) under the sticky header.
    const panel = this.app.querySelector("#fk-letter-panel");
    panel?.addEventListener("focus", () => {
      const header = document.querySelector(".md-header")?.getBoundingClientRect().bottom || 0;
      if (panel.matches(":focus-visible") && panel.getBoundingClientRect().top < header) {
        panel.scrollIntoView({ block: "start" });
      }
    });
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
        tabs.replaceChildren(...names.map((name, i) => tabFor(name, i, panel)));
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
      hideTabs(tabs, panel);
    }
    const letter = this.letter();
    // The fragment is the composer's own output (formats.to_html), with every answer escaped there.
    if (this.shownHtml !== letter.article) {
      panel.innerHTML = letter.article;
      this.shownHtml = letter.article;
    }
    const count = this.$("[data-fk-count]");
    count.hidden = false;
    if (this.result.channel === "message" && this.result.message_limit == null) {
      // A message to a connection or a text has no hard limit: the count, and what to aim for.
      const target = this.result.message_target || this.messageLimit;
      count.textContent = t("preview.count_target", { characters: letter.characters, target });
      count.classList.remove("fk-count--over");
    } else if (this.result.channel === "message") {
      const limit = this.result.message_limit;
      count.textContent = t("preview.count_limit", { characters: letter.characters, limit });
      count.classList.toggle("fk-count--over", letter.characters > limit);
    } else {
      count.textContent = t("preview.words", { words: letter.words });
      count.classList.remove("fk-count--over");
    }
  }

  selectTab(index, { focus = false } = {}) {
    if (!this.result?.ok) return;
    const n = this.result.letters.length;
    this.selected = ((index % n) + n) % n;
    this.showLetters();
    this.onSelect();
    this.announce();
    if (focus) this.$(`#fk-tab-${this.selected}`)?.focus();
  }

  /** No letter: why (the composer refused), or what to fix, each a link to its field. */
  showProblems() {
    // Unchanged (the same errors again, or a focus change): keep the list, and any focus in it.
    const errors = this.problems.errors(this.result);
    const key = JSON.stringify([this.result.refused, errors]);
    if (this.shownHtml === null && this.shownProblems === key) return;
    this.shownProblems = key;
    const panel = this.$("[data-fk-letter]");
    hideTabs(this.$("[data-fk-tabs]"), panel);
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
      heading.textContent = t("preview.blocked");
      const list = document.createElement("ul");
      list.append(...errors.map((error) => this.errorItem(error)));
      box.append(heading, list);
    }
    panel.replaceChildren(box);
  }

  errorItem(error) {
    const item = document.createElement("li");
    const target = this.problems.elementFor(error.path);
    if (!target) {
      item.textContent = error.message;
      return item;
    }
    const link = document.createElement("a");
    link.href = `#${target.id}`;
    link.textContent = error.message;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      this.problems.model.touched.add(target.id); // followed: its error shows beside it now
      this.problems.showFieldErrors(this.result);
      target.focus();
      target.scrollIntoView({ block: "center" });
    });
    item.append(link);
    return item;
  }

  /** A one-line spoken summary once typing pauses. */
  announce() {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const text = this.summary();
      if (text === null) return;
      const region = this.$("[data-fk-announce]");
      if (region.textContent !== text) region.textContent = text;
    }, ANNOUNCE_AFTER_MS);
  }

  /** What `announce` says about the latest result; null when there is nothing to say. */
  summary() {
    const result = this.result;
    // What is missing is not news before the person has done anything (the page just loaded).
    if (!result || (!result.ok && !this.engaged())) return null;
    if (result.ok) {
      const letter = this.letter();
      const count = result.channel === "message"
        ? t("preview.characters", { characters: letter.characters })
        : t("preview.words", { words: letter.words });
      const size = result.letters.length > 1 ? t("preview.one_of", { size: count, count: result.letters.length }) : count;
      const problems = (result.findings || []).filter((f) => f.level === "problem").length;
      return t("preview.updated", { size }) + (problems ? ` ${tn("preview.problems", problems)}` : "");
    }
    if (result.refused) return t("preview.refused");
    return tn("preview.errors", this.problems.errors(result).length);
  }
}

function tabFor(name, i, panel) {
  const tab = document.createElement("button");
  tab.type = "button";
  tab.setAttribute("role", "tab");
  tab.id = `fk-tab-${i}`;
  tab.className = "fk-tab";
  tab.textContent = name; // text, never HTML
  tab.setAttribute("aria-controls", panel.id);
  return tab;
}

function hideTabs(tabs, panel) {
  tabs.hidden = true;
  tabs.replaceChildren();
  delete tabs.dataset.names;
  panel.removeAttribute("role");
  panel.removeAttribute("aria-labelledby");
  panel.removeAttribute("tabindex");
}
