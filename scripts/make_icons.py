"""Make the web app manifest's icons (PNG) from the site logo's drawing.

Why a script and committed PNGs: the icons change only when the logo does, and the site build
should not need an SVG renderer. Run it after changing docs/assets/images/logo.svg; it needs
`rsvg-convert` (Debian: `apt-get install librsvg2-bin`).

- `icon-192.png`, `icon-512.png` ("any"): the logo on a rounded teal square, like the favicon.
- `maskable-192.png`, `maskable-512.png` ("maskable"): full-bleed teal, the drawing inside the
  central safe zone (a circle of 40% radius) so that any mask shape keeps it whole.

Usage: python scripts/make_icons.py
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOGO = ROOT / "docs" / "assets" / "images" / "logo.svg"
OUT = ROOT / "docs" / "assets" / "images" / "icons"
TEAL = "#00695c"  # --md-primary-fg-color in docs/assets/stylesheets/site.css
SIZES = (192, 512)


def logo_paths(svg: str) -> str:
    """The logo's <path> elements (24x24 viewBox, white strokes set on the root element)."""
    return "\n".join(re.findall(r"<path\b[^>]*/>", svg))


def icon_svg(paths: str, maskable: bool) -> str:
    """A 24x24 icon: background plus the logo's strokes, scaled to sit inside the safe area."""
    if maskable:
        background = f'<rect width="24" height="24" fill="{TEAL}"/>'
        glyph = "translate(12 12) scale(0.6) translate(-12.5 -13)"
    else:
        background = f'<rect width="24" height="24" rx="5" fill="{TEAL}"/>'
        glyph = "translate(12 12) scale(0.8) translate(-12.5 -13)"
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f"{background}"
        f'<g transform="{glyph}" fill="none" stroke="#fff" stroke-width="1.8" '
        f'stroke-linecap="round" stroke-linejoin="round">{paths}</g></svg>'
    )


def main() -> None:
    tool = shutil.which("rsvg-convert")
    if not tool:
        raise SystemExit("rsvg-convert not found: apt-get install librsvg2-bin")
    paths = logo_paths(LOGO.read_text(encoding="utf-8"))
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for maskable in (False, True):
            source = Path(tmp) / f"{maskable}.svg"
            source.write_text(icon_svg(paths, maskable), encoding="utf-8")
            for size in SIZES:
                name = f"{'maskable' if maskable else 'icon'}-{size}.png"
                subprocess.run([tool, "-w", str(size), "-h", str(size), "-o", str(OUT / name), str(source)], check=True)
                print(OUT / name)


if __name__ == "__main__":
    main()
