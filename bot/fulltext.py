"""Full text of an article page: fetched with the feed limits, extracted offline by trafilatura."""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura

from bot.http import PAGE_ACCEPT, HttpClient
from bot.normalize import canonical_url

log = logging.getLogger(__name__)

# Blocks that carry site furniture rather than the story; removed before extraction.
_JUNK_CLASSES = (
    "related", "trend", "popular", "most-read", "mostread", "read-also", "readalso", "see-also",
    "currency", "exchange", "rates", "weather", "pogoda", "kurs", "sidebar", "share", "social",
    "subscribe", "banner", "advert", "promo", "breadcrumb", "menu", "footer", "comments",
    "tags", "teaser-list", "news-feed", "newsfeed",
)  # fmt: skip
_PRUNE_XPATH = [
    "//nav|//aside|//footer|//form|//menu",
    # One pass over the tree for every junk name instead of one per name.
    "//*["
    + " or ".join(
        f"contains(@class, '{name}') or contains(@id, '{name}')" for name in _JUNK_CLASSES
    )
    + "]",
]
# A heading that opens a list of links to other stories; it and the short lines after it go.
_LIST_HEADING = re.compile(
    r"^(?:читайте\s+также|читайте\s+еще|читайте\s+ещё|в\s+тренде|популярное|самое\s+читаемое|"
    r"самое\s+популярное|по\s+теме|другие\s+новости|еще\s+по\s+теме|ещё\s+по\s+теме|смотрите\s+также|"
    r"новости\s+партнеров|новости\s+партнёров|сондай-ақ\s+оқыңыз|тағы\s+оқыңыз)\b.{0,40}$",
    re.I,
)
_JUNK_LINE = re.compile(
    r"(?:\b(?:USD|EUR|RUB|CNY)\b.{0,12}\d|курс(?:ы)?\s+валют|\bпогода\b.{0,40}°|°\s*[CС]\b|"
    r"^читайте\s+(?:также|материал|ещё|еще)\b|^курс\s+(?:цб|валют|нацбанка)|^прочитать\s+статью$|^просмотров:|подписывайтесь|подпишитесь|поделиться|^реклама$|все\s+права\s+защищены|^©|"
    r"нашли\s+ошибку|ctrl\s*\+\s*enter)",
    re.I,
)
_LIST_ITEM_MAX = 160
_SHORT_LINE = 40
_MIN_PROSE = 150
_MENU_RUN = 5
_SENTENCE_END = (".", "!", "?", "…", "»", '"', ":")


@dataclass(frozen=True)
class PageContent:
    text: str
    title: str | None
    published: datetime | None
    image_url: str | None


async def fetch_fulltext(http: HttpClient, url: str) -> PageContent | None:
    """Fetch an article page and extract its main content; None when nothing usable is found."""
    result = await http.fetch(url, accept=PAGE_ACCEPT)
    return await asyncio.to_thread(extract, result.body, result.url)


def extract(page: bytes | str, url: str | None = None) -> PageContent | None:
    """Main text, title, date and lead image of an HTML page, with site junk removed."""
    if not page:
        return None
    # Pruning junk blocks usually helps, but on some layouts it takes the story with it and
    # leaves a menu; so both runs compete on how much prose they keep.
    document, text = None, ""
    for prune in (_PRUNE_XPATH, None):
        candidate = _trafilatura(page, url, prune)
        candidate_text = clean_text(getattr(candidate, "text", None) or "") if candidate else ""
        if _prose(candidate_text) > _prose(text):
            document, text = candidate, candidate_text
    if document is None or _prose(text) < _MIN_PROSE:
        return None  # a menu or a script-rendered page: the feed's teaser is better
    title = getattr(document, "title", None) or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) :].lstrip()
    return PageContent(
        text=text,
        title=title,
        published=_date(getattr(document, "date", None)),
        image_url=canonical_url(getattr(document, "image", None), url),
    )


def _trafilatura(page: bytes | str, url: str | None, prune: list[str] | None) -> object | None:
    try:
        return trafilatura.bare_extraction(
            page,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            prune_xpath=prune,
            # Extensive search guesses dates from copyright lines; a missing date is better.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # trafilatura raises a variety of parser errors on broken pages
        log.warning("extraction failed for %s", url, exc_info=True)
        return None


def _prose(text: str) -> int:
    """Characters in lines that read like sentences rather than links or labels."""
    return sum(len(line) for line in text.split("\n") if _is_sentence(line))


def _is_sentence(line: str) -> bool:
    return len(line) > _SHORT_LINE or line.endswith(_SENTENCE_END)


def clean_text(text: str) -> str:
    """Drop junk lines, link lists and menus that survived extraction; keep paragraphs."""
    kept: list[str] = []
    in_list = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if _LIST_HEADING.match(line):
            in_list = True
            continue
        if in_list and len(line) <= _LIST_ITEM_MAX and not line.endswith(_SENTENCE_END):
            continue
        in_list = False
        if len(line) <= _LIST_ITEM_MAX and _JUNK_LINE.search(line):
            continue
        kept.append(line)
    return "\n\n".join(_without_menus(kept))


def _without_menus(lines: list[str]) -> list[str]:
    """Remove runs of many short label-like lines (menus, region pickers, tickers)."""
    kept: list[str] = []
    run: list[str] = []
    for line in [*lines, "."]:
        if not _is_sentence(line) and len(line) <= _SHORT_LINE:
            run.append(line)
            continue
        if len(run) < _MENU_RUN:
            kept.extend(run)
        run = []
        kept.append(line)
    return kept[:-1]


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)
