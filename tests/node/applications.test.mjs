// Applications as data (applications.js) and where they are kept (applications-store.js): checking,
// reading a loaded file, clashes, the next round, the list's order; two stores on one database
// as two tabs are, told of each other's writes through the BroadcastChannel.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { $, FakeComposer, field, freshPage, settle, type } from "./page-fixture.mjs";
import {
  unnamed,
  applicationProblems,
  applicationsFile,
  byNextStep,
  clashWith,
  newApplication,
  nextRoundAnswers,
  pageSchemas,
  readApplicationsFile,
  title,
} from "../../docs/assets/builder/applications.js";
import { ApplicationsStore } from "../../docs/assets/builder/applications-store.js";
import { Builder } from "../../docs/assets/builder/builder.js";

let schema;
let version;

beforeEach(() => {
  freshPage();
  schema = pageSchemas($("[data-fk-app]"));
  version = Number($("[data-fk-form]").dataset.schemaVersion);
});

const app = (id, answers, record) => ({ id, updated: "2026-11-20T10:00:00.000Z", answers: { schema_version: version, ...answers }, ...(record && { record }) });

describe("applications as data", () => {
  test("the name is company – role, one of them, or the placeholder", () => {
    assert.equal(title({ company: "Northwind Traders", role: "Data Analyst" }), "Northwind Traders – Data Analyst");
    assert.equal(title({ company: " Northwind " }), "Northwind");
    assert.equal(title({ role: "Analyst" }), "Analyst");
    assert.equal(title({}), unnamed());
  });

  test("a record is checked: letter types, dates, check-in numbers, outcomes, unknown fields", () => {
    assert.deepEqual(applicationProblems(app("a", {}, { sent: [{ kind: "check-in", number: 1, date: "2026-11-24" }], outcome: "offer", outcome_date: "2026-12-01" }), schema), []);
    const problems = applicationProblems(
      app("a", {}, { sent: [{ kind: "check-in", number: 4, date: "24/11" }, { kind: "memo" }, { kind: "thank-you", number: 1, date: "2026-11-13" }], outcome: "ghosted", extra: 1 }),
      schema,
    );
    assert.deepEqual(problems, [
      "Sent letter 1's which check-in should be from 1 to 3.",
      "Sent letter 1's date sent should be a date (YYYY-MM-DD).",
      "Sent letter 2 has no date sent.",
      "Sent letter 2's letter type should be one of: thank-you, check-in, after-rejection.",
      "Sent letter 3 has a number: only a check-in has one.",
      "Its record's outcome should be one of: waiting, offer, rejected, withdrawn, no-reply.",
      'Its record has an unknown field "extra".',
    ]);
    assert.match(applicationProblems(app("a b", {}), schema).join(" "), /Its id is not in its form \(.*letters, digits/);
    assert.match(applicationProblems(app("x".repeat(101), {}), schema).join(" "), /Its id is longer than 100 characters/);
    assert.match(applicationProblems({ ...app("a", {}), updated: "2026-13-45T10:00Z" }, schema).join(" "), /Its last edit is not in its form/);
    assert.match(applicationProblems(app("a", {}, { sent: Array(101).fill({ kind: "thank-you", date: "2026-11-24" }) }), schema).join(" "), /more than 100 entries/);
    assert.match(applicationProblems({ ...app("a", {}), updated: "yesterday" }, schema).join(" "), /UTC time/);
    assert.match(applicationProblems({ id: "", answers: { schema_version: version, company: 1 }, x: 1 }, schema).join(" "), /Its id is empty\. Company should be text\. It has an unknown field "x"\./);
  });

  test("an older format's field that the current one renamed loads (the composer upgrades it); any other unknown one does not", () => {
    const old = { schema_version: 3, style: "en-GB", company: "Northwind Traders" };
    assert.deepEqual(applicationProblems(app("a", old), schema), []);
    assert.match(applicationProblems(app("a", { ...old, salary: 1 }), schema).join(" "), /unknown field "salary"/);
    assert.match(applicationProblems(app("a", { ...old, style: 7 }), schema).join(" "), /should be text/); // checked as the language
  });

  test("a loaded file: each application on its own, a missing record is the empty one", () => {
    const result = readApplicationsFile({ applications_version: 1, applications: [app("a", { company: "A" }), { id: "b" }, app("c", {})] }, schema);
    assert.deepEqual(result.applications.map((a) => a.id), ["a", "c"]);
    assert.deepEqual(result.applications[0].record, { sent: [], outcome: "waiting", outcome_date: null });
    assert.deepEqual(result.problems, ["Application 2: It has no answers."]);
    assert.equal(result.refused, false);
    const single = readApplicationsFile({ schema_version: 1, company: "Old" }, schema);
    assert.equal(single.applications.length, 1);
    assert.equal(single.applications[0].answers.company, "Old");
    assert.equal(readApplicationsFile({ applications_version: 1, applications: [], more: 1 }, schema).refused, true);
  });

  test("the Python side's example applications file reads here without a problem", () => {
    const text = readFileSync(new URL("../followup/data/applications.json", import.meta.url), "utf8");
    const result = readApplicationsFile(JSON.parse(text), schema);
    assert.deepEqual(result.problems, []);
    assert.ok(result.applications.length >= 3);
    assert.deepEqual(applicationsFile(result.applications).applications.map((a) => a.id), result.applications.map((a) => a.id));
  });

  test("the page refuses an application exactly when Python's loader does", () => {
    const good = JSON.parse(readFileSync(new URL("../followup/data/applications.json", import.meta.url), "utf8")).applications[0];
    const record = (over) => ({ ...good, record: { ...good.record, ...over } });
    const cases = {
      good,
      "no answers": { id: "x", updated: good.updated },
      "bad id": { ...good, id: "a b" },
      "long id": { ...good, id: "x".repeat(101) },
      "empty id": { ...good, id: "" },
      "local time": { ...good, updated: "2026-11-20T10:00:00" },
      "unknown key": { ...good, extra: 1 },
      "bad outcome": record({ outcome: "ghosted" }),
      "bad outcome date": record({ outcome_date: "30/11/2026" }),
      "null outcome date": record({ outcome_date: null }),
      "check-in without number": record({ sent: [{ kind: "check-in", date: "2026-11-24" }] }),
      "thank-you with number": record({ sent: [{ kind: "thank-you", date: "2026-11-24", number: 1 }] }),
      "check-in 4": record({ sent: [{ kind: "check-in", date: "2026-11-24", number: 4 }] }),
      "long name": record({ sent: [{ kind: "thank-you", date: "2026-11-24", to: "x".repeat(101) }] }),
      "unknown sent key": record({ sent: [{ kind: "thank-you", date: "2026-11-24", by: "post" }] }),
      "too many sent": record({ sent: Array(101).fill({ kind: "thank-you", date: "2026-11-24" }) }),
    };
    const python = fileURLToPath(new URL("../../.venv/bin/python", import.meta.url));
    const script = "import json, sys; from followup.applications import parse\n" +
      "for app in json.load(sys.stdin): print(json.dumps(len(parse({'applications_version': 1, 'applications': [app]}).applications) == 1))";
    const lines = execFileSync(python, ["-c", script], { input: JSON.stringify(Object.values(cases)), encoding: "utf8" }).trim().split("\n");
    Object.keys(cases).forEach((name, i) => {
      const pythonReads = JSON.parse(lines[i]);
      assert.equal(applicationProblems(cases[name], schema).length === 0, pythonReads, name);
    });
    assert.equal(JSON.parse(lines[0]), true, "the example reads");
  });

  test("a clash is the same id, or the same company, role and interview date", () => {
    const here = [app("x", { company: "Northwind", role: "Analyst", interview_date: "2026-11-20" })];
    assert.equal(clashWith(app("x", { company: "Other" }), here)?.id, "x");
    assert.equal(clashWith(app("y", { company: "northwind ", role: "Analyst", interview_date: "2026-11-20" }), here)?.id, "x");
    assert.equal(clashWith(app("y", { company: "Northwind", role: "Analyst", interview_date: "2026-12-01" }), here), undefined);
    assert.equal(clashWith(app("y", {}), [app("z", {})]), undefined, "two empty ones are not the same interview");
  });

  test("the next round keeps the letter's settings, the job and you, not the interview", () => {
    const answers = { schema_version: version, kind: "check-in", tone: "brief", company: "N", role: "R", candidate: { name: "Alex" }, interview_date: "2026-11-20", interviewers: [{ name: "Dana" }], their_needs: "x", check_in_number: 2 };
    assert.deepEqual(nextRoundAnswers(answers), { kind: "thank-you", interviewers: [], schema_version: version, tone: "brief", company: "N", role: "R", candidate: { name: "Alex" } });
  });

  test("the list: overdue first, then by date and time, undated, move on, done, no step, not planned yet", () => {
    const apps = ["none", "done", "later", "undated", "move", "overdue", "soon-late", "soon", "unknown"].map((id) => ({ id }));
    const steps = {
      none: null,
      done: { step: "done", due: null },
      later: { step: "check-in", due: "2026-12-20" },
      undated: { step: "thank-you", due: null },
      move: { step: "move-on", due: "2026-12-01" },
      overdue: { step: "thank-you", due: "2026-12-01", overdue: true },
      "soon-late": { step: "thank-you", due: "2026-12-05", due_time: "17:00" },
      soon: { step: "thank-you", due: "2026-12-05", due_time: "09:30" },
    };
    assert.deepEqual(byNextStep(apps, steps).map((a) => a.id), ["overdue", "soon", "soon-late", "later", "undated", "move", "done", "none", "unknown"]);
  });

  test("the order is the Python plan's (followup.bundle.plan_json's `order`) for its example file and variants, on several days", () => {
    const example = JSON.parse(readFileSync(new URL("../followup/data/applications.json", import.meta.url), "utf8"));
    // The example's three, and variants of them in every group: done, move on, later and earlier
    // interviews, and a damaged one (no step).
    const [first, second] = example.applications;
    const variant = (id, from, answers, record) => ({ ...structuredClone(from), id, answers: { ...from.answers, ...answers }, record });
    const sent = (kind, date, extra = {}) => ({ kind, date, ...extra });
    const file = {
      applications_version: 1,
      applications: [
        ...example.applications,
        variant("offer", first, {}, { sent: [], outcome: "offer", outcome_date: "2026-11-30" }),
        variant("two-check-ins", first, {}, { sent: [sent("thank-you", "2026-11-13", { to: "" }), sent("check-in", "2026-11-24", { number: 1 }), sent("check-in", "2026-12-01", { number: 2 })], outcome: "waiting", outcome_date: null }),
        variant("later", second, { interview_date: "2026-12-15" }, { sent: [], outcome: "waiting", outcome_date: null }),
        variant("earlier", second, { interview_date: "2026-11-02" }, { sent: [], outcome: "waiting", outcome_date: null }),
        { id: "damaged", answers: { schema_version: 2, company: 5 } },
      ],
    };
    const text = JSON.stringify(file);
    const python = fileURLToPath(new URL("../../.venv/bin/python", import.meta.url));
    const script = "import sys; from followup.bundle import plan_json; print(plan_json(sys.stdin.read(), sys.argv[1]))";
    const orders = new Set();
    for (const today of ["2026-11-10T09:00", "2026-11-20T09:00", "2026-12-03T09:00", "2027-02-01T09:00"]) {
      const { steps, order } = JSON.parse(execFileSync(python, ["-c", script, today], { input: text, encoding: "utf8" }));
      assert.deepEqual(byNextStep(file.applications, steps).map((a) => a.id), order, today);
      orders.add(order.join(" "));
    }
    assert.ok(![...orders].includes(file.applications.map((a) => a.id).join(" ")), "never just the file's order");
  });

  test("the order is the Python plan's on the calendar sweep: every day of 2026-2028, interviews at every distance before it", () => {
    // tests/followup/calendar_sweep.py makes each day's file and asks followup.bundle.plan_json.
    const python = fileURLToPath(new URL("../../.venv/bin/python", import.meta.url));
    const sweep = fileURLToPath(new URL("../followup/calendar_sweep.py", import.meta.url));
    const days = JSON.parse(execFileSync(python, [sweep], { encoding: "utf8", maxBuffer: 1 << 30 }));
    assert.equal(days.length, 365 + 365 + 366);
    let overdueFirst = 0;
    for (const { today, file, planned } of days) {
      assert.equal(planned.problems?.length ?? 0, 0, today);
      const order = byNextStep(file.applications, planned.steps).map((a) => a.id);
      assert.deepEqual(order, planned.order, today);
      if (planned.steps[order[0]]?.overdue) overdueFirst += 1;
    }
    assert.ok(overdueFirst > 1000, "most days have an overdue step to put first");
  });
});

describe("two tabs on one database", () => {
  async function opened(onRemote) {
    const store = new ApplicationsStore({ onRemote });
    assert.equal(await store.open(), true);
    return store;
  }

  async function heard(list, count) {
    for (let i = 0; i < 50 && list.length < count; i += 1) await settle();
  }

  test("each write names one application; the other store is told and reads it back", async () => {
    const told = [];
    const one = await opened(() => {});
    const two = await opened((id, value) => told.push([id, value?.answers.company ?? null]));
    const a = newApplication({ schema_version: version, company: "A" });
    const b = newApplication({ schema_version: version, company: "B" });
    await one.put(a);
    await two.put(b);
    await heard(told, 1);
    assert.deepEqual(told, [[a.id, "A"]], "a store is not told of its own writes");
    assert.deepEqual((await two.readAll()).map((v) => v.answers.company).sort(), ["A", "B"]);
    await one.delete(a.id);
    await heard(told, 2);
    assert.deepEqual(told[1], [a.id, null]);
    one.close();
    two.close();
  });

  test("the page on show takes the other tab's newer edit of its application, and keeps its own newer one", async () => {
    const page = new Builder($("[data-fk-app]"), new FakeComposer());
    await page.start();
    type("company", "Mine");
    const mine = structuredClone(page.workspace.current);
    page.workspace.onRemote(mine.id, { ...mine, updated: "2000-01-01T00:00:00.000Z", answers: { ...mine.answers, company: "Older" } });
    assert.equal(field("company").value, "Mine");
    page.workspace.onRemote(mine.id, { ...mine, updated: new Date(Date.now() + 1000).toISOString(), answers: { ...mine.answers, company: "Theirs" } });
    assert.equal(field("company").value, "Theirs");
    assert.equal(page.workspace.current.answers.company, "Theirs");
    page.workspace.onRemote(mine.id, null);
    assert.equal(page.workspace.items.has(mine.id), false);
    assert.equal(field("company").value, "", "deleted there: an empty one here");
    page.workspace.store.close();
  });
});
