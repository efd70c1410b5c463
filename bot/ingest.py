"""One ingest pass in two stages: fetch feeds, parse, complete teasers, de-duplicate and store;
then analyse what was stored and derive the search index and premiere events from it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot import news
from bot.config import Settings
from bot.errors import FetchError
from bot.events import record_facts
from bot.feeds import FeedItem, parse_feed
from bot.fulltext import fetch_fulltext
from bot.http import HttpClient
from bot.normalize import DuplicateIndex, fingerprint, item_uid
from storage import Repository
from storage.models import ArticleAnalysis, Feed, NewArticle, PendingArticle, PremiereFacts

log = logging.getLogger(__name__)

Status = Literal["ok", "not_modified", "error"]
MAX_BACKOFF_SECONDS = 24 * 3600
DUPLICATE_WINDOW = timedelta(days=3)
_ERROR_CHARS = 500
ANALYSIS_BATCH = 200  # articles per thread hop and per write transaction


@dataclass(frozen=True)
class FeedOutcome:
    """What happened to one feed in a pass."""

    url: str
    status: Status
    new: int = 0
    seen: int = 0
    error: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "url": self.url,
            "status": self.status,
            "new": self.new,
            "seen": self.seen,
            "error": self.error,
        }


@dataclass(frozen=True)
class IngestReport:
    """A finished pass: one outcome per feed and the ids of original (non-duplicate) articles,
    those stored by `store_feeds` or those analysed by the whole pass."""

    feeds: tuple[FeedOutcome, ...]
    article_ids: tuple[int, ...]

    @property
    def new_articles(self) -> int:
        """Rows added in this pass, duplicates included."""
        return sum(outcome.new for outcome in self.feeds)

    def as_dict(self) -> dict[str, object]:
        return {
            "feeds": [outcome.as_dict() for outcome in self.feeds],
            "new_articles": self.new_articles,
        }


@dataclass
class _Pass:
    repo: Repository
    http: HttpClient
    settings: Settings
    now: datetime
    # Parsing holds the GIL; more threads at it only add switching.
    cpu: asyncio.Semaphore = field(default_factory=lambda: asyncio.Semaphore(1))
    index: DuplicateIndex | None = None
    article_ids: list[int] = field(default_factory=list)


async def ingest_due(
    repo: Repository, http: HttpClient, settings: Settings, now: datetime
) -> IngestReport:
    """Ingest every unpaused feed whose next check time has come (the scheduler's job)."""
    return await ingest_feeds(repo, http, settings, await repo.feeds.due(now), now)


async def ingest_urls(
    repo: Repository, http: HttpClient, settings: Settings, urls: Sequence[str], now: datetime
) -> IngestReport:
    """Ingest these feeds now, due or not, adding them to the feed list when new."""
    ordered = list(dict.fromkeys(urls))
    await repo.feeds.sync(ordered, now)
    feeds = [feed for feed in [await repo.feeds.by_url(url) for url in ordered] if feed]
    return await ingest_feeds(repo, http, settings, feeds, now)


async def ingest_feeds(
    repo: Repository, http: HttpClient, settings: Settings, feeds: Sequence[Feed], now: datetime
) -> IngestReport:
    """Store the feeds' new items, then analyse whatever is stored without its analysis.

    The report's article ids are the originals analysed, which includes any that an earlier,
    interrupted pass stored."""
    stored = await store_feeds(repo, http, settings, feeds, now)
    analysed = await analyse_stored(repo, settings, now)
    return replace(stored, article_ids=analysed)


async def store_feeds(
    repo: Repository, http: HttpClient, settings: Settings, feeds: Sequence[Feed], now: datetime
) -> IngestReport:
    """Fetch, parse, normalise, de-duplicate and store the feeds' new items, not yet analysed.

    Feeds are fetched concurrently; a failing feed is recorded, never raised."""
    state = _Pass(repo, http, settings, now)
    outcomes = await asyncio.gather(*(_guarded(state, feed) for feed in feeds))
    return IngestReport(tuple(outcomes), tuple(state.article_ids))


async def analyse_stored(repo: Repository, settings: Settings, now: datetime) -> tuple[int, ...]:
    """Analyse every stored article still waiting for it, index the cinema ones and group
    premiere stories into events; return the ids of the originals (not duplicates) analysed."""
    originals: list[int] = []
    while pending := await repo.articles.unanalysed(ANALYSIS_BATCH):
        analyses = await asyncio.to_thread(_analyse_all, pending, ZoneInfo(settings.timezone))
        async with repo.write_lock:
            await repo.articles.record_analyses(analyses)
        kept = [
            (article, analysis)
            for article, analysis in zip(pending, analyses, strict=True)
            if article.duplicate_of is None
        ]
        ids = [article.id for article, _ in kept]
        premieres = [(a.article_id, a.premiere) for _, a in kept if a.is_cinema and a.premiere]
        await _derive(repo, ids, premieres, now)
        originals.extend(ids)
    return tuple(originals)


async def _derive(
    repo: Repository,
    article_ids: Sequence[int],
    premieres: Sequence[tuple[int, PremiereFacts]],
    now: datetime,
) -> None:
    """Keep what is built from new articles current: the search index and premiere events."""
    async with repo.write_lock:
        await repo.search.index_articles(article_ids)
    for article_id, facts in premieres:
        await record_facts(repo, article_id, facts, now)


def _analyse_all(pending: Sequence[PendingArticle], zone: ZoneInfo) -> list[ArticleAnalysis]:
    """Analyse a batch of stored articles (CPU work, run in a thread)."""
    return [_analyse(article, zone) for article in pending]


def _analyse(article: PendingArticle, zone: ZoneInfo) -> ArticleAnalysis:
    published = article.published_at.astimezone(zone).date() if article.published_at else None
    try:
        result = news.analyze(
            title=article.title, text=article.text, url=article.url, published=published
        )
    except Exception:  # one article the rules choke on must not hold back all the others
        log.exception("analysis failed for article %s (%s)", article.id, article.url)
        return ArticleAnalysis(article.id, "ru", False, (), None, "", article.text)
    premiere = result.premiere
    return ArticleAnalysis(
        article_id=article.id,
        language=result.language,
        is_cinema=result.is_cinema,
        categories=result.categories,
        premiere=PremiereFacts(premiere.titles, premiere.date, premiere.city, premiere.venue)
        if premiere
        else None,
        summary=result.summary,
        text=result.clean_text or article.text,
    )


async def _guarded(state: _Pass, feed: Feed) -> FeedOutcome:
    try:
        return await _ingest_feed(state, feed)
    except FetchError as exc:
        return await _fail(state, feed, str(exc))
    except Exception as exc:  # one broken feed must never stop the pass
        log.exception("unexpected failure while ingesting %s", feed.url)
        return await _fail(state, feed, f"internal error: {type(exc).__name__}: {exc}")


async def _ingest_feed(state: _Pass, feed: Feed) -> FeedOutcome:
    repo, now = state.repo, state.now
    result = await state.http.fetch(feed.url, etag=feed.etag, last_modified=feed.last_modified)
    next_check = now + timedelta(seconds=state.settings.poll_interval_seconds)
    if result.not_modified:
        async with state.repo.write_lock:
            await repo.feeds.record_not_modified(feed.id, checked_at=now, next_check_at=next_check)
        return FeedOutcome(feed.url, "not_modified")
    async with state.cpu:
        parsed = await parse_feed(result.body, result.headers, result.url)
    total, records = await _new_records(state, feed.id, parsed.items)
    async with state.repo.write_lock:
        try:
            added = await _store(state, feed.id, records)
            await repo.feeds.record_success(
                feed.id,
                title=parsed.title or None,
                etag=result.etag,
                last_modified=result.last_modified,
                checked_at=now,
                next_check_at=next_check,
            )
        except BaseException:
            await repo.articles.discard_pending()
            raise
    if parsed.warning:
        log.info("%s parsed with a warning: %s", feed.url, parsed.warning)
    return FeedOutcome(feed.url, "ok", new=added, seen=total - added)


async def _new_records(
    state: _Pass, feed_id: int, parsed: Sequence[FeedItem]
) -> tuple[int, list[NewArticle]]:
    """The feed's distinct item count and records for the items it does not have yet."""
    items: dict[str, FeedItem] = {}
    for item in parsed:
        items.setdefault(item_uid(item.guid, item.url, item.title, item.published), item)
    known = await state.repo.articles.known_uids(feed_id, list(items))
    # Feeds list newest first; storing oldest first keeps ids in publication order.
    fresh = [(uid, item) for uid, item in reversed(items.items()) if uid not in known]
    completed = await _complete(state, [item for _, item in fresh])
    uids = [uid for uid, _ in fresh]
    async with state.cpu:
        records = await asyncio.to_thread(_records, feed_id, uids, completed, state.now)
    return len(items), records


async def _fail(state: _Pass, feed: Feed, error: str) -> FeedOutcome:
    settings, now = state.settings, state.now
    delay = settings.poll_interval_seconds * 2 ** min(feed.error_count + 1, 20)
    async with state.repo.write_lock:
        updated = await state.repo.feeds.record_failure(
            feed.id,
            error=error[:_ERROR_CHARS],
            checked_at=now,
            next_check_at=now + timedelta(seconds=min(delay, MAX_BACKOFF_SECONDS)),
            pause_after=settings.max_feed_failures,
        )
    if updated.paused:
        log.warning("feed %s paused after %s failures: %s", feed.url, updated.error_count, error)
    else:
        log.info("feed %s failed (%s in a row): %s", feed.url, updated.error_count, error)
    return FeedOutcome(feed.url, "error", error=error)


async def _complete(state: _Pass, items: list[FeedItem]) -> list[FeedItem]:
    """Replace teasers by the article page's main text where the feed carried too little."""
    minimum = state.settings.fulltext_min_chars
    teasers = [n for n, item in enumerate(items) if item.url and len(item.text) < minimum]
    if not teasers:
        return items
    pages = await asyncio.gather(*(_with_fulltext(state.http, items[n]) for n in teasers))
    completed = list(items)
    for n, item in zip(teasers, pages, strict=True):
        completed[n] = item
    return completed


async def _with_fulltext(http: HttpClient, item: FeedItem) -> FeedItem:
    assert item.url is not None
    try:
        page = await fetch_fulltext(http, item.url)
    except FetchError as exc:
        log.info("full text of %s not fetched: %s", item.url, exc)
        return item
    if page is None or len(page.text) <= len(item.text):
        return item
    return replace(
        item,
        text=page.text,
        title=item.title or page.title or "",
        published=item.published or page.published,
        image_url=item.image_url or page.image_url,
    )


def _records(
    feed_id: int, uids: list[str], items: list[FeedItem], now: datetime
) -> list[NewArticle]:
    """Fingerprint new items for duplicate detection (CPU work, run in a thread)."""
    return [
        NewArticle(
            feed_id=feed_id,
            uid=uid,
            url=item.url,
            title=item.title,
            published_at=item.published,
            fetched_at=now,
            text=item.text,
            description=item.description,
            image_url=item.image_url,
            fingerprint=fingerprint(item.title, item.text),
            analysed=False,
        )
        for uid, item in zip(uids, items, strict=True)
    ]


async def _store(state: _Pass, feed_id: int, records: list[NewArticle]) -> int:
    """Insert a feed's new articles without committing; return how many rows were added."""
    if not records:
        return 0
    articles = state.repo.articles
    if state.index is None:
        state.index = DuplicateIndex()
        state.index.add_all(await articles.recent_originals(state.now - DUPLICATE_WINDOW))
    index = state.index
    by_url = await articles.originals_by_url([r.url for r in records if r.url])
    rows: list[tuple[NewArticle, int | None]] = []
    # A story twice in one feed: the copy waits until the first one has an id.
    in_batch = DuplicateIndex()
    twins: list[tuple[NewArticle, int]] = []
    for position, record in enumerate(records):
        original = by_url.get(record.url or "") or index.find(record.url, record.fingerprint)
        if original is None:
            twin = in_batch.find(record.url, record.fingerprint)
            if twin is not None:
                twins.append((record, twin))
                continue
            in_batch.add(position, record.url, record.fingerprint)
        rows.append((record, original))
    ids = await articles.add_batch(feed_id, rows)
    for record, original in rows:
        if original is None and record.uid in ids:
            index.add(ids[record.uid], record.url, record.fingerprint)
            state.article_ids.append(ids[record.uid])
    if twins:
        pairs = [(record, ids[records[twin].uid]) for record, twin in twins]
        ids.update(await articles.add_batch(feed_id, pairs))
    return len(ids)
