// Every export's content (exports.js), through the whole page (builder.js) with a fake composer:
// the downloaded files (name, type, bytes), the clipboard, the mail link, and the buttons' state.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, mock, test } from "node:test";
import assert from "node:assert/strict";

import { $, FakeComposer, click, downloads, freshPage, letterResult, okResult, type, win } from "./page-fixture.mjs";
import { Builder } from "../../docs/assets/builder/builder.js";
import { MIME, slug, standaloneHtml } from "../../docs/assets/builder/exports.js";

let page;
let composer;

const panel = [letterResult({ recipient: "Dana Lee" }), letterResult({ recipient: "Sam Okafor" })];
const message = () => $("[data-fk-export-message]").textContent;

/** Downloads by clicking the page's own button; resolves once the file is saved (or refused). */
async function save(format) {
  click(`[data-fk-download="${format}"]`);
  for (let i = 0; i < 5; i += 1) await new Promise((done) => setImmediate(done));
  return downloads.at(-1);
}

beforeEach(async () => {
  freshPage();
  mock.timers.enable({ apis: ["setTimeout"] });
  composer = new FakeComposer();
  page = new Builder($("[data-fk-app]"), composer);
  await page.start();
  type("company", "Nörthwind Traders");
});

afterEach(() => mock.timers.reset());

