"""One run of each scenario (bare Pyodide, the builder cold and warm with keystrokes, a guide page)
in headless Chromium, interleaved run by run, and the figures of all runs."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any

from sitebuild import chromium
from sitebuild.bench import applications, phone
from sitebuild.bench.pages import OFFLINE_READY, PROBE_JS, TIMEOUT_MS, prepare_site, seed_draft
from sitebuild.bench.profile import new_profile
from sitebuild.bench.report import TARGETS, builder_long_frames, percentile, summary
from sitebuild.pages_server import Traffic, serve

EXAMPLE = files("followup.examples") / "thank-you.json"  # the draft a returning visitor has
GUIDE_PAGE = "why/"
# Material shows this once its search worker has built the index (the heaviest thing left after load).
SEARCH_READY = ".md-search-result__meta:text('Type to start searching')"
SETTLE_MS = 1000


@dataclass
class Bench:
    playwright: Any
    root: str
    traffic: Traffic
    edits: int
    draft: str

    def new_context(self) -> Any:
        context = new_profile(self.playwright)
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

    def open_builder(self, context: Any) -> tuple[Any, dict[str, Any]]:
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
            seed_draft(context, self.draft)
            mark = self.traffic.mark()
            cold_page, cold = self.open_builder(context)
            # Wait for what a first visit leaves behind: the runtime kept offline.
            cold_page.wait_for_function(OFFLINE_READY, timeout=TIMEOUT_MS)
            cold["bytes_with_offline"] = self.traffic.since(mark)
            cold_page.close()

            warm_page, warm = self.open_builder(context)
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
                "pyodide": self.traffic.since(mark, phone.RUNTIME_PATH),
            }
        finally:
            context.close()


class Series(dict[str, list[float]]):
    """Every value of every figure, by figure, over the runs of one build."""

    def add(self, key: str, value: float) -> None:
        self.setdefault(key, []).append(value)

    def extend(self, key: str, values: list[float]) -> None:
        self.setdefault(key, []).extend(values)


def _record(into: Series, bare: tuple[float, float], b: dict[str, Any], g: dict[str, int]) -> None:
    bare_cold, bare_warm = bare
    into.add("bare_cold_ms", bare_cold)
    into.add("bare_warm_ms", bare_warm)
    into.add("builder_cold_ms", b["cold"]["ms"])
    into.add("builder_warm_ms", b["warm"]["ms"])
    into.add("ratio_cold", b["cold"]["ms"] / bare_cold)
    into.add("ratio_warm", b["warm"]["ms"] / bare_cold)
    into.add("ratio_warm_vs_bare_warm", b["warm"]["ms"] / bare_warm)
    into.extend("keystroke_ms", b["keystrokes"])
    into.extend("keystroke_settled_ms", b["settled"])
    into.add("longtasks_cold_count", b["cold"]["longtasks"])
    into.add("longtasks_cold_ms", b["cold"]["longtask_ms"])
    into.add("longtasks_warm_count", b["warm"]["longtasks"])
    into.add("longtasks_warm_ms", b["warm"]["longtask_ms"])
    into.add("longtasks_cold_builder", b["cold"]["builder_longtasks"])
    into.add("longtasks_warm_builder", b["warm"]["builder_longtasks"])
    into.add("bytes_guide_page", g["page"])
    into.add("bytes_guide_with_precache", g["with_precache"])
    into.add("bytes_guide_pyodide", g["pyodide"])
    into.add("bytes_builder_cold", b["cold"]["bytes"])
    into.add("bytes_builder_cold_with_offline", b["cold"]["bytes_with_offline"])
    into.add("bytes_builder_warm", b["warm"]["bytes"])


def _record_phone(into: Series, p: dict[str, float]) -> None:
    into.add("phone_usable_ms", p["usable_ms"])
    into.add("phone_first_letter_ms", p["first_letter_ms"])
    into.add("phone_bytes", p["bytes"])
    into.add("phone_runtime_bytes", p["runtime_bytes"])


def _record_applications(into: Series, a: dict[str, Any]) -> None:
    into.add("apps_start_1_ms", a["start_1"])
    into.add("apps_start_50_ms", a["start_50"])
    into.add("apps_start_ratio", a["start_50"] / a["start_1"])
    into.extend("switch_ms", a["switches"])


def _figures(series: dict[str, list[float]]) -> dict[str, Any]:
    keystrokes = series.pop("keystroke_ms")
    settled = series.pop("keystroke_settled_ms")
    switches = series.pop("switch_ms", None)
    figures: dict[str, Any] = {name: summary(values) for name, values in series.items()}
    if switches:
        figures["switch_p50_ms"] = {"value": percentile(switches, 50), "count": len(switches)}
        figures["switch_p95_ms"] = {"value": percentile(switches, 95), "count": len(switches)}
    figures["keystroke_p50_ms"] = {"value": percentile(keystrokes, 50), "count": len(keystrokes)}
    figures["keystroke_p95_ms"] = {"value": percentile(keystrokes, 95), "count": len(keystrokes)}
    figures["keystroke_max_ms"] = {"value": max(keystrokes), "count": len(keystrokes)}
    figures["keystroke_settled_p50_ms"] = {"value": percentile(settled, 50), "count": len(settled)}
    figures["keystroke_settled_p95_ms"] = {"value": percentile(settled, 95), "count": len(settled)}
    return figures


ADDED_AFTER_1 = ("style", "language", "message_to", "tracking", "internal")
PERSON_ADDED_AFTER_1 = ("address_as", "met_before", "form_of_address")
"""Answers formats 2 to 4 added only these, each with a default, so leaving them out keeps the letter."""


def _as_version_1(answers: dict[str, Any]) -> dict[str, Any]:
    """The example in answers format 1, which every build reads (a compared build may predate the
    later formats): both builds then start from the same draft."""
    out = {key: value for key, value in answers.items() if key not in ADDED_AFTER_1}
    out["schema_version"] = 1
    out["interviewers"] = [{k: v for k, v in person.items() if k not in PERSON_ADDED_AFTER_1}
                           for person in answers.get("interviewers", [])]
    return out


def run(site: Path, runs: int, edits: int, log: Callable[[str], None],
        compare: Path | None = None) -> dict[str, Any]:
    """Every scenario `runs` times on `site`. With `compare` (another build, for example an older
    commit's site), the same scenarios on it too, interleaved run by run with the same browser, so
    both sets of figures share the machine's noise; the result then has `compare` with its figures."""
    from playwright.sync_api import sync_playwright

    example = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    draft = json.dumps(example if compare is None else _as_version_1(example))
    sites = [site] if compare is None else [site, compare]
    with_apps = [applications.has_applications(path) for path in sites]
    series = [Series() for _ in sites]

    with tempfile.TemporaryDirectory(prefix="followup-bench-") as tmp, ExitStack() as stack:
        served, as_pages = [], []
        for n, path in enumerate(sites):
            traffic, pages_traffic = Traffic(), Traffic()
            prepared = prepare_site(path, Path(tmp) / str(n))
            origin = stack.enter_context(serve(prepared, gzip=False, traffic=traffic))
            served.append((origin + "/", traffic))
            # The phone profile's first visit, served compressed as GitHub Pages serves it.
            as_pages.append((stack.enter_context(serve(prepared, gzip=True, traffic=pages_traffic)) + "/", pages_traffic))
        with sync_playwright() as playwright:
            benches = [Bench(playwright, root, traffic, edits, draft) for root, traffic in served]
            for i in range(runs):
                for n, bench in enumerate(benches):
                    started = time.monotonic()
                    bare = bench.bare()
                    b = bench.builder()
                    g = bench.guide()
                    _record(series[n], bare, b, g)
                    _record_phone(series[n], phone.first_visit(playwright, *as_pages[n], draft))
                    if with_apps[n]:
                        _record_applications(series[n], applications.measure(bench, Path(tmp), json.loads(draft)))
                    name = "" if compare is None else f" [{'new' if n == 0 else 'compare'}]"
                    log(
                        f"run {i + 1}/{runs}{name}: bare {bare[0]:.0f} ms, builder cold {b['cold']['ms']:.0f} ms, "
                        f"warm {b['warm']['ms']:.0f} ms ({time.monotonic() - started:.0f} s)"
                    )

    result: dict[str, Any] = {"runs": runs, "edits": edits, "chromium": chromium.EXECUTABLE,
                              "figures": _figures(series[0]), "targets": TARGETS}
    if compare is not None:
        result["compare"] = {"site": str(compare), "figures": _figures(series[1])}
    return result
