// "Your applications" (applications-list.js), "Save all" and "Load" (applications-file.js) and the
// follow-up plan (follow-up-record.js), through the whole page (builder.js) with a fake composer.

import { FIXED_TODAY } from "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, click, downloads, field, freshPage, key, okResult, letterResult, settle, type, win } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";

let composer;
let page;

const version = () => Number($("[data-fk-form]").dataset.schemaVersion);
const region = () => $("[data-fk-apps]");
const names = () => [...region().querySelectorAll("[data-fk-app-id]")].map((b) => b.textContent);
const button = (name) => [...region().querySelectorAll("[data-fk-app-id]")].find((b) => b.textContent === name);
const message = () => $("[data-fk-file-message]").textContent;
const file = (name, data) => new win.File([typeof data === "string" ? data : JSON.stringify(data)], name, { type: "application/json" });

async function open() {
  composer = new FakeComposer();
  page = new Builder($("[data-fk-app]"), composer);
  await page.start();
  return page;
}

function named(company, role) {
  type("company", company);
  type("role", role);
}

/** Three applications: Northwind (made first), Contoso, Fabrikam (on show). */
async function three() {
  await open();
  named("Northwind Traders", "Data Analyst");
  click("[data-fk-app-new]");
  named("Contoso", "Designer");
  click("[data-fk-app-new]");
  named("Fabrikam", "Engineer");
}

/** The composer's plan for the applications asked last, each given its step by `stepFor(answers)`. */
function answerPlan(stepFor) {
  const asked = composer.plans.at(-1).applications;
  page.onPlan({ ok: true, steps: Object.fromEntries(asked.map((a) => [a.id, stepFor(a.answers)])), problems: [] });
}

const step = (over) => ({ step: "check-in", kind: "check-in", check_in_number: 1, to: [], due: "2026-12-08", due_time: null, overdue: false, label: "Check in", advice: null, ...over });

beforeEach(() => {
  freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
});

afterEach(() => mock.timers.reset());

