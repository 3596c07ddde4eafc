"""The one place the composer reads the machine's clock.

Everything else takes `today` (and `now`) as arguments; only the command line's defaults and
`bundle`'s `today=None` ask here, so a test sets one function to run at a fixed moment.
"""

from __future__ import annotations

from datetime import datetime


def local_now() -> datetime:
    """The machine's local wall-clock time, naive (the composer's times carry no zone)."""
    return datetime.now()
