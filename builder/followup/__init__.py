"""Follow-up Kit: compose thoughtful follow-up letters after a job interview.

The package knows nothing about browsers: the same code runs from the command
line, at site-build time and, on Pyodide, in a visitor's browser.
"""

__version__ = "0.1.0"
