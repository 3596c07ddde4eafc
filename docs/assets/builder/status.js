// The composer's status above the form: the start-up stage with a progress bar and the bytes
// downloaded, "ready", a restart, or a failure with "Try again". Also kept on the app element as
// `data-state` ("waiting" for a tap to start, "loading", "ready", "restarting", "failed") and `data-restarts`, for the
// stylesheet and the tests.

import { stageLabel, t } from "./strings.js";
import { megabytes } from "./numbers.js";
import { STAGE } from "./protocol.js";

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
    const size = bytes ? t("status.size", { mb: megabytes(bytes) }) : t("status.size_unknown");
    this.$("[data-fk-status-text]").textContent = t("status.save_data", { size });
    const button = this.$("[data-fk-start]");
    button.textContent = bytes ? t("status.start_size", { mb: megabytes(bytes) }) : t("status.start");
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
    const label = stageLabel(stage);
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
        ? t("status.bytes", { loaded: megabytes(loaded), total: megabytes(total) })
        : t("status.bytes_so_far", { loaded: megabytes(loaded) });
    this.app.dataset.state = "loading";
  }

  onReady() {
    this.app.dataset.state = "ready";
    this.$("[data-fk-progress]").hidden = true;
    this.$("[data-fk-status-bytes]").textContent = "";
    this.$("[data-fk-status-actions]").hidden = true;
    this.$("[data-fk-status-text]").textContent = t("status.ready");
  }

  onRestart() {
    this.app.dataset.state = "restarting";
    this.app.dataset.restarts = String(Number(this.app.dataset.restarts || 0) + 1);
    this.$("[data-fk-status-text]").textContent = t("status.restart");
  }

  onFailure({ message, canRetry }) {
    this.app.dataset.state = "failed";
    this.$("[data-fk-progress]").hidden = true;
    this.$("[data-fk-status-bytes]").textContent = "";
    const kept = this.storageOk() ? t("status.kept_saved") : t("status.kept");
    this.$("[data-fk-status-text]").textContent = `${message} ${kept} ${
      canRetry
        ? t("status.retry_hint")
        : t("status.no_retry")
    }`;
    this.$("[data-fk-status-actions]").hidden = false;
    this.$("[data-fk-start]").hidden = true;
    this.$("[data-fk-retry]").hidden = !canRetry;
  }
}
