// Drafts and the answers file (drafts.js), through the whole page (builder.js) with a fake composer.

import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, click, downloads, field, freshPage, key, type, win } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";
import { DRAFT_KEY, UNREADABLE_DRAFT_PREFIX } from "../../docs/assets/builder/protocol.js";

let composer;
let page;

const version = () => Number($("[data-fk-form]").dataset.schemaVersion);
const draft = () => JSON.parse(localStorage.getItem(DRAFT_KEY));
const message = () => $("[data-fk-drafts-message]");
const file = (name, text) => new win.File([text], name, { type: "application/json" });

function open() {
  composer = new FakeComposer();
  page = new Builder($("[data-fk-app]"), composer);
  page.start();
  return page;
}

beforeEach(() => {
  freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
});

afterEach(() => mock.timers.reset());

describe("the draft", () => {
  test("every change is saved with every answer, and asks for one letter", () => {
    open();
    const before = composer.sent.length;
    type("company", "Northwind");
    assert.equal(draft().company, "Northwind");
    assert.equal(draft().schema_version, version());
    assert.equal(composer.sent.length, before + 1, "the change event after input asks nothing more");
    assert.equal(composer.latest.company, "Northwind");
  });

  test("comes back on the next visit, with the answers the letter type does not use", () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ schema_version: version(), kind: "check-in", company: "Northwind", decision_date: "2026-12-04" }));
    open();
    assert.equal(field("company").value, "Northwind");
    assert.equal(field("kind").value, "check-in");
    assert.equal(page.form.answers({ everything: true }).decision_date, "2026-12-04");
    assert.equal(composer.latest.company, "Northwind", "the restored answers are rendered at once");
  });

  test("an unreadable draft is kept aside, said so, and offered as a download; the form starts empty", async () => {
    localStorage.setItem(DRAFT_KEY, '{"schema_version": 1, "company": "Northw');
    open();
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

  test("a draft of the wrong shape is refused with the schema's reason", () => {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ schema_version: version(), company: 42, nonsense: true }));
    open();
    assert.match(message().textContent, /Company should be text\. It has an unknown field "nonsense"\./);
  });

  test("storage that refuses to save warns once and composing goes on", () => {
    const storage = globalThis.localStorage;
    globalThis.localStorage = {
      getItem: () => null,
      setItem() {
        throw new Error("QuotaExceededError");
      },
      removeItem() {},
    };
    try {
      open();
      type("company", "Northwind");
      const warning = $("[data-fk-storage-warning]");
      assert.equal(warning.hidden, false);
      assert.match(warning.textContent, /cannot be saved on this device/);
      assert.equal(composer.latest.company, "Northwind");
      page.onFailure({ message: "Stopped.", canRetry: true });
      assert.match($("[data-fk-status-text]").textContent, /Your answers are still here\. Check/, "no promise of a saved copy");
    } finally {
      globalThis.localStorage = storage;
    }
  });
});

describe("the answers file", () => {
  test("Save answers downloads every answer as JSON, named for the letter", async () => {
    open();
    type("company", "Northwind Traders");
    click("[data-fk-save]");
    const [saved] = downloads;
    assert.equal(saved.name, "followup-thank-you-northwind-traders-answers.json");
    assert.equal(saved.type, "application/json");
    const text = await saved.text;
    assert.deepEqual(JSON.parse(text), page.form.answers({ everything: true }));
    assert.equal(text.endsWith("}\n"), true);
  });

  test("loading a file replaces the form, saves it, and one click brings the old answers back", async () => {
    open();
    type("company", "Mine");
    await page.drafts.load(file("other.json", JSON.stringify({ schema_version: version(), company: "Other Co" })));
    assert.equal(field("company").value, "Other Co");
    assert.equal(draft().company, "Other Co");
    assert.equal(composer.latest.company, "Other Co");
    assert.match(message().textContent, /Loaded answers from “other\.json”\. They replaced what was in the form\./);
    const undo = $("[data-fk-undo-load]");
    assert.equal(undo.hidden, false);
    undo.focus();
    click(undo);
    assert.equal(field("company").value, "Mine");
    assert.equal(draft().company, "Mine");
    assert.equal(undo.hidden, true);
    assert.equal(document.activeElement, $("[data-fk-load]"), "focus is not lost to <body>");
  });

  test("an edit after a load withdraws the undo (it would throw the edit away)", async () => {
    open();
    await page.drafts.load(file("a.json", JSON.stringify({ schema_version: version(), company: "A" })));
    type("role", "Analyst");
    assert.equal($("[data-fk-undo-load]").hidden, true);
    await page.drafts.load(file("a.json", JSON.stringify({ schema_version: version(), company: "A" })));
    click("[data-fk-add-row]");
    assert.equal($("[data-fk-undo-load]").hidden, true);
  });

  for (const [what, name, text, reason] of [
    ["not JSON", "notes.json", "Dear Sam", /not valid JSON/],
    ["a newer format", "new.json", JSON.stringify({ schema_version: 99 }), /made by a newer version of Follow-up Kit/],
    ["the wrong shape", "bad.json", JSON.stringify([1, 2]), /It is not an answers file/],
    ["far too large", "big.json", " ".repeat(1_000_001), /it is 1\.0 MB, far too large/],
  ]) {
    test(`a file that is ${what} is refused with the reason and changes nothing`, async () => {
      open();
      type("company", "Mine");
      await page.drafts.load(file(name, text));
      assert.match(message().textContent, reason);
      assert.match(message().textContent, new RegExp(`^“${name.replace(".", "\\.")}” was not loaded: .* Your current answers are unchanged\\.$`));
      assert.equal(field("company").value, "Mine");
      assert.equal(draft().company, "Mine");
      assert.equal($("[data-fk-undo-load]").hidden, true);
    });
  }
});

describe("start over", () => {
  test("asks first; Escape or 'Keep my answers' keeps them", () => {
    open();
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

  test("clears the form, the draft and the errors shown, and renders the empty form", () => {
    open();
    type("company", "Mine");
    page.onResult({ ok: false, errors: [{ path: "company", message: "Too long." }], refused: null, findings: [] });
    assert.equal($("#f-company-error").hidden, false);
    click("[data-fk-reset]");
    click("[data-fk-confirm-yes]");
    assert.equal(field("company").value, "");
    assert.equal(localStorage.getItem(DRAFT_KEY), null);
    assert.equal($("#f-company-error").hidden, true);
    assert.equal(composer.latest.company, undefined);
    assert.match(message().textContent, /Cleared\./);
  });
});
