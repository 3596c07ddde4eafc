// Keyboard access to Material's header toggles and navigation drawer, on every page.
//
// Material opens the drawer and the search with <label for="__drawer|__search"> elements tied to
// hidden checkboxes: a label takes no focus, so neither can be opened from the keyboard, and the
// closed drawer's links (moved off-screen below 76.25em) still take focus. Here:
// - each header toggle gets a real <button> inside its label (a label may not take the button
//   role), with a name and, for the drawer, aria-expanded; it presses Material's checkbox;
// - while the drawer is a drawer (narrow windows) and closed, its content is `inert`: its links
//   take focus only while it is open; the same for the search dialog, off-screen until opened on
//   narrow windows (on wide ones its field sits in the header);
// - opened from the keyboard, focus moves into the drawer; Escape closes it and focus returns to
//   the menu button; focus leaving the drawer closes it (nothing behind the overlay is hidden);
// - inside the drawer, Material slides a section ("Guide", a page's table of contents) in as a
//   panel over its parent list, again with labels: the labels that open a panel and its back arrow
//   get buttons too (only while the drawer is one), and a closed panel, or whatever an open panel
//   covers, is `inert`.
// Everything keys off Material's own checkboxes, so its pointer behaviour is unchanged.

const DRAWER_WIDTH = "(max-width: 76.234375em)"; // Material's breakpoints: the drawer,
const SEARCH_WIDTH = "(max-width: 59.984375em)"; // and the search as a full-window dialog
const NAMES = { __drawer: "Navigation menu", __search: "Open search" };

const drawerToggle = document.getElementById("__drawer");
const drawer = document.querySelector(".md-sidebar--primary");
const narrow = window.matchMedia(DRAWER_WIDTH);
let menuButton = null; // set below
const searchToggle = document.getElementById("__search");
const search = document.querySelector(".md-search");
const searchNarrow = window.matchMedia(SEARCH_WIDTH);

function firstFocusable(root) {
  const all = root.querySelectorAll('a[href], button:not([disabled]), [tabindex="0"]');
  return [...all].find((el) => !el.closest("[inert]") && el.checkVisibility({ visibilityProperty: true }));
}

function syncDrawer() {
  if (!drawer || !drawerToggle) return;
  const open = drawerToggle.checked;
  drawer.inert = narrow.matches && !open;
  menuButton?.setAttribute("aria-expanded", String(open));
}

function syncSearch() {
  if (!search || !searchToggle) return;
  const wasInert = search.inert;
  search.inert = searchNarrow.matches && !searchToggle.checked;
  // Material focuses the field when the search opens, but it was still inert at that moment.
  if (wasInert && !search.inert) search.querySelector("input")?.focus();
}

function closeDrawer({ focusButton }) {
  if (!drawerToggle?.checked) return;
  drawerToggle.click(); // a real change event, which Material listens to
  if (focusButton) menuButton?.focus();
}

const buttons = new WeakMap(); // label -> its button

/**
 * A <button> around a checkbox label's content (or the content back in the plain label, `on`
 * false). Pressed, it clicks the checkbox (a click on a button inside a label does not activate
 * the label) and then, if the keyboard pressed it, runs `after` once Material has reacted.
 */
function setButton(label, on, { name = "", after = () => {} } = {}) {
  let button = buttons.get(label);
  if (on && !button) {
    button = document.createElement("button");
    button.type = "button";
    button.className = "fk-label-button";
    if (name) button.setAttribute("aria-label", name);
    button.addEventListener("click", (event) => {
      document.getElementById(label.htmlFor)?.click();
      if (event.detail === 0) requestAnimationFrame(after); // keyboard: detail 0
    });
    buttons.set(label, button);
  }
  if (!button || on === label.contains(button)) return button;
  if (on) {
    button.append(...label.childNodes);
    label.append(button);
  } else {
    label.append(...button.childNodes);
    button.remove();
  }
  return button;
}

// Only these two: the colour switch's labels already have a focusable radio button.
const headerToggles = '.md-header label.md-header__button:is([for="__drawer"], [for="__search"])';
for (const label of document.querySelectorAll(headerToggles)) {
  const target = label.getAttribute("for");
  const button = setButton(label, true, {
    name: NAMES[target] || label.title || target,
    after: () => target === "__drawer" && drawerToggle?.checked && firstFocusable(drawer)?.focus(),
  });
  if (target === "__drawer") menuButton = button;
}

// -- the panels inside the drawer
const levelToggles = drawer ? [...drawer.querySelectorAll("input.md-nav__toggle")] : [];
const madeInert = new Set();

function levelLabels(toggle) {
  return {
    opener: drawer.querySelector(`label.md-nav__link[for="${toggle.id}"]`),
    back: drawer.querySelector(`nav > label.md-nav__title[for="${toggle.id}"]`),
  };
}

/** What an open panel slides over: its parent list's title, the other items, and its own opener. */
function coveredBy(toggle) {
  const item = toggle.parentElement;
  const parentNav = item.parentElement.parentElement;
  return [
    ...parentNav.querySelectorAll(":scope > .md-nav__title"),
    ...[...item.parentElement.children].filter((sibling) => sibling !== item),
    ...[...item.children].filter((child) => child !== toggle && !child.matches("nav")),
  ];
}

function syncLevels() {
  for (const el of madeInert) el.inert = false;
  madeInert.clear();
  for (const toggle of levelToggles) {
    // Wide, the sidebar lists every section open: their labels are titles, not buttons.
    const { opener, back } = levelLabels(toggle);
    if (back) setButton(back, narrow.matches);
    if (opener) setButton(opener, narrow.matches)?.setAttribute("aria-expanded", String(toggle.checked));
    if (!narrow.matches) continue;
    const closedPanel = toggle.checked ? [] : toggle.parentElement.querySelectorAll(":scope > nav");
    for (const el of toggle.checked ? coveredBy(toggle) : closedPanel) {
      el.inert = true;
      madeInert.add(el);
    }
  }
}

for (const toggle of levelToggles) {
  toggle.addEventListener("change", syncLevels);
  const { opener, back } = levelLabels(toggle);
  const panel = toggle.parentElement.querySelector(":scope > nav");
  if (opener) setButton(opener, true, { after: () => toggle.checked && panel && firstFocusable(panel)?.focus() });
  if (back) {
    const name = `Back from ${back.textContent.trim()}`;
    setButton(back, true, { name, after: () => buttons.get(opener)?.focus() });
  }
}

if (drawer && drawerToggle) {
  drawer.id ||= "fk-drawer";
  menuButton?.setAttribute("aria-controls", drawer.id);
  drawerToggle.addEventListener("change", syncDrawer);
  narrow.addEventListener("change", () => {
    syncDrawer();
    syncLevels();
  });
  drawer.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && narrow.matches) closeDrawer({ focusButton: true });
  });
  drawer.addEventListener("focusout", (event) => {
    if (narrow.matches && event.relatedTarget && !drawer.contains(event.relatedTarget)) {
      closeDrawer({ focusButton: false });
    }
  });
  syncDrawer();
  syncLevels();
}

if (search && searchToggle) {
  searchToggle.addEventListener("change", syncSearch);
  searchNarrow.addEventListener("change", syncSearch);
  syncSearch();
}
