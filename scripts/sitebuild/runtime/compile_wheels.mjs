// Adds bytecode to pure-Python wheels, compiled by the Python inside Pyodide itself, so that the
// browser imports jinja2 and the composer without compiling their sources first. Called by
// scripts/sitebuild/runtime/wheels.py, which keys its cache on this file's hash; the host's Python cannot
// do this, as its bytecode is for another Python version.
//
//   node scripts/sitebuild/runtime/compile_wheels.mjs PYODIDE_DIR OUT_DIR WHEEL...
//
// Each WHEEL is copied to OUT_DIR under the same name with, for every module, a
// `__pycache__/<module>.cpython-3XX.pyc` of the unchecked-hash kind (PEP 552: the sources in a
// wheel never change, so the import system need not check them) and the RECORD updated. The
// sources stay (tracebacks, and the templates are data). The output depends only on the input
// bytes and the Pyodide build: no timestamps, entries in a fixed order.

import { readFileSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pyodideDir, outDir, ...wheels] = process.argv.slice(2);
if (!pyodideDir || !outDir || wheels.length === 0) {
  console.error("usage: node scripts/sitebuild/runtime/compile_wheels.mjs PYODIDE_DIR OUT_DIR WHEEL...");
  process.exit(2);
}

const { loadPyodide } = await import(pathToFileURL(join(resolve(pyodideDir), "pyodide.mjs")).href);
const pyodide = await loadPyodide({ indexURL: resolve(pyodideDir) + "/", stdout: () => {}, stderr: (l) => console.error(l) });

const COMPILE = `
import base64, hashlib, os, py_compile, sys, tempfile, zipfile

def _record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"

def _is_bytecode(name):
    return name.startswith("__pycache__/") or "/__pycache__/" in name

def compile_wheel(src, dst):
    with zipfile.ZipFile(src) as zin:
        entries = [(info, zin.read(info)) for info in zin.infolist()]
    record_info, record_data = next((i, d) for i, d in entries if i.filename.endswith(".dist-info/RECORD"))
    record = record_info.filename
    added = []
    with tempfile.TemporaryDirectory() as tmp:
        for info, data in entries:
            if not info.filename.endswith(".py") or _is_bytecode(info.filename):
                continue
            folder, _, module = info.filename.rpartition("/")
            source = os.path.join(tmp, "src.py")
            with open(source, "wb") as f:
                f.write(data)
            target = os.path.join(tmp, "out.pyc")
            py_compile.compile(source, cfile=target, dfile=info.filename, doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            with open(target, "rb") as f:
                pyc = f.read()
            name = f"{folder}/__pycache__/{module[:-3]}.{sys.implementation.cache_tag}.pyc".lstrip("/")
            added.append((name, pyc))
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == record or _is_bytecode(info.filename):
                continue  # bytecode already in the input is replaced, never doubled
            zout.writestr(info, data)
        lines = []
        for name, data in added:
            zinfo = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zinfo.external_attr = 0o644 << 16
            zinfo.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zinfo, data)
            lines.append(_record_line(name, data))
        kept = [line for line in record_data.decode().splitlines()
                if line and not line.startswith(record + ",") and not _is_bytecode(line.split(",")[0])]
        text = "\\n".join([*kept, *lines, f"{record},,"]) + "\\n"
        zout.writestr(record_info, text.encode())
    return len(added)
`;
pyodide.runPython(COMPILE);
const compileWheel = pyodide.globals.get("compile_wheel");

pyodide.FS.mkdirTree("/tmp/in");
pyodide.FS.mkdirTree("/tmp/out");
for (const wheel of wheels) {
  const name = basename(wheel);
  pyodide.FS.writeFile(`/tmp/in/${name}`, readFileSync(wheel));
  const count = compileWheel(`/tmp/in/${name}`, `/tmp/out/${name}`);
  writeFileSync(join(outDir, name), pyodide.FS.readFile(`/tmp/out/${name}`));
  console.log(`compile_wheels: ${name}: ${count} modules`);
}
