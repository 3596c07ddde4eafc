// The names the builder's files share, each written once: the messages between the page and the
// composer's worker, the start-up stages, the caches and channels of the offline runtime, the
// storage keys and the form's id rule.
//
// Who reads it:
// - the page (builder.js and its modules, composer-client.js) and the worker (worker.js,
//   runtime-loader.js) import it;
// - register.js imports it on every page;
// - the service worker is a classic script and cannot import: scripts/sitebuild/offline/build_sw.mjs
//   imports this module and writes `self.FOLLOWUP_PROTOCOL = {caches, serviceWorker}` into sw.js,
//   which sw-runtime.js reads;
// - scripts/sitebuild/runtime/make_snapshot.mjs imports SNAPSHOT_FILES_MODULE (and
//   scripts/sitebuild/runtime/assemble.py hashes this file into the snapshot's stamp, so a new name
//   makes a new snapshot);
// - the Python side (the form hook's ids, the page template's meta name, the tests' copies) is
//   checked equal to it by tests/site/test_protocol.py.
//
// Plain data and one pure function: no DOM, no import.meta, so Node imports it as it is.

// --- page <-> composer worker (composer-client.js <-> worker.js) ----------------------------------
//
// Page to worker:
//   {type: "render", id, answers, today}   a keystroke render: the result leaves out .eml and .ics
//   {type: "files", id, answers, today}    the same answers with the .eml and .ics texts
//   {type: "document", id, answers, today, format, letter}
//                                          an editable document ("docx" or "odt") of note `letter`
//                                          (null: every note), followup.bundle.document's result
//   {type: "plan", id, applications, today}
//                                          the next step of each application: `applications` is an
//                                          applications file ({applications_version, applications})
//   {type: "log", id, applications, range, start, end, today}
//                                          the job search log: `range` "week", "last-week", "month"
//                                          or "custom" (then `start` and `end`, YYYY-MM-DD); its code
//                                          (followup.log_bundle) is loaded on this first request only
//   {type: "import-csv", id, data, dateOrder, candidate, today}
//                                          applications read from a CSV file (`data`: its bytes in
//                                          base64; `dateOrder`: "dmy", "mdy" or null)
// Worker to page:
//   {type: "progress", stage, loaded, total}   while starting; `stage` is a STAGE id, `total` null
//                                              when unknown; at most ten a second
//   {type: "problem", message}                 something went wrong unseen while starting (kept
//                                              for the "stuck" message; the start may still end well)
//   {type: "ready"}                            the composer is loaded: renders are answered now
//   {type: "rendered", id, result}             the answer to "render" (followup.bundle's result)
//   {type: "files", id, result}                the answer to "files"
//   {type: "document", id, result}             the answer to "document" (base64 bytes or problems)
//   {type: "plan", id, result}                 the answer to "plan" (followup.bundle.plan_json's
//                                              result: {ok, steps: {id: step or null}, problems})
//   {type: "log", id, result}                  the answer to "log" (followup.log_bundle.log's result)
//   {type: "import-csv", id, result}           the answer to "import-csv" (log_bundle.import_csv's)
//   {type: "error", message, detail?, id?}     with `id`: that request failed (the runtime is
//                                              broken); without: the start failed
export const MESSAGE = Object.freeze({
  render: "render",
  files: "files",
  document: "document",
  plan: "plan",
  log: "log",
  importCsv: "import-csv",
  progress: "progress",
  problem: "problem",
  ready: "ready",
  rendered: "rendered",
  error: "error",
});

/**
 * Each request the page sends the worker, and the type of the worker's answer to it (which carries
 * the request's `id`). worker-requests.js has one handler per key; composer-client.js settles a
 * request by the answer's id, whatever its type.
 */
export const REPLY = Object.freeze({
  [MESSAGE.render]: MESSAGE.rendered,
  [MESSAGE.files]: MESSAGE.files,
  [MESSAGE.document]: MESSAGE.document,
  [MESSAGE.plan]: MESSAGE.plan,
  [MESSAGE.log]: MESSAGE.log,
  [MESSAGE.importCsv]: MESSAGE.importCsv,
});

/** The worker's start-up stages, in order: ids on the wire, labels on the page. */
export const STAGE = Object.freeze({ download: "download", start: "start", composer: "composer" });
export const STAGE_LABEL = Object.freeze({
  [STAGE.download]: "Downloading the runtime",
  [STAGE.start]: "Starting Python",
  [STAGE.composer]: "Loading the composer",
});

/**
 * The worker's name: "followup-composer FILE SIZE", where FILE and SIZE are the start-up snapshot
 * that the builder page names in <meta name="followup-snapshot" content="FILE SIZE"> (written by
 * overrides/builder.html), so the worker can start downloading it before it reads runtime.json.
 */
