// "Load" with a spreadsheet's CSV: the composer reads it (followup.applications.csv_import, through
// the worker's "import-csv" message) and this shows, before anything is added, how each column was
// read, which rows were not read and why, and, when dates could be either way round, asks which.
// "Add" merges the applications the way a loaded applications file does (a clash asks first);
// "Cancel" changes nothing. Loaded on first use by applications-file.js.

import { t, tn } from "./strings.js";
import { normalized } from "./applications.js";
import { sharedComposer } from "./composer-client.js";
import { MESSAGE } from "./protocol.js";

const CSV_MAX = 2_000_000; // bytes: a spreadsheet of a thousand applications is far smaller

function base64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The name the imported applications are written by: the one most applications here give. */
function candidateName(applications) {
  const counts = new Map();
  for (const a of applications) {
    const name = a.answers?.candidate?.name?.trim();
    if (name) counts.set(name, (counts.get(name) || 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1])[0]?.[0] || "";
}

export class CsvImport {
  /** `file`: the page's ApplicationsFile (its merge, message and element lookup). */
  constructor(file) {
    this.file = file;
    this.box = file.$("[data-fk-import]");
    this.$ = (selector) => this.box.querySelector(selector);
  }

  /** Reads `csv` (a File), shows the preview, and resolves once it was added or cancelled. */
  async run(csv) {
    if (csv.size > CSV_MAX) {
      this.file.message(t("csv.too_large", { name: csv.name }), true);
      return;
    }
    const data = base64(new Uint8Array(await csv.arrayBuffer()));
    const candidate = candidateName(this.file.workspace.all);
    const read = (dateOrder) => sharedComposer().request({ type: MESSAGE.importCsv, data, dateOrder, candidate });
    let result;
    try {
      result = await read(null);
    } catch (error) {
      this.file.message(t("csv.failed", { name: csv.name, error: error.message }), true);
      return;
    }
    if (!result.ok) {
      this.file.message(t("csv.refused", { name: csv.name, problem: result.problem }), true);
      return;
    }
    this.show(csv.name, result);
    const order = this.$("[data-fk-import-order]");
    order.value = "";
    order.onchange = async () => {
      try {
        result = await read(order.value || null);
      } catch (error) {
        this.file.message(t("csv.reread", { name: csv.name, error: error.message }), true);
        return;
      }
      this.show(csv.name, result);
    };
    const choice = await new Promise((resolve) => {
      this.$("[data-fk-import-add]").onclick = () => resolve("add");
      this.$("[data-fk-import-cancel]").onclick = () => resolve("cancel");
    });
    this.box.hidden = true;
    if (choice === "cancel") {
      this.file.message(t("csv.nothing", { name: csv.name }));
      return;
    }
    const counts = { added: 0, replaced: 0, skipped: 0 };
    let last = null;
    for (const application of result.applications) last = (await this.file.merge(normalized(application), counts)) || last;
    if (last) {
      this.file.workspace.dropPlaceholder();
      this.file.workspace.show(last);
    }
    const parts = [
      t("file.added", { count: counts.added }),
      counts.replaced && t("file.replaced", { count: counts.replaced }),
      counts.skipped && t("file.skipped", { count: counts.skipped }),
    ];
    this.file.message(t("file.loaded", { name: csv.name, counts: parts.filter(Boolean).join(", ") }));
  }

  show(name, result) {
    const n = result.applications.length;
    const encoding = result.encoding === "utf-8" ? "UTF-8" : "Windows-1252";
    const separator = t(result.delimiter === ";" ? "csv.semicolons" : "csv.commas");
    this.$("[data-fk-import-title]").textContent = tn("csv.title", n, { name, encoding, separator });
    const rows = result.columns.map(({ header, read_as: readAs }) => {
      const tr = document.createElement("tr");
      for (const text of [header || t("csv.no_name"), readAs]) tr.append(Object.assign(document.createElement("td"), { textContent: text }));
      return tr;
    });
    this.$("[data-fk-import-columns]").replaceChildren(...rows);
    const notes = [...result.notes, ...result.skipped.map((s) => t("csv.line_skipped", { line: s.line, reason: s.reason }))];
    this.$("[data-fk-import-notes]").replaceChildren(...notes.map((text) => Object.assign(document.createElement("p"), { textContent: text })));
    const orderField = this.$("[data-fk-import-order-field]");
    orderField.hidden = !result.needs_date_order && !this.$("[data-fk-import-order]").value;
    const add = this.$("[data-fk-import-add]");
    add.textContent = tn("csv.add", n);
    add.disabled = n === 0;
    this.box.hidden = false;
    this.box.focus();
  }
}
