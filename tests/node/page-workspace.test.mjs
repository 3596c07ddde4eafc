// The applications kept in this browser (workspace.js, applications-store.js): typing saved, the old
// single draft upgraded, unreadable drafts and records kept aside and offered, storage refused or
// full said and everything kept in memory, and "Start over"; through the whole page (builder.js)
// with a fake composer and fake-indexeddb.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, click, downloads, field, freshPage, key, settle, type, win } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";
import { STORE_AFTER_MS } from "../../docs/assets/builder/typing-pause.js";
import { IDBObjectStore } from "fake-indexeddb";

import { ApplicationsStore } from "../../docs/assets/builder/applications-store.js";
import { APPLICATIONS_DB, CURRENT_APPLICATION_KEY, DRAFT_KEY, UNREADABLE_DRAFT_PREFIX, UNSAVED_PREFIX } from "../../docs/assets/builder/protocol.js";

let composer;
let page;

const version = () => Number($("[data-fk-form]").dataset.schemaVersion);
const message = () => $("[data-fk-file-message]");
const warning = () => $("[data-fk-storage-warning]");

/** What IndexedDB holds, read by a store of its own (as another tab would). */
async function stored() {
  const store = new ApplicationsStore();
  await store.open();
  const values = await store.readAll();
  store.close();
  return values;
}

async function open() {
  composer = new FakeComposer();
  page = new Builder($("[data-fk-app]"), composer);
  await page.start();
  return page;
}

/** Puts values straight into the database, as an earlier visit left them. */
async function seed(values) {
  const store = new ApplicationsStore();
  await store.open();
  const db = store.db;
  await new Promise((resolve, reject) => {
    const transaction = db.transaction(APPLICATIONS_DB.store, "readwrite");
    for (const value of values) transaction.objectStore(APPLICATIONS_DB.store).put(value);
    transaction.oncomplete = resolve;
    transaction.onerror = () => reject(transaction.error);
  });
  store.close();
}

const application = (id, answers, over = {}) => ({
  id,
  updated: "2026-11-20T10:00:00.000Z",
  answers: { schema_version: version(), ...answers },
  record: { sent: [], outcome: "waiting", outcome_date: null },
  ...over,
});

beforeEach(() => {
  freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
});

afterEach(() => mock.timers.reset());

