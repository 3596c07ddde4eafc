// The preview, the problems and the status (preview.js, problems.js, status.js), through the whole
// page (builder.js) with a fake composer: results in, what the page shows out.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, errorResult, field, freshPage, key, letterResult, okResult, type } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";
import { guideUrl } from "../../docs/assets/builder/problems.js";
import { STAGE, STAGE_LABEL } from "../../docs/assets/builder/protocol.js";

let page;
let app;

const panel = () => $("[data-fk-letter]");
const tabs = () => [...$("[data-fk-tabs]").children];
const announced = () => $("[data-fk-announce]").textContent;

beforeEach(async () => {
  app = freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
  page = new Builder(app, new FakeComposer());
  await page.start();
});

afterEach(() => mock.timers.reset());

describe("a letter", () => {
  test("shows the composer's fragment, its length in words, and counts the renders", () => {
    page.onResult(okResult());
    assert.equal(panel().innerHTML, letterResult().html);
    assert.equal($("[data-fk-count]").textContent, `${letterResult().words} words`);
    assert.equal(app.dataset.rendered, "true");
    assert.equal(app.dataset.renders, "1");
    assert.equal($("[data-fk-tabs]").hidden, true);
  });

  test("a short message counts characters against its limit, and says when it is over", () => {
    page.onResult(okResult([letterResult({ characters: 320 })], { channel: "message", message_limit: 300 }));
    const count = $("[data-fk-count]");
    assert.equal(count.textContent, "320 of 300 characters");
    assert.equal(count.classList.contains("fk-count--over"), true);
  });

  test("one tab per interviewer; arrows, Home and End move between them", () => {
    const names = ["Dana Lee", "Sam Okafor", "Priya Raman"];
    page.onResult(okResult(names.map((recipient) => letterResult({ recipient }))));
    assert.deepEqual(tabs().map((t) => t.textContent), names);
    assert.equal(panel().getAttribute("role"), "tabpanel");
    assert.equal(panel().getAttribute("aria-labelledby"), "fk-tab-0");
    key(tabs()[0], "ArrowRight");
    assert.equal(page.preview.selected, 1);
    assert.equal(tabs()[1].getAttribute("aria-selected"), "true");
    assert.equal(document.activeElement, tabs()[1]);
    assert.match(panel().innerHTML, /Dear Sam Okafor/);
    key(tabs()[1], "End");
    assert.equal(page.preview.selected, 2);
    key(tabs()[2], "ArrowRight");
    assert.equal(page.preview.selected, 0, "wraps around");
    key(tabs()[0], "ArrowLeft");
    assert.equal(page.preview.selected, 2);
  });

  test("the spoken summary waits for a pause in typing, then says the size and what to fix", () => {
    page.onResult(okResult([letterResult(), letterResult({ recipient: "B" })], {
      findings: [{ level: "problem", message: "Too long", anchor: null }, { level: "good", message: "Nice", anchor: null }],
    }));
    assert.equal(announced(), "");
    mock.timers.tick(1500);
    assert.equal(announced(), `Letter updated: ${letterResult().words} words, one of 2 notes. 1 to fix, listed under Checks.`);
  });
});

describe("no letter", () => {
  test("what to fix is listed, each a link to its field, and beside the field once visited", () => {
    type("company", "x");
    page.onResult(errorResult([
      { path: "company", message: "Company is too short." },
      { path: "role", message: "Role is required." },
    ]));
    const links = [...panel().querySelectorAll(".fk-summary a")];
    assert.deepEqual(links.map((a) => [a.textContent, a.getAttribute("href")]), [
      ["Company is too short.", "#f-company"],
      ["Role is required.", "#f-role"],
    ]);
    assert.equal($("#f-company-error").textContent, "Company is too short.");
    assert.equal(field("company").getAttribute("aria-invalid"), "true");
    assert.match(field("company").getAttribute("aria-describedby"), /\bf-company-error\b/);
    assert.equal($("#f-role-error").hidden, true, "not visited yet: no error beside it");
    field("role").dispatchEvent(new window.FocusEvent("focusout", { bubbles: true }));
    assert.equal($("#f-role-error").textContent, "Role is required.");
    assert.equal($("[data-fk-count]").hidden, true);
    mock.timers.tick(1500);
    assert.equal(announced(), "No letter yet: 2 answers to fix, listed in the preview.");
  });

  test("an error in a sent row points at that row in the form, whatever empty rows lie between", () => {
    page.form.apply({ interviewers: [{}, { name: "x" }] });
    page.changed();
    page.onResult(errorResult([{ path: "interviewers.0.email", message: "Email is not an address." }]));
    assert.equal(panel().querySelector(".fk-summary a").getAttribute("href"), "#f-interviewers-1-email");
  });

  test("a list's error points at the list; beside it once a row was visited or the link followed", () => {
    page.onResult(errorResult([{ path: "interviewers", message: "Add at least one interviewer." }]));
    const link = panel().querySelector(".fk-summary a");
    assert.equal(link.getAttribute("href"), "#f-interviewers");
    assert.equal($("#f-interviewers-error").hidden, true, "not before the person has been there");
    link.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true }));
    assert.equal($("#f-interviewers-error").textContent, "Add at least one interviewer.");
    assert.equal(document.activeElement, $("#f-interviewers"));
    const first = field("interviewers.0.name");
    assert.equal(first.getAttribute("aria-invalid"), "true", "told through the list's first field");
    assert.match(first.getAttribute("aria-describedby"), /\bf-interviewers-error\b/);
  });

  test("nothing to fix is announced before the person has typed in or left a field", () => {
    page.onResult(errorResult([{ path: "company", message: "Company is required." }]));
    mock.timers.tick(1500);
    assert.equal(announced(), "");
    type("role", "Analyst");
    page.onResult(errorResult([{ path: "company", message: "Company is required." }]));
    mock.timers.tick(1500);
    assert.equal(announced(), "No letter yet: 1 answer to fix, listed in the preview.");
  });

  test("a refused letter says why, with nothing to link", () => {
    type("check_in_number", "3");
    page.onResult(errorResult([], { refused: "A third check-in would do more harm than good." }));
    assert.equal(panel().textContent, "A third check-in would do more harm than good.");
    mock.timers.tick(1500);
    assert.equal(announced(), "No letter: the preview says why.");
  });

  test("a date the browser cannot read is named as such, and counts as visited", () => {
    const date = field("interview_date");
    Object.defineProperty(date, "validity", { value: { badInput: true } });
    page.onResult(errorResult([{ path: "interview_date", message: "required" }]));
    assert.match($("#f-interview_date-error").textContent, /is not a real date\. Finish typing it or pick it from the calendar/);
    assert.equal(panel().querySelectorAll(".fk-summary li").length, 1, "replaces the composer's message");
  });
});

