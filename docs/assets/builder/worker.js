// The letter composer's worker: Pyodide + the `followup` wheel, loaded from this site only.
//
// Its messages, in and out, are named and described in protocol.js; it answers each request with
// the handler worker-requests.js has for its type. Every URL is relative to this file, so the site
// works under any sub-path.

import { watchFetch } from "./fetch-watch.js";
import { MESSAGE, REPLY, STAGE } from "./protocol.js";
import { requestHandlers } from "./worker-requests.js";

// Pyodide comes through runtime-loader.js: restored from the snapshot the build made, else loadPyodide.
import { loadRuntime } from "./runtime-loader.js";
// Also imported by runtime-loader.js: named here too so that all download at once, not one after the other.
import "../pyodide/pyodide.mjs";
import "./snapshot-delta.js";

const RUNTIME_URL = new URL("../pyodide/", import.meta.url);
const LOCKFILE_URL = new URL("pyodide-lock.json", RUNTIME_URL);

let stage = STAGE.download;
let loaded = 0;
let total = 0; // sum of Content-Length of the downloads seen; 0 when unknown (compressed transfer)
let totalKnown = true;
let inFlight = 0;
let wasmDone = false;
let lastPost = 0;

let booted = false;

function progress(force = false) {
  if (booted) return; // late byte counts after "ready" would only confuse the page
  const now = Date.now();
  if (!force && now - lastPost < 100) return; // at most ten updates a second
  lastPost = now;
  postMessage({ type: MESSAGE.progress, stage, loaded, total: totalKnown && total > 0 ? total : null });
}

function setStage(next) {
  stage = next;
  progress(true);
}

// Count the bytes of every download Pyodide makes while it loads: a clone of each response is read
// here, the original goes to Pyodide untouched (its integrity checks and streaming compilation
// still apply).
async function countBody(response) {
  const length = Number(response.headers.get("Content-Length"));
  const encoded = response.headers.get("Content-Encoding");
  if (length > 0 && !encoded) total += length;
  else totalKnown = false;
  progress(true);
  if (!response.body) return;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    progress();
  }
}

// Files without which Python cannot start. Pyodide only logs a warning when the wasm fails to
// arrive or compile, then waits forever: say so at once instead (the page shows it, with Retry).
const ESSENTIAL = /\.(wasm|zip|whl)$/;

function missing(response, request) {
  const name = new URL(response.url || String(request), RUNTIME_URL).pathname.split("/").pop();
  if (!booted && ESSENTIAL.test(name)) {
    postMessage({ type: MESSAGE.error, message: `a file it needs did not download (${name}: HTTP ${response.status})` });
  }
}

// Anything that goes wrong unseen while starting is passed on, so a stuck start can say why.
self.addEventListener("unhandledrejection", (event) => {
  if (!booted) postMessage({ type: MESSAGE.problem, message: describe(event.reason) });
});

function countDownload(args, request) {
  inFlight += 1;
  request
    .then(async (response) => {
      if (!response.ok) return missing(response, args[0]);
      await countBody(response.clone());
      if (new URL(response.url || String(args[0]), RUNTIME_URL).pathname.endsWith(".wasm")) wasmDone = true;
    })
    .catch(() => undefined)
    .finally(() => {
      inFlight -= 1;
      progress(true);
      // The runtime has arrived and nothing else is downloading: Python is starting up.
      if (inFlight === 0 && wasmDone && stage === STAGE.download) setStage(STAGE.start);
    });
}

let handlers = null; // request type -> handler (worker-requests.js), once the composer has loaded

/** The start-up snapshot the page named in this worker's name (composer-client.js), or null. */
function snapshotHint() {
  const [, file, size] = (self.name || "").split(" ");
  return file && Number(size) > 0 ? { file, size: Number(size) } : null;
}

async function boot() {
  setStage(STAGE.download);
  const stopCounting = watchFetch(countDownload);
  let pyodide;
  try {
    pyodide = await loadRuntime(
      {
        indexURL: RUNTIME_URL.href,
        lockFileURL: LOCKFILE_URL.href,
        packages: ["followup"],
        // Pyodide's own messages stay in the console, not the page.
        stdout: () => {},
        stderr: (line) => console.warn(line),
      },
      { imports: ["followup.bundle"], snapshotHint: snapshotHint() },
    );
  } finally {
    stopCounting();
  }
  setStage(STAGE.composer);
  // Each entry point is looked up once: the document code itself is imported on the first document.
  const bundle = pyodide.pyimport("followup.bundle");
  let logBundle = null;
  handlers = requestHandlers({
    renderJson: bundle.render_json,
    documentJson: bundle.document_json,
    planJson: bundle.plan_json,
    // The job search log's module is imported on its first request, so the first letter never waits.
    logBundle: () => (logBundle ??= pyodide.pyimport("followup.log_bundle")),
  });
  // What is loaded now lives as long as the worker: out of the garbage collector's sight, or it
  // rescans it every few renders (the pauses are in scripts/sitebuild/README.md, "Measurements").
  // The snapshot path comes frozen already (make_snapshot.mjs); this adds the restore's objects.
  // Collected first, so that no garbage is kept for good.
  pyodide.runPython("import gc; gc.collect(); gc.freeze()");
  booted = true;
  postMessage({ type: MESSAGE.ready });
}

function describe(error) {
  const text = String((error && error.message) || error || "unknown error");
  return text.split("\n").filter(Boolean).slice(-1)[0] || text;
}

const ready = boot().then(
  () => true,
  (error) => {
    postMessage({ type: MESSAGE.error, message: describe(error), detail: String(error && error.stack) });
    return false;
  },
);

// After a start, the browser runs Python's interpreter from its quick baseline compile and
// optimises the hot parts only as they run, so the first renders are the slowest
// (scripts/sitebuild/README.md has the figures). So once typing pauses, the worker renders the latest answers again, unseen,
// WARM_UP_RENDERS times; a keystroke waits for at most one such render.
const WARM_UP_RENDERS = 100;
const WARM_UP_AFTER_MS = 30;
let warmUpsLeft = WARM_UP_RENDERS;
let warmUpTimer = null;
let lastRender = null; // the last render request

function warmUp() {
  warmUpTimer = null;
  if (warmUpsLeft <= 0 || !lastRender) return;
  warmUpsLeft -= 1;
  try {
    handlers[MESSAGE.render](lastRender);
  } catch {
    warmUpsLeft = 0; // the real render reports any problem; warming up is only ever a bonus
    return;
  }
  scheduleWarmUp(0);
}

function scheduleWarmUp(delay) {
  if (warmUpsLeft <= 0) return;
  clearTimeout(warmUpTimer);
  warmUpTimer = setTimeout(warmUp, delay);
}

// One message at a time, in order: `onmessage` handlers run one after another, and every
// call into Python is synchronous. The page keeps at most one render request outstanding.
self.onmessage = async (event) => {
  const message = event.data || {};
  if (!(await ready)) return; // the boot failure was reported once already
  const handler = Object.hasOwn(REPLY, message.type) ? handlers[message.type] : undefined;
  if (!handler) return; // not a request (protocol.js): nothing to answer
  try {
    const result = JSON.parse(handler(message));
    postMessage({ type: REPLY[message.type], id: message.id, result });
    if (message.type === MESSAGE.render) {
      lastRender = message;
      scheduleWarmUp(WARM_UP_AFTER_MS);
    }
  } catch (error) {
    postMessage({ type: MESSAGE.error, id: message.id, message: describe(error), detail: String(error && error.stack) });
  }
};