describe("your applications", () => {
  test("each application is a button named by company and role, the one on show marked; an empty one has a placeholder", async () => {
    await open();
    assert.deepEqual(names(), ["Untitled application"]);
    named("Northwind Traders", "Data Analyst");
    assert.deepEqual(names(), ["Northwind Traders – Data Analyst"]);
    assert.equal(button("Northwind Traders – Data Analyst").getAttribute("aria-current"), "true");
    assert.equal(region().getAttribute("aria-labelledby"), "fk-apps-title");
    assert.equal($("#fk-apps-title").textContent, "Your applications");
  });

  test("a plan arriving while a button has focus updates the list in place: the same button keeps focus, even when it moves", async () => {
    await three();
    const contoso = button("Contoso – Designer");
    contoso.focus();
    assert.equal(win.document.activeElement, contoso);
    // Contoso's thank-you is overdue: it moves to the top, and its step is said.
    answerPlan((answers) => step(answers.company === "Contoso" ? { overdue: true, label: "Thank Contoso" } : {}));
    assert.equal(names()[0], "Contoso – Designer");
    assert.equal(button("Contoso – Designer"), contoso, "the same element, not a copy");
    assert.equal(win.document.activeElement, contoso);
    const described = win.document.getElementById(contoso.getAttribute("aria-describedby"));
    assert.equal(described.textContent, "Overdue: Thank Contoso");
  });

  test("switching shows that application's answers and asks for its letter at once", async () => {
    await three();
    click(button("Northwind Traders – Data Analyst"));
    assert.equal(field("company").value, "Northwind Traders");
    assert.equal(field("role").value, "Data Analyst");
    assert.equal(composer.latest.company, "Northwind Traders");
    assert.equal(button("Northwind Traders – Data Analyst").getAttribute("aria-current"), "true");
    assert.equal(button("Fabrikam – Engineer").hasAttribute("aria-current"), false);
    type("role", "Lead Analyst");
    assert.equal(page.workspace.all.find((a) => a.answers.company === "Fabrikam").answers.role, "Engineer", "the others are untouched");
  });

  test("overdue steps come first and say so in words; the step describes its button", async () => {
    await three();
    answerPlan((a) =>
      a.company === "Contoso" ? step({ label: "Thank Sam at Contoso", overdue: true, due: "2026-11-30" }) : step({ label: `Check in with ${a.company}` }),
    );
    assert.equal(names()[0], "Contoso – Designer");
    const item = button("Contoso – Designer").closest("li");
    assert.match(item.textContent, /Overdue: Thank Sam at Contoso/);
    assert.equal($(`#${button("Contoso – Designer").getAttribute("aria-describedby")}`).textContent, "Overdue: Thank Sam at Contoso");
    assert.equal(button("Contoso – Designer").textContent, "Contoso – Designer", "the step is not in the button's name");
  });

  test("the next round keeps the company, role and your details, with a new interview", async () => {
    await open();
    named("Northwind Traders", "Data Analyst");
    type("candidate.name", "Alex Morgan");
    type("interview_date", "2026-11-20");
    type("interviewers.0.name", "Dana Lee");
    click("[data-fk-app-next-round]");
    assert.equal(page.workspace.items.size, 2);
    assert.equal(field("company").value, "Northwind Traders");
    assert.equal(field("candidate.name").value, "Alex Morgan");
    assert.equal(field("interview_date").value, "");
    assert.equal(field("interviewers.0.name").value, "");
  });

  test("rename changes the company and role of the answers; Escape cancels", async () => {
    await open();
    named("Northwind", "Analyst");
    click("[data-fk-app-rename]");
    const box = $("[data-fk-rename]");
    assert.equal(box.hidden, false);
    assert.equal($("[data-fk-rename-company]").value, "Northwind");
    assert.equal(document.activeElement, $("[data-fk-rename-company]"));
    $("[data-fk-rename-company]").value = "Northwind Traders";
    $("[data-fk-rename-role]").value = "Data Analyst";
    box.dispatchEvent(new win.Event("submit", { bubbles: true, cancelable: true }));
    assert.equal(field("company").value, "Northwind Traders");
    assert.deepEqual(names(), ["Northwind Traders – Data Analyst"]);
    assert.equal(page.workspace.current.answers.role, "Data Analyst");
    click("[data-fk-app-rename]");
    key(box, "Escape");
    assert.equal(box.hidden, true);
    assert.equal(document.activeElement, $("[data-fk-app-rename]"));
  });

  test("delete shows another one and offers undo, which brings it back as it was", async () => {
    await three();
    const fabrikam = page.workspace.currentId;
    click("[data-fk-app-delete]");
    assert.deepEqual(names().sort(), ["Contoso – Designer", "Northwind Traders – Data Analyst"]);
    assert.notEqual(field("company").value, "Fabrikam");
    assert.equal(document.activeElement, $("[data-fk-app-undo]"));
    click("[data-fk-app-undo]");
    assert.equal(names().length, 3);
    assert.equal(page.workspace.currentId, fabrikam);
    assert.equal(field("company").value, "Fabrikam");
    assert.equal($("[data-fk-app-undo]").hidden, true);
  });

  test("deleting the last one leaves an empty one to type in", async () => {
    await open();
    named("Northwind", "Analyst");
    click("[data-fk-app-delete]");
    assert.deepEqual(names(), ["Untitled application"]);
    assert.equal(field("company").value, "");
  });
});

