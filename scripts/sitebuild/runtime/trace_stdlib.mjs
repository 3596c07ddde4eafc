// Which files of the standard library the composer needs in the browser: boots the bundle's
// Pyodide (its core files as they are in BUNDLE_DIR, the standard library included), installs
// its wheels from its lockfile, runs exercise.py beside this file (every way the worker calls the composer)
// and prints one JSON line: {"stdlib": [paths inside python_stdlib.zip, sorted]}: the file of every
// module then loaded from the standard library, Pyodide's own start-up included. Exits non-zero
// when the exercise raised, so run on a bundle whose standard library was already trimmed it is
// also the check that nothing the composer imports was left out. Called by stdlib.py.
//
//   node scripts/sitebuild/runtime/trace_stdlib.mjs BUNDLE_DIR

import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const [bundleDir] = process.argv.slice(2);
if (!bundleDir) {
  console.error("usage: node scripts/sitebuild/runtime/trace_stdlib.mjs BUNDLE_DIR");
  process.exit(2);
}
const dir = resolve(bundleDir) + "/";
const exercise = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "exercise.py"), "utf8");

const { loadPyodide } = await import(pathToFileURL(join(dir, "pyodide.mjs")).href);
// The wheels installed by Pyodide's own package loader from the bundle's lockfile, as the page's
// fallback path does (runtime-loader.js); the snapshot path's imports are a part of these.
const pyodide = await loadPyodide({ indexURL: dir, packages: [], stdout: () => {}, stderr: (l) => console.error(l) });
const errors = [];
await pyodide.loadPackage(["followup"], { messageCallback: () => {}, errorCallback: (m) => errors.push(m) });
if (errors.length) {
  console.error(errors.join("\n"));
  process.exit(1);
}
pyodide.runPython(exercise, { globals: pyodide.toPy({ __name__: "__exercise__" }) });
const found = pyodide.runPython(`
import json, sys
_zip = next(p for p in sys.path if p.endswith(".zip")) + "/"
json.dumps(sorted({m.__file__[len(_zip):] for m in list(sys.modules.values())
                   if isinstance(getattr(m, "__file__", None), str) and m.__file__.startswith(_zip)}))
`);
console.log(JSON.stringify({ stdlib: JSON.parse(found) }));
