"""Article records with their analysis."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime

import aiosqlite

from storage.models import (
    Article,
    ArticleAnalysis,
    NewArticle,
    PendingArticle,
    PremiereFacts,
    from_ts,
    to_ts,
)


def _article(row: aiosqlite.Row) -> Article:
    titles = tuple(json.loads(row["premiere_titles"]))
    has_premiere = bool(titles) or row["premiere_date"] or row["premiere_city"]
    premiere = (
        PremiereFacts(
            titles=titles,
            date=date.fromisoformat(row["premiere_date"]) if row["premiere_date"] else None,
            city=row["premiere_city"],
            venue=row["premiere_venue"],
        )
        if has_premiere
        else None
    )
    fetched_at = from_ts(row["fetched_at"])
    assert fetched_at is not None
    return Article(
        id=row["id"],
        feed_id=row["feed_id"],
        uid=row["uid"],
        url=row["url"],
        title=row["title"],
        published_at=from_ts(row["published_at"]),
        fetched_at=fetched_at,
        text=row["text"],
        description=row["description"],
        image_url=row["image_url"],
        fingerprint=row["fingerprint"],
        duplicate_of=row["duplicate_of"],
        language=row["language"],
        is_cinema=bool(row["is_cinema"]),
        categories=tuple(json.loads(row["categories"])),
        premiere=premiere,
        summary=row["summary"],
    )


_INSERT = """INSERT INTO articles (feed_id, uid, url, title, published_at, fetched_at, text,
        description, image_url, fingerprint, duplicate_of, language, is_cinema, categories,
        premiere_titles, premiere_date, premiere_city, premiere_venue, summary, analysed)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT(feed_id, uid) DO NOTHING"""
_RECORD_ANALYSIS = """UPDATE articles SET language = ?, is_cinema = ?, categories = ?,
        premiere_titles = ?, premiere_date = ?, premiere_city = ?, premiere_venue = ?,
        summary = ?, text = ?, analysed = 1
    WHERE id = ?"""


def _premiere_columns(premiere: PremiereFacts | None) -> tuple[object, ...]:
    return (
        json.dumps(list(premiere.titles) if premiere else [], ensure_ascii=False),
        premiere.date.isoformat() if premiere and premiere.date else None,
        premiere.city if premiere else None,
        premiere.venue if premiere else None,
    )


def _row(item: NewArticle, duplicate_of: int | None) -> tuple[object, ...]:
    return (
        item.feed_id,
        item.uid,
        item.url,
        item.title,
        to_ts(item.published_at) if item.published_at else None,
        to_ts(item.fetched_at),
        item.text,
        item.description,
        item.image_url,
        item.fingerprint,
        duplicate_of,
        item.language,
        int(item.is_cinema),
        json.dumps(list(item.categories), ensure_ascii=False),
        *_premiere_columns(item.premiere),
        item.summary,
        int(item.analysed),
    )


def _analysis_row(analysis: ArticleAnalysis) -> tuple[object, ...]:
    return (
        analysis.language,
        int(analysis.is_cinema),
        json.dumps(list(analysis.categories), ensure_ascii=False),
        *_premiere_columns(analysis.premiere),
        analysis.summary,
        analysis.text,
        analysis.article_id,
    )


class ArticleStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def add(self, item: NewArticle, duplicate_of: int | None = None) -> int | None:
        """Store an article; return its id, or None when this feed already has that item."""
        cursor = await self._db.execute(_INSERT, _row(item, duplicate_of))
        await self._db.commit()
        return cursor.lastrowid if cursor.rowcount > 0 else None

    async def add_batch(
        self, feed_id: int, items: Sequence[tuple[NewArticle, int | None]]
    ) -> dict[str, int]:
        """Insert one feed's articles in the caller's transaction (no commit); uid -> id."""
        await self._db.executemany(_INSERT, [_row(item, dup) for item, dup in items])
        return await self.ids_by_uid(feed_id, [item.uid for item, _ in items])

    async def ids_by_uid(self, feed_id: int, uids: Sequence[str]) -> dict[str, int]:
        """Ids of the feed's articles with these item identities."""
        async with self._db.execute(
            """SELECT uid, id FROM articles
               WHERE feed_id = ? AND uid IN (SELECT value FROM json_each(?))""",
            (feed_id, json.dumps(list(uids), ensure_ascii=False)),
        ) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def known_uids(self, feed_id: int, uids: Sequence[str]) -> set[str]:
        """Which of these item identities the feed already has."""
        return set(await self.ids_by_uid(feed_id, uids))

    async def originals_by_url(self, urls: Sequence[str]) -> dict[str, int]:
        """Ids of stored originals (not duplicates) having these canonical URLs."""
        async with self._db.execute(
            """SELECT url, MIN(id) FROM articles
               WHERE duplicate_of IS NULL AND url IN (SELECT value FROM json_each(?))
               GROUP BY url""",
            (json.dumps(list(urls), ensure_ascii=False),),
        ) as cursor:
            return {row[0]: row[1] for row in await cursor.fetchall()}

    async def recent_originals(self, since: datetime) -> list[tuple[int, str | None, str]]:
        """(id, url, fingerprint) of originals fetched since then, for duplicate detection."""
        async with self._db.execute(
            """SELECT id, url, fingerprint FROM articles
               WHERE duplicate_of IS NULL AND fetched_at >= ? ORDER BY id""",
            (to_ts(since),),
        ) as cursor:
            return [(row[0], row[1], row[2]) for row in await cursor.fetchall()]

    async def for_feed(self, feed_id: int) -> list[Article]:
        """Every article of one feed, oldest first."""
        async with self._db.execute(
            "SELECT * FROM articles WHERE feed_id = ? ORDER BY id", (feed_id,)
        ) as cursor:
            return [_article(row) for row in await cursor.fetchall()]

    async def unanalysed(self, limit: int) -> list[PendingArticle]:
        """Stored articles still waiting for their analysis, oldest first."""
        async with self._db.execute(
            """SELECT id, title, text, url, published_at, duplicate_of FROM articles
               WHERE analysed = 0 ORDER BY id LIMIT ?""",
            (limit,),
        ) as cursor:
            rows = await cursor.fetchall()
        return [
            PendingArticle(row[0], row[1], row[2], row[3], from_ts(row[4]), row[5]) for row in rows
        ]

    async def record_analyses(self, analyses: Sequence[ArticleAnalysis]) -> None:
        """Write analyses back onto their articles and commit."""
        await self._db.executemany(_RECORD_ANALYSIS, [_analysis_row(a) for a in analyses])
        await self._db.commit()

    async def discard_pending(self) -> None:
        """Roll back writes not yet committed (a batch that failed half-way)."""
        await self._db.rollback()

    async def get(self, article_id: int) -> Article | None:
        """One article by id."""
        async with self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)) as cursor:
            row = await cursor.fetchone()
        return _article(row) if row else None

    async def count(self) -> int:
        """How many articles are stored, duplicates included."""
        async with self._db.execute("SELECT COUNT(*) FROM articles") as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0
