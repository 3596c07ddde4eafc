"""MkDocs hook (mkdocs.yml): pages under docs/de/ are rendered in German (sitebuild.languages).

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.languages, which
MkDocs and the tests import by name.
"""

from sitebuild.languages import on_page_context, on_post_page

__all__ = ["on_page_context", "on_post_page"]
