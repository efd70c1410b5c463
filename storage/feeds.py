"""Feed records: the list of sources and their polling state."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import aiosqlite

from storage.models import Feed, from_ts, to_ts


def _feed(row: aiosqlite.Row) -> Feed:
    return Feed(
        id=row["id"],
        url=row["url"],
        title=row["title"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        next_check_at=from_ts(row["next_check_at"]) or datetime.fromtimestamp(0, UTC),
        error_count=row["error_count"],
        last_error=row["last_error"],
        last_checked_at=from_ts(row["last_checked_at"]),
        paused=bool(row["paused"]),
    )


class FeedStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def add(self, url: str, now: datetime) -> Feed:
        """Add a feed (or return the existing one with that URL)."""
        await self._db.execute(
            "INSERT INTO feeds (url, created_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING",
            (url, to_ts(now)),
        )
        await self._db.commit()
        feed = await self.by_url(url)
        assert feed is not None
        return feed

    async def sync(self, urls: Sequence[str], now: datetime) -> None:
        """Make sure every configured URL has a row; feeds added by hand stay."""
        await self._db.executemany(
            "INSERT INTO feeds (url, created_at) VALUES (?, ?) ON CONFLICT(url) DO NOTHING",
            [(url, to_ts(now)) for url in urls],
        )
        await self._db.commit()

    async def active(self) -> list[Feed]:
        """Feeds that are not paused, oldest first."""
        async with self._db.execute("SELECT * FROM feeds WHERE paused = 0 ORDER BY id") as cursor:
            return [_feed(row) for row in await cursor.fetchall()]

    async def remove(self, url: str) -> bool:
        """Delete a feed; its articles stay, detached. Return whether it existed."""
        cursor = await self._db.execute("DELETE FROM feeds WHERE url = ?", (url,))
        await self._db.commit()
        return cursor.rowcount > 0

    async def by_url(self, url: str) -> Feed | None:
        """Find a feed by its URL."""
        async with self._db.execute("SELECT * FROM feeds WHERE url = ?", (url,)) as cursor:
            row = await cursor.fetchone()
        return _feed(row) if row else None

    async def all(self) -> list[Feed]:
        """Every feed, oldest first."""
        async with self._db.execute("SELECT * FROM feeds ORDER BY id") as cursor:
            return [_feed(row) for row in await cursor.fetchall()]

    async def due(self, now: datetime) -> list[Feed]:
        """Feeds that are not paused and whose next check time has come."""
        async with self._db.execute(
            "SELECT * FROM feeds WHERE paused = 0 AND next_check_at <= ? ORDER BY next_check_at",
            (to_ts(now),),
        ) as cursor:
            return [_feed(row) for row in await cursor.fetchall()]

    async def record_success(
        self,
        feed_id: int,
        *,
        title: str | None,
        etag: str | None,
        last_modified: str | None,
        checked_at: datetime,
        next_check_at: datetime,
    ) -> None:
        """Store validators after a good fetch and clear the error streak."""
        await self._db.execute(
            """UPDATE feeds SET title = COALESCE(?, title), etag = ?, last_modified = ?,
                   last_checked_at = ?, next_check_at = ?, error_count = 0, last_error = NULL
               WHERE id = ?""",
            (title, etag, last_modified, to_ts(checked_at), to_ts(next_check_at), feed_id),
        )
        await self._db.commit()

    async def record_not_modified(
        self, feed_id: int, *, checked_at: datetime, next_check_at: datetime
    ) -> None:
        """Note a 304 answer: nothing changed, errors cleared."""
        await self._db.execute(
            """UPDATE feeds SET last_checked_at = ?, next_check_at = ?, error_count = 0,
                   last_error = NULL WHERE id = ?""",
            (to_ts(checked_at), to_ts(next_check_at), feed_id),
        )
        await self._db.commit()

    async def record_failure(
        self,
        feed_id: int,
        *,
        error: str,
        checked_at: datetime,
        next_check_at: datetime,
        pause_after: int,
    ) -> Feed:
        """Count a failure, push the next check back, pause after too many in a row."""
        await self._db.execute(
            """UPDATE feeds SET error_count = error_count + 1, last_error = ?,
                   last_checked_at = ?, next_check_at = ?,
                   paused = CASE WHEN error_count + 1 >= ? THEN 1 ELSE paused END
               WHERE id = ?""",
            (error, to_ts(checked_at), to_ts(next_check_at), pause_after, feed_id),
        )
        await self._db.commit()
        async with self._db.execute("SELECT * FROM feeds WHERE id = ?", (feed_id,)) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return _feed(row)

    async def set_paused(self, url: str, paused: bool) -> bool:
        """Pause or resume a feed by URL; resuming clears the error streak."""
        cursor = await self._db.execute(
            """UPDATE feeds SET paused = ?, error_count = CASE WHEN ? THEN error_count ELSE 0 END,
                   next_check_at = CASE WHEN ? THEN next_check_at ELSE 0 END WHERE url = ?""",
            (int(paused), int(paused), int(paused), url),
        )
        await self._db.commit()
        return cursor.rowcount > 0
