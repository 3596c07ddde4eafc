// Loads Pyodide for the composer's worker: from the start-up snapshot the build made, else the
// ordinary way.
//
//   const pyodide = await loadRuntime({indexURL, lockFileURL, packages: ["followup"], stdout, stderr},
//                                     {imports: ["followup.bundle"]});
//
// Same options and result as Pyodide's `loadPyodide` (`packages` are importable when it resolves);
// `imports` are modules the caller needs (already imported in the snapshot: checking costs nothing).
// The path taken is logged once: "followup runtime: snapshot|plain in N ms".
//
// Two paths; any failure of the first falls through to the second, silently (console only):
// 1. snapshot: the memory of an interpreter with the wheels installed, `followup.bundle` imported
//    and its templates compiled, made at build time (scripts/sitebuild/runtime/make_snapshot.mjs) and named in
//    runtime.json under the runtime's `stamp` (Pyodide build, lockfile, every wheel's sha256), so
//    it is never used with other wheels; Pyodide itself refuses a snapshot made by another build of
//    its wasm, and gzip's checksum refuses a damaged one. Downloaded while the wasm compiles; on later
//    visits the service worker answers from its cache. Its static data is stored as a difference
//    from the wasm's data segments (snapshot-delta.js), undone and checked before the restore.
// 2. plain: `loadPyodide(options)` exactly as given (the wheels download while the runtime boots).
//
// What a snapshot cannot carry: the virtual file system (the wheels' files, e.g. the letter
// templates read at render time), so their bytes are kept in the interpreter's memory and written
// back after a restore; and hash randomisation (off in a restored interpreter; `random` is
// reseeded). See scripts/sitebuild/README.md.

import { loadPyodide } from "../pyodide/pyodide.mjs";
import { requestURL, watchFetch } from "./fetch-watch.js";
import { CACHES, SNAPSHOT_FILES_MODULE as KEEP, STAGED, STAGING_CHANNEL } from "./protocol.js";
import { memoryOffset, undoDelta } from "./snapshot-delta.js";

// What this worker downloaded goes to CACHES.staging, for the service worker
// (assets/offline/sw-runtime.js), which checks every file's sha256 and moves it into its runtime
// cache: the first visit's downloads are the offline copy, no second download.
const HEADER_MAGIC = 1886286592; // Pyodide's snapshot header (API.makeSnapshot)

const sha256Hex = async (bytes) =>
  Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** What the snapshot path needs: runtime.json (which names the snapshot) and the verified lockfile. */
async function prepare(options) {
  if (!globalThis.crypto?.subtle || typeof DecompressionStream !== "function") return null;
  const base = new URL(options.indexURL);
  const lockURL = new URL(options.lockFileURL || "pyodide-lock.json", base);
  const [manifestBytes, lockBytes] = await Promise.all([fetchBytes(new URL("runtime.json", base)), fetchBytes(lockURL)]);
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  if ((await sha256Hex(lockBytes)) !== manifest.lock_sha256) throw new Error("lockfile does not match runtime.json");
  if (!manifest.snapshot?.file) throw new Error("runtime.json names no snapshot");
  return { manifest, lockText: new TextDecoder().decode(lockBytes), lockBase: new URL(".", lockURL).href };
}

function baseOptions(options, plan) {
  const { lockFileURL, ...rest } = options;
  return { ...rest, lockFileContents: plan.lockText, packageBaseUrl: plan.lockBase, packages: [] };
}

// --- snapshot: restore -------------------------------------------------------------------------------

const RESTORE_FILES = `
import os, random, sys
for _path, _data in sys.modules["${KEEP}"].files.items():
    os.makedirs(os.path.dirname(_path), exist_ok=True)
    with open(_path, "wb") as _f:
        _f.write(_data)
random.seed()
import importlib; importlib.invalidate_caches()
`;

/** Pyodide sizes the heap to its default, not the snapshot's (upstream bug): grow it first. */
function heapSize(snapshot) {
  if (new Uint32Array(snapshot.buffer, snapshot.byteOffset, 1)[0] !== HEADER_MAGIC) throw new Error("not a Pyodide snapshot");
  return snapshot.byteLength - memoryOffset(snapshot);
}

/** The snapshot's bytes, unzipped as they arrive into one buffer of the size runtime.json gives. */
async function snapshotBytes(url, size) {
  // Straight from Cache Storage when the service worker has kept it (no round trip through it).
  const kept = globalThis.caches ? await caches.match(url).catch(() => undefined) : undefined;
  const response = kept || (await fetch(url, { credentials: "same-origin" }));
  if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  const reader = response.body.pipeThrough(new DecompressionStream("gzip")).getReader();
  const bytes = new Uint8Array(size);
  let at = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.byteLength > size) throw new Error(`${url} is larger than runtime.json says`);
    bytes.set(value, at);
    at += value.byteLength;
  }
  if (at !== size) throw new Error(`${url} is smaller than runtime.json says`);
  return bytes;
}