describe("the applications kept", () => {
  test("every change is saved into the application on show, with every answer, and asks for one letter", async () => {
    await open();
    const before = composer.sent.length;
    type("company", "Northwind");
    assert.equal(composer.sent.length, before + 1, "the change event after input asks nothing more");
    assert.equal(composer.latest.company, "Northwind");
    const [saved] = await stored();
    assert.equal(saved.answers.company, "Northwind");
    assert.equal(saved.answers.schema_version, version());
    assert.equal(saved.id, page.workspace.currentId);
  });

  test("the application shown last comes back on the next visit, with the answers its letter type does not use", async () => {
    await seed([
      application("a", { kind: "check-in", company: "Northwind", decision_date: "2026-12-04" }),
      application("b", { company: "Contoso" }, { updated: "2026-11-25T10:00:00.000Z" }),
    ]);
    localStorage.setItem(CURRENT_APPLICATION_KEY, "a");
    await open();
    assert.equal(field("company").value, "Northwind");
    assert.equal(field("kind").value, "check-in");
    assert.equal(page.form.answers({ everything: true }).decision_date, "2026-12-04");
    assert.equal(composer.latest.company, "Northwind", "the restored answers are rendered at once");
  });

  test("typing before the stored applications are read is kept as one more application, overwriting none", async () => {
    await seed([application("a", { company: "Northwind" })]);
    composer = new FakeComposer();
    page = new Builder($("[data-fk-app]"), composer);
    const started = page.start();
    type("company", "Typed early");
    await started;
    assert.equal(field("company").value, "Typed early");
    assert.deepEqual((await stored()).map((v) => v.answers.company).sort(), ["Northwind", "Typed early"]);
    assert.notEqual(page.workspace.currentId, "a");
  });

  test("typing is stored once it pauses: a burst of keystrokes is one write, the copy in localStorage holds each one meanwhile", async () => {
    await open();
    const puts = mock.method(page.workspace.store, "put");
    const control = field("company");
    const key = UNSAVED_PREFIX + page.workspace.currentId;
    for (const value of ["N", "No", "Nor"]) {
      control.value = value;
      control.dispatchEvent(new win.Event("input", { bubbles: true }));
      assert.equal(JSON.parse(localStorage.getItem(key)).answers.company, value, "each keystroke copied at once");
      mock.timers.tick(STORE_AFTER_MS - 1);
    }
    assert.equal(puts.mock.callCount(), 0, "nothing written while the keystrokes keep coming");
    assert.equal(composer.latest.company, "Nor", "every keystroke still asks for its letter");
    mock.timers.tick(1);
    assert.equal(puts.mock.callCount(), 1);
    await settle();
    assert.equal((await stored())[0].answers.company, "Nor");
  });

  test("leaving the page stores what was typed at once, without waiting for the pause", async () => {
    await open();
    const control = field("company");
    control.value = "Northwind";
    control.dispatchEvent(new win.Event("input", { bubbles: true }));
    win.dispatchEvent(new win.Event("pagehide"));
    await settle();
    assert.equal((await stored())[0].answers.company, "Northwind");
  });

  test("a change is copied to localStorage at once (a page closed mid-write keeps it); the copy goes once IndexedDB has it", async () => {
    await open();
    type("company", "Northwind");
    const key = UNSAVED_PREFIX + page.workspace.currentId;
    assert.equal(JSON.parse(localStorage.getItem(key)).answers.company, "Northwind", "written before any await");
    for (let i = 0; i < 50 && localStorage.getItem(key) !== null; i += 1) await new Promise((r) => setImmediate(r));
    assert.equal(localStorage.getItem(key), null);
    assert.equal((await stored())[0].answers.company, "Northwind");
  });

  test("a copy left by a page closed mid-write wins when newer than IndexedDB's; an older one is dropped", async () => {
    await seed([application("a", { company: "Old" }), application("b", { company: "Kept" }, { updated: "2026-11-25T10:00:00.000Z" })]);
    localStorage.setItem(UNSAVED_PREFIX + "a", JSON.stringify(application("a", { company: "Typed last" }, { updated: "2026-11-21T10:00:00.000Z" })));
    localStorage.setItem(UNSAVED_PREFIX + "b", JSON.stringify(application("b", { company: "Stale" }, { updated: "2026-11-24T10:00:00.000Z" })));
    localStorage.setItem(CURRENT_APPLICATION_KEY, "a");
    await open();
    assert.equal(field("company").value, "Typed last");
    const values = Object.fromEntries((await stored()).map((v) => [v.id, v.answers.company]));
    assert.deepEqual(values, { a: "Typed last", b: "Kept" });
    assert.equal(localStorage.getItem(UNSAVED_PREFIX + "a"), null);
    assert.equal(localStorage.getItem(UNSAVED_PREFIX + "b"), null);
  });

  test("a copy that cannot be read is kept aside, said so and offered; the others load", async () => {
    await seed([application("a", { company: "Northwind" })]);
    localStorage.setItem(UNSAVED_PREFIX + "x", '{"id": "x", "answers": {"comp');
    await open();
    assert.equal(field("company").value, "Northwind");
    assert.match(message().textContent, /A change that was still being saved could not be used/);
    assert.equal($("[data-fk-download-aside]").hidden, false);
    assert.equal(localStorage.getItem(UNSAVED_PREFIX + "x"), null);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(UNREADABLE_DRAFT_PREFIX));
    assert.equal(aside.length, 1);
    assert.equal(localStorage.getItem(aside[0]), '{"id": "x", "answers": {"comp');
  });

  test("without a remembered one, the latest edited is shown", async () => {
    await seed([application("a", { company: "Old" }), application("b", { company: "Newer" }, { updated: "2026-11-25T10:00:00.000Z" })]);
    await open();
    assert.equal(field("company").value, "Newer");
  });

  test("the old single draft becomes the first application; its key goes once the copy is written", async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ schema_version: version(), kind: "check-in", company: "Northwind", decision_date: "2026-12-04" }));
    await open();
    assert.equal(field("company").value, "Northwind");
    assert.equal(page.form.answers({ everything: true }).decision_date, "2026-12-04");
    const values = await stored();
    assert.equal(values.length, 1);
    assert.deepEqual(values[0].answers, { schema_version: version(), kind: "check-in", company: "Northwind", decision_date: "2026-12-04" });
    assert.deepEqual(values[0].record, { sent: [], outcome: "waiting", outcome_date: null });
    assert.equal(localStorage.getItem(DRAFT_KEY), null);
    // Should the key come back with the same answers, it is not copied twice.
    localStorage.setItem(DRAFT_KEY, JSON.stringify(values[0].answers));
    freshPage({ keepStorage: true });
    await open();
    assert.equal((await stored()).length, 1);
  });

  test("an unreadable old draft is kept aside, said so, and offered as a download; the form starts empty", async () => {
    localStorage.setItem(DRAFT_KEY, '{"schema_version": 1, "company": "Northw');
    await open();
    assert.equal(field("company").value, "");
    assert.equal(localStorage.getItem(DRAFT_KEY), null);
    const aside = Object.keys(localStorage).filter((k) => k.startsWith(UNREADABLE_DRAFT_PREFIX));
    assert.equal(aside.length, 1);
    assert.match(message().textContent, /could not be used.*not valid JSON.*kept aside in this browser/);
    assert.equal(message().classList.contains("fk-message--error"), true);
    click("[data-fk-download-aside]");
    assert.equal(downloads[0].name, "followup-unreadable-draft.json");
    assert.equal(await downloads[0].text, '{"schema_version": 1, "company": "Northw');
  });

  test("an old draft of the wrong shape is refused with the schema's reason", async () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ schema_version: version(), company: 42, nonsense: true }));
    await open();
    assert.match(message().textContent, /Company should be text\. It has an unknown field "nonsense"\./);
  });

  test("a damaged stored application is set aside and offered; the others are all there", async () => {
    await seed([application("good", { company: "Northwind" }), { id: "bad", answers: { schema_version: 99 }, junk: 1 }, application("also", { company: "Contoso" })]);
    await open();
    assert.deepEqual(page.workspace.all.map((a) => a.answers.company).sort(), ["Contoso", "Northwind"]);
    assert.match(message().textContent, /could not be used.*unknown field "junk".*kept aside in this browser/);
    assert.deepEqual((await stored()).map((v) => v.id).sort(), ["also", "good"]);
    click("[data-fk-download-aside]");
    assert.deepEqual(JSON.parse(await downloads[0].text), { id: "bad", answers: { schema_version: 99 }, junk: 1 });
  });

  test("storage the browser refuses is said once; everything stays in memory and can be downloaded", async () => {
    globalThis.indexedDB = { open() { throw new DOMException("denied", "SecurityError"); } };
    await open();
    type("company", "Northwind");
    click("[data-fk-app-new]");
    type("company", "Contoso");
    assert.equal(warning().hidden, false);
    assert.match(warning().textContent, /does not let the page keep your applications.*Save all/);
    assert.equal(composer.latest.company, "Contoso");
    assert.equal(page.workspace.items.size, 2);
    click(warning().querySelector("[data-fk-save-all]"));
    const file = JSON.parse(await downloads[0].text);
    assert.deepEqual(file.applications.map((a) => a.answers.company), ["Northwind", "Contoso"]);
    page.onFailure({ message: "Stopped.", canRetry: true });
    assert.match($("[data-fk-status-text]").textContent, /Your answers are still here\. Check/, "no promise of a saved copy");
  });

  test("storage that fills up warns and composing goes on", async () => {
    await open();
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("full", "QuotaExceededError");
    };
    try {
      type("company", "Northwind");
      await settle();
      assert.equal(warning().hidden, false);
      assert.match(warning().textContent, /cannot be saved on this device/);
      type("company", "Northwind Traders");
      assert.equal(composer.latest.company, "Northwind Traders");
      assert.equal(page.workspace.current.answers.company, "Northwind Traders");
    } finally {
      IDBObjectStore.prototype.put = put;
    }
  });
});

