// A queue that keeps only the newest request: the composer's renders and plans (composer-client.js).

/**
 * A latest-wins queue of one: at most one value waits, and a newer one replaces it, so stale
 * requests are never sent. `answered` passes a result on only while nothing newer waits (a newer
 * request makes it stale already).
 */
export class LatestWins {
  /** `message(value)`: the request to send for a value; `onAnswer(result)`: a fresh result. */
  constructor(message, onAnswer) {
    this.message = message;
    this.onAnswer = onAnswer;
    this.waiting = null;
  }

  put(value) {
    this.waiting = value;
  }

  /** Puts `value` back after a restart, unless a newer value came in meanwhile. */
  putBack(value) {
    this.waiting ??= value;
  }

  take() {
    const value = this.waiting;
    this.waiting = null;
    return value;
  }

  answered(result) {
    if (this.waiting === null) this.onAnswer(result);
  }
}