export const WORKER_NAME = "followup-composer";
export const SNAPSHOT_META = "followup-snapshot";
/** <meta name="followup-download" content="BYTES">: what starting the composer downloads on a first
 * visit, as the site serves it (runtime.json's first_visit_bytes), stated when saving data. */
export const DOWNLOAD_META = "followup-download";

/** The Python module in a snapshot that holds the wheels' files (make_snapshot.mjs, runtime-loader.js). */
export const SNAPSHOT_FILES_MODULE = "_followup_snapshot_files";

// --- the composer's state, for other scripts on the page ---------------------------------------------

/**
 * Composer (composer-client.js) is an EventTarget: it dispatches COMPOSER_STATE_EVENT whenever
 * `composer.state` changes. register.js waits on it to keep the runtime for offline use.
 */
export const COMPOSER_STATE_EVENT = "statechange";
export const COMPOSER_STATE = Object.freeze({ starting: "starting", ready: "ready", failed: "failed" });

// --- the offline runtime: caches, channel and service worker messages -------------------------------

export const CACHES = Object.freeze({
  /** Every cache this site makes starts with `${prefix}-` (Workbox's cacheId too). */
  prefix: "followup",
  /** The runtime cache of one build is `${runtimePrefix}${version}` (sw-runtime.js). */
  runtimePrefix: "followup-runtime-",
  /** What the worker downloaded, handed to the service worker (runtime-loader.js -> sw-runtime.js). */
  staging: "followup-runtime-staging",
  /** Where earlier builds kept snapshots made in the browser; deleted on activation. */
  legacySnapshots: "followup-snapshots",
});

/** BroadcastChannel on which the worker says that the hand-over is written: {type: "staged", files}. */
export const STAGING_CHANNEL = "followup-runtime-staging";
export const STAGED = "staged";

/** Messages between the page (register.js) and the service worker (sw.js, sw-runtime.js). */
export const SERVICE_WORKER = Object.freeze({
  /** Page to service worker, with a MessagePort: keep every runtime file; answered with cached. */
  cacheRuntime: "CACHE_RUNTIME",
  /** Service worker to page, on that port: {type: "RUNTIME_CACHED", ok}. */
  runtimeCached: "RUNTIME_CACHED",
  /** Page to a waiting service worker: take over now (Workbox's own message). */
  skipWaiting: "SKIP_WAITING",
});

// --- the page's storage ------------------------------------------------------------------------------

/**
 * localStorage: the one draft of earlier versions (the answers file format, every answer kept). Read
 * once on start: it becomes an application, and is removed once that copy is written.
 */
export const DRAFT_KEY = "followup:draft:v1";
/** localStorage: a draft that could not be read, kept aside as `${DRAFT_KEY}:unreadable:<ms since 1970>`. */
export const UNREADABLE_DRAFT_PREFIX = `${DRAFT_KEY}:unreadable:`;

/**
 * IndexedDB: every application, one value each in `store`, keyed by its `id`, shaped as one element
 * of the applications file ({id, updated, answers, record}). A value that cannot be read is moved
 * to `aside` ({id, text, at}, auto-numbered) and offered as a download, never dropped.
 */
export const APPLICATIONS_DB = Object.freeze({
  name: "followup-applications",
  version: 1,
  store: "applications",
  aside: "unreadable",
});
/** BroadcastChannel between tabs: {type: "put", id, updated} or {type: "delete", id}, once written. */
export const APPLICATIONS_CHANNEL = "followup-applications";
/** localStorage: the id of the application shown last, shown again on the next visit. */
export const CURRENT_APPLICATION_KEY = "followup:current-application";
/**
 * localStorage: `${UNSAVED_PREFIX}<id>` is an application as last edited, written at once on every
 * change and removed once IndexedDB holds it (unsaved.js): a page closed mid-write loses nothing.
 */
export const UNSAVED_PREFIX = "followup:unsaved:";
/** The applications file ("Save all", `followup plan FILE`): its version. The outcomes a record holds are
 * the Outcome control's options, rendered from Python's declaration, and checked by the file's JSON Schema. */
export const APPLICATIONS_VERSION = 1;

// --- the form ----------------------------------------------------------------------------------------

/** The row number in the paths and ids of a list's row <template> (scripts/sitebuild/builder_form.py). */
export const ROW_INDEX_TOKEN = "__index__";

/** The element id of the control at a dotted answers path ("interviewers.0.name" -> "f-interviewers-0-name"). */
export function fieldId(path) {
  return "f-" + path.replace(/\./g, "-");
}
