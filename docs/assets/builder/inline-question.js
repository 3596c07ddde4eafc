// Inline questions (start over, rename, a load's clash): a box shown in the page, never a browser
// dialog. Escape answers "no" (the box's own `cancel`), and the focus goes back to what asked.

/** Calls `cancel()` when Escape is pressed inside `box`. */
export function onEscape(box, cancel) {
  box.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    cancel();
  });
}

/** A closer for `box`: hides it and gives the focus back to `opener`. */
export function closer(box, opener) {
  return () => {
    box.hidden = true;
    opener.focus();
  };
}
