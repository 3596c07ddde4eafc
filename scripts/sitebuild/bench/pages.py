"""The pages the benchmark adds to its copy of the site, and the probe it runs in every page."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

BARE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bare loadPyodide</title>
<script type="module" src="bare.js"></script></head><body><p>bare loadPyodide</p></body></html>
"""
BARE_JS = """const worker = new Worker(new URL("bare-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => { window.__bare = { at: performance.now(), ...event.data }; };
"""
BARE_WORKER_JS = """import { loadPyodide } from "../../assets/pyodide/pyodide.mjs";
const started = performance.now();
try {
  await loadPyodide({ indexURL: new URL("../../assets/pyodide/", import.meta.url).href });
  postMessage({ ok: true, inWorker: performance.now() - started });
} catch (error) {
  postMessage({ ok: false, error: String(error) });
}
"""

TIMEOUT_MS = 180_000
"""How long any one step of a scenario may take before the run fails (not a speed limit)."""
OFFLINE_READY = "() => document.documentElement.dataset.fkOffline === 'ready'"
"""True once a visit has kept the runtime for offline use (register.js)."""

# Runs in every bench page before its own scripts: first letter, keystroke latency, switches, long tasks.
PROBE_JS = """
(() => {
  const fk = (window.__fk = { letterAt: null, updates: 0, pending: null, latencies: [], longtasks: [], frames: [],
                              clickAt: null, expect: null, switches: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) fk.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    // Long animation frames name the scripts that made them long (attribution for the report).
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        fk.frames.push({
          start: e.startTime,
          duration: e.duration,
          scripts: e.scripts.map((s) => ({ src: s.sourceURL, fn: s.sourceFunctionName, invoker: s.invoker, ms: s.duration })),
        });
    }).observe({ type: "long-animation-frame", buffered: true });
  } catch {}
  document.addEventListener("input", (event) => { fk.pending = event.timeStamp; }, true);
  // Switching applications: the click, then the first preview whose text names `fk.expect`.
  document.addEventListener("click", (event) => { fk.clickAt = event.timeStamp; }, true);
  let lastText = null;
  new MutationObserver(() => {
    const panel = document.querySelector("[data-fk-letter]");
    if (!panel) return;
    const now = performance.now();
    if (fk.letterAt === null && panel.querySelector("article")) fk.letterAt = now;
    const text = panel.textContent;
    if (fk.expect !== null && fk.clickAt !== null && text.includes(fk.expect)) {
      fk.switches.push(now - fk.clickAt);
      fk.expect = null;
    }
    if (text === lastText) return;
    lastText = text;
    fk.updates += 1;
    if (fk.pending !== null) {
      fk.latencies.push(now - fk.pending);
      fk.pending = null;
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();
"""


DRAFT_KEY = "followup:draft:v1"


def seed_draft(context: Any, draft: str) -> None:
    """Every page of `context` starts with `draft` as the stored draft of earlier versions (which every
    build reads and turns into its first application), unless one is there already."""
    context.add_init_script(f"localStorage.getItem({json.dumps(DRAFT_KEY)}) ?? "
                            f"localStorage.setItem({json.dumps(DRAFT_KEY)}, {json.dumps(draft)});")


def prepare_site(source: Path, into: Path) -> Path:
    """A copy of the built site with the bare page added (the real site never has it)."""
    site = into / "site"
    shutil.copytree(source, site)
    bare = site / "bench" / "bare"
    bare.mkdir(parents=True)
    (bare / "index.html").write_text(BARE_HTML, encoding="utf-8")
    (bare / "bare.js").write_text(BARE_JS, encoding="utf-8")
    (bare / "bare-worker.js").write_text(BARE_WORKER_JS, encoding="utf-8")
    return site

