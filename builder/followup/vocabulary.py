"""The values the composer branches on, named once: letter kinds, tones, channels and interview stages.

Each is the choices of its answers field in `followup.schema` (the one declaration, with the
labels the form shows); this module only names the values for the code and templates that
compare against them. `tests/followup/test_vocabulary.py` reads every template and module and
fails on a comparison with a value that is not declared here, so a misspelt branch
(`tone == "formall"`) fails a test instead of silently taking the other path.

`stage` mixes the round (final) with the form of the interview (phone screen, video, on-site,
panel); splitting it would change the answers format, which is left for a schema version of
its own.
"""

from __future__ import annotations

from followup.schema import field_by_path


def _values(path: str) -> tuple[str, ...]:
    return tuple(choice.value for choice in field_by_path(path).choices)


KINDS: tuple[str, ...] = _values("kind")
TONES: tuple[str, ...] = _values("tone")
CHANNELS: tuple[str, ...] = _values("channel")
STAGES: tuple[str, ...] = _values("stage")

BY_NAME: dict[str, tuple[str, ...]] = {"kind": KINDS, "tone": TONES, "channel": CHANNELS, "stage": STAGES}
"""Each answers field the composer branches on, and its declared values."""
