"""MkDocs hook (mkdocs.yml): the web app manifest and the service worker.

An entry point only: MkDocs loads hooks by file path, and the code lives in sitebuild.offline, which
MkDocs and the tests import by name.
"""

from sitebuild.offline import on_config, on_files, on_post_build, on_post_page, on_post_template, on_startup

__all__ = ["on_config", "on_files", "on_post_build", "on_post_page", "on_post_template", "on_startup"]
