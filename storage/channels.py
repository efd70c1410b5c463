"""Connected channels, their admins, posting slots and the per-channel post queue."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime

import aiosqlite

from storage.models import (
    Channel,
    ChannelAdmin,
    ChannelPost,
    ChannelSlot,
    QueueEntry,
    from_ts,
    to_ts,
)

PENDING = "pending"


def _words(raw: str) -> tuple[str, ...]:
    return tuple(json.loads(raw))


def _json(values: Sequence[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _channel(row: aiosqlite.Row) -> Channel:
    return Channel(
        chat_id=row["chat_id"],
        username=row["username"],
        title=row["title"],
        timezone=row["timezone"],
        mode=row["mode"],
        categories=_words(row["categories"]),
        include_words=_words(row["include_words"]),
        exclude_words=_words(row["exclude_words"]),
        languages=_words(row["languages"]),
        cities=_words(row["cities"]),
        max_per_day=row["max_per_day"],
        quiet_start=row["quiet_start"],
        quiet_end=row["quiet_end"],
        paused=bool(row["paused"]),
        pause_reason=row["pause_reason"],
        reminders=bool(row["reminders"]),
        language=row["language"],
        last_slot_at=from_ts(row["last_slot_at"]),
    )


def _post(row: aiosqlite.Row) -> ChannelPost:
    created_at = from_ts(row["created_at"])
    assert created_at is not None
    return ChannelPost(
        id=row["id"],
        chat_id=row["chat_id"],
        kind=row["kind"],
        article_id=row["article_id"],
        text=row["text"],
        button_url=row["button_url"],
        scheduled_at=from_ts(row["scheduled_at"]),
        status=row["status"],
        error=row["error"],
        message_id=row["message_id"],
        created_by=row["created_by"],
        created_at=created_at,
        sent_at=from_ts(row["sent_at"]),
    )


def _entry(row: aiosqlite.Row) -> QueueEntry:
    fresh = from_ts(row["published_at"] or row["fetched_at"])
    assert fresh is not None
    return QueueEntry(
        post_id=row["id"],
        article_id=row["article_id"],
        categories=_words(row["categories"]),
        premiere_date=date.fromisoformat(row["premiere_date"]) if row["premiere_date"] else None,
        fresh_at=fresh,
    )


class ChannelStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def _all(self, sql: str, params: Sequence[object] = ()) -> list[aiosqlite.Row]:
        # One trip to the database thread instead of three (execute, fetch, close).
        return list(await self._db.execute_fetchall(sql, params))

    async def _one(self, sql: str, params: Sequence[object] = ()) -> aiosqlite.Row | None:
        rows = await self._all(sql, params)
        return rows[0] if rows else None

    # -- channels -------------------------------------------------------------------------

    async def connect(
        self, chat_id: int, *, username: str | None, title: str, now: datetime
    ) -> Channel:
        """Create the channel on first connection; refresh its name and lift a rights pause."""
        await self._db.execute(
            """INSERT INTO channels (chat_id, username, title, last_slot_at, created_at,
                   updated_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(chat_id) DO UPDATE SET username = excluded.username,
                   title = excluded.title, updated_at = excluded.updated_at,
                   paused = CASE WHEN pause_reason = 'manual' THEN paused ELSE 0 END,
                   pause_reason = CASE WHEN pause_reason = 'manual' THEN pause_reason
                                       ELSE NULL END""",
            (chat_id, _username(username), title, to_ts(now), to_ts(now), to_ts(now)),
        )
        await self._db.commit()
        channel = await self.get(chat_id)
        assert channel is not None
        return channel

    async def get(self, chat_id: int) -> Channel | None:
        """One channel by chat id."""
        row = await self._one("SELECT * FROM channels WHERE chat_id = ?", (chat_id,))
        return _channel(row) if row else None

    async def by_username(self, username: str) -> Channel | None:
        """One channel by its @username (any case, with or without @)."""
        row = await self._one("SELECT * FROM channels WHERE username = ?", (_username(username),))
        return _channel(row) if row else None

    async def all(self) -> list[Channel]:
        """Every connected channel."""
        rows = await self._all("SELECT * FROM channels ORDER BY chat_id")
        return [_channel(row) for row in rows]

    async def save_settings(self, channel: Channel, now: datetime) -> None:
        """Write the channel's rules, timetable options and language."""
        await self._db.execute(
            """UPDATE channels SET timezone = ?, mode = ?, categories = ?, include_words = ?,
                   exclude_words = ?, languages = ?, cities = ?, max_per_day = ?,
                   quiet_start = ?, quiet_end = ?, reminders = ?, language = ?, updated_at = ?
               WHERE chat_id = ?""",
            (
                channel.timezone,
                channel.mode,
                _json(channel.categories),
                _json(channel.include_words),
                _json(channel.exclude_words),
                _json(channel.languages),
                _json(channel.cities),
                channel.max_per_day,
                channel.quiet_start,
                channel.quiet_end,
                int(channel.reminders),
                channel.language,
                to_ts(now),
                channel.chat_id,
            ),
        )
        await self._db.commit()

    async def set_paused(self, chat_id: int, paused: bool, reason: str | None) -> bool:
        """Pause (with a reason) or resume a channel; return whether the state changed.

        An admin's own pause outlives a pause for lost rights, so that getting the rights back
        does not resume a channel its admins stopped."""
        cursor = await self._db.execute(
            """UPDATE channels SET paused = ?,
                   pause_reason = CASE WHEN ? AND pause_reason = 'manual' THEN 'manual' ELSE ? END
               WHERE chat_id = ? AND (paused != ? OR pause_reason IS NOT ?)""",
            (int(paused), int(paused), reason if paused else None, chat_id, int(paused), reason),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def mark_slot_done(self, chat_id: int, slot_at: datetime) -> bool:
        """Record that a slot was handled; False when it (or a later one) already was."""
        cursor = await self._db.execute(
            """UPDATE channels SET last_slot_at = ?
               WHERE chat_id = ? AND (last_slot_at IS NULL OR last_slot_at < ?)""",
            (to_ts(slot_at), chat_id, to_ts(slot_at)),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def disconnect(self, chat_id: int) -> bool:
        """Forget a channel with its admins, slots and queue."""
        cursor = await self._db.execute("DELETE FROM channels WHERE chat_id = ?", (chat_id,))
        await self._db.commit()
        return cursor.rowcount > 0

    # -- admins ---------------------------------------------------------------------------

    async def add_admin(self, chat_id: int, user_id: int, language: str, now: datetime) -> None:
        """Remember a verified admin of the channel (and the language they use)."""
        await self._db.execute(
            """INSERT INTO channel_admins (chat_id, user_id, language, added_at)
               VALUES (?, ?, ?, ?)
               ON CONFLICT(chat_id, user_id) DO UPDATE SET language = excluded.language""",
            (chat_id, user_id, language, to_ts(now)),
        )
        await self._db.commit()

    async def remove_admin(self, chat_id: int, user_id: int) -> None:
        """Forget a user who is no longer an admin of the channel."""
        await self._db.execute(
            "DELETE FROM channel_admins WHERE chat_id = ? AND user_id = ?", (chat_id, user_id)
        )
        await self._db.commit()

    async def admins(self, chat_id: int) -> list[ChannelAdmin]:
        """The known admins of a channel, first connected first."""
        rows = await self._all(
            "SELECT * FROM channel_admins WHERE chat_id = ? ORDER BY added_at, user_id",
            (chat_id,),
        )
        return [ChannelAdmin(r["chat_id"], r["user_id"], r["language"]) for r in rows]

    async def of_admin(self, user_id: int) -> list[Channel]:
        """Channels the user is a known admin of."""
        rows = await self._all(
            """SELECT channels.* FROM channels JOIN channel_admins USING (chat_id)
               WHERE channel_admins.user_id = ? ORDER BY channels.title, channels.chat_id""",
            (user_id,),
        )
        return [_channel(row) for row in rows]

    # -- slots ----------------------------------------------------------------------------

    async def set_slots(self, chat_id: int, slots: Iterable[tuple[str, int]]) -> None:
        """Replace the channel's posting slots."""
        await self._db.execute("DELETE FROM channel_slots WHERE chat_id = ?", (chat_id,))
        await self._db.executemany(
            "INSERT INTO channel_slots (chat_id, time, weekdays) VALUES (?, ?, ?)",
            [(chat_id, time, weekdays) for time, weekdays in slots],
        )
        await self._db.commit()

    async def slots(self, chat_id: int) -> list[ChannelSlot]:
        """The channel's slots in time order."""
        rows = await self._all(
            "SELECT * FROM channel_slots WHERE chat_id = ? ORDER BY time", (chat_id,)
        )
        return [ChannelSlot(r["chat_id"], r["time"], r["weekdays"]) for r in rows]

    async def all_slots(self) -> list[ChannelSlot]:
        """Every slot of every channel (for rebuilding jobs in one query)."""
        rows = await self._all("SELECT * FROM channel_slots ORDER BY chat_id, time")
        return [ChannelSlot(r["chat_id"], r["time"], r["weekdays"]) for r in rows]

    # -- posts ----------------------------------------------------------------------------

    async def enqueue_article(
        self,
        chat_id: int,
        article_id: int,
        *,
        now: datetime,
        kind: str = "article",
        scheduled_at: datetime | None = None,
        button_url: str | None = None,
        created_by: int | None = None,
    ) -> int | None:
        """Queue an article for a channel; None when it was ever queued there already."""
        cursor = await self._db.execute(
            """INSERT INTO channel_posts (chat_id, kind, article_id, button_url, scheduled_at,
                   created_by, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(chat_id, kind, article_id) DO NOTHING""",
            (
                chat_id,
                kind,
                article_id,
                button_url,
                to_ts(scheduled_at) if scheduled_at else None,
                created_by,
                to_ts(now),
            ),
        )
        await self._db.commit()
        return cursor.lastrowid if cursor.rowcount > 0 else None

    async def add_custom(
        self,
        chat_id: int,
        text: str,
        *,
        scheduled_at: datetime,
        button_url: str | None,
        created_by: int,
        now: datetime,
    ) -> int:
        """Queue an admin's own text for a fixed time."""
        cursor = await self._db.execute(
            """INSERT INTO channel_posts (chat_id, kind, text, button_url, scheduled_at,
                   created_by, created_at)
               VALUES (?, 'custom', ?, ?, ?, ?, ?)""",
            (chat_id, text, button_url, to_ts(scheduled_at), created_by, to_ts(now)),
        )
        await self._db.commit()
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    async def get_post(self, post_id: int) -> ChannelPost | None:
        """One queued or past post by id."""
        row = await self._one("SELECT * FROM channel_posts WHERE id = ?", (post_id,))
        return _post(row) if row else None

    async def post_for_article(self, chat_id: int, article_id: int) -> ChannelPost | None:
        """The channel's article post for that article, whatever its state."""
        row = await self._one(
            """SELECT * FROM channel_posts WHERE chat_id = ? AND article_id = ?
                   AND kind = 'article'""",
            (chat_id, article_id),
        )
        return _post(row) if row else None

    async def pending(self, chat_id: int) -> list[ChannelPost]:
        """Every post still waiting in the channel's queue."""
        rows = await self._all(
            "SELECT * FROM channel_posts WHERE chat_id = ? AND status = 'pending' ORDER BY id",
            (chat_id,),
        )
        return [_post(row) for row in rows]

    async def queue_entries(self, chat_id: int) -> list[QueueEntry]:
        """Pending article posts without a fixed time: what a slot chooses from."""
        rows = await self._all(
            """SELECT p.id, p.article_id, a.categories, a.premiere_date, a.published_at,
                      a.fetched_at
               FROM channel_posts AS p JOIN articles AS a ON a.id = p.article_id
               WHERE p.chat_id = ? AND p.status = 'pending' AND p.scheduled_at IS NULL""",
            (chat_id,),
        )
        return [_entry(row) for row in rows]

    async def timed_pending(self) -> list[ChannelPost]:
        """Pending posts with a fixed time, in every channel (for rebuilding jobs)."""
        rows = await self._all(
            """SELECT * FROM channel_posts WHERE status = 'pending'
               AND scheduled_at IS NOT NULL ORDER BY scheduled_at"""
        )
        return [_post(row) for row in rows]

    async def taken_times(self, chat_id: int, since: datetime) -> set[datetime]:
        """Fixed times already used by the channel's queued or sent posts."""
        rows = await self._all(
            """SELECT scheduled_at FROM channel_posts WHERE chat_id = ? AND scheduled_at >= ?
               AND status IN ('pending', 'sending', 'sent')""",
            (chat_id, to_ts(since)),
        )
        return {moment for row in rows if (moment := from_ts(row[0])) is not None}

    async def claim(self, post_id: int, *, now: datetime, lease_seconds: int) -> bool:
        """Take a pending post for sending; False when someone else has it or it is gone."""
        cursor = await self._db.execute(
            """UPDATE channel_posts SET status = 'sending', lease_until = ?,
                   attempts = attempts + 1
               WHERE id = ? AND status = 'pending'""",
            (to_ts(now) + lease_seconds, post_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def mark_sent(self, post_id: int, *, message_id: int, now: datetime) -> None:
        """Close a post that Telegram accepted."""
        await self._db.execute(
            """UPDATE channel_posts SET status = 'sent', message_id = ?, sent_at = ?,
                   lease_until = NULL, error = NULL WHERE id = ?""",
            (message_id, to_ts(now), post_id),
        )
        await self._db.commit()

    async def release(self, post_id: int, error: str | None = None) -> None:
        """Put a claimed post back in the queue (it was not sent)."""
        await self._db.execute(
            """UPDATE channel_posts SET status = 'pending', lease_until = NULL, error = ?
               WHERE id = ? AND status = 'sending'""",
            (error, post_id),
        )
        await self._db.commit()

    async def close(self, post_id: int, status: str, error: str | None = None) -> bool:
        """End a waiting post as failed, skipped or removed; False when it is no longer waiting."""
        cursor = await self._db.execute(
            """UPDATE channel_posts SET status = ?, error = ?, lease_until = NULL
               WHERE id = ? AND status IN ('pending', 'sending')""",
            (status, error, post_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def reschedule(self, post_id: int, scheduled_at: datetime | None) -> bool:
        """Move a waiting post to another time (None: back to the slot queue)."""
        cursor = await self._db.execute(
            "UPDATE channel_posts SET scheduled_at = ? WHERE id = ? AND status = 'pending'",
            (to_ts(scheduled_at) if scheduled_at else None, post_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def edit_text(self, post_id: int, text: str) -> bool:
        """Replace the text of a waiting custom post."""
        cursor = await self._db.execute(
            """UPDATE channel_posts SET text = ?
               WHERE id = ? AND status = 'pending' AND kind = 'custom'""",
            (text, post_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def recover(self) -> int:
        """At start-up, return posts left 'sending' by a crash to the queue."""
        cursor = await self._db.execute(
            """UPDATE channel_posts SET status = 'pending', lease_until = NULL
               WHERE status = 'sending'"""
        )
        await self._db.commit()
        return cursor.rowcount

    async def sent_since(self, chat_id: int, since: datetime, kinds: Sequence[str]) -> int:
        """How many posts of these kinds the channel got since a moment."""
        row = await self._one(
            """SELECT COUNT(*) FROM channel_posts WHERE chat_id = ? AND sent_at >= ?
               AND kind IN (SELECT value FROM json_each(?))""",
            (chat_id, to_ts(since), _json(kinds)),
        )
        return int(row[0]) if row else 0

    async def recent_sends(self, chat_id: int, since: datetime) -> list[datetime]:
        """Send times of the channel's posts since a moment, oldest first."""
        rows = await self._all(
            """SELECT sent_at FROM channel_posts WHERE chat_id = ? AND sent_at >= ?
               ORDER BY sent_at""",
            (chat_id, to_ts(since)),
        )
        return [moment for row in rows if (moment := from_ts(row[0])) is not None]

    # -- articles as channels see them ----------------------------------------------------

    async def article_id_by_url(self, url: str) -> int | None:
        """The first stored article with that link."""
        row = await self._one("SELECT id FROM articles WHERE url = ? ORDER BY id LIMIT 1", (url,))
        return int(row[0]) if row else None

    async def premieres_on(self, day: date) -> list[int]:
        """Cinema articles announcing a premiere on that date (first of each duplicate group)."""
        rows = await self._all(
            """SELECT id FROM articles WHERE premiere_date = ? AND is_cinema = 1
               AND duplicate_of IS NULL ORDER BY id""",
            (day.isoformat(),),
        )
        return [int(row[0]) for row in rows]


def _username(name: str | None) -> str | None:
    return name.lstrip("@").lower() if name else None
