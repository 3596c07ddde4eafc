// The form <-> the answers (form-model.js) and the interviewers' rows (rows.js), on the built page.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { EXAMPLES, $, field, freshPage } from "./page-fixture.mjs";
import { FormModel, UNREADABLE, englishForLanguages, valueOf } from "../../docs/assets/builder/form-model.js";
import { ROW_INDEX_TOKEN, fieldId } from "../../docs/assets/builder/protocol.js";
import { rowsOf, showGreetingGuesses } from "../../docs/assets/builder/rows.js";

let model;
const interviewers = () => $('[data-list="interviewers"]');
const version = () => Number($("[data-fk-form]").dataset.schemaVersion);

/** Every answer the person gave, without the empty ones (the form leaves those out). */
function given(value) {
  if (Array.isArray(value)) return value.map(given);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== "" && v !== null).map(([k, v]) => [k, given(v)]));
  }
  return value;
}

const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith(".json"))
  .map((name) => [name, JSON.parse(readFileSync(join(EXAMPLES, name), "utf8"))]);

beforeEach(() => {
  freshPage();
  model = new FormModel($("[data-fk-app]"));
});

describe("an older format's answers", () => {
  test("format 3's English style fills the letter language, and the form's answers are format 4's", () => {
    model.apply({ schema_version: 3, style: "en-GB", company: "Contoso" });
    assert.equal(field("language").value, "en-GB");
    const answers = model.answers({ everything: true });
    assert.equal(answers.language, "en-GB");
    assert.equal("style" in answers, false);
  });
});

describe("form -> answers", () => {
  test("an untouched form gives the defaults, the version, and one empty list", () => {
    const answers = model.answers();
    assert.equal(answers.schema_version, version());
    assert.equal(answers.kind, "thank-you");
    assert.deepEqual(answers.interviewers, []);
    assert.equal("company" in answers, false, "empty answers are left out");
  });

  test("top-level, nested, list, number and yes/no answers land at their paths", () => {
    model.apply({ kind: "check-in", check_in_number: 2, ask_for_feedback: true });
    field("company").value = "Northwind";
    field("candidate.name").value = "Alex Morgan";
    field("interviewers.0.name").value = "Dana Lee";
    field("check_in_number").value = "2";
    const answers = model.answers();
    assert.equal(answers.company, "Northwind");
    assert.deepEqual(answers.candidate, { name: "Alex Morgan" });
    assert.deepEqual(answers.interviewers, [{ name: "Dana Lee" }]);
    assert.equal(answers.check_in_number, 2);
    assert.equal(answers.kind, "check-in");
  });

  test("a whole number that is not one is sent as typed, for the composer to refuse", () => {
    model.apply({ kind: "check-in" });
    field("check_in_number").value = "2.5";
    assert.equal(model.answers().check_in_number, "2.5");
  });

  test("fields the letter type does not use are left out for the composer, kept for the draft", () => {
    model.apply({ kind: "thank-you", company: "Northwind", decision_date: "2026-12-04" });
    const kinds = field("decision_date").closest("[data-kinds]").dataset.kinds.split(" ");
    const other = ["thank-you", "check-in", "after-rejection"].find((k) => !kinds.includes(k));
    assert.ok(other, "decision_date is not used by every letter type");
    model.apply({ kind: other, company: "Northwind", decision_date: "2026-12-04" });
    assert.equal(model.answers().decision_date, undefined);
    assert.equal(model.answers({ everything: true }).decision_date, "2026-12-04");
  });

  test("a date the browser cannot read goes to the composer as unreadable, never as empty", () => {
    const date = field("interview_date");
    Object.defineProperty(date, "validity", { value: { badInput: true } });
    assert.equal(valueOf(date, { forComposer: true }), UNREADABLE);
    assert.equal(model.answers().interview_date, UNREADABLE);
    assert.equal(model.answers({ everything: true }).interview_date, undefined);
  });

  test("empty rows are left out and the row map says which form row each sent row is", () => {
    model.apply({ interviewers: [{ name: "A" }, {}, { name: "C" }] });
    assert.equal(rowsOf(interviewers()).length, 3);
    assert.deepEqual(model.answers().interviewers, [{ name: "A" }, { name: "C" }]);
    assert.deepEqual(model.rowMap, [0, 2]);
    model.answers({ everything: true });
    assert.deepEqual(model.rowMap, [0, 2], "only the answers sent to the composer define it");
  });
});

