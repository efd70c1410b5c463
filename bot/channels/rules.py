"""Which stored articles a channel's auto-post rules accept. Pure functions, no I/O."""

from __future__ import annotations

from collections.abc import Iterable

from bot.matching import stems
from storage.models import Article, Channel
from storage.search import fold
from storage.search import stems as search_stems


def stem_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(search_stems(phrase))


def _has_phrase(text_stems: frozenset[str], phrase: str) -> bool:
    wanted = stem_phrase(phrase)
    return bool(wanted) and all(stem in text_stems for stem in wanted)


def article_stems(article: Article) -> frozenset[str]:
    return stems(" ".join((article.title, article.summary, article.description, article.text)))


def _same_city(city: str, cities: Iterable[str]) -> bool:
    wanted = fold(city).strip()
    return any(fold(item).strip() == wanted for item in cities)


def matches(channel: Channel, article: Article, text_stems: frozenset[str] | None = None) -> bool:
    """Whether an article fits the channel's categories, languages, cities and keywords.

    Cities restrict premieres: an article announcing a premiere in another city is refused,
    news without a premiere city passes. The daily maximum is checked when posting.
    """
    if not article.is_cinema or article.duplicate_of is not None:
        return False
    if channel.categories and not set(channel.categories) & set(article.categories):
        return False
    if channel.languages and article.language not in channel.languages:
        return False
    city = article.premiere.city if article.premiere else None
    if channel.cities and city and not _same_city(city, channel.cities):
        return False
    if not channel.include_words and not channel.exclude_words:
        return True
    found = text_stems if text_stems is not None else article_stems(article)
    if any(_has_phrase(found, word) for word in channel.exclude_words):
        return False
    return not channel.include_words or any(
        _has_phrase(found, word) for word in channel.include_words
    )


def city_wanted(channel: Channel, city: str | None) -> bool:
    """Whether a premiere city is one of the channel's (any city when none are chosen)."""
    return not channel.cities or (city is not None and _same_city(city, channel.cities))
