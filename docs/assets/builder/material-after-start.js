// Material's own script on the builder page runs once the composer has started, not during it.
//
// On a phone's or a small laptop's few cores, Material setting up its header, search and
// navigation competes with the composer's start for the same CPU: measured on two cores, the first
// letter came ~100 ms sooner without it (scripts/sitebuild/README.md). So overrides/builder.html
// puts this classic script where Material's bundle was, naming the bundle (`data-fk-bundle`), and
// this loads it as soon as the first of these happens:
// - the composer is no longer starting (`data-state` of [data-fk-app]: ready, waiting for a tap,
//   failed: status.js);
// - LATEST_MS have passed (a slow phone's first visit never waits long for the search box);
// - someone reaches for Material's parts (a pointer or the focus in the header or navigation).
// Material waits for DOMContentLoaded, which has passed by then, so it is told again, once.
//
// One thing of Material's cannot wait: the colour scheme the system prefers, when the visitor has
// not chosen one (Material's inline script applies a chosen one). This script runs while the page
// is parsed, as the bundle did, and applies the palette option whose media query matches, from the
// options' own data-md-color-* attributes, so a dark system never sees a light page first.

(() => {
  const LATEST_MS = 2500;
  const STARTING = new Set(["", "loading", "restarting"]);
  const named = document.currentScript;
  if (!named || !named.dataset.fkBundle) return;

  let chosen = null;
  try {
    chosen = typeof __md_get === "function" ? __md_get("__palette") : null; // eslint-disable-line no-undef
  } catch {
    chosen = null;
  }
  if (!chosen || !chosen.color) {
    const option = Array.from(document.querySelectorAll("input[data-md-color-media]"))
      .find((input) => matchMedia(input.dataset.mdColorMedia).matches);
    if (option) {
      for (const key of ["media", "scheme", "primary", "accent"]) {
        const value = option.getAttribute(`data-md-color-${key}`);
        if (value) document.body.setAttribute(`data-md-color-${key}`, value);
      }
    }
  }

  let loaded = false;
  let observer = null;
  let timer = null;
  const reaching = (event) => {
    if (event.target instanceof Element && event.target.closest(".md-header, .md-sidebar, .md-search, .md-tabs")) load();
  };

  function load() {
    if (loaded) return;
    loaded = true;
    observer?.disconnect();
    clearTimeout(timer);
    document.removeEventListener("pointerdown", reaching, true);
    document.removeEventListener("focusin", reaching, true);
    const script = document.createElement("script");
    script.src = named.dataset.fkBundle;
    script.addEventListener("load", () => {
      if (document.readyState !== "loading") document.dispatchEvent(new Event("DOMContentLoaded"));
    });
    document.body.append(script);
  }

  const app = document.querySelector("[data-fk-app]");
  const starting = () => STARTING.has(app?.dataset.state ?? "");
  if (!app) {
    load();
    return;
  }
  // builder.js (a module) sets the state after this runs: wait for the page to be parsed first.
  const watch = () => {
    if (!starting()) return load();
    observer = new MutationObserver(() => {
      if (!starting()) load();
    });
    observer.observe(app, { attributes: true, attributeFilter: ["data-state"] });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", watch, { once: true });
  else watch();
  timer = setTimeout(load, LATEST_MS);
  document.addEventListener("pointerdown", reaching, true);
  document.addEventListener("focusin", reaching, true);
})();
