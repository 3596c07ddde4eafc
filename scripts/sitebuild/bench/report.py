"""The benchmark's figures: statistics, the targets, and the Markdown table the build's design note (scripts/sitebuild/README.md) quotes."""

from __future__ import annotations

import statistics
from typing import Any

TARGETS = {
    "ratio_cold": "<= 1.10",
    "ratio_warm": "<= 0.45",
    "keystroke_p95_ms": "<= 16",
    "keystroke_settled_p95_ms": "<= 16",
    "longtasks_cold_builder": "0",
    "longtasks_warm_builder": "0",
    "bytes_guide_pyodide": "0",
    "apps_start_ratio": "~1",
    "switch_p95_ms": "<= 50",
    "phone_first_letter_ms": "<= 12000",
    "phone_runtime_bytes": "<= 11 MB",
}


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
    ("phone_usable_ms", "phone profile, first visit: form usable (ms)", "ms"),
    ("phone_first_letter_ms", "phone profile, first visit: first letter (ms)", "ms"),
    ("phone_bytes", "phone profile: bytes to first letter, as Pages serves them", "B"),
    ("phone_runtime_bytes", "... of which the runtime (Python, the composer's snapshot)", "B"),
    ("apps_start_1_ms", "builder warm, 1 application kept: to first letter (ms)", "ms"),
    ("apps_start_50_ms", "builder warm, 50 applications kept: to first letter (ms)", "ms"),
    ("apps_start_ratio", "... 50 applications / 1", "x"),
    ("switch_p50_ms", "switching applications to the letter shown, p50 (ms)", "ms"),
    ("switch_p95_ms", "switching applications to the letter shown, p95 (ms)", "ms"),
)
"""Every row of the table; the applications rows only for a build that keeps applications."""


def _fmt(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}"
    if unit == "B":
        return f"{value / 1e6:.2f} MB" if value >= 100_000 else f"{value / 1000:.1f} kB" if value else "0"
    if unit == "n":
        return f"{value:g}"
    return f"{value:.0f}" if value >= 20 else f"{value:.1f}"


def _middle(figure: dict[str, Any]) -> float:
    return figure["median"] if "median" in figure else figure["value"]


def table(result: dict[str, Any]) -> str:
    if "compare" in result:
        return _side_by_side(result)
    figures = result["figures"]
    lines = [
        f"Follow-up Kit benchmark: {result['runs']} run(s), {figures['keystroke_p50_ms']['count']} keystrokes "
        f"right after load and {figures['keystroke_settled_p50_ms']['count']} once settled",
        "",
        "| measure | median | spread (min-max) | target |",
        "| --- | ---: | ---: | ---: |",
    ]
    for key, label, unit in ROWS:
        if key not in figures:
            continue
        figure = figures[key]
        if "median" in figure:
            middle, spread = _fmt(figure["median"], unit), f"{_fmt(figure['min'], unit)}-{_fmt(figure['max'], unit)}"
        else:
            middle, spread = _fmt(figure["value"], unit), f"n={figure['count']}"
        lines.append(f"| {label} | {middle} | {spread} | {TARGETS.get(key, '')} |")
    return "\n".join(lines)


def _side_by_side(result: dict[str, Any]) -> str:
    """Two builds measured in one run: medians (or pooled percentiles) of each, and new / compared."""
    new, old = result["figures"], result["compare"]["figures"]
    lines = [
        f"Follow-up Kit benchmark, two builds side by side: {result['runs']} run(s) each, interleaved; "
        f"compared with {result['compare']['site']}",
        "",
        "| measure | compared build | this build | this / compared | target |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for key, label, unit in ROWS:
        if key not in new:
            continue
        if key not in old:
            lines.append(f"| {label} | – | {_fmt(_middle(new[key]), unit)} |  | {TARGETS.get(key, '')} |")
            continue
        a, b = _middle(old[key]), _middle(new[key])
        ratio = f"{b / a:.2f}" if a else ("=" if a == b else "")
        lines.append(f"| {label} | {_fmt(a, unit)} | {_fmt(b, unit)} | {ratio} | {TARGETS.get(key, '')} |")
    return "\n".join(lines)
