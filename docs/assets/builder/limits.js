// A field's length limit made visible: the counter under it, and a paste (or drop) that would not
// fit refused whole with the reason beside the field. Each field with a limit has, from the build
// (scripts/sitebuild/builder_form.py), `#<id>-counter` (shown, not spoken) and `#<id>-said` (a polite
// live region, spoken only when something is worth saying).

import { t } from "./strings.js";
import { number } from "./numbers.js";

const COUNTER_FROM = 0.8; // the counter shows from 80% of a field's limit
const SAID_AT = [0.8, 0.9, 1]; // ...and is announced only when crossing these

const slot = (root, control, what) => root.querySelector(`#${CSS.escape(control.id)}-${what}`);

/**
 * "180 of 200 characters" under a field from 80% of its limit. Counted as the browser counts
 * for `maxlength` (UTF-16 units), so the counter reaches the limit exactly when typing stops;
 * the composer's own limit counts characters, never fewer. Screen readers hear it only when it
 * crosses 80%, 90% and the limit, not on every key.
 */
export function updateCounter(root, control) {
  const counter = slot(root, control, "counter");
  const max = Number(control.getAttribute("maxlength"));
  if (!counter || !max) return;
  const used = control.value.length;
  counter.hidden = used < max * COUNTER_FROM;
  counter.classList.toggle("fk-counter--warn", used >= max);
  delete counter.dataset.note;
  if (counter.hidden) counter.textContent = "";
  else counter.textContent = t(used >= max ? "limits.counter_full" : "limits.counter", { used: number(used), max: number(max) });
  const said = slot(root, control, "said");
  if (!said) return;
  const band = SAID_AT.filter((at) => used >= max * at).length;
  const before = Number(said.dataset.band || 0);
  said.dataset.band = String(band);
  if (band > before) said.textContent = counter.textContent;
  else if (band === 0) said.textContent = "";
}

/** A note in the field's counter slot, shown and announced (until the next edit there). */
export function fieldNote(root, control, text) {
  const counter = slot(root, control, "counter");
  const said = slot(root, control, "said");
  if (!counter) return;
  counter.textContent = text;
  counter.hidden = false;
  counter.classList.add("fk-counter--warn");
  counter.dataset.note = "true";
  if (said) said.textContent = text;
}

/**
 * A paste (or drop) longer than the field holds is refused whole, with the reason beside the
 * field: the browser would otherwise cut it at the limit without a word, and a megabyte of text
 * would go through the page and the draft for nothing. Nothing is inserted, so nothing is lost
 * without the person knowing. `data` is the event's clipboardData or dataTransfer.
 */
export function refuseLongPaste(root, event, data) {
  const control = event.target;
  const max = Number(control?.getAttribute?.("maxlength"));
  if (!control.dataset?.path || !max || !data) return;
  const text = data.getData("text/plain") || data.getData("text") || "";
  let start = null;
  let end = null;
  try {
    start = control.selectionStart;
    end = control.selectionEnd;
  } catch {
    /* email inputs have no selection API */
  }
  const replaced = start === null || end === null ? 0 : end - start;
  const pasted = control.matches("textarea") ? text.replace(/\r\n?/g, "\n") : text.replace(/[\r\n]/g, "");
  if (control.value.length - replaced + pasted.length <= max) return;
  event.preventDefault();
  const room = max - (control.value.length - replaced);
  const what = event.type === "drop" ? "limits.drop" : "limits.paste";
  fieldNote(
    root,
    control,
    t(room < max ? `${what}_room` : what, { length: number(pasted.length), max: number(max), room: number(Math.max(room, 0)) }),
  );
}
