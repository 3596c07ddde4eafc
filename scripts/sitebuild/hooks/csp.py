"""MkDocs hook (mkdocs.yml): a Content Security Policy in every page.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.csp, which
MkDocs and the tests import by name.
"""

from sitebuild.csp import on_post_build, on_post_page, on_post_template

__all__ = ["on_post_build", "on_post_page", "on_post_template"]