describe("answers -> form -> answers", () => {
  for (const [name, example] of examples) {
    test(`${name}: every answer comes back, and a second trip changes nothing`, () => {
      const answers = { ...example, schema_version: version() };
      model.apply(answers);
      const first = model.answers({ everything: true });
      for (const [key, value] of Object.entries(given(answers))) assert.deepEqual(first[key], value, key);
      model.apply(first);
      assert.deepEqual(model.answers({ everything: true }), first);
    });
  }

  test("applying answers resets what they do not mention and marks filled fields as visited", () => {
    model.apply({ company: "Northwind", interviewers: [{ name: "A" }, { name: "B" }] });
    model.apply({ role: "Analyst" });
    assert.equal(field("company").value, "");
    assert.equal(rowsOf(interviewers()).length, 1);
    assert.deepEqual([...model.touched], [field("role").id]);
  });

  test("the letter type shows its fields and marks the ones it requires", () => {
    for (const kind of ["thank-you", "check-in", "after-rejection"]) {
      model.apply({ kind });
      for (const el of document.querySelectorAll("[data-kinds]")) {
        assert.equal(el.hidden, !el.dataset.kinds.split(" ").includes(kind), `${el.dataset.field} for ${kind}`);
      }
      for (const el of document.querySelectorAll(".fk-field[data-required-for]")) {
        const required = el.dataset.requiredFor.split(" ").includes(kind);
        const control = el.querySelector("[data-path]");
        assert.equal(control.required, required, `${control.id} for ${kind}`);
        assert.equal(control.getAttribute("aria-required"), required ? "true" : null);
      }
    }
  });
});

describe("interviewer rows", () => {
  test("a new row gets the next number in its ids, paths, labels and remove button", () => {
    assert.equal(model.addRow(interviewers()), true);
    const row = rowsOf(interviewers())[1];
    const name = row.querySelector('[data-path$=".name"]');
    assert.equal(name.dataset.path, "interviewers.1.name");
    assert.equal(name.id, fieldId("interviewers.1.name"));
    assert.equal(row.querySelector(`label[for="${name.id}"]`).textContent.trim().length > 0, true);
    assert.equal(row.querySelector("[data-fk-row-number]").textContent, "2");
    assert.match(row.querySelector("[data-fk-remove-row]").getAttribute("aria-label"), / 2$/);
    assert.equal(document.activeElement, name, "the new row's first field has the focus");
    assert.equal(row.innerHTML.includes(ROW_INDEX_TOKEN), false);
  });

  test("no more rows than the schema allows: the add button turns off", () => {
    const max = Number(interviewers().dataset.maxItems);
    assert.ok(max > 1);
    while (model.addRow(interviewers(), { focus: false }));
    assert.equal(rowsOf(interviewers()).length, max);
    assert.equal(interviewers().querySelector("[data-fk-add-row]").disabled, true);
  });

  test("removing a row renumbers the rest and focuses the row now in its place", () => {
    model.apply({ interviewers: [{ name: "A" }, { name: "B" }, { name: "C" }] });
    model.removeRow(rowsOf(interviewers())[0]);
    assert.deepEqual(model.answers().interviewers, [{ name: "B" }, { name: "C" }]);
    assert.equal(field("interviewers.0.name").value, "B");
    assert.equal(document.activeElement, field("interviewers.0.name"));
    assert.equal(rowsOf(interviewers())[1].querySelector("[data-fk-row-number]").textContent, "2");
  });

  test("the last row is emptied, not removed", () => {
    model.apply({ interviewers: [{ name: "A", title: "Lead" }] });
    model.removeRow(rowsOf(interviewers())[0]);
    assert.equal(rowsOf(interviewers()).length, 1);
    assert.deepEqual(model.answers().interviewers, []);
  });
});

describe("English style and greetings", () => {
  test("the first English language of the browser picks US or UK spelling", () => {
    assert.equal(englishForLanguages(["en-GB", "en-US"]), "en-GB");
    assert.equal(englishForLanguages(["fr-FR", "en-AU"]), "en-GB");
    assert.equal(englishForLanguages(["en-US"]), "en-US");
    assert.equal(englishForLanguages(["en-CA"]), "en-US");
    assert.equal(englishForLanguages(["de-DE"]), "en-US");
    assert.equal(englishForLanguages(["en"]), "en-US");
    assert.equal(englishForLanguages([]), "en-US");
  });

  test("each row's Address them as shows the composer's guess for the answer that came from it", () => {
    model.apply({ schema_version: version(), kind: "thank-you",
                  interviewers: [{ name: "Nguyễn Thị Mai" }, { name: "" }, { name: "Dana Lee" }] });
    model.answers(); // the empty middle row is not sent: answers 0 and 1 are rows 0 and 2
    assert.deepEqual(model.rowMap, [0, 2]);
    showGreetingGuesses(model.form, model.rowMap, [{ guess: "Nguyễn Thị Mai", certain: false }, { guess: "Dana", certain: true }]);
    const placeholder = (row) => field(`interviewers.${row}.address_as`).placeholder;
    assert.deepEqual([placeholder(0), placeholder(1), placeholder(2)], ["Nguyễn Thị Mai", "", "Dana"]);
  });
});
