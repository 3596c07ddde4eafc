// The phone layout's "Form | Letter" switch (view-switch.js), through the whole page (builder.js)
// with a fake composer, in a happy-dom window narrowed to a phone's width (its matchMedia answers
// PHONE_QUERY from the viewport). happy-dom lays nothing out: a test that needs a control in view
// gives it a box.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, click, errorResult, field, freshPage, win } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";
import { PHONE_QUERY, linkTarget, topInView, viewOf } from "../../docs/assets/builder/view-switch.js";

const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 720 };

let app;
let page;

const button = (view) => $(`[data-fk-show="${view}"]`);
const pressed = () => [button("form"), button("letter")].map((b) => b.getAttribute("aria-pressed"));
const skipLink = () => $('a[href="#fk-preview-title"]');
const backLink = () => $('a[href="#fk-form-title"]');

/** Asserts what has focus (by identity: a failing deepEqual of two DOM nodes prints for a minute). */
function hasFocus(element, message = "") {
  const now = document.activeElement;
  assert.ok(now === element, `${message} focus is on ${now?.outerHTML.slice(0, 80)}`);
}

/** A click as the browser dispatches it (cancelable); returns whether the default was prevented. */
function follow(link) {
  const event = new win.MouseEvent("click", { bubbles: true, cancelable: true });
  link.dispatchEvent(event);
  return event.defaultPrevented;
}

/** Gives `element` a box `top` px down the viewport (happy-dom has no layout). */
function placeAt(element, top) {
  element.getBoundingClientRect = () => ({ top, bottom: top + 40, height: 40, left: 0, right: 300, width: 300 });
}

function open(size) {
  win.happyDOM.setViewport(size);
  app = freshPage();
  page = new Builder(app, new FakeComposer());
  page.start();
}

beforeEach(() => mock.timers.enable({ apis: ["setTimeout"] }));

afterEach(() => {
  mock.timers.reset();
  win.happyDOM.setViewport({ width: 1024, height: 768 }); // the fixture's default, for other files
});

describe("on a phone", () => {
  beforeEach(() => open(PHONE));

  test("the switch shows, with the form pressed and the form view on", () => {
    assert.equal(win.matchMedia(PHONE_QUERY).matches, true);
    assert.equal($("[data-fk-switch]").hidden, false);
    assert.deepEqual([button("form").textContent, button("letter").textContent], ["Form", "Letter"]);
    assert.deepEqual(pressed(), ["true", "false"]);
    assert.equal(app.dataset.fkView, "form");
    assert.equal(button("form").classList.contains("md-button--primary"), true);
    assert.equal(button("letter").classList.contains("md-button--primary"), false);
  });

  test("Letter shows the letter and moves focus to its heading", () => {
    field("company").focus();
    click(button("letter"));
    assert.equal(app.dataset.fkView, "letter");
    assert.deepEqual(pressed(), ["false", "true"]);
    assert.equal(button("letter").classList.contains("md-button--primary"), true);
    const heading = $("#fk-preview-title");
    hasFocus(heading);
    assert.equal(heading.getAttribute("tabindex"), "-1", "focusable by script, not a tab stop");
  });

  test("Form gives focus back to the control that had it, when it is in view again", () => {
    const company = field("company");
    company.focus();
    placeAt(company, 300);
    click(button("letter"));
    click(button("form"));
    assert.equal(app.dataset.fkView, "form");
    assert.deepEqual(pressed(), ["true", "false"]);
    hasFocus(company);
  });

  test("Form gives focus to the Form button when that control is out of view or gone", () => {
    const company = field("company");
    company.focus();
    placeAt(company, 2000); // below the window
    click(button("letter"));
    click(button("form"));
    hasFocus(button("form"));

    const role = field("role");
    role.focus();
    placeAt(role, 300);
    click(button("letter"));
    role.remove();
    click(button("form"));
    hasFocus(button("form"));
  });

  test("Form again while the form shows changes nothing", () => {
    const company = field("company");
    company.focus();
    click(button("form"));
    assert.equal(app.dataset.fkView, "form");
    hasFocus(company, "no focus moved:");
  });

  test("the skip link and the back link act as the switch", () => {
    assert.equal(follow(skipLink()), true, "the switch's logic, not the browser's jump to a hidden heading");
    assert.equal(app.dataset.fkView, "letter");
    hasFocus($("#fk-preview-title"));
    assert.equal(follow(backLink()), true);
    assert.equal(app.dataset.fkView, "form");
    assert.deepEqual(pressed(), ["true", "false"]);
    hasFocus(button("form"), "no form control had focus yet");
  });

  test("a preview link to a field shows the form, and the field gets focus", () => {
    page.onResult(errorResult([{ path: "company", message: "Company is required." }]));
    click(button("letter"));
    const link = $("[data-fk-letter] .fk-summary a");
    assert.equal(link.getAttribute("href"), `#${field("company").id}`);
    assert.equal(follow(link), true, "the preview's own handler moves focus");
    assert.equal(app.dataset.fkView, "form");
    assert.deepEqual(pressed(), ["true", "false"]);
    hasFocus(field("company"));
  });

  test("turned wide and narrow again, the view that holds the focus shows", () => {
    win.happyDOM.setViewport(DESKTOP);
    $("[data-fk-copy]").removeAttribute("disabled");
    $("[data-fk-copy]").focus();
    win.happyDOM.setViewport(PHONE);
    assert.equal(app.dataset.fkView, "letter");
    assert.deepEqual(pressed(), ["false", "true"]);
  });
});

describe("on a wide screen", () => {
  beforeEach(() => open(DESKTOP));

  test("links are left to the browser and the view is not changed", () => {
    assert.equal(win.matchMedia(PHONE_QUERY).matches, false);
    assert.equal(follow(skipLink()), false);
    assert.equal(app.dataset.fkView, "form");
    assert.equal(follow(backLink()), false);
    assert.ok(document.activeElement !== $("#fk-preview-title"));
  });
});

describe("its pure parts", () => {
  beforeEach(() => open(PHONE));

  test("viewOf names the pane that holds an element, or null outside both", () => {
    assert.equal(viewOf(app, field("company")), "form");
    assert.equal(viewOf(app, $("[data-fk-copy]")), "letter");
    assert.equal(viewOf(app, $("#fk-preview-title")), "letter");
    assert.equal(viewOf(app, skipLink()), null);
    assert.equal(viewOf(app, null), null);
  });

  test("topInView: a box with a size whose top edge lies below `top` and above `bottom`", () => {
    const box = (top, height = 40) => ({ top, height });
    assert.equal(topInView(box(100), 100, 740), true);
    assert.equal(topInView(box(99), 100, 740), false, "its top under the switch");
    assert.equal(topInView(box(739), 100, 740), true);
    assert.equal(topInView(box(740), 100, 740), false);
    assert.equal(topInView(box(300, 0), 100, 740), false, "hidden: no size");
  });

  test("linkTarget: the element an in-page link points to", () => {
    assert.equal(linkTarget(skipLink()), $("#fk-preview-title"));
    const away = document.createElement("a");
    away.href = "https://example.test/guide/";
    assert.equal(linkTarget(away), null);
    away.setAttribute("href", "#");
    assert.equal(linkTarget(away), null);
    away.setAttribute("href", "#no-such-id");
    assert.equal(linkTarget(away), null);
    assert.equal(linkTarget(null), null);
  });
});
