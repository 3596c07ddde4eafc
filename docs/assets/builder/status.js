// The composer's status above the form: the start-up stage with a progress bar and the bytes
// downloaded, "ready", a restart, or a failure with "Try again". Also kept on the app element as
// `data-state` ("waiting" for a tap to start, "loading", "ready", "restarting", "failed") and `data-restarts`, for the
// stylesheet and the tests.

import { megabytes } from "./numbers.js";
import { STAGE, STAGE_LABEL } from "./protocol.js";

export class Status {
  /** `storageOk()`: whether drafts are saved on this device (the failure message says so). */
  constructor(app, { storageOk }) {
    this.app = app;
    this.storageOk = storageOk;
    this.$ = (selector) => app.querySelector(selector);
  }

  /** Wires "Try again" to `retry`. */
  wire(retry) {
    this.$("[data-fk-retry]").addEventListener("click", () => {
      this.$("[data-fk-status-actions]").hidden = true;
      retry();
    });
  }

  /**
   * The browser asks to save data: say what starting the composer downloads (`bytes`, or null when
   * not known) and offer to start it; `start` runs once, on the tap.
   */
  onDataSaver(bytes, start) {
    this.app.dataset.state = "waiting";
    const size = bytes ? `about ${megabytes(bytes)} MB` : "several megabytes";
    this.$("[data-fk-status-text]").textContent = `Your browser asks to save data, so the letter composer has not been downloaded: it is ${size}, once; after that it works offline. You can fill in the form now, and your letter appears once it has started.`;
    const button = this.$("[data-fk-start]");
    button.textContent = bytes ? `Start the letter composer (${megabytes(bytes)} MB)` : "Start the letter composer";
    button.hidden = false;
    this.$("[data-fk-retry]").hidden = true;
    this.$("[data-fk-status-actions]").hidden = false;
    button.addEventListener("click", () => {
      button.hidden = true;
      this.$("[data-fk-status-actions]").hidden = true;
      start();
    }, { once: true });
  }

  onProgress({ stage, loaded, total }) {
    const label = STAGE_LABEL[stage] || stage;
    const bar = this.$("[data-fk-progress]");
    bar.hidden = false;
    const isDownload = stage === STAGE.download && loaded > 0;
    if (isDownload && total) {
      bar.max = total;
      bar.value = Math.min(loaded, total);
    } else {
      bar.removeAttribute("value");
    }
    bar.setAttribute("aria-label", label);
    // The stage is announced (a live region); the byte count is not, it changes ten times a second.
    const text = this.$("[data-fk-status-text]");
    if (text.textContent !== `${label}…`) text.textContent = `${label}…`;
    this.$("[data-fk-status-bytes]").textContent = !isDownload
      ? ""
      : total
        ? `${megabytes(loaded)} of ${megabytes(total)} MB`
        : `${megabytes(loaded)} MB so far`;
    this.app.dataset.state = "loading";
  }

  onReady() {
    this.app.dataset.state = "ready";
    this.$("[data-fk-progress]").hidden = true;
    this.$("[data-fk-status-bytes]").textContent = "";
    this.$("[data-fk-status-actions]").hidden = true;
    this.$("[data-fk-status-text]").textContent = "The composer is ready: your letter updates as you type.";
  }

  onRestart() {
    this.app.dataset.state = "restarting";
    this.app.dataset.restarts = String(Number(this.app.dataset.restarts || 0) + 1);
    this.$("[data-fk-status-text]").textContent = "The letter composer stopped, so it is restarting by itself. Your answers are safe.";
  }

  onFailure({ message, canRetry }) {
    this.app.dataset.state = "failed";
    this.$("[data-fk-progress]").hidden = true;
    this.$("[data-fk-status-bytes]").textContent = "";
    const kept = this.storageOk() ? "Your answers are still here and saved on this device." : "Your answers are still here.";
    this.$("[data-fk-status-text]").textContent = `${message} ${kept} ${
      canRetry
        ? "Check your connection and try again; meanwhile the guide and its example letters still work."
        : "The guide and its example letters still work in this browser."
    }`;
    this.$("[data-fk-status-actions]").hidden = false;
    this.$("[data-fk-start]").hidden = true;
    this.$("[data-fk-retry]").hidden = !canRetry;
  }
}
