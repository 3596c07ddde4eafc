// The page's words (strings.js): the table the build wrote into each builder page, `t` and `tn`,
// and what follows the page's language: numbers, dates, the sent-letter record, the letter
// language a new application starts in.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { afterEach, beforeEach, describe, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { Window } from "happy-dom";

import { dateLocale, pageFamily, setStrings, stageLabel, t, tn } from "../../docs/assets/builder/strings.js";
import { dayMonth, sentText } from "../../docs/assets/builder/follow-up-record.js";
import { germanForLanguages, letterLanguageForBrowser } from "../../docs/assets/builder/form-model.js";
import { STAGE, STAGE_LABEL } from "../../docs/assets/builder/protocol.js";
import { applicationProblems, pageSchemas } from "../../docs/assets/builder/applications.js";
import { answersFileProblems } from "../../docs/assets/builder/answers-file.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SITE = resolve(process.env.FOLLOWUP_SITE_DIR || join(ROOT, "site"));
const PAGES = { en: join(SITE, "builder", "index.html"), de: join(SITE, "de", "builder", "index.html") };
for (const page of Object.values(PAGES)) {
  if (!existsSync(page)) throw new Error(`${page} is missing: build the site first (.venv/bin/mkdocs build --site-dir site)`);
}

const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
const saved = globalThis.document;

/** One built builder page as the document, its words in use; returns its app element. */
function onPage(family) {
  const parsed = new window.DOMParser().parseFromString(readFileSync(PAGES[family], "utf8"), "text/html");
  globalThis.document = parsed;
  setStrings(null); // read again from this page
  return parsed.querySelector("[data-fk-app]");
}

/** The scripts' words a built page carries in its <head>. */
const wordsOf = (family) => JSON.parse(onPage(family).ownerDocument.querySelector('meta[name="followup-strings"]').getAttribute("content"));

afterEach(() => {
  globalThis.document = saved;
  setStrings(null);
});

describe("the words each builder page carries", () => {
  test("the English page's scripts speak English, the German page's German", () => {
    onPage("en");
    assert.equal(t("record.none_sent"), "Nothing marked as sent yet.");
    onPage("de");
    assert.equal(t("record.none_sent"), "Noch nichts als gesendet markiert.");
    assert.equal(pageFamily(), "de");
  });

  test("each page carries its words in <head>, before the composer's first script: it may speak before the body exists", () => {
    for (const page of Object.values(PAGES)) {
      const html = readFileSync(page, "utf8");
      const words = html.indexOf('<meta name="followup-strings"');
      assert.ok(words > 0 && words < html.indexOf("assets/builder/boot.js") && words < html.indexOf("</head>"), page);
    }
  });

  test("every key English's scripts have, the German page has", () => {
    const english = wordsOf("en");
    const german = wordsOf("de");
    const missing = Object.keys(english).filter((key) => !(key in german));
    assert.deepEqual(missing, []);
  });

  test("values fill their places, in the order each language puts them", () => {
    onPage("en");
    assert.equal(t("exports.downloaded", { extension: "docx" }), "Downloaded the .docx file.");
    onPage("de");
    assert.equal(t("exports.downloaded", { extension: "docx" }), "Die .docx-Datei wurde heruntergeladen.");
    assert.equal(t("apps.deleted", { name: "Muster GmbH – Controller", current: "Beispiel AG" }),
      "Muster GmbH – Controller gelöscht. Angezeigt: Beispiel AG.");
  });

  test("a count picks the word for one or for more", () => {
    onPage("de");
    assert.equal(tn("csv.add", 1), "1 Bewerbung hinzufügen");
    assert.equal(tn("csv.add", 3), "3 Bewerbungen hinzufügen");
    onPage("en");
    assert.equal(tn("preview.errors", 1), "No letter yet: 1 answer to fix, listed in the preview.");
    assert.equal(tn("preview.errors", 2), "No letter yet: 2 answers to fix, listed in the preview.");
  });

  test("a key no table has reads as itself, and a missing value stays a placeholder", () => {
    onPage("de");
    assert.equal(t("no.such.key"), "no.such.key");
    assert.equal(t("apps.showing"), "Angezeigt: {name}.");
  });

  test("the start-up stages are the protocol's names in English and the table's in German", () => {
    onPage("en");
    assert.equal(stageLabel(STAGE.download), STAGE_LABEL[STAGE.download]);
    onPage("de");
    assert.equal(stageLabel(STAGE.start), "Python wird gestartet");
  });

  test("with no page at all, a script still gets words it can show (the keys), never an error", () => {
    globalThis.document = undefined;
    setStrings(null);
    assert.equal(t("record.none_sent"), "record.none_sent");
    assert.equal(pageFamily(), "en");
  });
});

