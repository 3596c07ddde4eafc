"""MkDocs hook (mkdocs.yml): the letter builder's form, rendered from the answers schema.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.builder_form, which
MkDocs and the tests import by name.
"""

from sitebuild.builder_form import on_page_context

__all__ = ["on_page_context"]
