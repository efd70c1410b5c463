"""Feed parsing: feedparser off the event loop, its output turned into our own records here."""

from __future__ import annotations

import asyncio
import calendar
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from bot.errors import FeedParseError
from bot.normalize import canonical_url, html_to_text

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
_IMAGE_EXT = re.compile(r"\.(?:jpe?g|png|gif|webp|avif)(?:$|\?)", re.I)


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed as plain text; `text` is the richest body the feed carried."""

    guid: str | None
    url: str | None
    title: str
    description: str
    text: str
    published: datetime | None
    image_url: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str
    items: tuple[FeedItem, ...]
    version: str
    warning: str | None


async def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Parse a fetched body in a worker thread; raise FeedParseError when it is not a feed."""
    return await asyncio.to_thread(parse_feed_sync, body, headers, url)


def parse_feed_sync(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Parse a body synchronously (for threads and benchmarks)."""
    if not body.strip():
        raise FeedParseError("empty document")
    response_headers = {"content-location": url, **headers}
    # We keep plain text only, so feedparser's HTML sanitising and URI rewriting (a third of
    # its time) buy nothing: html_to_text drops scripts and links are resolved by canonical_url.
    result = feedparser.parse(
        body, response_headers=response_headers, sanitize_html=False, resolve_relative_uris=False
    )
    version = result.get("version") or ""
    entries = result.get("entries") or []
    warning = _bozo_reason(result)
    if not entries and not version:
        raise FeedParseError(_not_a_feed_reason(body, headers, warning))
    base = url
    items = tuple(item for item in (_item(entry, base) for entry in entries) if item)
    feed = result.get("feed") or {}
    return ParsedFeed(html_to_text(feed.get("title")), items, version, warning)


def _bozo_reason(result: Any) -> str | None:
    if not result.get("bozo"):
        return None
    exc = result.get("bozo_exception")
    return f"{type(exc).__name__}: {exc}" if exc else "ill-formed"


def _not_a_feed_reason(body: bytes, headers: Mapping[str, str], warning: str | None) -> str:
    content_type = headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in ("text/html", "application/xhtml+xml") or _HTML_START.match(body[:2048]):
        return "not a feed: got an HTML page"
    return f"not a feed: {warning}" if warning else "not a feed: no RSS/Atom content"


def _item(entry: Any, base: str) -> FeedItem | None:
    # dict.get reads the stored keys directly, skipping feedparser's alias lookups.
    get = dict.get
    title = html_to_text(get(entry, "title"))
    description = html_to_text(get(entry, "summary"))
    contents = [html_to_text(part.get("value")) for part in get(entry, "content") or ()]
    text = max([description, *contents], key=len)
    if not title and not text:
        return None
    if not title:
        title = text.split("\n", 1)[0][:200]
    link = canonical_url(get(entry, "link"), base)
    return FeedItem(
        guid=get(entry, "id") or None,
        url=link,
        title=title,
        description=description,
        text=text,
        published=_when(entry),
        image_url=_image(entry, base),
    )


def _when(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get skips feedparser's deprecated key aliasing (and its warning).
        value: time.struct_time | None = dict.get(entry, key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, OSError):
                continue
    return None


def _image(entry: Any, base: str) -> str | None:
    candidates: list[str] = []
    get = dict.get
    for media in (*(get(entry, "media_content") or ()), *(get(entry, "media_thumbnail") or ())):
        medium = media.get("medium") or media.get("type") or "image"
        if medium.startswith("image") and media.get("url"):
            candidates.append(media["url"])
    # Enclosures are among the links (rel="enclosure"); feedparser's own list is a copy.
    for link in get(entry, "links") or ():
        href = link.get("href")
        kind = link.get("type") or ""
        if href and (
            kind.startswith("image/")
            or (link.get("rel") == "enclosure" and _IMAGE_EXT.search(href))
        ):
            candidates.append(href)
    for candidate in candidates:
        url = canonical_url(candidate, base)
        if url:
            return url
    return None
