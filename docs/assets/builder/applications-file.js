// "Save all" and "Load": one file with every application (the applications file, applications.js),
// and loading one or many files into the applications here. Loading merges: an application that
// clashes with one already here (the same id, or the same company, role and interview date) asks
// first: keep both, replace, or skip. An answers file of one letter (today's "Save answers") loads
// as one application, a spreadsheet's CSV as the applications it lists, after a preview
// (csv-import.js). A file, or an application in it, that cannot be used changes nothing and is
// named with the reason; the others still load.

import { t, tn } from "./strings.js";
import { applicationsFile, clashWith, localDate, newId, readApplicationsFile, title } from "./applications.js";
import { JSON_TYPE, download } from "./exports.js";
import { onEscape } from "./inline-question.js";
import { megabytes } from "./numbers.js";

const FILE_MAX = 5_000_000; // bytes: an application is a few kilobytes (at most about ten): hundreds fit

export class ApplicationsFile {
  /** `workspace`: the applications (workspace.js); `schemas`: the page's JSON Schemas (applications.js, pageSchemas). */
  constructor(app, workspace, schemas) {
    this.app = app;
    this.workspace = workspace;
    this.schemas = schemas;
    this.$ = (selector) => app.querySelector(selector);
    this.answer = null; // resolves the clash question on show
  }

  wire() {
    for (const button of this.app.querySelectorAll("[data-fk-save-all]")) button.addEventListener("click", () => this.saveAll());
    const input = this.$("[data-fk-load]");
    input.addEventListener("change", async () => {
      const files = [...(input.files || [])];
      input.value = "";
      if (files.length) await this.load(files);
    });
    const clash = this.$("[data-fk-clash]");
    for (const button of clash.querySelectorAll("[data-fk-clash-choice]")) {
      button.addEventListener("click", () => this.answer?.(button.dataset.fkClashChoice));
    }
    onEscape(clash, () => this.answer?.("skip"));
  }

  saveAll() {
    const text = JSON.stringify(applicationsFile(this.workspace.all), null, 2) + "\n";
    download(`followup-applications-${localDate()}.json`, text, JSON_TYPE);
    const n = this.workspace.items.size;
    this.message(tn("file.saved", n));
  }

  /** Asks what to do with `loaded`, which clashes with `here`: "both", "replace" or "skip". */
  ask(loaded, here) {
    const box = this.$("[data-fk-clash]");
    const same = title(loaded.answers) === title(here.answers);
    this.$("[data-fk-clash-text]").textContent = same
      ? t("file.clash_same", { name: title(here.answers) })
      : t("file.clash_copy", { loaded: title(loaded.answers), here: title(here.answers) });
    box.hidden = false;
    box.querySelector("[data-fk-clash-choice]").focus();
    return new Promise((resolve) => {
      this.answer = (choice) => {
        this.answer = null;
        box.hidden = true;
        resolve(choice);
      };
    });
  }

  /** Loads each file in turn; says what came in, what was skipped and what could not be used. */
  async load(files) {
    // A spreadsheet's CSV is read and previewed first (csv-import.js, loaded on first use).
    const csvs = files.filter((f) => /\.csv$/i.test(f.name) || f.type === "text/csv");
    if (csvs.length) {
      const { CsvImport } = await import("./csv-import.js");
      for (const csv of csvs) await new CsvImport(this).run(csv);
      files = files.filter((f) => !csvs.includes(f));
      if (!files.length) return this.$("[data-fk-load]").focus();
    }
    const said = [];
    let shown = null;
    let isError = false;
    for (const file of files) {
      const result = await this.read(file);
      if (result.refused) {
        isError = true;
        said.push(t("file.not_loaded", { name: file.name, problems: result.problems.slice(0, 3).join(" ") }));
        continue;
      }
      const counts = { added: 0, replaced: 0, skipped: 0 };
      for (const loaded of result.applications) {
        const id = await this.merge(loaded, counts);
        if (id) shown = id;
      }
      said.push(summary(file.name, counts));
      if (result.problems.length) {
        isError = true;
        said.push(t("file.partly_loaded", { name: file.name, problems: result.problems.slice(0, 3).join(" ") }));
      }
    }
    if (shown) {
      this.workspace.dropPlaceholder();
      this.workspace.show(shown);
    }
    this.message(`${said.join(" ")}${shown || !isError ? "" : ` ${t("file.unchanged")}`}`, isError);
    this.$("[data-fk-load]").focus();
  }

  /** Adds, replaces or skips one loaded application; its id when it is in the list now. */
  async merge(loaded, counts) {
    const here = clashWith(loaded, this.workspace.all.filter((a) => a.id !== this.workspace.placeholderId));
    if (here && JSON.stringify([here.answers, here.record]) === JSON.stringify([loaded.answers, loaded.record])) {
      counts.skipped += 1; // the very same: loading a file twice adds nothing
      return null;
    }
    const choice = here ? await this.ask(loaded, here) : "new";
    if (choice === "skip") {
      counts.skipped += 1;
      return null;
    }
    if (choice === "replace") {
      counts.replaced += 1;
      this.workspace.update(here.id, (application) => {
        application.answers = loaded.answers;
        application.record = loaded.record;
      });
      if (here.id === this.workspace.currentId) this.workspace.show(here.id);
      return here.id;
    }
    counts.added += 1;
    const id = choice === "both" || this.workspace.items.has(loaded.id) ? newId() : loaded.id;
    return this.workspace.add({ ...loaded, id }).id;
  }

  async read(file) {
    const refuse = (why) => ({ applications: [], problems: [why], refused: true });
    if (file.size > FILE_MAX) {
      return refuse(t("file.too_large", { size: megabytes(file.size), limit: megabytes(FILE_MAX) }));
    }
    let data;
    try {
      data = JSON.parse(await file.text());
    } catch (error) {
      return refuse(t("file.invalid_json", { error: error.message }));
    }
    return readApplicationsFile(data, this.schemas);
  }

  message(text, isError = false) {
    const el = this.$("[data-fk-file-message]");
    el.textContent = text;
    el.classList.toggle("fk-message--error", isError);
  }
}

function summary(name, { added, replaced, skipped }) {
  const parts = [];
  if (added) parts.push(t("file.added", { count: added }));
  if (replaced) parts.push(t("file.replaced", { count: replaced }));
  if (skipped) parts.push(t("file.skipped", { count: skipped }));
  return t("file.loaded", { name, counts: parts.join(", ") || t("file.empty") });
}