describe("save all and load", () => {
  test("Save all writes every application, each a valid answers file plus its record", async () => {
    await three();
    click($(".fk-file [data-fk-save-all]"));
    const [saved] = downloads;
    assert.equal(saved.name, `followup-applications-${FIXED_TODAY}.json`);
    const data = JSON.parse(await saved.text);
    assert.equal(data.applications_version, 1);
    assert.deepEqual(data.applications.map((a) => a.answers.company), ["Northwind Traders", "Contoso", "Fabrikam"]);
    for (const a of data.applications) {
      assert.deepEqual(Object.keys(a), ["id", "updated", "answers", "record"]);
      assert.deepEqual(a.record, { sent: [], outcome: "waiting", outcome_date: null });
    }
  });

  test("Load into an empty page gives back every application, and the empty one goes", async () => {
    await three();
    click($(".fk-file [data-fk-save-all]"));
    const text = await downloads[0].text;
    freshPage();
    await open();
    await page.file.load([file("all.json", text)]);
    assert.deepEqual(names().sort(), ["Contoso – Designer", "Fabrikam – Engineer", "Northwind Traders – Data Analyst"]);
    assert.match(message(), /Loaded “all\.json”: 3 added\./);
    downloads.length = 0;
    click($(".fk-file [data-fk-save-all]"));
    assert.deepEqual(JSON.parse(await downloads[0].text), JSON.parse(text));
  });

  test("a clash asks: keep both, replace or skip (Escape skips)", async () => {
    await open();
    named("Northwind", "Analyst");
    const mine = structuredClone(page.workspace.current);
    const theirs = { applications_version: 1, applications: [{ ...mine, answers: { ...mine.answers, tone: "brief" } }] };
    const clash = $("[data-fk-clash]");
    for (const [choice, count, tone] of [["skip", 1, "warm"], ["replace", 1, "brief"], ["both", 2, "brief"]]) {
      if (choice !== "skip") type("tone", "warm"); // not the very same as the file (that would be skipped unasked)
      const loading = page.file.load([file("theirs.json", theirs)]);
      for (let i = 0; i < 20 && clash.hidden; i += 1) await settle();
      assert.equal(clash.hidden, false, `asked before ${choice}`);
      assert.match($("[data-fk-clash-text]").textContent, /Northwind – Analyst is already in your applications/);
      if (choice === "skip") key(clash, "Escape");
      else click(clash.querySelector(`[data-fk-clash-choice="${choice}"]`));
      await loading;
      assert.equal(clash.hidden, true);
      assert.equal(page.workspace.items.size, count, choice);
      assert.equal(field("tone").value, tone, choice);
    }
    assert.equal(new Set(page.workspace.all.map((a) => a.id)).size, 2, "keep both gives the copy a new id");
  });

  test("an answers file of one letter loads as one more application, shown", async () => {
    await open();
    named("Mine", "Analyst");
    await page.file.load([file("one.json", { schema_version: version(), company: "Other Co", role: "Designer" })]);
    assert.deepEqual(names().sort(), ["Mine – Analyst", "Other Co – Designer"]);
    assert.equal(field("company").value, "Other Co");
    assert.equal(composer.latest.company, "Other Co");
  });

  test("a damaged application is named and the others still load", async () => {
    await open();
    named("Mine", "Analyst");
    const good = { id: "g", updated: "2026-11-01T00:00:00.000Z", answers: { schema_version: version(), company: "Good" } };
    const bad = { id: "b", answers: { schema_version: version(), company: 42 } };
    await page.file.load([file("mixed.json", { applications_version: 1, applications: [bad, good] })]);
    assert.deepEqual(names().sort(), ["Good", "Mine – Analyst"]);
    assert.match(message(), /1 added.*Application 1: Company should be text\./);
  });

  for (const [what, name, text, reason] of [
    ["not JSON", "notes.json", "Dear Sam", /not valid JSON/],
    ["a newer answers format", "new.json", JSON.stringify({ schema_version: 99 }), /made by a newer version of Follow-up Kit/],
    ["a newer applications file", "apps.json", JSON.stringify({ applications_version: 2, applications: [] }), /version 2; this page reads version 1/],
    ["the wrong shape", "bad.json", JSON.stringify([1, 2]), /It is not an answers file/],
    ["far too large", "big.json", " ".repeat(5_000_001), /it is 5\.0 MB, far too large/],
  ]) {
    test(`a file that is ${what} is refused with the reason and changes nothing`, async () => {
      await open();
      type("company", "Mine");
      await page.file.load([file(name, text)]);
      assert.match(message(), reason);
      assert.match(message(), new RegExp(`^“${name.replace(".", "\\.")}” was not loaded: .* Your applications are unchanged\\.$`));
      assert.equal(field("company").value, "Mine");
      assert.equal(page.workspace.items.size, 1);
    });
  }
});