/**
 * What a restore needs, started before runtime.json is read: the Emscripten module's script and,
 * when the page named it (`hint`: {file, size}), the snapshot's download and unzipping.
 */
function headStart(options, hint) {
  const createModule = import(new URL("pyodide.asm.mjs", options.indexURL).href).then((m) => m.default);
  createModule.catch(() => undefined);
  let snapshot = null;
  if (hint && typeof DecompressionStream === "function") {
    snapshot = { ...hint, bytes: snapshotBytes(new URL(hint.file, options.indexURL).href, hint.size) };
    snapshot.bytes.catch(() => undefined);
  }
  return { createModule, snapshot };
}

/** The wasm's bytes as Pyodide downloads them (a copy of its response), for the snapshot's delta. */
function watchWasm(indexURL) {
  const url = new URL("pyodide.asm.wasm", indexURL).href;
  let bytes = null;
  const stop = watchFetch((args, request) => {
    if (bytes || requestURL(args[0], url) !== url) return;
    bytes = request.then((response) => response.clone().arrayBuffer());
    bytes.catch(() => undefined);
  });
  return {
    stop,
    bytes: () => bytes || Promise.reject(new Error("the wasm's download was not seen")),
  };
}

async function restore(options, plan, imports, { createModule, snapshot: early }) {
  // Together: the wasm's download and compile (inside loadPyodide), the module's script, the snapshot.
  const { file, unzipped_size: size, delta } = plan.manifest.snapshot;
  const named = early && early.file === file && early.size === size;
  const snapshot = named ? early.bytes : snapshotBytes(new URL(file, options.indexURL).href, size);
  snapshot.catch(() => undefined);
  const wasm = watchWasm(options.indexURL);
  let pyodide;
  try {
    pyodide = await loadPyodide({
      ...baseOptions(options, plan),
      _loadSnapshot: snapshot,
      createPyodideModule: async (settings) => {
        const [create, bytes] = await Promise.all([createModule, snapshot]);
        const size = heapSize(bytes);
        const module = await create(settings);
        if (delta) await undoDelta(bytes, new Uint8Array(await wasm.bytes()), delta);
        if (module.HEAP8.length < size && !module._emscripten_resize_heap(size)) throw new Error("heap cannot grow");
        return module;
      },
    });
  } finally {
    wasm.stop();
  }
  pyodide.runPython(RESTORE_FILES);
  for (const name of imports) pyodide.runPython(`import ${name}`); // in sys.modules: checks, costs nothing
  return pyodide;
}

// --- hand the downloads to the service worker -----------------------------------------------------

/** Tells the page (assets/offline/register.js) that the hand-over is complete, if there is one. */
function announceStaged(writes = []) {
  Promise.allSettled(writes).then(() => {
    if (typeof BroadcastChannel !== "function") return;
    const channel = new BroadcastChannel(STAGING_CHANNEL);
    channel.postMessage({ type: STAGED, files: writes.length });
    channel.close();
  });
}

/**
 * While `body` runs, every successful same-folder GET of the runtime is also put in CACHES.staging,
 * unless a cache already holds it (a later visit: the service worker answered from its own).
 */
async function staging(indexURL, body, writes) {
  const cache = globalThis.caches && (await caches.open(CACHES.staging).catch(() => null));
  if (!cache) return body();
  const base = new URL(".", indexURL).href;
  const stop = watchFetch((args, request) => {
    const url = requestURL(args[0], base);
    const method = (args[0] instanceof Request && args[0].method) || args[1]?.method || "GET";
    if (!url.startsWith(base) || method !== "GET") return;
    const kept = caches.match(url).catch(() => undefined);
    request
      .then((response) => {
        if (!response.ok) return;
        const copy = response.clone();
        writes.push(kept.then((hit) => (hit ? copy.body?.cancel() : cache.put(url, copy))));
      })
      .catch(() => undefined);
  });
  try {
    return await body();
  } finally {
    stop();
  }
}

// --- the two paths ----------------------------------------------------------------------------------

function logPath(path, started) {
  console.info(`followup runtime: ${path} in ${Math.round(performance.now() - started)} ms`);
}

export async function loadRuntime(options, { imports = [], snapshotHint = null } = {}) {
  const started = performance.now();
  const writes = [];
  const pyodide = await staging(options.indexURL, async () => {
    try {
      const head = headStart(options, snapshotHint);
      const plan = await prepare(options);
      if (plan) {
        const pyodide = await restore(options, plan, imports, head);
        logPath("snapshot", started);
        return pyodide;
      }
    } catch (error) {
      console.warn("Pyodide snapshot not usable, loading the ordinary way:", error);
    }
    const pyodide = await loadPyodide(options);
    logPath("plain", started);
    return pyodide;
  }, writes);
  announceStaged(writes);
  return pyodide;
}
