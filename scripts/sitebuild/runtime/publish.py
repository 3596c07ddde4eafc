"""MkDocs hook: publish the browser runtime bundle (Pyodide core, wheels, trimmed lockfile) at
`assets/pyodide/` in every build, so that `mkdocs build`, `mkdocs serve` and `mkdocs gh-deploy`
each produce a complete site whose builder page loads nothing from anywhere else.

Why a hook and not a separate step: a site built without the bundle has a builder that cannot
start, and no one should have to remember a second command. The build itself is
sitebuild.runtime.build (incremental, so an unchanged tree costs a few hash checks); this hook
runs it once per build and adds each output file to MkDocs' files, which copies them into the
site, and names the start-up snapshot for the builder page. Under `mkdocs serve` it also watches
the composer's sources, so an edit to a template or to builder/followup rebuilds the wheel and
reloads the page.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from sitebuild.runtime import PROJECT_DIRS, RuntimeBuildError, build, default_config

log = logging.getLogger("mkdocs.hooks.runtime")

DEST = "assets/pyodide"


def _project_root(config: Any) -> Path:
    return Path(config.config_file_path).resolve().parent


# The start-up snapshot this build publishes, for the builder page (on_page_context).
_snapshot: dict[str, Any] | None = None


def on_files(files: Files, config: Any) -> Files:
    global _snapshot
    try:
        result = build(default_config(_project_root(config)))
    except RuntimeBuildError as exc:
        raise PluginError(f"runtime: {exc}") from None
    log.info("runtime: %s (%.2f s)", result.summary(), result.seconds)
    _snapshot = {**result.manifest["snapshot"], "first_visit_bytes": result.manifest.get("first_visit_bytes")}
    for name in result.files:
        uri = f"{DEST}/{name}"
        existing = files.get_file_from_path(uri)
        if existing is not None:  # a stray copy under docs/ must not shadow the built one
            log.warning("runtime: docs/%s is replaced by the built runtime file", uri)
            files.remove(existing)
        files.append(File.generated(config, uri, abs_src_path=str(result.out_dir / name)))
    return files


def on_page_context(context: dict[str, Any], page: Any, config: Any, nav: Any) -> dict[str, Any]:
    """`runtime_snapshot` ("FILE SIZE"): the builder page names it in <head>, so the composer's
    worker starts downloading it at once instead of after reading runtime.json. `runtime_download`:
    the bytes that start costs a first visit, which the page states when the visitor saves data."""
    if _snapshot is not None:
        context["runtime_snapshot"] = f"{_snapshot['file']} {_snapshot['unzipped_size']}"
        context["runtime_download"] = _snapshot["first_visit_bytes"]
    return context


FIRST_VISIT_MARKER = "{{ runtime.first_visit }}"


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any, **kwargs: Any) -> str:
    """`{{ runtime.first_visit }}` on a page: what a first visit to the builder downloads, which is
    also the offline copy, as "about 10.9 MB" (measured by this build, never typed by hand)."""
    if FIRST_VISIT_MARKER in markdown and _snapshot is not None:
        markdown = markdown.replace(FIRST_VISIT_MARKER, f"about {_snapshot['first_visit_bytes'] / 1_000_000:.1f} MB")
    return markdown


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    root = _project_root(config)
    for top in PROJECT_DIRS:
        if (root / top).is_dir():
            server.watch(str(root / top))
    for name in ("pyproject.toml", "requirements.txt", "package-lock.json"):
        if (root / name).is_file():
            server.watch(str(root / name), recursive=False)
    return server
