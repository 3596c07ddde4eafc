"""MkDocs hook (mkdocs.yml): the guide's rules ("within 24 hours"...) in the composer's own words.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.rules, which
MkDocs and the tests import by name.
"""

from sitebuild.rules import on_page_markdown

__all__ = ["on_page_markdown"]
