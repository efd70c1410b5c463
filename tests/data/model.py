"""Records of the hand-written development set."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class P:
    """Premiere labels: main title first, ISO date, nominative city, venue."""

    titles: list[str]
    date: str | None
    city: str | None
    venue: str | None


@dataclass(frozen=True)
class Item:
    """One article: language, primary category ("" when not film), publication date, text."""

    language: str
    primary: str
    published: str
    title: str
    body: str
    premiere: P | None = None
