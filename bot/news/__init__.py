"""News understanding: pure functions from an article to language, relevance, categories,
premiere facts and an extractive summary. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bot.news.categories import needs_premiere_facts, rank, scores
from bot.news.cleanup import clean_lines
from bot.news.language import detect_language
from bot.news.lexicon import RECALL
from bot.news.premiere import Unit, complete_facts, premiere_date
from bot.news.relevance import is_cinema
from bot.news.sentences import split_sentences
from bot.news.summary import summarise
from bot.news.text import html_to_page, looks_like_html

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
_SCAN_CHARS = 6000  # the lead carries the facts; long tails only cost time
_TOPIC_CHARS = 3000  # enough text to tell what a story is about
_MAX_INPUT_CHARS = 100_000  # far beyond any news story; bounds the cost of a runaway page


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


def _units(title: str, lines: list[str]) -> list[Unit]:
    units = [Unit(title, headline=True, recall=False)] if title else []
    used = 0
    for line in lines:
        recall = bool(RECALL.match(line))
        units.extend(Unit(sentence, False, recall) for sentence in split_sentences(line))
        used += len(line)
        if used > _SCAN_CHARS:
            break
    return units


def analyze(
    *, title: str, text: str, url: str | None = None, published: date | None = None
) -> Analysis:
    """Analyse one article given as plain text; an HTML page is reduced to its text first."""
    if looks_like_html(text):
        page = html_to_page(text)
        title, text = title or page.title, page.text
    lines = clean_lines(text[:_MAX_INPUT_CHARS], title)
    clean_text = "\n".join(lines)
    head = clean_text[:_SCAN_CHARS]
    language = detect_language(title, head)
    summary = summarise(title, lines)
    if not is_cinema(title, head[:_TOPIC_CHARS]):
        return Analysis(language, False, (), None, summary, clean_text)
    evidence = scores(title, head)
    # Sentence splitting and fact extraction only run where their result is used: the date
    # where it can make a premiere story, titles and places once the story is one.
    units = _units(title, lines) if needs_premiere_facts(evidence) else []
    day = premiere_date(units, published) if units else None
    categories = rank(evidence, day is not None)
    premiere = None
    if categories[0] == "premiere":
        facts = complete_facts(units, language, day)
        premiere = Premiere(facts.titles, facts.date, facts.city, facts.venue)
    return Analysis(language, True, categories, premiere, summary, clean_text)