describe("the follow-up plan", () => {
  function thankYouForTwo() {
    named("Northwind Traders", "Data Analyst");
    type("interviewers.0.name", "Dana Lee");
    click("[data-fk-add-row]");
    type("interviewers.1.name", "Sam Patel");
    page.onResult(okResult([letterResult({ recipient: "Dana Lee" }), letterResult({ recipient: "Sam Patel" })]));
  }

  test("Mark as sent records today's date for the note on show, once", async () => {
    await open();
    assert.equal($("[data-fk-mark-sent]").disabled, true, "no letter yet");
    thankYouForTwo();
    page.preview.selectTab(1);
    click("[data-fk-mark-sent]");
    click("[data-fk-mark-sent]");
    assert.deepEqual(page.workspace.current.record.sent, [{ kind: "thank-you", to: "Sam Patel", date: FIXED_TODAY }]);
    assert.match($("[data-fk-sent]").textContent, /^Sent: thank-you note to Sam Patel on /);
    assert.match($("[data-fk-followup-message]").textContent, /^Already marked/);
    assert.equal(composer.plans.at(-1).applications[0].record.sent.length, 1, "the plan is asked again");
  });

  test("a letter marked by mistake is taken back with one click", async () => {
    await open();
    thankYouForTwo();
    click("[data-fk-mark-sent]");
    const undo = $("[data-fk-unmark]");
    assert.equal(undo.hidden, false);
    click(undo);
    assert.deepEqual(page.workspace.current.record.sent, []);
    assert.equal(undo.hidden, true);
    assert.equal(document.activeElement, $("[data-fk-mark-sent]"));
    click("[data-fk-mark-sent]");
    click("[data-fk-app-new]");
    assert.equal(undo.hidden, true, "not offered for another application");
  });

  test("the next step shows with one action that starts its letter in the same application", async () => {
    await open();
    thankYouForTwo();
    const id = page.workspace.currentId;
    answerPlan(() => step({ check_in_number: 2, label: "Check in again with Northwind Traders on 15 December", overdue: true }));
    assert.equal($("[data-fk-next-step]").textContent, "Next: Overdue: Check in again with Northwind Traders on 15 December");
    const action = $("[data-fk-next-action]");
    assert.equal(action.hidden, false);
    assert.equal(action.textContent, "Write the second check-in");
    click(action);
    assert.equal(field("kind").value, "check-in");
    assert.equal(field("check_in_number").value, "2");
    assert.equal(page.workspace.currentId, id);
    assert.equal(page.workspace.current.answers.kind, "check-in");
    assert.equal(page.workspace.current.answers.interviewers[1].name, "Sam Patel", "the answers carried over");
    assert.equal(composer.latest.kind, "check-in");
    assert.equal(action.hidden, true, "not offered for the letter already on screen");
  });

  test("after two check-ins no third is offered: the guide's advice is linked", async () => {
    await open();
    thankYouForTwo();
    answerPlan(() => step({ step: "move-on", kind: null, check_in_number: null, due: null, label: "Move on from Northwind Traders", advice: "check-in/#after-two-check-ins" }));
    assert.equal($("[data-fk-next-action]").hidden, true);
    const advice = $("[data-fk-next-advice]");
    assert.equal(advice.hidden, false);
    assert.equal(advice.getAttribute("href"), "../check-in/#after-two-check-ins");
  });

  test("the outcome is recorded with its date; waiting clears the date", async () => {
    await open();
    named("Northwind", "Analyst");
    const outcome = $("[data-fk-outcome]");
    assert.equal(outcome.value, "waiting");
    outcome.value = "rejected";
    outcome.dispatchEvent(new win.Event("change", { bubbles: true }));
    assert.deepEqual([page.workspace.current.record.outcome, page.workspace.current.record.outcome_date], ["rejected", FIXED_TODAY]);
    outcome.value = "waiting";
    outcome.dispatchEvent(new win.Event("change", { bubbles: true }));
    assert.equal(page.workspace.current.record.outcome_date, null);
  });

  test("the list is filled before the composer answers, and only changed applications are planned again", async () => {
    await three();
    assert.equal(names().length, 3);
    assert.match($("[data-fk-next-step]").textContent, /once the composer has read/);
    answerPlan(() => step({}));
    type("role", "Senior Engineer");
    assert.deepEqual(composer.plans.at(-1).applications.map((a) => a.answers.company), ["Fabrikam"]);
  });
});
