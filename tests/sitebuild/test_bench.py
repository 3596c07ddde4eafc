"""scripts/bench (sitebuild.bench): a quick smoke run so that it cannot rot, and its small pure helpers.

No figure is checked against a target here: timings on shared machines are noise. The smoke run
only proves every figure is still measured and written.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from sitebuild import ROOT, bench


def test_percentile_interpolates_between_ranks() -> None:
    values = [float(v) for v in range(1, 101)]
    assert bench.percentile(values, 50) == 50.5
    assert bench.percentile(values, 95) == 95.05
    assert bench.percentile([7.0], 95) == 7.0
    assert bench.percentile([3.0, 1.0, 2.0], 0) == 1.0


def test_summary_reports_median_and_spread() -> None:
    assert bench.summary([3.0, 1.0, 2.0]) == {"median": 2.0, "min": 1.0, "max": 3.0, "values": [3.0, 1.0, 2.0]}


def test_table_has_one_row_per_figure_with_targets() -> None:
    figures = {key: bench.summary([1.0, 2.0]) for key, _, _ in bench.ROWS if not key.startswith("keystroke")}
    for key in (key for key, _, _ in bench.ROWS if key.startswith("keystroke")):
        figures[key] = {"value": 4.0, "count": 200}
    text = bench.table({"runs": 2, "figures": figures})
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(bench.ROWS)
    assert "| keystroke to preview, p95 (ms) | 4.0 | n=200 | <= 16 |" in rows
    assert "| keystroke to preview, page settled, p95 (ms) | 4.0 | n=200 | <= 16 |" in rows


def test_two_builds_side_by_side_show_both_medians_and_their_ratio() -> None:
    def figures(scale: float) -> dict:
        out = {key: bench.summary([scale, scale]) for key, _, _ in bench.ROWS if not key.startswith("keystroke")}
        for key in (key for key, _, _ in bench.ROWS if key.startswith("keystroke")):
            out[key] = {"value": 10.0 * scale, "count": 200}
        out["bytes_guide_pyodide"] = bench.summary([0.0])
        return out

    text = bench.table({"runs": 2, "figures": figures(2.0), "compare": {"site": "/tmp/old", "figures": figures(4.0)}})
    assert "compared with /tmp/old" in text
    rows = [line for line in text.splitlines() if line.startswith("| ") and "---" not in line][1:]
    assert len(rows) == len(bench.ROWS)
    assert "| keystroke to preview, p95 (ms) | 40 | 20 | 0.50 | <= 16 |" in rows
    assert "| bytes: Pyodide files on a guide page | 0 | 0 | = | 0 |" in rows


def test_quick_run_writes_every_figure(site_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    done = subprocess.run(
        [str(ROOT / "scripts" / "bench"), "--quick", "--json", str(out), "--site", str(site_dir)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["runs"] == 1 and result["edits"] == 20
    figures = result["figures"]
    assert set(figures) == {key for key, _, _ in bench.ROWS}
    for key, figure in figures.items():
        value = figure.get("median", figure.get("value"))
        assert isinstance(value, (int, float)) and value >= 0, key
    assert figures["keystroke_p95_ms"]["count"] == 20
    assert figures["keystroke_settled_p95_ms"]["count"] == 20
    # The table on stdout carries the same rows.
    assert done.stdout.count("\n| ") == len(bench.ROWS) + 2  # + header and rule


def test_only_frames_where_the_builders_scripts_ran_long_count_as_the_builders() -> None:
    def frame(start: float, *scripts: tuple[str, float]) -> dict:
        return {"start": start, "duration": 120, "scripts": [{"src": src, "ms": ms} for src, ms in scripts]}

    frames = [
        frame(10, ("https://x.test/assets/javascripts/bundle.f1.min.js", 90), ("https://x.test/assets/builder/builder.js", 20)),
        frame(20, ("https://x.test/sub/assets/builder/builder.js", 60)),
        frame(30, ("https://x.test/assets/offline/register.js", 30), ("https://x.test/assets/builder/boot.js", 30)),
        frame(40, (None, 200)),
        frame(900, ("https://x.test/assets/builder/builder.js", 80)),  # after the first letter
    ]
    assert [f["start"] for f in bench.builder_long_frames(frames, before=500)] == [20, 30]
