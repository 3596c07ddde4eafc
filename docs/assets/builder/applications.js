// Applications as data, no DOM: one application is one answers set (the answers file format) plus
// its follow-up record, shaped as one element of the applications file (protocol.js):
// {id, updated, answers, record: {sent, outcome, outcome_date}}. Checking an application or a
// loaded file (against the applications JSON Schema the build writes, followup.applications.schema),
// the name shown for it, the order of the list, the next round's answers, and the file "Save all"
// writes.

import { t } from "./strings.js";
import { answersFileProblems } from "./answers-file.js";
import { APPLICATIONS_VERSION } from "./protocol.js";
import { schemaProblems } from "./schema-check.js";

/** What the list says for an application with neither company nor role (not "New application": that is the button that makes one). */
export const unnamed = () => t("apps.unnamed");

const isPlainObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

export function emptyRecord() {
  return { sent: [], outcome: "waiting", outcome_date: null };
}

/** A random id, unique in practice (crypto.randomUUID needs a secure context; the fallback does not). */
export function newId() {
  if (globalThis.crypto?.randomUUID) return crypto.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

export function newApplication(answers, record = emptyRecord()) {
  return { id: newId(), updated: new Date().toISOString(), answers, record };
}

/** "Company – Role" (en dash), one of them when the other is empty, `unnamed()` when both are. */
export function title(answers) {
  const parts = [answers?.company, answers?.role].map((v) => (typeof v === "string" ? v.trim() : "")).filter(Boolean);
  return parts.length ? parts.join(" – ") : unnamed();
}

/** Today in the visitor's time zone, as a record's dates are written (YYYY-MM-DD). */
export function localDate(date = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The page's schemas: the answers JSON Schema (`data-schema`) and the applications file's
 * (`data-applications-schema`), which the build writes without its `$defs.answers`: that is the
 * answers schema, which the page has already.
 */
export function pageSchemas(app) {
  const answers = JSON.parse(app.dataset.schema);
  const applications = JSON.parse(app.dataset.applicationsSchema);
  return { answers, applications: { ...applications, $defs: { ...applications.$defs, answers } } };
}

const refsFor = (schemas) => ({ "#/$defs/answers": (value) => answersFileProblems(value, schemas.answers) });

/** Problems that make a stored or loaded application unusable; [] when it is fine. `schemas`: pageSchemas(). */
export function applicationProblems(data, schemas) {
  if (!isPlainObject(data)) return [t("apps.not_object")];
  const root = schemas.applications;
  return schemaProblems(root.$defs.application, data, { root, refs: refsFor(schemas) });
}

/** A checked application with every field present (a missing record is the empty one). */
export function normalized(data) {
  return {
    id: data.id,
    updated: data.updated ?? new Date().toISOString(),
    answers: data.answers,
    record: { ...emptyRecord(), ...(data.record || {}), sent: [...(data.record?.sent || [])] },
  };
}

/**
 * The applications in a loaded file's text: an applications file, or one answers file of today
 * (version 1 or 2: one application with an empty record and a new id). Each application is checked
 * on its own: {applications, problems: ["Application 3: ..."]}; a file that is neither is
 * {applications: [], problems, refused: true}. `schemas`: pageSchemas().
 */
export function readApplicationsFile(data, schemas) {
  if (isPlainObject(data) && "applications_version" in data) {
    const refuse = (why) => ({ applications: [], problems: [why], refused: true });
    if (data.applications_version !== APPLICATIONS_VERSION) {
      return refuse(t("apps.file_version", { version: data.applications_version, current: APPLICATIONS_VERSION }));
    }
    // The file's own shape (not its applications, each checked on its own below).
    const { items, ...list } = schemas.applications.properties.applications;
    const shape = { ...schemas.applications, properties: { ...schemas.applications.properties, applications: list } };
    const wrong = schemaProblems(shape, data, { name: t("check.it"), root: schemas.applications });
    if (wrong.length) return refuse(wrong[0]);
    const applications = [];
    const problems = [];
    data.applications.forEach((item, i) => {
      const found = applicationProblems(item, schemas);
      if (found.length) problems.push(t("apps.numbered", { number: i + 1, problems: found.slice(0, 2).join(" ") }));
      else applications.push(normalized(item));
    });
    return { applications, problems, refused: applications.length === 0 && problems.length > 0 };
  }
  const problems = answersFileProblems(data, schemas.answers);
  if (problems.length) return { applications: [], problems, refused: true };
  return { applications: [newApplication(data)], problems: [], refused: false };
}

/** The file "Save all" writes: every application, oldest edit first is not promised, list order is. */
export function applicationsFile(applications) {
  return { applications_version: APPLICATIONS_VERSION, applications: applications.map(normalized) };
}

const same = (a, b) => String(a ?? "").trim().toLowerCase() === String(b ?? "").trim().toLowerCase();

/**
 * The application already here that a loaded one clashes with: the same id, or the same company,
 * role and interview date (a copy saved before, or the same interview typed twice), or undefined.
 */
export function clashWith(loaded, existing) {
  const a = loaded.answers;
  return existing.find(
    (b) =>
      b.id === loaded.id ||
      (title(a) !== unnamed() && same(a.company, b.answers.company) && same(a.role, b.answers.role) && same(a.interview_date, b.answers.interview_date)),
  );
}

// What the next round at the same company keeps: the letter's settings, the company, the role and
// the person writing. The interview itself (date, stage, interviewers, what was said) is new.
const NEXT_ROUND_KEEPS = ["schema_version", "tone", "channel", "message_to", "language", "company", "company_address", "role", "candidate", "your_strength", "sign_off"];

export function nextRoundAnswers(answers) {
  const out = { kind: "thank-you", interviewers: [] };
  for (const key of NEXT_ROUND_KEEPS) if (answers[key] !== undefined) out[key] = structuredClone(answers[key]);
  return out;
}

const GROUPS = { "move-on": 2, done: 3 };

/**
 * The list's order, `followup.plan.sort_key`'s: overdue first, then by due date and time (unknown
 * ones after known ones), then move-on, then done, then applications without a step. The page
 * plans only the applications that changed, so it sorts the steps it has itself. Applications whose
 * step is not known yet (the composer is starting) come last; ties keep the order they come in.
 */
export function byNextStep(applications, steps) {
  const rank = (app) => {
    if (!(app.id in steps)) return `5`;
    const step = steps[app.id];
    if (!step) return `4`;
    const group = step.overdue ? 0 : (GROUPS[step.step] ?? 1);
    return `${group} ${step.due || "9999-99-99"} ${step.due_time || "99:99"}`;
  };
  return applications
    .map((app, i) => [rank(app), i, app])
    .sort(([a, i], [b, j]) => (a < b ? -1 : a > b ? 1 : i - j))
    .map(([, , app]) => app);
}
