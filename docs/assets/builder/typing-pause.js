// Storing what is typed once the typing pauses, not at every keystroke (workspace.js). Each write of
// an application is an IndexedDB transaction, a copy of the application and messages to the browser
// and to the other tabs; the list and the next steps are worked out again after it. At every
// keystroke, that kept the page busy while the letter it had asked for came back. The write-ahead
// copy in localStorage (unsaved.js) still holds every keystroke at once, so nothing is lost meanwhile.

/** How long typing pauses before what was typed is stored. */
export const STORE_AFTER_MS = 300;

/**
 * The applications typed in and not yet stored: `write(ids)` gets them once typing has paused for
 * STORE_AFTER_MS, or at once on `flush()` (leaving a field or the page, any change that is not
 * typing). An id `forget` was told of (the application is gone) is never written.
 */
export class TypingPause {
  constructor(write) {
    this.write = write;
    this.ids = new Set();
    this.timer = null;
  }

  add(id) {
    this.ids.add(id);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), STORE_AFTER_MS);
  }

  forget(id) {
    this.ids.delete(id);
  }

  flush() {
    clearTimeout(this.timer);
    this.timer = null;
    const ids = [...this.ids];
    this.ids.clear();
    if (ids.length) this.write(ids);
  }
}