describe("downloads", () => {
  test(".txt, .md and .html are the letter on show, named for it", async () => {
    const letter = letterResult();
    page.onResult(okResult([letter]));
    const txt = await save("txt");
    assert.deepEqual([txt.name, txt.type, await txt.text], ["followup-thank-you-northwind-traders.txt", MIME.txt, letter.text]);
    const md = await save("md");
    assert.deepEqual([md.name, md.type, await md.text], ["followup-thank-you-northwind-traders.md", MIME.md, letter.markdown]);
    const html = await save("html");
    assert.deepEqual([html.name, html.type, await html.text], ["followup-thank-you-northwind-traders.html", MIME.html, standaloneHtml(letter)]);
    assert.equal(message(), "Downloaded the .html file.");
  });

  test("a panel's files carry the chosen interviewer's name, and .eml is that note's", async () => {
    page.onResult(okResult(panel));
    click($("[data-fk-tabs]").children[1]);
    composer.filesResult = okResult(panel.map((l) => ({ ...l, eml: `To: ${l.recipient}\r\n\r\nHi` })));
    const eml = await save("eml");
    assert.equal(eml.name, "followup-thank-you-northwind-traders-sam-okafor.eml");
    assert.equal(eml.type, MIME.eml);
    assert.equal(await eml.text, "To: Sam Okafor\r\n\r\nHi");
    assert.deepEqual(composer.sent.at(-1), page.form.answers(), "the files are made from the answers on the form");
  });

  test(".docx and .odt are the composer's bytes for the note on show", async () => {
    page.onResult(okResult([letterResult()]));
    const asked = [];
    composer.document = async (answers, format, letter) => {
      asked.push([format, letter]);
      return { ok: true, base64: "UEsDBBQ=", media_type: MIME[format] };
    };
    for (const format of ["docx", "odt"]) {
      const file = await save(format);
      assert.equal(file.name, `followup-thank-you-northwind-traders.${format}`);
      assert.equal(file.type, MIME[format]);
    }
    assert.deepEqual(asked, [["docx", 0], ["odt", 0]]);
  });

  test("the reminders are one .ics for the whole panel", async () => {
    page.onResult(okResult(panel));
    composer.filesResult = okResult(panel, { ics: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" });
    const ics = await save("ics");
    assert.deepEqual([ics.name, ics.type, await ics.text], ["followup-thank-you-northwind-traders-reminders.ics", MIME.ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"]);
    assert.equal(message(), "Downloaded the reminders.");
  });

  test("a file the composer cannot make is not saved, and the page says why", async () => {
    page.onResult(okResult());
    composer.files = async () => {
      throw new Error("the letter composer restarted");
    };
    await save("eml");
    assert.equal(downloads.length, 0);
    assert.equal(message(), "The file could not be made (the letter composer restarted). Try again.");
    composer.files = async () => ({ ok: false, errors: [] });
    await save("ics");
    assert.equal(downloads.length, 0);
    assert.equal(message(), "The file could not be made: check the answers marked above.");
  });

  test("the standalone page escapes its title and holds the composer's fragment", () => {
    const html = standaloneHtml(letterResult({ subject: 'Thanks <b>"you"</b> & co', html: "<p>Hi</p>" }));
    assert.match(html, /<title>Thanks &lt;b&gt;&quot;you&quot;&lt;\/b&gt; &amp; co<\/title>/);
    assert.match(html, /<body>\n<p>Hi<\/p>\n<\/body>/);
    assert.match(standaloneHtml(letterResult({ subject: "" })), /<title>Letter to Sam Okafor<\/title>/);
  });

  test("file names keep letters and digits only", () => {
    assert.equal(slug("Crème Brûlée & Co. — Zürich"), "creme-brulee-co-zurich");
    assert.equal(slug("x".repeat(60)).length, 40);
  });
});

describe("copy", () => {
  test("an email's body without its subject, and the subject by its own button", async () => {
    const written = [];
    Object.defineProperty(win.navigator, "clipboard", { value: { writeText: async (t) => written.push(t) }, configurable: true });
    win.isSecureContext = true;
    try {
      page.onResult(okResult());
      click("[data-fk-copy]");
      await new Promise((done) => setImmediate(done));
      click("[data-fk-copy-subject]");
      await new Promise((done) => setImmediate(done));
      assert.deepEqual(written, [letterResult().body, letterResult().subject]);
      assert.equal(message(), "Copied the subject line to the clipboard.");
    } finally {
      win.isSecureContext = undefined;
    }
  });

  test("without the async clipboard, through a selection; if that is blocked too, the page says so", async () => {
    Object.defineProperty(win.navigator, "clipboard", { value: undefined, configurable: true });
    document.execCommand = (command) => command === "copy";
    page.onResult(okResult([letterResult()], { channel: "message" }));
    click("[data-fk-copy]");
    await new Promise((done) => setImmediate(done));
    assert.equal(message(), "Copied the letter to the clipboard.");
    assert.equal(document.querySelector("textarea.fk-offscreen"), null, "the helper is removed");
    document.execCommand = () => false;
    click("[data-fk-copy]");
    await new Promise((done) => setImmediate(done));
    assert.match(message(), /^Copying is blocked here/);
  });
});

describe("the buttons follow the letter", () => {
  test("off without a letter; subject only for an email with one; reminders only with a date", () => {
    const buttons = () => [...document.querySelectorAll("[data-fk-copy], [data-fk-print], [data-fk-download]")];
    page.onResult({ ok: false, errors: [], refused: null, findings: [] });
    assert.equal(buttons().every((b) => b.disabled), true);
    page.onResult(okResult([letterResult()], { reminders: false }));
    assert.equal($('[data-fk-download="txt"]').disabled, false);
    assert.equal($('[data-fk-download="ics"]').disabled, true);
    assert.equal($('[data-fk-download="ics"]').title, "Add the interview date to get reminders.");
    assert.equal($("[data-fk-copy-subject]").hidden, false);
    page.onResult(okResult([letterResult()], { channel: "message" }));
    assert.equal($("[data-fk-copy-subject]").hidden, true);
    page.onResult(okResult([letterResult()], { kind: "after-rejection", reminders: false }));
    assert.equal($('[data-fk-download="ics"]').title, "A reply to a rejection has no reminders.");
  });

  test("'Open in mail app' is a link with the letter's address while it fits, else the .eml note", () => {
    page.onResult(okResult());
    const link = $("a[data-fk-mailto]");
    assert.equal(link.getAttribute("href"), letterResult().mailto);
    assert.equal(link.textContent, $("[data-fk-mailto-off]").textContent);
    assert.equal($("[data-fk-mailto-off]").hidden, true);
    page.onResult(okResult([letterResult({ mailto: `mailto:a@b.c?body=${"x".repeat(1800)}` })]));
    assert.equal($("[data-fk-mailto]"), null);
    assert.equal($("[data-fk-mailto-off]").hidden, false);
    assert.equal($("[data-fk-mailto-note]").hidden, false);
  });
});
