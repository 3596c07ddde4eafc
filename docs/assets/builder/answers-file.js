// Checks a document against the answers JSON Schema that the page carries (written at build time
// from followup.schema), before any of it reaches the form: a bad file must never touch a draft.

import { t } from "./strings.js";

export function codePoints(text) {
  return [...text].length;
}

function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Problems that make a document unusable as an answers file (wrong shape, unknown keys, bad types,
 * newer version). Missing answers are fine: a saved draft may be incomplete.
 */
/**
 * Answers of an older format under the current format's names, as followup.answers upgrades them:
 * format 3's `style` is format 4's `language` (the value as it was; a bad one is reported there).
 * Anything else is returned as it is.
 */
export function currentNames(answers) {
  if (!isPlainObject(answers) || !("style" in answers) || "language" in answers) return answers;
  const { style, ...rest } = answers;
  return { ...rest, language: style };
}

export function answersFileProblems(data, schema) {
  const problems = [];
  if (!isPlainObject(data)) return [t("answers.not_object")];
  const version = data.schema_version;
  // The versions this page reads; older ones are upgraded by the composer, the file is kept as it is.
  const readable = schema.properties.schema_version.enum;
  const current = Math.max(...readable);
  if (version === undefined) problems.push(t("answers.no_version"));
  else if (!Number.isInteger(version)) problems.push(t("answers.version_not_integer"));
  else if (version > current) problems.push(t("answers.newer", { version, current }));
  else if (!readable.includes(version)) problems.push(t("answers.too_old", { version, readable: readable.join(", ") }));
  // An older format's field this one renamed (format 3's `style`) is checked under its new name.
  checkValue(schema, currentNames(data), "", problems, true);
  return problems;
}

function checkValue(schema, value, path, problems, top = false) {
  const name = top ? t("answers.the_file") : schema.title || path;
  if (path === "schema_version") return; // checked above
  switch (schema.type) {
    case "object": {
      if (!isPlainObject(value)) return problems.push(t("answers.not_group", { name }));
      for (const [key, item] of Object.entries(value)) {
        const sub = schema.properties[key];
        const where = path ? `${path}.${key}` : key;
        if (!sub) problems.push(t("answers.unknown_field", { field: where }));
        else checkValue(sub, item, where, problems);
      }
      return;
    }
    case "array": {
      if (!Array.isArray(value)) return problems.push(t("check.should_be", { name, what: t("check.type.array") }));
      if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(t("check.too_many", { name, max: schema.maxItems }));
      value.forEach((item, i) => checkValue(schema.items, item, `${path}.${i}`, problems));
      return;
    }
    case "string":
      if (typeof value !== "string") return problems.push(t("check.should_be", { name, what: t("check.type.string") }));
      if (schema.enum && value !== "" && !schema.enum.includes(value)) problems.push(t("check.one_of", { name, values: schema.enum.join(", ") }));
      if (schema.maxLength !== undefined && codePoints(value) > schema.maxLength) problems.push(t("check.too_long", { name, max: schema.maxLength }));
      return;
    case "integer":
      if (!Number.isInteger(value)) problems.push(t("check.should_be", { name, what: t("check.type.integer") }));
      return;
    case "boolean":
      if (typeof value !== "boolean") problems.push(t("check.should_be", { name, what: t("check.type.boolean") }));
      return;
    default:
  }
}
