// Loads Pyodide for the composer's worker: from a memory snapshot when this browser has one for
// this exact runtime, else the ordinary way while making one for next time.
//
//   const pyodide = await loadRuntime({indexURL, lockFileURL, packages: ["followup"], stdout, stderr},
//                                     {imports: ["followup.bundle"]});
//
// Same options and result as Pyodide's `loadPyodide` (`packages` are importable when it resolves);
// `imports` are the modules imported before the snapshot is taken, so a restore starts with them.
// The path taken is logged once: "followup runtime: snapshot|snapshot-made|plain in N ms".
//
// Three paths, fastest first; any failure falls through to the next, silently (console only):
// 1. warm: a snapshot of the interpreter taken right after `import followup.bundle`, kept in Cache
//    Storage under the runtime's `stamp` (runtime.json: Pyodide build, lockfile, every wheel's
//    sha256). Pyodide itself refuses a snapshot made by another build of its wasm.
// 2. cold: `loadPyodide` with the snapshot option on. Snapshots cannot be made after `loadPackage`
//    (it leaves JavaScript references in the interpreter), so the wheels are fetched here, in
//    parallel with the runtime's boot, checked against the sha256 in the trimmed lockfile (the
//    lockfile itself against runtime.json), and unpacked into site-packages. Then the snapshot is
//    taken (a copy of the wasm memory, ~30 MB) and stored in the background.
// 3. plain: `loadPyodide(options)` exactly as given, when Cache Storage or anything above fails.
//
// What a snapshot cannot carry: the virtual file system (the wheels' files, e.g. the letter
// templates read at render time), so their bytes are kept in the interpreter's memory and written
// back after a restore; and hash randomisation (off in a restored interpreter; `random` is
// reseeded). See ../shared notes and the README's "Offline use and performance".

import { loadPyodide } from "../pyodide/pyodide.mjs";

const CACHE = "followup-snapshots"; // scripts/build_sw.mjs: the service worker drops stale ones
// What this worker downloaded, handed to the service worker (assets/offline/sw-runtime.js), which
// checks every file's sha256 and moves it into its runtime cache: the first visit's downloads are
// the offline copy, no second download.
const STAGING = "followup-runtime-staging";
const FORMAT = "1"; // bump when what goes into a snapshot changes
const HEADER_MAGIC = 1886286592; // Pyodide's snapshot header (API.makeSnapshot)
const KEEP = "_followup_snapshot_files";

const sha256Hex = async (bytes) =>
  Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)), (b) =>
    b.toString(16).padStart(2, "0"),
  ).join("");

async function fetchBytes(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The wheels `packages` need, with their dependencies, from the lockfile: [{name, file, sha256}]. */
export function wheelsFor(lock, packages) {
  const seen = new Map();
  const visit = (name) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    const entry = lock.packages[key];
    if (!entry) throw new Error(`${name} is not in the lockfile`);
    seen.set(key, { name: key, file: entry.file_name, sha256: entry.sha256 });
    (entry.depends || []).forEach(visit);
  };
  packages.forEach(visit);
  return [...seen.values()];
}

/** What the fast paths need: runtime.json's stamp, the verified lockfile, the cache and key. */
async function prepare(options) {
  if (!globalThis.caches || !globalThis.crypto?.subtle) return null;
  const base = new URL(options.indexURL);
  const lockURL = new URL(options.lockFileURL || "pyodide-lock.json", base);
  const [manifestBytes, lockBytes, cache] = await Promise.all([
    fetchBytes(new URL("runtime.json", base)),
    fetchBytes(lockURL),
    caches.open(CACHE),
  ]);
  const manifest = JSON.parse(new TextDecoder().decode(manifestBytes));
  if ((await sha256Hex(lockBytes)) !== manifest.lock_sha256) throw new Error("lockfile does not match runtime.json");
  const lockText = new TextDecoder().decode(lockBytes);
  const key = new URL(`snapshot/${manifest.stamp}/${FORMAT}`, base).href;
  const fetched = [
    [new URL("runtime.json", base).href, manifestBytes],
    [lockURL.href, lockBytes],
  ];
  return { manifest, lockText, lock: JSON.parse(lockText), lockBase: new URL(".", lockURL).href, cache, key, fetched };
}

