"""News understanding: pure functions from an article to language, relevance, categories,
premiere facts and an extractive summary. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

CATEGORIES = (
    "premiere",
    "festival",
    "awards",
    "box_office",
    "production",
    "review",
    "interview",
    "trailer",
    "other",
)


@dataclass(frozen=True)
class Premiere:
    titles: tuple[str, ...]
    date: date | None
    city: str | None
    venue: str | None


@dataclass(frozen=True)
class Analysis:
    language: str
    is_cinema: bool
    categories: tuple[str, ...]
    premiere: Premiere | None
    summary: str
    clean_text: str


def analyze(
    *, title: str, text: str, url: str | None = None, published: date | None = None
) -> Analysis:
    """Analyse one article given as plain text (HTML is turned into text first by the caller)."""
    # Placeholder until the understanding package lands: treats nothing as film news.
    clean = text.strip()
    return Analysis("ru", False, (), None, clean[:600], clean)