describe("checks", () => {
  test("each finding with its level and a link to the guide; none: the note shows", () => {
    page.onResult(okResult([letterResult()], {
      findings: [
        { level: "problem", message: "It is late.", anchor: "when-to-send/#timing" },
        { level: "suggestion", message: "Name a detail.", anchor: null },
      ],
    }));
    const items = [...$("[data-fk-findings]").children];
    assert.deepEqual(items.map((li) => li.querySelector(".fk-finding__level").textContent), ["Fix", "Tip"]);
    const link = items[0].querySelector("a");
    assert.equal(link.href, guideUrl("when-to-send/#timing"));
    assert.equal(link.getAttribute("aria-describedby"), items[0].querySelector(".fk-finding__text").id);
    assert.equal(items[1].querySelector("a"), null);
    assert.equal($("[data-fk-checks-empty]").hidden, true);
    page.onResult(okResult());
    assert.equal($("[data-fk-findings]").children.length, 0);
    assert.equal($("[data-fk-checks-empty]").hidden, false);
  });

  test("the same findings again leave the list alone (a focused link keeps its focus)", () => {
    const findings = [{ level: "problem", message: "It is late.", anchor: "when-to-send/" }];
    page.onResult(okResult([letterResult()], { findings }));
    const before = $("[data-fk-findings]").firstElementChild;
    page.onResult(okResult([letterResult()], { findings }));
    assert.equal($("[data-fk-findings]").firstElementChild, before);
  });
});

describe("the composer's status", () => {
  test("each stage by its label, with the bytes while downloading", () => {
    page.onProgress({ stage: STAGE.download, loaded: 2_500_000, total: 10_000_000 });
    assert.equal($("[data-fk-status-text]").textContent, `${STAGE_LABEL[STAGE.download]}…`);
    assert.equal($("[data-fk-status-bytes]").textContent, "2.5 of 10.0 MB");
    assert.equal($("[data-fk-progress]").value, 2_500_000);
    assert.equal(app.dataset.state, "loading");
    page.onProgress({ stage: STAGE.download, loaded: 1_200_000, total: null });
    assert.equal($("[data-fk-status-bytes]").textContent, "1.2 MB so far");
    page.onProgress({ stage: STAGE.start, loaded: 0, total: null });
    assert.equal($("[data-fk-status-text]").textContent, `${STAGE_LABEL[STAGE.start]}…`);
    assert.equal($("[data-fk-progress]").getAttribute("aria-label"), STAGE_LABEL[STAGE.start]);
    assert.equal($("[data-fk-status-bytes]").textContent, "");
  });

  test("ready, restarting, and a failure with Try again", () => {
    page.onReady();
    assert.equal(app.dataset.state, "ready");
    assert.equal($("[data-fk-progress]").hidden, true);
    page.onRestart();
    assert.equal(app.dataset.state, "restarting");
    assert.equal(app.dataset.restarts, "1");
    page.onFailure({ message: "It stopped.", canRetry: true });
    assert.equal(app.dataset.state, "failed");
    assert.match($("[data-fk-status-text]").textContent, /^It stopped\. Your answers are still here and saved on this device\. Check your connection/);
    assert.equal($("[data-fk-retry]").hidden, false);
    $("[data-fk-retry]").dispatchEvent(new window.MouseEvent("click", { bubbles: true }));
    assert.equal(page.composer.retried, 1);
    assert.equal($("[data-fk-status-actions]").hidden, true);
    page.onFailure({ message: "No WebAssembly.", canRetry: false });
    assert.equal($("[data-fk-retry]").hidden, true);
  });
});