function baseOptions(options, plan) {
  const { lockFileURL, ...rest } = options;
  return { ...rest, lockFileContents: plan.lockText, packageBaseUrl: plan.lockBase, packages: [] };
}

// --- warm: restore ---------------------------------------------------------------------------------

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
  const header = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 4);
  if (header[0] !== HEADER_MAGIC) throw new Error("not a Pyodide snapshot");
  return snapshot.byteLength - header[1];
}

async function restore(options, plan, cached, imports) {
  // Started together: the wasm download and compile (inside loadPyodide), the Emscripten module's
  // script, and reading ~30 MB of snapshot out of Cache Storage.
  const snapshot = cached.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  const createModule = import(new URL("pyodide.asm.mjs", options.indexURL).href).then((m) => m.default);
  snapshot.catch(() => undefined);
  createModule.catch(() => undefined);
  const pyodide = await loadPyodide({
    ...baseOptions(options, plan),
    _loadSnapshot: snapshot,
    createPyodideModule: async (settings) => {
      const [create, bytes] = await Promise.all([createModule, snapshot]);
      const size = heapSize(bytes);
      const module = await create(settings);
      if (module.HEAP8.length < size && !module._emscripten_resize_heap(size)) throw new Error("heap cannot grow");
      return module;
    },
  });
  pyodide.runPython(RESTORE_FILES);
  for (const name of imports) pyodide.runPython(`import ${name}`); // in sys.modules: checks, costs nothing
  return pyodide;
}

// --- cold: load, install, snapshot ------------------------------------------------------------------

async function verifiedWheel(plan, wheel) {
  const bytes = await fetchBytes(new URL(wheel.file, plan.lockBase));
  if ((await sha256Hex(bytes)) !== wheel.sha256) throw new Error(`${wheel.file}: sha256 does not match the lockfile`);
  return { ...wheel, bytes };
}

const INSTALL = `
import os, sys, sysconfig, types, zipfile
_site = sysconfig.get_paths()["purelib"]
_keep = types.ModuleType("${KEEP}")
_keep.files = {}
for _wheel in sorted(os.listdir("/tmp/followup-wheels")):
    with zipfile.ZipFile(os.path.join("/tmp/followup-wheels", _wheel)) as _zip:
        for _info in _zip.infolist():
            if _info.is_dir():
                continue
            _path = os.path.normpath(os.path.join(_site, _info.filename))
            _keep.files[_path] = _zip.read(_info)
for _path, _data in _keep.files.items():
    os.makedirs(os.path.dirname(_path), exist_ok=True)
    with open(_path, "wb") as _f:
        _f.write(_data)
sys.modules["${KEEP}"] = _keep
import importlib; importlib.invalidate_caches()
`;

// Before the snapshot: one render of the package's own example letter, so the templates are
// already compiled in the snapshot (Jinja compiles on first use: ~150 ms on the first letter).
// No visitor data is ever in a snapshot: it is taken before the first real render.
const WARM_UP = `
try:
    from importlib.resources import files as _files
    from followup.bundle import render_json as _render_json
    _render_json(_files("followup.examples").joinpath("thank-you.json").read_text(encoding="utf-8"), "2026-01-05")
except Exception:
    pass
`;

