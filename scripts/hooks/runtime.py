"""MkDocs hook: placeholder until its issue lands."""
