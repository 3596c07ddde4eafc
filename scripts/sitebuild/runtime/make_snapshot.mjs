// Makes the builder's start-up snapshot at build time: the memory of a Pyodide interpreter that
// has the three wheels installed, `followup.bundle` imported and its templates compiled, gzipped.
// The browser restores it instead of starting Python and importing the composer, which is most
// of a first start (docs/assets/builder/runtime-loader.js). Called by scripts/sitebuild/runtime/assemble.py,
// whose stamp (the snapshot's cache key and file name) includes this file's hash.
//
//   node scripts/sitebuild/runtime/make_snapshot.mjs BUNDLE_DIR OUT_FILE
//
// Prints {"raw": unzipped bytes, "delta": runtime.json's snapshot.delta}: the memory's static data
// is stored as its difference from the wasm's own data segments (docs/assets/builder/snapshot-delta.js).
// BUNDLE_DIR holds the Pyodide core files and the wheels to install (every *.whl in it). The
// output depends only on those bytes (and on zlib's version, for the gzip): Python's hash seed is
// fixed, and the clock and the entropy Pyodide reads while it boots are replaced by fixed ones, so
// two builds of the same bundle give the same file. Nothing random made here matters after a
// restore: the loader reseeds `random`, and os.urandom reads the browser's entropy on each call.

import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import nodeCrypto from "node:crypto";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

import { SNAPSHOT_FILES_MODULE as KEEP } from "../../../docs/assets/builder/protocol.js";
import { memoryDigest, undoDelta, xorDataSegments } from "../../../docs/assets/builder/snapshot-delta.js";

const [bundleDir, outFile] = process.argv.slice(2);
if (!bundleDir || !outFile) {
  console.error("usage: node scripts/sitebuild/runtime/make_snapshot.mjs BUNDLE_DIR OUT_FILE");
  process.exit(2);
}

// What Pyodide reads that would otherwise differ from run to run (seen as differing bytes).
let state = 0x9e3779b9;
function fixedEntropy(view) {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let i = 0; i < bytes.length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[i] = state & 0xff;
  }
  return view;
}
nodeCrypto.randomFillSync = fixedEntropy; // Emscripten's entropy source under Node
globalThis.crypto.getRandomValues = fixedEntropy;
Date.now = () => 315532800000; // file times in the virtual file system: 1980-01-01, as the wheels
let tick = 0;
performance.now = () => (tick += 1);
process.argv[1] = "/followup-snapshot"; // Emscripten keeps it as the program's name

// The wheels' files go into site-packages (their names are noted in module KEEP), unzipped here:
// Pyodide's package loader would leave JavaScript references a snapshot refuses. Only modules
// that the composer's own paths import too (zipfile, types), so that the cut standard library
// (stdlib.py) has them. A snapshot holds memory only, not the virtual file system, so SETTLE below
// keeps the bytes of the files still needed in the interpreter's memory and the browser writes
// them back after a restore (templates and examples are read from there at render time). Nothing
// else of the wheels stays in memory: what the unzipping used is reused by the imports after it.
const INSTALL = `
import os, sys, types, zipfile
_site = next(p for p in sys.path if p.endswith("site-packages"))
_keep = types.ModuleType("${KEEP}")
_keep.paths = []
for _wheel in sorted(os.listdir("/tmp/followup-wheels")):
    with zipfile.ZipFile(os.path.join("/tmp/followup-wheels", _wheel)) as _zip:
        for _info in _zip.infolist():
            if not _info.is_dir():
                _path = os.path.join(_site, _info.filename)
                os.makedirs(os.path.dirname(_path), exist_ok=True)
                with open(_path, "wb") as _f:
                    _f.write(_zip.read(_info))
                _keep.paths.append(_path)
sys.modules["${KEEP}"] = _keep
del _site, _keep, _wheel, _zip, _info, _path, _f
import importlib; importlib.invalidate_caches()
`;

// Renders of the package's own examples in the default language's family, every kind: its templates
// are compiled in the snapshot (Jinja compiles on first use), and a few rounds let Python specialise
// the composer's bytecode. Another language's tables and templates stay files, imported and compiled
// on its first letter, so they cost the default language's first visit only their compressed bytes.
// No visitor's data is ever in it. The composer's caches of answers (followup.answer_cache: repaired
// and shaped answers, proofread paragraphs) are emptied after: only these examples would hit them.
const WARM_UP = `
import json as _json
from importlib.resources import files as _files
from followup.bundle import render_json as _render_json
from followup.languages import DEFAULT as _DEFAULT, get as _get
_examples = [p.read_text(encoding="utf-8") for p in sorted(_files("followup.examples").iterdir(), key=lambda p: p.name) if p.name.endswith(".json")]
_examples = [e for e in _examples if _get(_json.loads(e).get("language", _DEFAULT.code)).family == _DEFAULT.family]
for _round in range(5):
    for _example in _examples:
        _render_json(_example, "2026-01-05")
import followup.answer_cache
followup.answer_cache.clear()
del _examples, _example, _round, _json, _DEFAULT, _get
`;

