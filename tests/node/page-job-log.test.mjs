// The job search log's controls (job-log.js, loaded on first use by builder.js) through the whole
// page with a fake composer: what is asked for, what is saved, and what is said.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, click, downloads, freshPage, settle, type } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";

let page;
let composer;
const message = () => $("[data-fk-log-message]").textContent;

const LOG = {
  ok: true, label: "23–29 November 2026", start: "2026-11-23", end: "2026-11-29", name: "Alex Morgan", style: "en-GB",
  paper: "a4", count: 2, csv: "\ufeffDate,Activity\r\n2026-11-24,Interview\r\n2026-11-25,Thank-you sent\r\n",
  html: '<article class="fk-log fk-log--a4"><h1>Job search log</h1></article>', css: ".fk-log { color: #000; }", problems: [],
};

async function settled() {
  await import("../../docs/assets/builder/job-log.js"); // what builder.js imports on first use, read from disk
  for (let i = 0; i < 10; i += 1) await settle();
}

beforeEach(async () => {
  freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
  composer = new FakeComposer();
  composer.asked = [];
  composer.answer = LOG;
  composer.request = async (message) => {
    composer.asked.push(structuredClone(message));
    return composer.answer;
  };
  page = new Builder($("[data-fk-app]"), composer);
  await page.start();
  type("company", "Northwind Traders");
});

afterEach(() => mock.timers.reset());

describe("job search log", () => {
  test("Download .csv asks for the chosen range of every application and saves the CSV it gets", async () => {
    click("[data-fk-log-csv]");
    await settled();
    assert.equal(composer.asked.length, 1);
    const [asked] = composer.asked;
    assert.equal(asked.type, "log");
    assert.equal(asked.range, "week");
    assert.equal(asked.applications.applications_version, 1);
    assert.deepEqual(asked.applications.applications.map((a) => a.answers.company), ["Northwind Traders"]);
    const saved = downloads.at(-1);
    // Blob.text() decodes the byte-order mark away; the browser test reads the bytes themselves.
    assert.deepEqual([saved.name, saved.type, await saved.text],
      ["job-search-log-2026-11-23-to-2026-11-29.csv", "text/csv;charset=utf-8", LOG.csv.slice(1)]);
    assert.equal(message(), "The log of 23–29 November 2026 (2 contacts) saved to a file in your downloads.");
  });

  test("choosing the days shows them; without both, it says so and asks nothing", async () => {
    const range = $("[data-fk-log-range]");
    range.value = "custom";
    range.dispatchEvent(new window.Event("change", { bubbles: true }));
    await settled();
    assert.equal($("[data-fk-log-days]").hidden, false);
    $("[data-fk-log-from]").value = "2026-11-02";
    click("[data-fk-log-csv]");
    await settled();
    assert.deepEqual(composer.asked, []);
    assert.equal(message(), "Choose the first and the last day of the log, or another range.");
    $("[data-fk-log-to]").value = "2026-11-08";
    click("[data-fk-log-csv]");
    await settled();
    assert.deepEqual([composer.asked[0].range, composer.asked[0].start, composer.asked[0].end], ["custom", "2026-11-02", "2026-11-08"]);
  });

  test("what the composer finds wrong is said, and nothing is saved", async () => {
    composer.answer = { ok: false, problems: ["The range ends (2026-11-01) before it starts (2026-11-08): swap the two dates."] };
    const before = downloads.length;
    click("[data-fk-log-csv]");
    await settled();
    assert.equal(downloads.length, before);
    assert.match(message(), /swap the two dates/);
    assert.ok($("[data-fk-log-message]").classList.contains("fk-message--error"));
  });

  test("a composer that is not running yet is said with what to do", async () => {
    composer.request = async () => {
      throw new Error("the letter composer is not running");
    };
    click("[data-fk-log-csv]");
    await settled();
    assert.equal(message(), "The log could not be made: the letter composer is not running. Wait until the composer has loaded, then try again.");
  });
});