describe("dates and the letters marked as sent follow the page's language", () => {
  test("the German page writes day and month in German, the Austrian letter's January as Jänner", () => {
    onPage("de");
    assert.equal(dayMonth("2026-12-08", "de-DE"), "8. Dezember");
    assert.equal(dayMonth("2027-01-04", "de-AT"), "4. Jänner");
    assert.equal(dayMonth("2026-12-08", "en-GB"), "8. Dezember"); // an English letter, on the German page
    assert.equal(dateLocale("en-US"), "de-DE");
  });

  test("the English page keeps each English letter's order and dates a German letter in English", () => {
    onPage("en");
    assert.equal(dayMonth("2026-12-08", "en-GB"), "8 December");
    assert.equal(dayMonth("2026-12-08", "en-US"), "December 8");
    assert.equal(dayMonth("2026-12-08", "de-DE"), "December 8");
  });

  test("a sent letter in words", () => {
    onPage("de");
    assert.equal(sentText({ kind: "thank-you", to: "Thomas Weber", date: "2026-12-08" }, "de-DE"),
      "Dankesnachricht an Thomas Weber am 8. Dezember");
    assert.equal(sentText({ kind: "check-in", number: 2, date: "2026-12-15" }, "de-DE"), "Nachfrage 2 am 15. Dezember");
    onPage("en");
    assert.equal(sentText({ kind: "check-in", number: 1, date: "2026-12-08" }, "en-US"), "check-in 1 on December 8");
    assert.equal(sentText({ kind: "after-rejection", date: "2026-12-08" }, "en-GB"), "reply to the rejection on 8 December");
  });
});

describe("the letter language a new application starts in", () => {
  test("the German builder picks the browser's German region", () => {
    assert.equal(germanForLanguages(["de-AT", "de-DE"]), "de-AT");
    assert.equal(germanForLanguages(["en-US", "de-CH"]), "de-CH");
    assert.equal(germanForLanguages(["de-LI"]), "de-CH");
    assert.equal(germanForLanguages(["de"]), "de-DE");
    assert.equal(germanForLanguages(["fr-FR"]), "de-DE");
    assert.equal(letterLanguageForBrowser(["de-AT"], "de-DE"), "de-AT");
  });

  test("the English builder keeps choosing English, whatever German the browser prefers", () => {
    assert.equal(letterLanguageForBrowser(["de-DE", "en-GB"], "en-US"), "en-GB");
    assert.equal(letterLanguageForBrowser(["de-AT"], "en-US"), "en-US");
  });

  test("each page says which language a new application starts in", () => {
    assert.equal(onPage("de").dataset.letterLanguage, "de-DE");
    assert.equal(onPage("en").dataset.letterLanguage, "en-US");
  });
});

describe("a damaged file's problems are said in the page's language", () => {
  const damaged = (version) => ({
    id: "a", updated: "2026-11-20T10:00:00.000Z",
    answers: { schema_version: version, company: 7, extra: true },
    record: { sent: [{ kind: "check-in", number: 4 }], outcome: "ghosted" },
  });

  test("the German page names each field by its German label, in German sentences", () => {
    const schemas = pageSchemas(onPage("de"));
    const version = Math.max(...schemas.answers.properties.schema_version.enum);
    const problems = applicationProblems(damaged(version), schemas);
    assert.deepEqual(problems, [
      "Unternehmen muss Text sein.",
      t("answers.unknown_field", { field: "extra" }),
      "Gesendete Nachricht 1: „Gesendet am“ fehlt.",
      "Gesendete Nachricht 1, Welche Nachfrage muss zwischen 1 und 3 liegen.",
      "Verlauf, Ergebnis muss einer dieser Werte sein: waiting, offer, rejected, withdrawn, no-reply.",
    ]);
    for (const line of problems) assert.doesNotMatch(line, /\b(should|has no|Its|entries|unknown field)\b/, line);
    assert.deepEqual(answersFileProblems([], schemas.answers), [t("answers.not_object")]);
  });

  test("the English page says the same problems in English", () => {
    const schemas = pageSchemas(onPage("en"));
    const version = Math.max(...schemas.answers.properties.schema_version.enum);
    const problems = applicationProblems(damaged(version), schemas);
    assert.ok(problems.includes("Sent letter 1's which check-in should be from 1 to 3."), problems.join("\n"));
    assert.ok(problems.includes("Sent letter 1 has no date sent."), problems.join("\n"));
  });
});
