// The browser runtime bundle (assets/pyodide/) loads in Pyodide under Node and composes letters.
//
// Why under Node: it boots the very files the site ships (pyodide.mjs, the wasm, the stdlib, the
// trimmed lockfile and the three wheels) in a few seconds, with no browser, so a packaging mistake
// (a template left out of the wheel, a wrong hash, a missing dependency, a C-only MarkupSafe)
// fails here first. The bundle under test is the built site's (site/assets/pyodide, which
// scripts/test builds first), else the build step's output (.cache/runtime/out, built on demand),
// or FOLLOWUP_RUNTIME_DIR when set.

import "./fixed-clock.mjs"; // first: the fixed moment and zone, before any module reads the clock
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";

import { SNAPSHOT_FILES_MODULE } from "../../docs/assets/builder/protocol.js";
import { dataSegments, undoDelta } from "../../docs/assets/builder/snapshot-delta.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NPM_PYODIDE = join(ROOT, "node_modules", "pyodide");
const EXAMPLES = join(ROOT, "builder", "followup", "examples");
const TEMPLATES = join(ROOT, "templates");
const TODAY = "2026-11-28";
const LOADER = join(ROOT, "docs", "assets", "builder", "runtime-loader.js");

function runtimeDir() {
  if (process.env.FOLLOWUP_RUNTIME_DIR) return resolve(process.env.FOLLOWUP_RUNTIME_DIR);
  const site = join(ROOT, "site", "assets", "pyodide");
  if (existsSync(join(site, "runtime.json"))) return site;
  const out = join(ROOT, ".cache", "runtime", "out");
  if (!existsSync(join(out, "runtime.json"))) {
    const python = existsSync(join(ROOT, ".venv", "bin", "python")) ? join(ROOT, ".venv", "bin", "python") : "python3";
    execFileSync(python, ["-m", "sitebuild.runtime", "--out", out], { stdio: "inherit", cwd: ROOT });
  }
  return out;
}

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const filesUnder = (dir, suffix) =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true })
        .map(String)
        .filter((name) => name.endsWith(suffix) && !name.includes("__pycache__"))
        .sort()
    : [];

/** The files of an installed package whose names end in `suffix`, with their folders, sorted. */
const packageFiles = (pyodide, pkg, suffix) =>
  pyodide
    .runPython(
      `
import importlib.resources as r
def walk(t, prefix=""):
    for c in t.iterdir():
        if c.is_dir():
            yield from walk(c, prefix + c.name + "/")
        elif c.name.endswith(${JSON.stringify(suffix)}):
            yield prefix + c.name
",".join(sorted(walk(r.files(${JSON.stringify(pkg)}))))
`,
    )
    .split(",")
    .filter(Boolean);

