"""Caches of what the composer reads from answers.

Pure functions of an answer's or a paragraph's text (its repair, its shape, its proofreading) are
cached: a keystroke changes one answer, and every render reads them all, once per phrasing it
tries. They are declared with `answer_cache` rather than `functools.lru_cache` so that `clear`
finds them all: the start-up snapshot empties them after its warm-up renders
(scripts/sitebuild/runtime/make_snapshot.mjs), whose examples are the only answers that would
ever hit those entries. Caches of the program itself (a language's tables, the template
environments) are plain `lru_cache` and stay.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import TypeVar

T = TypeVar("T")

_CACHES: list[_lru_cache_wrapper[object]] = []


def answer_cache(maxsize: int = 1024) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """`functools.lru_cache(maxsize)`, registered for `clear`."""

    def wrap(function: Callable[..., T]) -> _lru_cache_wrapper[T]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)  # type: ignore[arg-type]
        return cached

    return wrap


def clear() -> None:
    """Empties every answer cache (the program's own caches are untouched)."""
    for cached in _CACHES:
        cached.cache_clear()