describe("start over", () => {
  test("asks first; Escape or 'Keep my answers' keeps them", async () => {
    await open();
    type("company", "Mine");
    click("[data-fk-reset]");
    const confirm = $("[data-fk-confirm]");
    assert.equal(confirm.hidden, false);
    assert.equal(document.activeElement, $("[data-fk-confirm-no]"));
    key(confirm, "Escape");
    assert.equal(confirm.hidden, true);
    assert.equal(document.activeElement, $("[data-fk-reset]"));
    click("[data-fk-reset]");
    click("[data-fk-confirm-no]");
    assert.equal(field("company").value, "Mine");
  });

  test("clears this application's answers and record and the errors shown, and renders the empty form", async () => {
    await open();
    type("company", "Mine");
    page.workspace.current.record.sent.push({ kind: "thank-you", to: "", date: "2026-12-01" });
    page.onResult({ ok: false, errors: [{ path: "company", message: "Too long." }], refused: null, findings: [] });
    assert.equal($("#f-company-error").hidden, false);
    click("[data-fk-reset]");
    click("[data-fk-confirm-yes]");
    assert.equal(field("company").value, "");
    const [saved] = await stored();
    assert.equal(saved.answers.company, undefined);
    assert.deepEqual(saved.record.sent, []);
    assert.equal($("#f-company-error").hidden, true);
    assert.equal(composer.latest.company, undefined);
    assert.match(message().textContent, /Cleared\./);
  });
});

describe("spell checking", () => {
  test("the free-text answers are spell-checked in the English style chosen, loaded or typed", async () => {
    await seed([application("a", { language: "en-GB", company: "Northwind" })]);
    localStorage.setItem(CURRENT_APPLICATION_KEY, "a");
    await open();
    const prose = [...document.querySelectorAll("[data-prose]")];
    assert.ok(prose.length >= 4, "each interviewer's topic, the need, the strength and the point forgotten");
    assert.deepEqual(prose.map((el) => [el.getAttribute("spellcheck"), el.lang]), prose.map(() => ["true", "en-GB"]));
    type("language", "en-US");
    assert.ok(prose.every((el) => el.lang === "en-US"));
    assert.equal(field("company").lang, "", "a name is not spell-checked as prose");
  });
});