const DIR = runtimeDir();
const BASE = DIR + "/";
const manifest = JSON.parse(readFileSync(join(DIR, "runtime.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(DIR, "pyodide-lock.json"), "utf8"));

describe("runtime bundle files", () => {
  test("the trimmed lockfile lists exactly followup, jinja2 and markupsafe", () => {
    assert.deepEqual(Object.keys(lock.packages).sort(), ["followup", "jinja2", "markupsafe"]);
    assert.deepEqual(lock.packages.followup.depends, ["jinja2"]);
    assert.deepEqual(lock.packages.jinja2.depends, ["markupsafe"]);
  });

  test("every wheel sits next to the lockfile, by bare file name, with the sha256 the lockfile states", () => {
    for (const [name, entry] of Object.entries(lock.packages)) {
      assert.doesNotMatch(entry.file_name, /[/:]/, `${name} must be referenced by bare file name`);
      assert.match(entry.file_name, /-py3-none-any\.whl$/, `${name} must be a pure wheel`);
      assert.equal(sha256(join(DIR, entry.file_name)), entry.sha256, `${name} sha256`);
      assert.equal(manifest.wheels[name].sha256, entry.sha256, `runtime.json agrees on ${name}`);
    }
    assert.equal(sha256(join(DIR, "pyodide-lock.json")), manifest.lock_sha256);
  });

  test("the core files are the npm package's, byte for byte (the standard library cut), and the lockfile's ABI is theirs", () => {
    const npmLock = JSON.parse(readFileSync(join(NPM_PYODIDE, "pyodide-lock.json"), "utf8"));
    const npmVersion = JSON.parse(readFileSync(join(NPM_PYODIDE, "package.json"), "utf8")).version;
    assert.equal(manifest.pyodide, npmVersion);
    assert.deepEqual(lock.info, npmLock.info);
    for (const name of ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"]) {
      assert.equal(sha256(join(DIR, name)), sha256(join(NPM_PYODIDE, name)), name);
    }
    for (const name of ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]) {
      assert.equal(manifest.core[name].sha256, sha256(join(DIR, name)), `runtime.json core ${name}`);
    }
    // scripts/sitebuild/runtime/stdlib.py: what the composer imports, well under half of Pyodide's.
    const cut = statSync(join(DIR, "python_stdlib.zip")).size;
    assert.ok(cut < statSync(join(NPM_PYODIDE, "python_stdlib.zip")).size / 2, `${cut} bytes`);
  });
});

// URLs Pyodide fetched while it loaded the wheels: under Node it reads local paths from disk and
// fetches only URLs, so any fetch at all (for example the CDN fallback for a wheel it could not
// find) is a bug in the bundle.
const requested = [];
let withWheels = null;

/** The bundle's Pyodide with the three wheels installed the ordinary way; booted once, shared. */
function loadWithWheels() {
  withWheels ??= (async () => {
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      requested.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const { loadPyodide } = await import(pathToFileURL(join(DIR, "pyodide.mjs")).href);
      return await loadPyodide({
        indexURL: BASE,
        lockFileURL: join(DIR, "pyodide-lock.json"),
        packageBaseUrl: BASE,
        packages: ["followup"],
        stdout: () => {},
      });
    } finally {
      globalThis.fetch = realFetch;
    }
  })();
  return withWheels;
}

describe("runtime bundle in Pyodide", () => {
  let pyodide;

  before(async () => {
    pyodide = await loadWithWheels();
  });

  const py = (code) => pyodide.runPython(code);

  test("boots the shipped Pyodide and Python without fetching anything", () => {
    assert.equal(pyodide.version, manifest.pyodide);
    assert.equal(py("import sys; '.'.join(map(str, sys.version_info[:3]))"), manifest.python);
    assert.deepEqual(requested, []);
  });

  test("loads followup with jinja2 and markupsafe from the bundle's wheels", () => {
    // loadedPackages names each package as the lockfile does and as its wheel's metadata does.
    const loaded = new Set(Object.keys(pyodide.loadedPackages).map((name) => name.toLowerCase()));
    assert.deepEqual([...loaded].sort(), ["followup", "jinja2", "markupsafe"]);
    assert.equal(py("import jinja2; jinja2.__version__"), lock.packages.jinja2.version);
    // Its wheel's own metadata, read as a file (importlib.metadata's parser is not in the cut
    // standard library: the composer never reads package metadata).
    const version = py(`
import glob, markupsafe, os
_meta = glob.glob(os.path.join(os.path.dirname(os.path.dirname(markupsafe.__file__)), "markupsafe-*.dist-info", "METADATA"))
next(line.split(":", 1)[1].strip() for line in open(_meta[0], encoding="utf-8") if line.startswith("Version:"))
`);
    assert.equal(version, lock.packages.markupsafe.version);
  });

  test("imports jinja2, markupsafe and the composer from the bytecode shipped in their wheels", () => {
    // Python writes timestamp-based bytecode (flags 0) when it compiles a source itself; the
    // wheels carry unchecked hash-based bytecode (PEP 552 flags 1), so flags 1 means "not compiled here".
    const flags = JSON.parse(
      py(`
import json, sys, followup.bundle
mods = [m for n, m in sorted(sys.modules.items()) if n.split(".")[0] in ("followup", "jinja2", "markupsafe") and getattr(m, "__cached__", None)]
json.dumps({m.__name__: int.from_bytes(open(m.__cached__, "rb").read(8)[4:8], "little") for m in mods})
`),
    );
    assert.ok(Object.keys(flags).length >= 20, JSON.stringify(flags));
    for (const [name, value] of Object.entries(flags)) assert.equal(value, 1, `${name} was compiled in the browser`);
  });

  test("markupsafe is the pure-Python build and escapes", () => {
    assert.equal(py("import markupsafe; str(markupsafe.escape('<a href=\"x\">&</a>'))"), "&lt;a href=&#34;x&#34;&gt;&amp;&lt;/a&gt;");
    assert.equal(py("markupsafe._escape_inner.__module__"), "markupsafe._native");
    assert.equal(py("import importlib.util; importlib.util.find_spec('markupsafe._speedups')"), undefined);
  });

  test("jinja2 renders a template with StrictUndefined", () => {
    const text = py(`
import jinja2
env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)
env.from_string("Dear {{ name }},{% for p in paras %}\\n{{ p }}{% endfor %}").render(name="Ada <Lovelace>", paras=["One", "Two"])
`);
    assert.equal(text, "Dear Ada <Lovelace>,\nOne\nTwo");
  });

  test("the followup wheel ships every template and example answers file in the repository", () => {
    const shipped = (pkg, suffix) => packageFiles(pyodide, pkg, suffix);
    assert.deepEqual(shipped("followup.templates", ".j2"), filesUnder(TEMPLATES, ".j2"));
    assert.deepEqual(
      shipped("followup", ".json").filter((n) => n.startsWith("examples/")),
      filesUnder(EXAMPLES, ".json").map((n) => "examples/" + n),
    );
  });

  test("composes the package's example answers for every kind, as the worker does (render_json)", () => {
    const examples = JSON.parse(
      py(`
import importlib.resources as r, json
json.dumps({p.name[:-5]: p.read_text(encoding="utf-8") for p in r.files("followup").joinpath("examples").iterdir() if p.name.endswith(".json")})
`),
    );
    for (const kind of ["thank-you", "check-in", "after-rejection", "panel"]) {
      assert.ok(kind in examples, `example answers for ${kind} are in the wheel`);
    }
    const renderJson = py("from followup.bundle import render_json; render_json");
    try {
      for (const [name, text] of Object.entries(examples)) {
        const answers = JSON.parse(text);
        const result = JSON.parse(renderJson(text, TODAY));
        assert.equal(result.ok, true, `${name}: ${JSON.stringify(result.errors ?? result)}`);
        assert.equal(result.kind, answers.kind, name);
        const expected = answers.kind === "thank-you" ? Math.max(1, (answers.interviewers ?? []).length) : 1;
        assert.equal(result.letters.length, expected, `${name}: one letter per interviewer for a thank-you, else one`);
        for (const letter of result.letters) {
          assert.ok(letter.text.trim().length > 0, `${name}: letter text`);
          assert.ok(letter.md.trim().length > 0, `${name}: markdown`);
          assert.match(letter.article, /^<article class="letter"[ >][\s\S]*<\/article>\s*$/, `${name}: html`);
          assert.match(letter.mailto, /^mailto:/, `${name}: mailto`);
          assert.ok(letter.words > 0, `${name}: words`);
        }
      }
    } finally {
      renderJson.destroy();
    }
  });
});

// The same lines run in Pyodide and in the project's own Python: every example as a .docx and an
// .odt through the worker's entry point, described by the zip's entries and a hash of each.
const DOCUMENTS_PY = `
import base64, hashlib, importlib.resources as r, io, json, zipfile
from followup.bundle import document_json
out = {}
for p in sorted(r.files("followup").joinpath("examples").iterdir(), key=lambda p: p.name):
    if not p.name.endswith(".json"):
        continue
    for fmt in ("docx", "odt"):
        result = json.loads(document_json(p.read_text(encoding="utf-8"), ${JSON.stringify(TODAY)}, fmt))
        if not result["ok"]:
            out[p.name + "." + fmt] = result
            continue
        data = base64.b64decode(result["base64"])
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            parts = [[i.filename, i.compress_type, hashlib.sha256(z.read(i)).hexdigest()] for i in z.infolist()]
        out[p.name + "." + fmt] = {"ok": True, "media_type": result["media_type"], "parts": parts,
                                   "sha256": hashlib.sha256(data).hexdigest(), "head": data[:4].hex()}
json.dumps(out)
`;

describe("editable documents in Pyodide", () => {
  test("makes a .docx and an .odt of every example, the same documents as the project's own Python", async () => {
    const pyodide = await loadWithWheels();
    const inPyodide = JSON.parse(pyodide.runPython(DOCUMENTS_PY));
    const python = existsSync(join(ROOT, ".venv", "bin", "python")) ? join(ROOT, ".venv", "bin", "python") : "python3";
    const script = DOCUMENTS_PY.trimEnd().replace(/\njson\.dumps\(out\)$/, "\nprint(json.dumps(out))");
    const onHost = JSON.parse(execFileSync(python, ["-c", script], { encoding: "utf8" }));
    const examples = filesUnder(EXAMPLES, ".json");
    assert.deepEqual(Object.keys(inPyodide).sort(), examples.flatMap((n) => [`${n}.docx`, `${n}.odt`]).sort());
    for (const [name, made] of Object.entries(inPyodide)) {
      assert.equal(made.ok, true, `${name}: ${JSON.stringify(made)}`);
      assert.equal(made.head, "504b0304", `${name} is a zip`);
      assert.ok(made.parts.some(([part]) => part === (name.endsWith(".docx") ? "word/document.xml" : "content.xml")), name);
      assert.deepEqual(made.parts, onHost[name].parts, `${name}: the same parts, byte for byte, as the command line's`);
      // And the same file: zlib compresses alike in both, so the browser's download is the CLI's.
      assert.equal(made.sha256, onHost[name].sha256, `${name}: the same bytes as the command line's`);
    }
  });
});

describe("the start-up snapshot", () => {
  const entry = manifest.snapshot;
  let restored;
  let plain;

  before(async () => {
    const { loadPyodide } = await import(pathToFileURL(join(DIR, "pyodide.mjs")).href);
    // What the browser's loader runs after a restore, taken from its source (one definition).
    const loader = readFileSync(LOADER, "utf8");
    const restoreFiles = loader.match(/const RESTORE_FILES = `([\s\S]*?)`;/)[1].replaceAll("${KEEP}", SNAPSHOT_FILES_MODULE);
    const snapshot = gunzipSync(readFileSync(join(DIR, entry.file)));
    const create = (await import(pathToFileURL(join(DIR, "pyodide.asm.mjs")).href)).default;
    restored = await loadPyodide({
      indexURL: BASE,
      lockFileURL: join(DIR, "pyodide-lock.json"),
      _loadSnapshot: snapshot,
      // As the browser's loader does: Pyodide does not size the heap for the snapshot by itself.
      createPyodideModule: async (settings) => {
        const module = await create(settings);
        await undoDelta(snapshot, readFileSync(join(DIR, "pyodide.asm.wasm")), entry.delta); // as the browser's loader does
        module._emscripten_resize_heap(snapshot.length - snapshot.readUInt32LE(4));
        return module;
      },
      stdout: () => {},
    });
    restored.runPython(restoreFiles);
    plain = await loadWithWheels();
  });

  test("runtime.json names it under the bundle's stamp, with its sha256 and unzipped size", () => {
    assert.equal(entry.file, `snapshot-${manifest.stamp.slice(0, 16)}.bin.gz`);
    assert.equal(sha256(join(DIR, entry.file)), entry.sha256);
    const raw = gunzipSync(readFileSync(join(DIR, entry.file)));
    assert.equal(raw.length, entry.unzipped_size);
    assert.equal(raw.readUInt32LE(0), 1886286592, "Pyodide's snapshot header");
  });

  test("its delta is refused, not restored wrong, with another wasm's data", async () => {
    const snapshot = gunzipSync(readFileSync(join(DIR, entry.file)));
    const wasm = new Uint8Array(readFileSync(join(DIR, "pyodide.asm.wasm")));
    dataSegments(wasm, (place, start) => { wasm[start] ^= 1; }); // every segment's first byte
    await assert.rejects(undoDelta(snapshot, wasm, entry.delta), /does not match this wasm/);
  });

  test("restores with the composer imported and its templates compiled", () => {
    const state = JSON.parse(
      restored.runPython(`
import json, sys
from followup import compose
json.dumps({"imported": "followup.bundle" in sys.modules, "compiled": len(compose._env("en", "").cache or {})})
`),
    );
    assert.equal(state.imported, true);
    assert.ok(state.compiled > 0, JSON.stringify(state));
  });

  test("restores without the document code: it is imported when a document is asked for", () => {
    const loaded = restored.runPython(`import sys; ",".join(sorted(m for m in sys.modules if m.startswith("followup.")))`);
    assert.match(loaded, /followup\.bundle/);
    assert.doesNotMatch(loaded, /followup\.documents/);
  });

  test("restores with the loaded modules frozen out of the garbage collector's rescans", () => {
    // scripts/sitebuild/runtime/make_snapshot.mjs: gc.freeze(), or Python rescans them every few renders.
    const [frozen, tracked] = JSON.parse(restored.runPython("import gc, json; json.dumps([gc.get_freeze_count(), len(gc.get_objects())])"));
    assert.ok(frozen > 10000 && tracked < frozen / 5, `frozen ${frozen}, still tracked ${tracked}`);
  });

  test("composes every example exactly as an interpreter that installed the wheels", () => {
    const render = (pyodide) => pyodide.runPython("from followup.bundle import render_json; render_json");
    const fromSnapshot = render(restored);
    const fromWheels = render(plain);
    try {
      for (const name of filesUnder(EXAMPLES, ".json")) {
        const text = readFileSync(join(EXAMPLES, name), "utf8");
        const a = JSON.parse(fromSnapshot(text, TODAY));
        assert.equal(a.ok, true, name);
        assert.deepEqual(a, JSON.parse(fromWheels(text, TODAY)), name);
      }
    } finally {
      fromSnapshot.destroy();
      fromWheels.destroy();
    }
  });

  test("makes every example's documents exactly as an interpreter that installed the wheels", () => {
    // After the test above: the document code and its templates load from the restored files.
    assert.deepEqual(JSON.parse(restored.runPython(DOCUMENTS_PY)), JSON.parse(plain.runPython(DOCUMENTS_PY)));
  });

  test("keeps in memory only the files still needed: no module already imported, no C source", () => {
    const kept = JSON.parse(restored.runPython(`
import json, sys
json.dumps(sorted(p.rsplit("site-packages/", 1)[1] for p in sys.modules["${SNAPSHOT_FILES_MODULE}"].files))
`));
    assert.ok(kept.includes("followup/templates/en/thank-you.j2") && kept.includes("followup/documents/docx.py"), kept.join(" "));
    assert.ok(!kept.some((name) => /^(jinja2\/environment|followup\/compose|markupsafe\/_speedups)\./.test(name)), kept.join(" "));
  });

  test("reads templates and examples from the files it writes back", () => {
    // Recursively: the document templates sit in folders of their own (docx/, odt/).
    assert.deepEqual(packageFiles(restored, "followup.templates", ".j2"), filesUnder(TEMPLATES, ".j2"));
  });
});
