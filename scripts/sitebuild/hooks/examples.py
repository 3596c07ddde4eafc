"""MkDocs hook (mkdocs.yml): the guide's example letters, written by the real composer.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.examples, which
MkDocs and the tests import by name.
"""

from sitebuild.examples import on_files, on_page_markdown

__all__ = ["on_files", "on_page_markdown"]
