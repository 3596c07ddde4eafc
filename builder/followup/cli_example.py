"""`followup example`: a complete example answers file to edit, of a letter kind, in a letter language.

A family's examples are `followup/examples/<family>-<kind>.json` (English's have no prefix).
`--language` takes a family (its example as written) or a code (the family's example with that
code as its language, the file otherwise as it is, so a code of the example's own region prints
the file unchanged). The choices and their help come from `followup.languages`.
"""

from __future__ import annotations

import argparse
import re
import sys
from importlib import resources

from followup import languages
from followup.schema import KINDS

EXAMPLES = (*KINDS, "panel")


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    example = sub.add_parser("example", help="print a complete example answers file")
    example.add_argument("kind", nargs="?", default="thank-you", choices=EXAMPLES, metavar="KIND",
                         help=f"one of {', '.join(EXAMPLES)} (default: thank-you)")
    example.add_argument("--language", choices=(*languages.CODES, *languages.FAMILIES), metavar="LANGUAGE",
                         help=f"the letter language: {', '.join(languages.CODES)}, or a family "
                              f"({', '.join(languages.FAMILIES)}) for its example as written "
                              f"(default: {languages.DEFAULT.family})")
    example.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    sys.stdout.write(example(args.kind, args.language))
    return 0


def example(kind: str, language: str | None = None) -> str:
    """The example answers file of `kind` in `language` (a code or a family; None: the default's family)."""
    from followup.cli import UsageError

    family = language if language in languages.FAMILIES else languages.get(language or "").family
    name = kind if family == languages.DEFAULT.family else f"{family}-{kind}"
    try:
        text = (resources.files("followup") / "examples" / f"{name}.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"the {name} example is missing from this installation; reinstall followup") from None
    if language in languages.CODES:
        text = re.sub(r'^(\s*"language":\s*)"[^"]*"', lambda m: f'{m.group(1)}"{language}"', text, count=1,
                      flags=re.MULTILINE)
    return text
