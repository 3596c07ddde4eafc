"""MkDocs hook (mkdocs.yml): the browser runtime bundle, published at assets/pyodide/.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.runtime.publish, which
MkDocs and the tests import by name.
"""

from sitebuild.runtime.publish import on_files, on_page_context, on_page_markdown, on_serve

__all__ = ["on_files", "on_page_context", "on_page_markdown", "on_serve"]
