// The write-ahead copy of an edited application. IndexedDB writes finish a moment after the
// keystroke, and a page reloaded or closed in that moment would lose it; localStorage is written at
// once. So every change is copied to localStorage first (`${UNSAVED_PREFIX}<id>`, one key per
// application: two tabs editing different applications never share one), and the copy goes once
// IndexedDB holds that same version. A copy still there on the next start is the newest version of
// its application unless IndexedDB has a newer one (workspace.js, restore).

import { UNSAVED_PREFIX } from "./protocol.js";

/** localStorage, which may throw on any access when storage is turned off: undefined then. */
export function local(action) {
  try {
    return action(localStorage);
  } catch {
    return undefined;
  }
}

/** Copies `application` to localStorage; returns the text written (undefined when refused). */
export function keepUnsaved(application) {
  const text = JSON.stringify(application);
  return local((s) => {
    s.setItem(UNSAVED_PREFIX + application.id, text);
    return text;
  });
}

/** Removes the copy of `id`: only when it is still `text` (a later edit keeps its own), or always. */
export function forgetUnsaved(id, text = undefined) {
  local((s) => {
    if (text === undefined || s.getItem(UNSAVED_PREFIX + id) === text) s.removeItem(UNSAVED_PREFIX + id);
  });
}

/** Every copy left in localStorage: [{id, text}]. */
export function unsavedCopies() {
  return (
    local((s) => {
      const copies = [];
      for (let i = 0; i < s.length; i += 1) {
        const key = s.key(i);
        if (key?.startsWith(UNSAVED_PREFIX)) copies.push({ id: key.slice(UNSAVED_PREFIX.length), text: s.getItem(key) });
      }
      return copies;
    }) || []
  );
}
