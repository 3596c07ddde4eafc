"""Short messages (a LinkedIn note, a text): the letter's parts, dropped whole until it fits.

A LinkedIn connection note has a hard limit (200 characters on a free account, 300
with Premium) that counts every character sent. The message is shortened by leaving
out whole parts, in order: the role and company in the thanks, the closing line, the
detail's qualifiers (cut at a seam such as ", " or " on "), and only then the detail
itself, which `check` reports as a problem. Every phrasing is tried before a part is left
out. The greeting and the sign-off always stay.
Where there is no hard limit, the message is kept near `MESSAGE_TARGET` but its
detail is never cut.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import jinja2

from followup.languages import get
from followup.letter import Letter, body_text
from followup.proofread import faults, reason
from followup.schema import MESSAGE_LIMITS, MESSAGE_TARGET
from followup.shapes import cuts
from followup.wording import clip, tidy

NAME_FLOOR = 24
"""A signer's name is clipped (with an ellipsis) to no fewer characters than this, as a last resort."""


def limit_for(message_to: str) -> int | None:
    """The hard character limit of a short message sent as `message_to`, or None."""
    return MESSAGE_LIMITS.get(message_to, MESSAGE_LIMITS["linkedin-note"])


def _versions(ctx: dict[str, Any], hard: bool) -> Iterator[tuple[dict[str, Any], str]]:
    """Versions of the message's context, from the fullest to the barest, each with what it leaves out ("" or "detail")."""
    yield {**ctx, "m_long": True, "m_close": True, "m_role": True}, ""
    yield {**ctx, "m_long": False, "m_close": True, "m_role": True}, ""
    yield {**ctx, "m_long": False, "m_close": False, "m_role": True}, ""
    if not hard:
        return
    ctx = {**ctx, "m_role": False}  # from here on: a role too long to name (a check-in has no detail to cut)
    yield {**ctx, "m_long": False, "m_close": False}, ""
    if ctx.get("topic_shape") in ("phrase", "event", "fact") and ctx.get("family", "en") == "en":
        # English's seams (", ", " on "); another language's phrase is kept whole or left out
        for shorter in cuts(ctx["topic"]):
            yield {**ctx, "m_long": False, "m_close": False, "topic": shorter}, ""
    if ctx.get("topic_shape") not in (None, "none"):
        yield {**ctx, "m_long": False, "m_close": True, "topic": "", "topic_shape": "none"}, "detail"
        yield {**ctx, "m_long": False, "m_close": False, "topic": "", "topic_shape": "none"}, "detail"


def message_letter(template: jinja2.Template, ctx: dict[str, Any], common: dict[str, Any], name: str,
                   message_to: str, names: frozenset[str], alternatives: Sequence[Any] = ()) -> Letter:
    """The short message for `ctx`, within the limit of `message_to` (see the module docstring).

    Each version is tried in every phrasing of `alternatives` (variant pickers) before the next,
    barer version: the detail is lost to length, never to a clash of one phrasing. When the
    detail is left out although a message with it fitted, the reason `check` gives is the
    fault that every such phrasing had, not the limit.
    """
    language = common.get("language", "en-US")
    family = get(language).family
    limit_reason = get(language).table("letters").LIMIT_REASON
    limit = limit_for(message_to)
    budget = limit if limit is not None else MESSAGE_TARGET
    pickers = list(alternatives) or [ctx["variant"]]

    def build(c: dict[str, Any], signer: str, left: tuple[tuple[str, str], ...]) -> Letter:
        paragraphs = tuple(p for p in (tidy(template.make_module(c).message()),) if p)
        return Letter(subject=None, date_line=None, sender_block=(), recipient_block=(), paragraphs=paragraphs,
                      signature=(signer,) if signer else (), **{**common, "left_out": left})

    tried: list[tuple[Letter, bool]] = []
    fitted_fault = ""  # a fault of a message that kept the detail and fitted: the real reason it was lost
    versions = list(_versions(ctx, limit is not None))
    # Every version in the first phrasing, then the versions that keep the detail in every other
    # phrasing, and only then the versions without the detail.
    order = [(c, lost, pickers[0]) for c, lost in versions if not lost]
    order += [(c, lost, picker) for picker in pickers[1:] for c, lost in versions if not lost]
    order += [(c, lost, picker) for c, lost in versions if lost for picker in pickers]
    for c, lost, picker in order:
        left = common["left_out"]
        if lost:
            why = reason(fitted_fault, language) if fitted_fault else limit_reason
            left = left + ((f"interviewers.{ctx['index']}.topic", why),)
        letter = build({**c, "variant": picker}, name, left)
        found = [f for p in letter.paragraphs for f in faults(p, names, family)]
        fits = len(body_text(letter)) <= budget
        if not found and fits:
            return letter
        if found and fits and not lost and not fitted_fault:
            fitted_fault = found[0]
        tried.append((letter, not found))
    if limit is None:
        return next((letter for letter, ok in tried if ok), tried[0][0])
    # Only names longer than any real one get here: clip the signer's name, keep the rest whole.
    ctx = {**ctx, "m_long": False, "m_close": False, "m_role": False, "topic": "", "topic_shape": "none"}
    bare = build(ctx, name,
                  common["left_out"] + ((f"interviewers.{ctx['index']}.topic", limit_reason),))
    over = len(body_text(bare)) - limit
    if over > 0:
        bare = build(ctx, clip(name, max(NAME_FLOOR, len(name) - over)), bare.left_out)
    return bare
