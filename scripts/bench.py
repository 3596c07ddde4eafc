"""Benchmark the builder's start and typing speed against bare Pyodide, side by side, in Chromium.

Why one script and one table: the machine this runs on is shared and noisy, so every figure is
measured in the same run, interleaved run by run, and reported as a median with its spread;
ratios are taken within each run. Nothing is asserted here: the targets (issue 5) are printed
next to the figures, and tests/scripts/test_bench.py only checks that a quick run still works.

What it measures (a copy of the built site served over local HTTP like GitHub Pages serves it:
`Cache-Control: max-age=600`, no compression; bytes are counted by the server, so anything a
service worker or the HTTP cache answers costs 0):
- bare: a page whose module worker only calls `loadPyodide()` on the site's own Pyodide files,
  from navigation to resolved; cold (new profile) and warm (second visit, same profile);
- builder cold (new profile) and warm (second visit, after the service worker has kept the
  runtime, start-up snapshot included): from navigation to the first letter in the preview (a
  saved draft is put in place first, as for a returning visitor);
- keystroke to updated preview: `input` event timestamp to the preview's DOM change, one
  keystroke at a time, p50 and p95: first as soon as the warm page shows its letter (Material's
  search worker is still building its index then), then again once the page has settled (search
  ready, one more second);
- main-thread long tasks (> 50 ms) from navigation to the first letter, cold and warm, and how
  many of them the builder's own scripts caused (Long Animation Frames script attribution);
- bytes: a guide page (and its offline precache), the builder cold and warm, Pyodide bytes on
  the guide page.

Usage: scripts/bench [--runs 5] [--edits 200] [--quick] [--json FILE] [--site DIR]
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Same flags as tests/conftest.py (see the shared runtime notes).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DRAFT_KEY = "followup:draft:v1"
EXAMPLE = ROOT / "builder" / "followup" / "examples" / "thank-you.json"
GUIDE_PAGE = "why/"
TIMEOUT_MS = 180_000
# Material shows this once its search worker has built the index (the heaviest thing left after load).
SEARCH_READY = ".md-search-result__meta:text('Type to start searching')"
SETTLE_MS = 1000

TARGETS = {
    "ratio_cold": "<= 1.10",
    "ratio_warm": "<= 0.25",
    "keystroke_p95_ms": "<= 16",
    "keystroke_settled_p95_ms": "<= 16",
    "longtasks_cold_builder": "0",
    "longtasks_warm_builder": "0",
    "bytes_guide_pyodide": "0",
}

# --- the bare page (written into the bench's copy of the site only) -----------------------------

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

# Runs in every bench page before its own scripts: first letter, keystroke latency, long tasks.
PROBE_JS = """
(() => {
  const fk = (window.__fk = { letterAt: null, updates: 0, pending: null, latencies: [], longtasks: [], frames: [] });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) fk.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
    // Long animation frames name the scripts that made them long (attribution for the README).
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
  let lastText = null;
  new MutationObserver(() => {
    const panel = document.querySelector("[data-fk-letter]");
    if (!panel) return;
    const now = performance.now();
    if (fk.letterAt === null && panel.querySelector("article")) fk.letterAt = now;
    const text = panel.textContent;
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

# --- a local server that counts what it sends ----------------------------------------------------


@dataclass
class Traffic:
    """Bytes of response bodies the server sent, by URL path (thread-safe)."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: list[tuple[str, int]] = field(default_factory=list)

    def add(self, path: str, size: int) -> None:
        with self.lock:
            self.sent.append((path, size))

    def mark(self) -> int:
        with self.lock:
            return len(self.sent)

    def since(self, mark: int, contains: str = "") -> int:
        with self.lock:
            return sum(size for path, size in self.sent[mark:] if contains in path)


class BenchHandler(SimpleHTTPRequestHandler):
    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".webmanifest": "application/manifest+json",
        ".whl": "application/octet-stream",
        ".zip": "application/zip",
    }
    traffic: Traffic

    def copyfile(self, source: Any, outputfile: Any) -> None:
        size = os.fstat(source.fileno()).st_size
        self.traffic.add(self.path, size)
        super().copyfile(source, outputfile)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "max-age=600")  # like GitHub Pages
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextmanager
def serve(directory: Path) -> Iterator[tuple[str, Traffic]]:
    traffic = Traffic()
    handler = type("Handler", (BenchHandler,), {"traffic": traffic})
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", traffic
    finally:
        server.shutdown()
        server.server_close()


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


def build_site(site_dir: Path) -> None:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        check=True,
    )


# --- statistics ----------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """Linear-interpolated percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    rank = (len(ordered) - 1) * q / 100
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values: list[float]) -> dict[str, float | list[float]]:
    return {
        "median": statistics.median(values),
        "min": min(values),
        "max": max(values),
        "values": [round(v, 3) for v in values],
    }


# --- one run of each scenario --------------------------------------------------------------------


@dataclass
class Bench:
    browser: Any
    root: str
    traffic: Traffic
    edits: int
    draft: str

    def new_context(self) -> Any:
        context = self.browser.new_context(service_workers="allow")
        context.add_init_script(PROBE_JS)
        return context

    def bare(self) -> tuple[float, float]:
        """(cold, warm) ms from navigation to loadPyodide resolved, in a new profile."""
        context = self.new_context()
        try:
            times = []
            for _ in range(2):
                page = context.new_page()
                page.goto(self.root + "bench/bare/")
                page.wait_for_function("() => window.__bare !== undefined", timeout=TIMEOUT_MS)
                result = page.evaluate("() => window.__bare")
                if not result["ok"]:
                    raise RuntimeError(f"bare loadPyodide failed: {result['error']}")
                times.append(result["at"])
                page.close()
            return times[0], times[1]
        finally:
            context.close()

    def _open_builder(self, context: Any) -> tuple[Any, dict[str, Any]]:
        page = context.new_page()
        mark = self.traffic.mark()
        page.goto(self.root + "builder/")
        page.wait_for_function("() => window.__fk.letterAt !== null", timeout=TIMEOUT_MS)
        probe = page.evaluate("() => window.__fk")
        letter_at = probe["letterAt"]
        early = [t for t in probe["longtasks"] if t["start"] < letter_at]
        return page, {
            "ms": letter_at,
            "bytes": self.traffic.since(mark),
            "longtasks": len(early),
            "longtask_ms": sum(t["duration"] for t in early),
            "builder_longtasks": len(builder_long_frames(probe["frames"], letter_at)),
        }

    def builder(self) -> dict[str, Any]:
        """Cold then warm builder loads in one new profile, then keystrokes on the warm page."""
        context = self.new_context()
        try:
            context.add_init_script(f"localStorage.getItem({json.dumps(DRAFT_KEY)}) ?? "
                                    f"localStorage.setItem({json.dumps(DRAFT_KEY)}, {json.dumps(self.draft)});")
            mark = self.traffic.mark()
            cold_page, cold = self._open_builder(context)
            # Wait for what a first visit leaves behind: the runtime kept offline.
            cold_page.wait_for_function("() => document.documentElement.dataset.fkOffline === 'ready'",
                                        timeout=TIMEOUT_MS)
            cold["bytes_with_offline"] = self.traffic.since(mark)
            cold_page.close()

            warm_page, warm = self._open_builder(context)
            keystrokes = self.type(warm_page)
            warm_page.wait_for_selector(SEARCH_READY, state="attached", timeout=TIMEOUT_MS)
            warm_page.wait_for_timeout(SETTLE_MS)
            settled = self.type(warm_page)
            return {"cold": cold, "warm": warm, "keystrokes": keystrokes, "settled": settled}
        finally:
            context.close()

    def type(self, page: Any) -> list[float]:
        """Latencies (ms) of `edits` keystrokes, each waited for before the next."""
        field_ = page.get_by_label("Your name", exact=True)  # in the signature of every letter
        field_.click()
        page.keyboard.press("End")
        page.evaluate("() => { window.__fk.latencies = []; window.__fk.pending = null; }")
        for i in range(self.edits):
            before = page.evaluate("() => window.__fk.updates")
            page.keyboard.press("x" if i % 2 == 0 else "Backspace")
            page.wait_for_function(f"() => window.__fk.updates > {before} && window.__fk.pending === null",
                                   timeout=TIMEOUT_MS)
        return page.evaluate("() => window.__fk.latencies")

    def guide(self) -> dict[str, int]:
        """Bytes for a first visit to a guide page: the page itself, then with the offline precache."""
        context = self.new_context()
        try:
            page = context.new_page()
            mark = self.traffic.mark()
            page.goto(self.root + GUIDE_PAGE, wait_until="load")
            page_bytes = self.traffic.since(mark)
            page.wait_for_function("() => navigator.serviceWorker.controller !== null", timeout=TIMEOUT_MS)
            return {
                "page": page_bytes,
                "with_precache": self.traffic.since(mark),
                "pyodide": self.traffic.since(mark, "/assets/pyodide/"),
            }
        finally:
            context.close()


def run(site: Path, runs: int, edits: int, log: Callable[[str], None]) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    draft = json.dumps(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    series: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        series.setdefault(name, []).append(value)

    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp, serve(prepare_site(site, Path(tmp))) as (
        root,
        traffic,
    ):
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            bench = Bench(browser, root, traffic, edits, draft)
            try:
                for i in range(runs):
                    started = time.monotonic()
                    bare_cold, bare_warm = bench.bare()
                    b = bench.builder()
                    g = bench.guide()
                    add("bare_cold_ms", bare_cold)
                    add("bare_warm_ms", bare_warm)
                    add("builder_cold_ms", b["cold"]["ms"])
                    add("builder_warm_ms", b["warm"]["ms"])
                    add("ratio_cold", b["cold"]["ms"] / bare_cold)
                    add("ratio_warm", b["warm"]["ms"] / bare_cold)
                    add("ratio_warm_vs_bare_warm", b["warm"]["ms"] / bare_warm)
                    series.setdefault("keystroke_ms", []).extend(b["keystrokes"])
                    series.setdefault("keystroke_settled_ms", []).extend(b["settled"])
                    add("longtasks_cold_count", b["cold"]["longtasks"])
                    add("longtasks_cold_ms", b["cold"]["longtask_ms"])
                    add("longtasks_warm_count", b["warm"]["longtasks"])
                    add("longtasks_warm_ms", b["warm"]["longtask_ms"])
                    add("longtasks_cold_builder", b["cold"]["builder_longtasks"])
                    add("longtasks_warm_builder", b["warm"]["builder_longtasks"])
                    add("bytes_guide_page", g["page"])
                    add("bytes_guide_with_precache", g["with_precache"])
                    add("bytes_guide_pyodide", g["pyodide"])
                    add("bytes_builder_cold", b["cold"]["bytes"])
                    add("bytes_builder_cold_with_offline", b["cold"]["bytes_with_offline"])
                    add("bytes_builder_warm", b["warm"]["bytes"])
                    log(
                        f"run {i + 1}/{runs}: bare {bare_cold:.0f} ms, builder cold {b['cold']['ms']:.0f} ms, "
                        f"warm {b['warm']['ms']:.0f} ms ({time.monotonic() - started:.0f} s)"
                    )
            finally:
                browser.close()

    keystrokes = series.pop("keystroke_ms")
    settled = series.pop("keystroke_settled_ms")
    figures: dict[str, Any] = {name: summary(values) for name, values in series.items()}
    figures["keystroke_p50_ms"] = {"value": percentile(keystrokes, 50), "count": len(keystrokes)}
    figures["keystroke_p95_ms"] = {"value": percentile(keystrokes, 95), "count": len(keystrokes)}
    figures["keystroke_max_ms"] = {"value": max(keystrokes), "count": len(keystrokes)}
    figures["keystroke_settled_p50_ms"] = {"value": percentile(settled, 50), "count": len(settled)}
    figures["keystroke_settled_p95_ms"] = {"value": percentile(settled, 95), "count": len(settled)}
    return {"runs": runs, "edits": edits, "chromium": CHROMIUM, "figures": figures, "targets": TARGETS}


def builder_long_frames(frames: list[dict[str, Any]], before: float) -> list[dict[str, Any]]:
    """Long animation frames before `before` in which the builder's own scripts (assets/builder/,
    assets/offline/) ran for more than 50 ms: long tasks the builder caused, as opposed to ones from
    Material's bundle or the browser's own work (style, layout) on a page that happens to hold it."""
    ours = ("/assets/builder/", "/assets/offline/")
    return [
        frame for frame in frames
        if frame["start"] < before
        and sum(s["ms"] for s in frame["scripts"] if any(part in (s["src"] or "") for part in ours)) > 50
    ]


# --- the table -----------------------------------------------------------------------------------

ROWS: tuple[tuple[str, str, str], ...] = (
    ("bare_cold_ms", "bare loadPyodide, cold (ms)", "ms"),
    ("bare_warm_ms", "bare loadPyodide, warm (ms)", "ms"),
    ("builder_cold_ms", "builder cold: navigation to first letter (ms)", "ms"),
    ("builder_warm_ms", "builder warm: navigation to first letter (ms)", "ms"),
    ("ratio_cold", "builder cold / bare cold", "x"),
    ("ratio_warm", "builder warm / bare cold", "x"),
    ("ratio_warm_vs_bare_warm", "builder warm / bare warm", "x"),
    ("keystroke_p50_ms", "keystroke to preview, p50 (ms)", "ms"),
    ("keystroke_p95_ms", "keystroke to preview, p95 (ms)", "ms"),
    ("keystroke_max_ms", "keystroke to preview, max (ms)", "ms"),
    ("keystroke_settled_p50_ms", "keystroke to preview, page settled, p50 (ms)", "ms"),
    ("keystroke_settled_p95_ms", "keystroke to preview, page settled, p95 (ms)", "ms"),
    ("longtasks_cold_count", "long tasks until first letter, cold (count)", "n"),
    ("longtasks_cold_ms", "long tasks until first letter, cold (total ms)", "ms"),
    ("longtasks_warm_count", "long tasks until first letter, warm (count)", "n"),
    ("longtasks_warm_ms", "long tasks until first letter, warm (total ms)", "ms"),
    ("longtasks_cold_builder", "... of which the builder's own scripts, cold (count)", "n"),
    ("longtasks_warm_builder", "... of which the builder's own scripts, warm (count)", "n"),
    ("bytes_guide_page", "bytes: guide page", "B"),
    ("bytes_guide_with_precache", "bytes: guide page + offline precache", "B"),
    ("bytes_guide_pyodide", "bytes: Pyodide files on a guide page", "B"),
    ("bytes_builder_cold", "bytes: builder cold, to first letter", "B"),
    ("bytes_builder_cold_with_offline", "bytes: builder cold, incl. offline caching", "B"),
    ("bytes_builder_warm", "bytes: builder warm", "B"),
)


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}"
    if unit == "B":
        return f"{value / 1e6:.2f} MB" if value >= 100_000 else f"{value / 1000:.1f} kB" if value else "0"
    if unit == "n":
        return f"{value:g}"
    return f"{value:.0f}" if value >= 20 else f"{value:.1f}"


def table(result: dict[str, Any]) -> str:
    figures = result["figures"]
    lines = [
        f"Follow-up Kit benchmark: {result['runs']} run(s), {figures['keystroke_p50_ms']['count']} keystrokes "
        f"right after load and {figures['keystroke_settled_p50_ms']['count']} once settled",
        "",
        "| measure | median | spread (min-max) | target |",
        "| --- | ---: | ---: | ---: |",
    ]
    for key, label, unit in ROWS:
        figure = figures[key]
        if "median" in figure:
            middle, spread = _fmt(figure["median"], unit), f"{_fmt(figure['min'], unit)}-{_fmt(figure['max'], unit)}"
        else:
            middle, spread = _fmt(figure["value"], unit), f"n={figure['count']}"
        lines.append(f"| {label} | {middle} | {spread} | {TARGETS.get(key, '')} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of every scenario (default 5)")
    parser.add_argument("--edits", type=int, default=200, help="keystrokes per run, at each of the two moments (default 200)")
    parser.add_argument("--quick", action="store_true", help="1 run, 20 keystrokes (CI smoke run)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--site", type=Path, default=Path(os.environ.get("FOLLOWUP_SITE_DIR", ROOT / "site")),
                        help="the built site (built here when missing)")
    args = parser.parse_args(argv)
    runs, edits = (1, 20) if args.quick else (args.runs, args.edits)
    if runs < 1 or edits < 2:
        parser.error("--runs must be >= 1 and --edits >= 2")
    if not Path(CHROMIUM).exists():
        parser.error(f"Chromium not found at {CHROMIUM}: run scripts/setup --browser")
    if not (args.site / "index.html").exists():
        build_site(args.site)
    result = run(args.site, runs, edits, log=lambda line: print(line, file=sys.stderr, flush=True))
    print(table(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
