"""The persistent outbox: every message the bot owes a chat, until Telegram has it.

Rows move pending -> sending (claimed, with a lease) -> sent | failed | closed. A row left in
'sending' by a crash goes back to pending at start-up, so it is sent again: that is the only way a
message can be delivered twice.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Sequence, Set
from datetime import datetime

import aiosqlite

from storage.models import OutboxItem, OutboxStats, QueuedPush, to_ts

CLOSE_QUEUED = """UPDATE outbox SET status = 'closed', last_error = ?, lease_until = NULL
                  WHERE chat_id = ? AND status IN ('pending', 'sending')"""


def _item(row: aiosqlite.Row) -> OutboxItem:
    return OutboxItem(
        id=row["id"],
        chat_id=row["chat_id"],
        kind=row["kind"],
        article_id=row["article_id"],
        digest_key=row["digest_key"],
        part=row["part"],
        payload=row["payload"],
        thread_id=row["thread_id"],
        language=row["language"],
        attempts=row["attempts"],
    )


class OutboxStore:
    def __init__(self, db: aiosqlite.Connection, write_lock: asyncio.Lock | None = None) -> None:
        self._db = db
        # The connection is shared: holding this lock, no other holder's uncommitted
        # transaction can be committed or rolled back halfway through ours.
        self._lock = write_lock or asyncio.Lock()

    async def _write(self, sql: str, params: Sequence[object]) -> int:
        """One statement and its commit; return the rows changed."""
        async with self._lock:
            cursor = await self._db.execute(sql, params)
            await self._db.commit()
        return cursor.rowcount

    async def _write_many(self, sql: str, rows: Iterable[Sequence[object]]) -> int:
        """One statement over many parameter rows and one commit; return the rows changed."""
        async with self._lock:
            before = self._db.total_changes
            await self._db.executemany(sql, rows)
            await self._db.commit()
            return self._db.total_changes - before

    # -- matching ---------------------------------------------------------------------------

    async def unmatched_article_ids(self, limit: int = 500) -> list[int]:
        """Analysed articles that matching has not looked at yet, oldest first."""
        async with self._db.execute(
            """SELECT a.id FROM articles a
               WHERE a.analysed = 1
                 AND NOT EXISTS (SELECT 1 FROM article_matches m WHERE m.article_id = a.id)
               ORDER BY a.id LIMIT ?""",
            (limit,),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    async def record_matches(
        self, article_ids: Sequence[int], pushes: Sequence[QueuedPush], now: datetime
    ) -> int:
        """Queue the pushes and mark the articles matched, in one transaction; return rows added."""
        async with self._lock:
            added = await self._insert_pushes(pushes, now)
            await self._insert_matches(article_ids, {p.article_id for p in pushes}, now)
            await self._db.commit()
        return added

    async def queue_pushes(self, pushes: Sequence[QueuedPush], now: datetime) -> int:
        """Queue pushes (a chat gets an article at most once); return rows added."""
        async with self._lock:
            added = await self._insert_pushes(pushes, now)
            await self._db.commit()
        return added

    async def mark_matched(
        self, article_ids: Sequence[int], queued: Set[int], now: datetime
    ) -> None:
        """Record that matching has looked at these articles (and which got pushes)."""
        async with self._lock:
            await self._insert_matches(article_ids, queued, now)
            await self._db.commit()

    async def _insert_pushes(self, pushes: Sequence[QueuedPush], now: datetime) -> int:
        before = self._db.total_changes
        await self._db.executemany(
            """INSERT INTO outbox (chat_id, kind, article_id, thread_id, language, created_at)
               VALUES (?, 'article', ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            [(p.chat_id, p.article_id, p.thread_id, p.language, to_ts(now)) for p in pushes],
        )
        return self._db.total_changes - before

    async def _insert_matches(
        self, article_ids: Sequence[int], queued: Set[int], now: datetime
    ) -> None:
        await self._db.executemany(
            """INSERT INTO article_matches (article_id, matched_at, queued) VALUES (?, ?, ?)
               ON CONFLICT(article_id) DO NOTHING""",
            [(article_id, to_ts(now), int(article_id in queued)) for article_id in article_ids],
        )

    async def article_ids_seen_between(self, since: datetime, until: datetime) -> list[int]:
        """Cinema articles (not duplicates) first seen in [since, until), for digests."""
        async with self._db.execute(
            """SELECT id FROM articles WHERE is_cinema = 1 AND duplicate_of IS NULL
               AND fetched_at >= ? AND fetched_at < ? ORDER BY fetched_at, id""",
            (to_ts(since), to_ts(until)),
        ) as cursor:
            return [row[0] for row in await cursor.fetchall()]

    # -- digests ----------------------------------------------------------------------------

    async def digests_made_since(self, since: datetime) -> set[tuple[int, str]]:
        """(chat id, digest key) of every digest queued since that time."""
        rows = await self._db.execute_fetchall(
            """SELECT DISTINCT chat_id, digest_key FROM outbox
               WHERE kind = 'digest' AND created_at >= ?""",
            (to_ts(since),),
        )
        return {(row[0], row[1]) for row in rows}

    async def enqueue_digest(
        self,
        chat_id: int,
        key: str,
        parts: Sequence[str],
        *,
        thread_id: int | None,
        language: str,
        now: datetime,
    ) -> bool:
        """Queue a digest as one row per message; an empty one leaves an 'empty' marker row."""
        rows = [(index, text, "pending") for index, text in enumerate(parts, 1)]
        added = await self._write_many(
            """INSERT INTO outbox (chat_id, kind, digest_key, part, payload, thread_id, language,
                   status, created_at)
               VALUES (?, 'digest', ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
            [
                (chat_id, key, part, text, thread_id, language, status, to_ts(now))
                for part, text, status in rows or [(0, "", "empty")]
            ],
        )
        return added > 0 and bool(rows)

    # -- the worker -------------------------------------------------------------------------

    async def recover(self) -> int:
        """At start-up: every row a previous process left in 'sending' goes back to pending."""
        return await self._write(
            "UPDATE outbox SET status = 'pending', lease_until = NULL WHERE status = 'sending'", ()
        )

    async def release_expired(self, now: datetime) -> int:
        """Claimed rows whose lease ran out go back to pending."""
        return await self._write(
            """UPDATE outbox SET status = 'pending', lease_until = NULL
               WHERE status = 'sending' AND lease_until <= ?""",
            (to_ts(now),),
        )

    async def extend_leases(self, row_ids: Iterable[int], until: datetime) -> None:
        """Keep the rows a live worker still holds from being released as abandoned."""
        await self._write_many(
            "UPDATE outbox SET lease_until = ? WHERE id = ? AND status = 'sending'",
            [(to_ts(until), row_id) for row_id in row_ids],
        )

    async def claim(self, now: datetime, *, limit: int, lease_until: datetime) -> list[OutboxItem]:
        """Claim due rows, at most one per chat and always a chat's oldest open row."""
        # Status values are literals so that SQLite can use the partial indexes. The statement
        # runs to its end in one call: on the shared connection a commit from elsewhere while a
        # RETURNING statement is half-read would fail.
        async with self._lock:
            rows = await self._db.execute_fetchall(
                """UPDATE outbox SET status = 'sending', lease_until = ?
                   WHERE id IN (
                       SELECT o.id FROM outbox o
                       WHERE o.status = 'pending' AND o.next_attempt_at <= ?
                       AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.chat_id = o.chat_id
                                       AND p.status IN ('pending', 'sending') AND p.id < o.id)
                       ORDER BY o.id LIMIT ?)
                   RETURNING *""",
                (to_ts(lease_until), to_ts(now), limit),
            )
            await self._db.commit()
        return sorted((_item(row) for row in rows), key=lambda item: item.id)

    async def mark_sent(self, sent: Iterable[tuple[int, int | None]], now: datetime) -> None:
        """Record delivered rows (row id, Telegram message id) with one commit."""
        # One statement for the batch: executemany steps once per row, and every step gives the
        # GIL up and takes it back from the busy event loop thread.
        await self._write(
            """UPDATE outbox SET status = 'sent', sent_at = ?,
                   message_id = json_extract(mark.value, '$[1]'), lease_until = NULL,
                   last_error = NULL
               FROM json_each(?) AS mark WHERE outbox.id = json_extract(mark.value, '$[0]')""",
            (to_ts(now), json.dumps(list(sent))),
        )

    async def retry_later(self, row_id: int, *, error: str, at: datetime) -> None:
        """Count a failed attempt and put the row back in the queue for later."""
        await self._write(
            """UPDATE outbox SET status = 'pending', attempts = attempts + 1, next_attempt_at = ?,
                   last_error = ?, lease_until = NULL WHERE id = ?""",
            (to_ts(at), error, row_id),
        )

    async def postpone(self, row_id: int, *, error: str, at: datetime) -> None:
        """Put the row back for later without counting an attempt (flood control)."""
        await self._write(
            """UPDATE outbox SET status = 'pending', next_attempt_at = ?, last_error = ?,
                   lease_until = NULL WHERE id = ?""",
            (to_ts(at), error, row_id),
        )

    async def mark_failed(self, row_id: int, *, error: str) -> None:
        """Give up on a row, keeping the reason."""
        await self._write(
            """UPDATE outbox SET status = 'failed', attempts = attempts + 1, last_error = ?,
                   lease_until = NULL WHERE id = ?""",
            (error, row_id),
        )

    async def release(self, row_ids: Iterable[int]) -> None:
        """Hand claimed rows that were not attempted back to the queue (clean shutdown)."""
        await self._write_many(
            "UPDATE outbox SET status = 'pending', lease_until = NULL WHERE id = ? "
            "AND status = 'sending'",
            [(row_id,) for row_id in row_ids],
        )

    async def prune(self, before: datetime) -> int:
        """Forget finished rows created before that time; matching never re-queues them."""
        return await self._write(
            """DELETE FROM outbox WHERE status IN ('sent', 'failed', 'closed', 'empty')
               AND created_at < ?""",
            (to_ts(before),),
        )

    async def close_queued(self, chat_id: int, *, reason: str) -> int:
        """Close what is still queued for a chat (it unsubscribed); return how many rows."""
        return await self._write(CLOSE_QUEUED, (reason, chat_id))

    # -- reporting --------------------------------------------------------------------------

    async def open_count(self) -> int:
        """Rows still to be sent (pending or being sent)."""
        async with self._db.execute(
            "SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def stats(self, *, recent_errors: int = 5) -> OutboxStats:
        """Queue length, outcomes and the latest failure reasons, for /stats."""
        async with self._db.execute(
            "SELECT status, COUNT(*) FROM outbox GROUP BY status"
        ) as cursor:
            counts = {row[0]: int(row[1]) for row in await cursor.fetchall()}
        async with self._db.execute(
            """SELECT last_error FROM outbox WHERE status = 'failed' AND last_error IS NOT NULL
               ORDER BY id DESC LIMIT ?""",
            (recent_errors,),
        ) as cursor:
            errors = tuple(str(row[0]) for row in await cursor.fetchall())
        return OutboxStats(
            pending=counts.get("pending", 0),
            sending=counts.get("sending", 0),
            sent=counts.get("sent", 0),
            failed=counts.get("failed", 0),
            closed=counts.get("closed", 0),
            last_errors=errors,
        )