// The files kept for writing back need not hold a module that is already imported (its code is in
// the memory restored; nothing reads its source or bytecode again): only the templates, examples,
// metadata and the modules imported later (the document code) go back to the file system, and a
// module's source only as an empty file beside its bytecode (the import system finds the source's
// name and loads the unchecked bytecode; a traceback shows no source line, as sourceless code). Then
// the caches that only served the imports above, and everything alive frozen out of the garbage
// collector's sight (the interpreter's own objects live as long as it does), so the collector does
// not rescan the imported modules' objects every few renders (scripts/sitebuild/README.md, "Measurements").
const SETTLE = `
import gc, importlib.util, linecache, os, sys
_norm = lambda p: "/" + os.path.normpath(p).lstrip("/")  # normpath keeps a leading "//"
_imported = set()
for _module in list(sys.modules.values()):
    for _attr in ("__file__", "__cached__"):
        _path = getattr(_module, _attr, None)
        if isinstance(_path, str):
            _imported.add(_norm(_path))
_keep = sys.modules["${KEEP}"]
_keep.files = {}
_wanted = [p for p in _keep.paths if _norm(p) not in _imported and not p.endswith((".c", ".pyi"))]
_compiled = {_norm(p) for p in _wanted if p.endswith(".pyc")}
for _path in _wanted:
    if _path.endswith(".py") and _norm(importlib.util.cache_from_source(_path)) in _compiled:
        _keep.files[_path] = b""  # found by the import system, never read: its bytecode is unchecked (PEP 552)
        continue
    with open(_path, "rb") as _f:
        _keep.files[_path] = _f.read()
del _keep.paths, _keep, _imported, _module, _attr, _path, _f, _norm, _wanted, _compiled
linecache.clearcache()
sys.path_importer_cache.clear()
gc.collect(); gc.freeze()
`;

// Memory that malloc has freed keeps what it held (the wheels' unzipped bytes, the warm-up's
// strings): gzip would carry it. So every free chunk is allocated, zeroed and freed again, with
// malloc's footprint capped at what it is, so nothing grows and the heap's layout is unchanged.
// Python's own small-object pools hold little free memory once gc.collect() has run (measured: 10 kB).
function zeroFreeMemory(module) {
  const footprint = module._malloc_footprint();
  module._malloc_set_footprint_limit(footprint);
  const blocks = [];
  for (let size = 1 << 24; size >= 16; size >>= 1) {
    for (let block = module._malloc(size); block; block = module._malloc(size)) {
      module.HEAPU8.fill(0, block, block + size);
      blocks.push(block);
    }
  }
  for (const block of blocks) module._free(block);
  module._malloc_set_footprint_limit(0xffffffff); // size_t's maximum: no limit
  if (module._malloc_footprint() !== footprint) throw new Error("zeroing free memory changed malloc's footprint");
}

const dir = resolve(bundleDir) + "/";
const { loadPyodide } = await import(pathToFileURL(join(dir, "pyodide.mjs")).href);
const pyodide = await loadPyodide({
  indexURL: dir,
  packages: [],
  env: { PYTHONHASHSEED: "0" },
  _makeSnapshot: true,
  stdout: () => {},
  stderr: (line) => console.error(line),
});
pyodide.FS.mkdirTree("/tmp/followup-wheels");
for (const name of readdirSync(dir).filter((n) => n.endsWith(".whl")).sort()) {
  pyodide.FS.writeFile(`/tmp/followup-wheels/${name}`, readFileSync(join(dir, name)));
}
pyodide.runPython(INSTALL);
pyodide.runPython("import followup.bundle");
pyodide.runPython(WARM_UP);
pyodide.runPython(SETTLE);
zeroFreeMemory(pyodide._module);
const snapshot = pyodide.makeMemorySnapshot();

// The static data as a difference from the wasm's data segments (docs/assets/builder/snapshot-delta.js),
// checked by undoing it as the browser will.
const wasm = readFileSync(join(dir, "pyodide.asm.wasm"));
const stored = snapshot.slice();
const end = xorDataSegments(stored, wasm);
const delta = { end, sha256: await memoryDigest(snapshot, end) };
const check = stored.slice();
await undoDelta(check, wasm, delta);
if (Buffer.compare(check, snapshot) !== 0) throw new Error("the snapshot's delta does not undo");
writeFileSync(outFile, gzipSync(stored, { level: 9 }));
console.log(JSON.stringify({ raw: snapshot.byteLength, delta }));
