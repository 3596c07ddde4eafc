"""Follow-up Kit's site build and the tools that check it (never shipped to the browser).

- MkDocs hooks, as modules imported by name; the files MkDocs loads (`hooks/*.py`, listed in
  mkdocs.yml) are thin entry points over them: `languages` (the German section's pages in German),
  `runtime.publish` (the Pyodide runtime bundle, built by `runtime`), `builder_form` (with the
  page's words from `strings`), `examples`, `offline` (manifest, service worker), `csp`, `source`;
- the local tools: `pages_server` (the built site served like GitHub Pages), `chromium` (one set of
  launch options), `bench` (scripts/bench) and `lighthouse` (scripts/lighthouse).

Installed editable into .venv by scripts/setup from ./pyproject.toml, apart from the `followup`
distribution, whose wheel is what visitors' browsers download.
"""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The repository: this package is only ever used from a checkout (editable install)."""