async function loadAndSnapshot(options, plan, imports) {
  // The wheels download while the runtime boots.
  const wheels = Promise.all(wheelsFor(plan.lock, options.packages || []).map((w) => verifiedWheel(plan, w)));
  wheels.catch(() => undefined); // awaited below; never an unhandled rejection meanwhile
  const pyodide = await loadPyodide({ ...baseOptions(options, plan), _makeSnapshot: true });
  pyodide.FS.mkdirTree("/tmp/followup-wheels");
  for (const wheel of await wheels) pyodide.FS.writeFile(`/tmp/followup-wheels/${wheel.file}`, wheel.bytes);
  pyodide.runPython(INSTALL);
  for (const name of imports) pyodide.runPython(`import ${name}`);
  if (imports.includes("followup.bundle")) pyodide.runPython(WARM_UP);
  try {
    const snapshot = pyodide.makeMemorySnapshot();
    plan.cache
      .put(plan.key, new Response(snapshot, { headers: { "Content-Type": "application/octet-stream" } }))
      .then(() => forgetOthers(plan))
      .catch((error) => console.warn("Pyodide snapshot not stored:", error));
  } catch (error) {
    console.warn("Pyodide snapshot not made:", error); // the interpreter itself is fine
  }
  return pyodide;
}

async function forgetOthers(plan) {
  for (const request of await plan.cache.keys()) {
    if (request.url !== plan.key) await plan.cache.delete(request);
  }
}

// --- hand the downloads to the service worker -----------------------------------------------------

/** Tells the page (assets/offline/register.js) that the hand-over is complete, if there is one. */
function announceStaged(writes = []) {
  Promise.allSettled(writes).then(() => {
    if (typeof BroadcastChannel !== "function") return;
    const channel = new BroadcastChannel(STAGING);
    channel.postMessage({ type: "staged", files: writes.length });
    channel.close();
  });
}

/** While `body` runs, every successful same-folder GET of the runtime is also put in STAGING. */
async function staging(indexURL, body, writes) {
  const cache = await caches.open(STAGING).catch(() => null);
  if (!cache) return body();
  const base = new URL(".", indexURL).href;
  const inner = globalThis.fetch;
  globalThis.fetch = (...args) => {
    const request = inner(...args);
    request
      .then((response) => {
        const url = response.url.split(/[?#]/, 1)[0];
        if (response.ok && url.startsWith(base) && (!args[1] || !args[1].method || args[1].method === "GET")) {
          writes.push(cache.put(url, response.clone()));
        }
      })
      .catch(() => undefined);
    return request;
  };
  try {
    return await body();
  } finally {
    globalThis.fetch = inner;
  }
}

// --- the three paths ----------------------------------------------------------------------------------

function logPath(path, started) {
  console.info(`followup runtime: ${path} in ${Math.round(performance.now() - started)} ms`);
}

export async function loadRuntime(options, { imports = [] } = {}) {
  const started = performance.now();
  let plan = null;
  try {
    plan = await prepare(options);
  } catch (error) {
    console.warn("Pyodide snapshot unavailable:", error);
  }
  if (plan) {
    const hit = await plan.cache.match(plan.key).catch(() => undefined);
    if (hit) {
      try {
        const pyodide = await restore(options, plan, hit, imports);
        logPath("snapshot", started);
        announceStaged();
        return pyodide;
      } catch (error) {
        console.warn("Pyodide snapshot not usable, loading the ordinary way:", error);
        await plan.cache.delete(plan.key).catch(() => false);
      }
    }
  }
  const writes = [];
  const pyodide = await staging(options.indexURL, async () => {
    if (plan) {
      writes.push(
        caches
          .open(STAGING)
          .then((staged) => Promise.all(plan.fetched.map(([url, bytes]) => staged.put(url, new Response(bytes))))),
      );
      try {
        const pyodide = await loadAndSnapshot(options, plan, imports);
        logPath("snapshot-made", started);
        return pyodide;
      } catch (error) {
        console.warn("Pyodide could not load for a snapshot, loading the ordinary way:", error);
      }
    }
    const pyodide = await loadPyodide(options);
    logPath("plain", started);
    return pyodide;
  }, writes);
  announceStaged(writes);
  return pyodide;
}
