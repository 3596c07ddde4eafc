// The words the page's scripts write (status, messages, spoken summaries), in the page's language:
// `t(key, vars)`. The build puts the language's table into the page's <head> (`<meta
// name="followup-strings">`, from scripts/sitebuild/strings/<family>.json, English's words filling
// any key a language lacks), before any script: the composer starts from <head> (boot.js) and its
// first words may be why it cannot. The words arrive with the page, offline too, and no script says
// them again.
//
// Edge cases: a key the table lacks reads as the key itself (a test lists the keys the scripts ask
// for that English lacks, so none ships); `{name}` with no value given stays as written; a page
// without the table (a test, a worker) reads an empty table until `setStrings` gives one.
// The start-up stages' English names are the protocol's (protocol.js STAGE_LABEL); another
// language's table names them as `stage.<id>`.

import { STAGE_LABEL } from "./protocol.js";

let table = null;

/** The table in use; read from the page on first use (none yet while the page has no table). */
function strings() {
  if (table !== null) return table;
  const meta = globalThis.document?.querySelector?.('meta[name="followup-strings"]');
  if (!meta) return {};
  try {
    table = JSON.parse(meta.getAttribute("content") || "{}");
  } catch {
    table = {};
  }
  return table;
}

/** Replaces the table (a test; a page whose markup arrived after the first `t`). */
export function setStrings(next) {
  table = next ? { ...next } : null;
}

/** The words for `key`, with each `{name}` replaced by `vars[name]`. */
export function t(key, vars = {}) {
  const text = strings()[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in vars ? String(vars[name]) : whole));
}

/**
 * A count in words: `${key}.one` for 1, else `${key}.other`, with `{count}` (and `vars`) filled in.
 * English and German need no more forms than these two.
 */
export function tn(key, count, vars = {}) {
  return t(`${key}.${count === 1 ? "one" : "other"}`, { ...vars, count });
}

/** A start-up stage's name ("Downloading the runtime"; "Laufzeitumgebung wird geladen"). */
export function stageLabel(stage) {
  const key = `stage.${stage}`;
  const said = t(key);
  return said === key ? STAGE_LABEL[stage] || stage : said;
}

/**
 * The locale the page writes a date in: the letter's language (`language`, e.g. "en-GB", "de-AT")
 * when it is in the page's language family, else the page's own (`t("locale")`), so that a German
 * letter listed on the English page is dated in English, and an Austrian one on the German page says
 * "Jänner".
 */
export function dateLocale(language) {
  const family = pageFamily();
  const own = pageLocale();
  return typeof language === "string" && language.split("-")[0] === family ? language : own;
}

/** The locale the page writes numbers and its own dates in ("en-US", "de-DE"). */
export function pageLocale() {
  return strings().locale || "en-US";
}

/** The page's language family ("en", "de"). */
export function pageFamily() {
  return pageLocale().split("-")[0];
}
