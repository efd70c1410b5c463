"""Chats the bot talks to, with their subscription settings."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from storage.models import Chat, to_ts
from storage.outbox import CLOSE_QUEUED


def _chat(row: aiosqlite.Row) -> Chat:
    return Chat(
        chat_id=row["chat_id"],
        type=row["type"],
        title=row["title"],
        thread_id=row["thread_id"],
        language=row["language"],
        timezone=row["timezone"],
        subscribed=bool(row["subscribed"]),
        active=bool(row["active"]),
        categories=tuple(json.loads(row["categories"])),
        include_words=tuple(json.loads(row["include_words"])),
        exclude_words=tuple(json.loads(row["exclude_words"])),
        cities=tuple(json.loads(row["cities"])),
        news_languages=tuple(json.loads(row["news_languages"])),
        digest=row["digest"],
        digest_time=row["digest_time"],
    )


class ChatStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def get(self, chat_id: int) -> Chat | None:
        """One chat by id."""
        async with self._db.execute("SELECT * FROM chats WHERE chat_id = ?", (chat_id,)) as cur:
            row = await cur.fetchone()
        return _chat(row) if row else None

    async def ensure(
        self, chat_id: int, *, type: str, title: str, language: str, now: datetime
    ) -> Chat:
        """Create the chat on first contact; keep existing settings otherwise."""
        await self._db.execute(
            """INSERT INTO chats (chat_id, type, title, language, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT(chat_id) DO UPDATE SET type = excluded.type, title = excluded.title""",
            (chat_id, type, title, language, to_ts(now), to_ts(now)),
        )
        await self._db.commit()
        chat = await self.get(chat_id)
        assert chat is not None
        return chat

    # -- delivery: subscribers, blocked chats, migrated groups ------------------------------

    async def subscribed_active(self) -> list[Chat]:
        """Every chat that is subscribed and still reachable."""
        async with self._db.execute(
            "SELECT * FROM chats WHERE subscribed = 1 AND active = 1 ORDER BY chat_id"
        ) as cursor:
            return [_chat(row) for row in await cursor.fetchall()]

    async def with_digest(self) -> list[Chat]:
        """Subscribed, reachable chats that take a daily or weekly digest."""
        async with self._db.execute(
            """SELECT * FROM chats WHERE subscribed = 1 AND active = 1 AND digest != 'off'
               ORDER BY chat_id"""
        ) as cursor:
            return [_chat(row) for row in await cursor.fetchall()]

    async def deactivate(self, chat_id: int, *, reason: str, now: datetime) -> int:
        """Mark a chat unreachable (blocked, kicked) and close its queued rows; return how many."""
        await self._db.execute(
            "UPDATE chats SET active = 0, updated_at = ? WHERE chat_id = ?", (to_ts(now), chat_id)
        )
        cursor = await self._db.execute(CLOSE_QUEUED, (reason, chat_id))
        await self._db.commit()
        return cursor.rowcount

    async def migrate(self, old_id: int, new_id: int, *, now: datetime) -> None:
        """A group became a supergroup: move the chat, its settings and its queue to the new id."""
        async with self._db.execute("SELECT 1 FROM chats WHERE chat_id = ?", (old_id,)) as cur:
            has_old = await cur.fetchone() is not None
        if has_old:
            # The settings people chose in the old group win over a fresh row for the new id.
            await self._db.execute("DELETE FROM chats WHERE chat_id = ?", (new_id,))
            await self._db.execute(
                "UPDATE chats SET chat_id = ?, updated_at = ? WHERE chat_id = ?",
                (new_id, to_ts(now), old_id),
            )
        await self._db.execute(
            "UPDATE OR IGNORE outbox SET chat_id = ? WHERE chat_id = ?", (new_id, old_id)
        )
        # Rows left behind already exist for the new id: they would be duplicates.
        await self._db.execute(
            """UPDATE outbox SET status = 'closed', last_error = 'migrated: duplicate'
               WHERE chat_id = ? AND status IN ('pending', 'sending')""",
            (old_id,),
        )
        await self._db.commit()
