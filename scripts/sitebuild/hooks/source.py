"""MkDocs hook (mkdocs.yml): links to the source code a copy was built from.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.source, which
MkDocs and the tests import by name.
"""

from sitebuild.source import on_config, on_page_markdown

__all__ = ["on_config", "on_page_markdown"]
