"""MkDocs hook: make the site installable and usable offline.

What it adds to every build:
- `manifest.webmanifest` at the site root (name, colours, icons; every URL in it relative, so the
  same build installs correctly at a domain's root or under a GitHub Pages sub-path), and a
  `<link rel="manifest">` plus theme colour and touch icon in every page, the 404 page included;
- `assets/offline/register.js` (registers the service worker, shows "A new version is
  available" with a Reload button) and its small stylesheet, on every page;
- `sw.js` at the site root, written last by `node build_sw.mjs` (beside this file; Workbox), because its
  precache revisions are hashes of the final files: this hook's `on_post_build` runs after the
  Content Security Policy hook (scripts/sitebuild/csp.py) has finished rewriting HTML.

Under `mkdocs serve` the service worker is a retiring one that caches nothing and removes any
earlier registration: cached pages would hide every edit while writing the site.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.offline")

ROOT = Path(__file__).resolve().parents[3]
BUILD_SW = Path(__file__).resolve().parent / "build_sw.mjs"
MANIFEST = "manifest.webmanifest"
REGISTER_SCRIPT = "assets/offline/register.js"
STYLESHEET = "assets/offline/offline.css"
ICONS = "assets/images/icons"
THEME_COLOR = "#00695c"  # Material primary, as set in docs/assets/stylesheets/site.css
BACKGROUND_COLOR = "#ffffff"
SHORT_NAME_MAX = 12  # what launchers show without cutting

_state = {"serve": False}


def manifest(site_name: str, description: str) -> dict[str, Any]:
    """The web app manifest. Relative URLs resolve against the manifest's own URL (the site root)."""
    short = site_name if len(site_name) <= SHORT_NAME_MAX else site_name.split()[0][:SHORT_NAME_MAX]
    icons = [
        {"src": f"{ICONS}/icon-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "any"}
        for size in (192, 512)
    ] + [
        {"src": f"{ICONS}/maskable-{size}.png", "sizes": f"{size}x{size}", "type": "image/png", "purpose": "maskable"}
        for size in (192, 512)
    ]
    return {
        "id": "./",
        "name": site_name,
        "short_name": short,
        "description": description,
        "lang": "en",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "theme_color": THEME_COLOR,
        "background_color": BACKGROUND_COLOR,
        "icons": icons,
    }


def head_tags(base: str) -> str:
    """The tags every page gets in <head>; `base` is the relative or absolute URL of the site root."""
    return (
        f'<link rel="manifest" href="{base}{MANIFEST}">\n'
        f'    <meta name="theme-color" content="{THEME_COLOR}">\n'
        f'    <link rel="apple-touch-icon" href="{base}{ICONS}/icon-192.png">\n'
    )


def add_head_tags(html: str, base: str) -> str:
    """`html` with the manifest link and friends just before </head> (once)."""
    if 'rel="manifest"' in html:
        return html
    at = html.lower().find("</head>")
    if at < 0:
        return html
    return html[:at] + "  " + head_tags(base) + "  " + html[at:]


def _relative_base(page_url: str) -> str:
    base = get_relative_url(".", page_url or ".")
    return "" if base == "." else base.rstrip("/") + "/"


# --- MkDocs events --------------------------------------------------------------------------------


def on_startup(command: str, dirty: bool, **kwargs: Any) -> None:
    _state["serve"] = command == "serve"


def on_config(config: Any, **kwargs: Any) -> Any:
    if not any(str(s) == REGISTER_SCRIPT for s in config.extra_javascript):
        script = ExtraScriptValue(REGISTER_SCRIPT)
        script.type = "module"
        config.extra_javascript.append(script)
    if STYLESHEET not in config.extra_css:
        config.extra_css.append(STYLESHEET)
    return config


def on_files(files: Files, config: Any) -> Files:
    content = json.dumps(manifest(config.site_name, config.site_description or ""), indent=2) + "\n"
    existing = files.get_file_from_path(MANIFEST)
    if existing is not None:
        files.remove(existing)
    files.append(File.generated(config, MANIFEST, content=content))
    return files


def on_post_page(output: str, page: Any, config: Any, **kwargs: Any) -> str:
    return add_head_tags(output, _relative_base(page.url))


def on_post_template(output_content: str, template_name: str, config: Any, **kwargs: Any) -> str:
    # 404.html is served at any depth: like Material, link from the site_url's path.
    if not template_name.endswith(".html"):
        return output_content
    base = urlsplit(config.site_url or "/").path or "/"
    return add_head_tags(output_content, base if base.endswith("/") else base + "/")


@event_priority(-110)  # after csp.py's on_post_build (-100): the precache hashes final HTML
def on_post_build(config: Any, **kwargs: Any) -> None:
    node = shutil.which("node")
    if node is None:
        raise PluginError("offline: Node.js is needed to write the service worker (run scripts/setup)")
    args = [node, str(BUILD_SW), "--site", str(config.site_dir)]
    if _state["serve"]:
        args.append("--retire")
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        message = (done.stderr or done.stdout).strip().splitlines()
        raise PluginError(f"offline: {message[-1] if message else 'build_sw.mjs failed'}")
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    if _state["serve"]:
        log.info("offline: development build, service worker retired (no offline caching)")
    else:
        log.info(
            "offline: sw.js precaches %d files (%.0f kB); builder runtime cached on use (%d files, %.1f MB)",
            summary["entries"],
            summary["bytes"] / 1000,
            summary["runtimeFiles"],
            summary["runtimeBytes"] / 1e6,
        )
