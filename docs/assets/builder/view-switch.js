// The phone layout's "Form | Letter" switch. Under 700 px wide (PHONE_QUERY) the builder shows
// one pane at a time, the form or the letter (its preview, exports and checks), and a sticky pair
// of toggle buttons changes between them from anywhere in the form. Wider, both panes show as
// before and the switch is hidden: builder.css reads `data-fk-view` on the app only inside the
// same media query, so the choice made here never changes the wide layout.
//
// Contract for focus:
// - "Letter" (or "Skip to the letter preview") moves focus to the letter's heading, scrolled to just
//   below the switch when it was out of view.
// - "Form" (or "Back to the form") shows the form where it was left (the form's top at the same
//   place in the window) and gives focus back to the form's control that last had it when that
//   control is in view again; otherwise focus goes to the "Form" button, which is in view.
// - Any other in-page link to an element of the hidden pane (the preview's "what to fix" links to
//   form fields) shows that pane first and leaves the rest to the link's own handler.

// The query builder.css uses too (max-width, not range syntax: Safari before 16.4 knows only that).
export const PHONE_QUERY = "(max-width: 699.98px)";

const PANE = { form: ".fk-pane--form", letter: ".fk-pane--output" };
const HEADING = { form: "fk-form-title", letter: "fk-preview-title" };

/** The view ("form" or "letter") whose pane holds `element`, or null (outside both). */
export function viewOf(app, element) {
  if (!element) return null;
  return Object.keys(PANE).find((view) => app.querySelector(PANE[view])?.contains(element)) ?? null;
}

/** Whether a box (a DOMRect) has a size and its top edge between `top` and `bottom` (viewport px). */
export function topInView(box, top, bottom) {
  return box.height > 0 && box.top >= top && box.top < bottom;
}

/** The element an in-page link (`href="#id"`) points to, or null. */
export function linkTarget(link) {
  const href = link?.getAttribute("href") || "";
  if (!href.startsWith("#") || href.length < 2) return null;
  return document.getElementById(decodeURIComponent(href.slice(1)));
}

export class ViewSwitch {
  /** `phone()`: whether the one-pane layout is on (the media query, unless a test says otherwise). */
  constructor(app, { phone = () => window.matchMedia(PHONE_QUERY).matches } = {}) {
    this.app = app;
    this.phone = phone;
    this.bar = app.querySelector("[data-fk-switch]");
    this.view = "form";
    this.lastInForm = null; // the form's control that last had focus
    this.formTop = null; // the form pane's top in the viewport when the letter was shown
  }

  pane(view) {
    return this.app.querySelector(PANE[view]);
  }

  button(view) {
    return this.bar.querySelector(`[data-fk-show="${view}"]`);
  }

  wire() {
    if (!this.bar) return;
    this.bar.hidden = false;
    this.setView("form");
    this.bar.addEventListener("click", (event) => {
      const button = event.target.closest("[data-fk-show]");
      if (button) this.show(button.dataset.fkShow);
    });
    this.pane("form").addEventListener("focusin", (event) => {
      this.lastInForm = event.target;
    });
    // Capture: the view must change before a link's own handler (or the browser) moves focus.
    this.app.addEventListener("click", (event) => this.onLinkClick(event), true);
    // Narrowed (a phone turned upright, a window zoomed): the view that holds the focus shows.
    window.matchMedia?.(PHONE_QUERY).addEventListener?.("change", () => this.followFocus());
  }

  setView(view) {
    this.view = view;
    this.app.dataset.fkView = view;
    for (const button of this.bar.querySelectorAll("[data-fk-show]")) {
      const pressed = button.dataset.fkShow === view;
      button.setAttribute("aria-pressed", String(pressed));
      // The page's primary-button look (and its checked contrast in both schemes) marks the pressed one.
      button.classList.toggle("md-button--primary", pressed);
    }
  }

  show(view) {
    if (view === "letter") this.showLetter();
    else if (view === "form") this.showForm();
  }

  showLetter() {
    if (this.view !== "letter") {
      this.formTop = this.pane("form").getBoundingClientRect().top;
      this.setView("letter");
    }
    const heading = focusable(HEADING.letter);
    if (!topInView(heading.getBoundingClientRect(), this.barBottom(), window.innerHeight)) {
      heading.scrollIntoView({ block: "start", behavior: "instant" });
    }
    heading.focus({ preventScroll: true });
  }

  showForm() {
    if (this.view === "form") return;
    this.setView("form");
    if (this.formTop !== null) {
      const moved = this.pane("form").getBoundingClientRect().top - this.formTop;
      window.scrollBy({ top: moved, behavior: "instant" });
    }
    const control = this.lastInForm;
    const back =
      control?.isConnected &&
      this.pane("form").contains(control) &&
      topInView(control.getBoundingClientRect(), this.barBottom(), window.innerHeight);
    (back ? control : this.button("form")).focus({ preventScroll: true });
  }

  /** The bottom of the sticky switch in the viewport: what lies above it is covered. */
  barBottom() {
    return this.bar.getBoundingClientRect().bottom;
  }

  onLinkClick(event) {
    if (!this.phone()) return;
    const link = event.target.closest?.("a[href^='#']");
    const target = linkTarget(link);
    const view = viewOf(this.app, target);
    if (!view) return;
    if (target.id === HEADING[view]) {
      // "Skip to the letter preview" and "Back to the form": the switch's own logic.
      event.preventDefault();
      this.show(view);
    } else if (view !== this.view) {
      if (view === "letter") this.formTop = this.pane("form").getBoundingClientRect().top;
      this.setView(view);
    }
  }

  followFocus() {
    const view = viewOf(this.app, document.activeElement);
    if (this.phone() && view && view !== this.view) this.setView(view);
  }
}

/** The element with this id, focusable by script (a heading is not, by itself). */
function focusable(id) {
  const element = document.getElementById(id);
  if (!element.hasAttribute("tabindex")) element.tabIndex = -1;
  return element;
}
