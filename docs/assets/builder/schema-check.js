// Checks a value against a JSON Schema the build wrote (the applications file's, from
// followup.applications.schema), and says each problem in words, named by the schema's titles.
//
// The subset of JSON Schema that followup writes: type (one, or a list with "null"), properties,
// required, additionalProperties: false, enum, const, minLength, maxLength, pattern, format
// ("date", "date-time"), maxItems, items, minimum, maximum, $ref to "#/$defs/…", and allOf of
// if/then/else whose branches are `required` or `not: {required}`. A keyword outside it is
// ignored, so a schema that grows a new keyword never rejects a good file here; the composer
// still checks the file in full.

import { codePoints } from "./answers-file.js";
import { t } from "./strings.js";

const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);


function hasType(value, type) {
  switch (type) {
    case "string": return typeof value === "string";
    case "integer": return Number.isInteger(value);
    case "boolean": return typeof value === "boolean";
    case "array": return Array.isArray(value);
    case "object": return isPlainObject(value);
    case "null": return value === null;
    default: return true;
  }
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The words for a property: its schema's title (the build writes them in the page's language), else its key. */
const words = (schema, key) => schema?.title || key.replace(/_/g, " ");

/** A property of `parent` by name: "Its outcome", "Sent letter 2's date sent" ("Ergebnis", "Gesendete Nachricht 2, Gesendet am"). */
/** A title in mid-sentence: English lowers it ("Its outcome"), German keeps a noun's capital. */
const midSentence = (title) => (t("check.mid_sentence") === "lower" ? title.charAt(0).toLowerCase() + title.slice(1) : title);

const propertyName = (parent, schema, key) => {
  const word = midSentence(words(schema, key));
  return parent === t("check.it") ? t("check.its", { word }) : t("check.property", { parent, word });
};

/**
 * Every problem of `value` against `schema`, as sentences that start with `name` ("It" for the
 * whole value). `root` holds the `$defs`; `refs` maps a "$ref" to a function that checks it
 * instead (the answers, checked by answers-file.js with the messages the form uses).
 */
export function schemaProblems(schema, value, { name = t("check.it"), root = schema, refs = {} } = {}) {
  const problems = [];
  check(schema, value, name, problems, root, refs);
  return problems;
}

function resolve(schema, root) {
  const ref = schema.$ref;
  if (!ref) return schema;
  const found = ref.replace(/^#\//, "").split("/").reduce((node, part) => node?.[part], root);
  if (!found) throw new Error(`the schema has no ${ref}`);
  return found;
}

function check(schema, value, name, problems, root, refs) {
  if (schema.$ref && refs[schema.$ref]) return problems.push(...refs[schema.$ref](value));
  schema = resolve(schema, root);
  const types = schema.type === undefined ? [] : [].concat(schema.type);
  if (types.length && !types.some((type) => hasType(value, type))) {
    return problems.push(t("check.should_be", { name, what: types.map((type) => t(`check.type.${type}`)).join(t("check.or")) }));
  }
  if (schema.const !== undefined && value !== schema.const) problems.push(t("check.should_be", { name, what: JSON.stringify(schema.const) }));
  if (schema.enum && !schema.enum.includes(value)) problems.push(t("check.one_of", { name, values: schema.enum.join(", ") }));
  if (typeof value === "string") checkText(schema, value, name, problems);
  if (typeof value === "number") {
    const { minimum: min, maximum: max } = schema;
    if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
      problems.push(t("check.range", { name, min: min ?? t("check.any"), max: max ?? t("check.any") }));
    }
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) problems.push(t("check.too_many", { name, max: schema.maxItems }));
    const items = schema.items && resolve(schema.items, root);
    if (items) value.forEach((item, i) => check(schema.items, item, `${items.title || name} ${i + 1}`, problems, root, refs));
  }
  if (isPlainObject(value)) checkObject(schema, value, name, problems, root, refs);
}

function checkText(schema, value, name, problems) {
  if (schema.minLength !== undefined && codePoints(value) < schema.minLength) return problems.push(t("check.empty", { name }));
  if (schema.maxLength !== undefined && codePoints(value) > schema.maxLength) problems.push(t("check.too_long", { name, max: schema.maxLength }));
  if (schema.format === "date" && !DATE.test(value)) problems.push(t("check.date", { name }));
  const bad = (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) || (schema.format === "date-time" && Number.isNaN(Date.parse(value)));
  if (bad) problems.push(schema.description ? t("check.form_described", { name, description: schema.description.replace(/\.$/, "") }) : t("check.form", { name }));
}

function checkObject(schema, value, name, problems, root, refs) {
  const properties = schema.properties || {};
  const missing = (keys) => keys.filter((key) => !(key in value)).map((key) => t("check.missing", { name, field: midSentence(words(properties[key], key)) }));
  problems.push(...missing(schema.required || []));
  for (const [key, item] of Object.entries(value)) {
    if (key in properties) check(properties[key], item, propertyName(name, resolve(properties[key], root), key), problems, root, refs);
    else if (schema.additionalProperties === false) problems.push(t("check.unknown", { name, key }));
  }
  for (const rule of schema.allOf || []) {
    const holds = !rule.if || schemaProblems(rule.if, value, { root }).length === 0;
    const branch = holds ? (rule.then ?? rule) : rule.else;
    if (!branch) continue;
    problems.push(...missing(branch.required || []));
    // "if kind is check-in then … else not number": a number only a check-in may have.
    const only = Object.values(rule.if?.properties || {}).map((p) => p.const).filter((c) => c !== undefined);
    for (const key of branch.not?.required || []) {
      const said = { name, key: key.replace(/_/g, " ") };
      if (key in value) problems.push(only.length ? t("check.only", { ...said, only: only.join(t("check.or")) }) : t("check.not_allowed", said));
    }
  }
}
