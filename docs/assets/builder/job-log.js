// The job search log on the page: its range, "Download .csv" and "Print". Loaded on first use (the
// builder imports it when the log's section is first clicked or changed), so nothing of it is on
// the first letter's path. The rows, the CSV and the printable article come from the composer
// (followup.log_bundle, through the worker's "log" message); the print stylesheet comes with them
// (followup/log.css, the one stylesheet of the printed log) and is adopted by the document, as
// the page's Content Security Policy allows no inline style.

import { t, tn } from "./strings.js";
import { applicationsFile } from "./applications.js";
import { download } from "./exports.js";
import { MESSAGE } from "./protocol.js";

const CSV_TYPE = "text/csv;charset=utf-8";
const PRINTING = "fk-printing-log";

let shown = null; // the JobLog of the page's Builder

/** Handles an event on the log's section (`builder`: the page's Builder); the first one makes its JobLog. */
export function handle(event, builder) {
  if (shown?.builder !== builder) shown = new JobLog(builder);
  return shown.handle(event);
}

class JobLog {
  constructor(builder) {
    this.builder = builder;
    this.section = builder.app.querySelector("[data-fk-log]");
    this.$ = (selector) => this.section.querySelector(selector);
    this.sheet = null;
  }

  handle(event) {
    const target = event.target;
    if (event.type === "change" && target.matches("[data-fk-log-range]")) {
      this.$("[data-fk-log-days]").hidden = target.value !== "custom";
      return null;
    }
    if (event.type !== "click") return null;
    if (target.closest("[data-fk-log-csv]")) return this.csv();
    if (target.closest("[data-fk-log-print]")) return this.print();
    return null;
  }

  /** The composer's log of the chosen range, or null (the reason is shown). */
  async ask() {
    const range = this.$("[data-fk-log-range]").value;
    const [start, end] = [this.$("[data-fk-log-from]").value, this.$("[data-fk-log-to]").value];
    if (range === "custom" && (!start || !end)) {
      this.message(t("log.choose_days"), true);
      this.$(start ? "[data-fk-log-to]" : "[data-fk-log-from]").focus();
      return null;
    }
    let result;
    try {
      result = await this.builder.composer.request({
        type: MESSAGE.log,
        applications: applicationsFile(this.builder.workspace.all),
        range,
        start,
        end,
      });
    } catch (error) {
      this.message(t("log.failed", { error: error.message }), true);
      return null;
    }
    if (!result.ok) {
      this.message(result.problems.join(" "), true);
      return null;
    }
    return result;
  }

  async csv() {
    const log = await this.ask();
    if (!log) return;
    download(`job-search-log-${log.start}-to-${log.end}.csv`, log.csv, CSV_TYPE);
    this.message(t("log.saved", { log: said(log) }));
  }

  async print() {
    const log = await this.ask();
    if (!log) return;
    if (!this.sheet) {
      this.sheet = new CSSStyleSheet();
      this.sheet.replaceSync(log.css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    let holder = document.querySelector(".fk-log-print");
    if (!holder) {
      holder = document.createElement("div");
      holder.className = "fk-log-print";
      document.body.append(holder);
    }
    holder.innerHTML = log.html; // escaped by the composer (followup.log_formats.fragment)
    document.body.classList.add(PRINTING);
    window.addEventListener("afterprint", () => document.body.classList.remove(PRINTING), { once: true });
    this.message(t("log.printing", { log: said(log) }));
    window.print();
  }

  message(text, isError = false) {
    const el = this.$("[data-fk-log-message]");
    el.textContent = text;
    el.classList.toggle("fk-message--error", isError);
  }
}

function said(log) {
  return tn("log.said", log.count, { label: log.label });
}
