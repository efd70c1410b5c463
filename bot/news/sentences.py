"""Sentence splitting with razdel, which knows Russian abbreviations and initials."""

from __future__ import annotations

from functools import lru_cache

from razdel import sentenize


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Sentences of one paragraph, verbatim slices of it."""
    return tuple(piece.text for piece in sentenize(paragraph) if piece.text.strip())
