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


_JSON_UPDATES = {
    column: f"UPDATE chats SET {column} = ?, updated_at = ? WHERE chat_id = ?"
    for column in ("categories", "cities")
}


def _json(values: list[str]) -> str:
    return json.dumps(values, ensure_ascii=False)


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

    # -- subscriber settings (ui) -------------------------------------------------------------

    async def subscribe(
        self, chat_id: int, *, thread_id: int | None, now: datetime, category: str | None = None
    ) -> Chat:
        """Turn pushes on (in this forum topic, if any), adding a category; premiere by default."""
        await self._db.execute(
            """UPDATE chats SET subscribed = 1, active = 1, thread_id = ?, updated_at = ?,
                   categories = CASE
                       WHEN ? IS NOT NULL AND NOT EXISTS
                            (SELECT 1 FROM json_each(categories) WHERE value = ?)
                           THEN json_insert(categories, '$[#]', ?)
                       WHEN categories = '[]' THEN '["premiere"]'
                       ELSE categories END
               WHERE chat_id = ?""",
            (thread_id, to_ts(now), category, category, category, chat_id),
        )
        return await self._committed(chat_id)

    async def unsubscribe(self, chat_id: int, *, now: datetime) -> Chat:
        """Turn pushes off and close what is still queued; the settings stay for later."""
        await self._db.execute(
            "UPDATE chats SET subscribed = 0, updated_at = ? WHERE chat_id = ?",
            (to_ts(now), chat_id),
        )
        await self._db.execute(CLOSE_QUEUED, ("unsubscribed", chat_id))
        return await self._committed(chat_id)

    async def toggle_category(self, chat_id: int, category: str, *, now: datetime) -> Chat:
        """Add the category to the chat's choice, or remove it when already chosen."""
        chat = await self._require(chat_id)
        chosen = [c for c in chat.categories if c != category]
        if category not in chat.categories:
            chosen.append(category)
        return await self._set_json(chat_id, "categories", chosen, now)

    async def set_keywords(
        self, chat_id: int, *, include: list[str], exclude: list[str], now: datetime
    ) -> Chat:
        """Replace the include and exclude word lists (already normalised by the caller)."""
        await self._db.execute(
            """UPDATE chats SET include_words = ?, exclude_words = ?, updated_at = ?
               WHERE chat_id = ?""",
            (_json(include), _json(exclude), to_ts(now), chat_id),
        )
        return await self._committed(chat_id)

    async def set_cities(self, chat_id: int, cities: list[str], *, now: datetime) -> Chat:
        """Replace the list of preferred premiere cities."""
        return await self._set_json(chat_id, "cities", cities, now)

    async def set_language(self, chat_id: int, language: str, *, now: datetime) -> Chat:
        """Store the interface language chosen for the chat."""
        await self._db.execute(
            "UPDATE chats SET language = ?, updated_at = ? WHERE chat_id = ?",
            (language, to_ts(now), chat_id),
        )
        return await self._committed(chat_id)

    async def set_digest(self, chat_id: int, mode: str, at: str | None, *, now: datetime) -> Chat:
        """Choose instant pushes ('off') or a daily/weekly digest at a local HH:MM."""
        await self._db.execute(
            """UPDATE chats SET digest = ?, digest_time = COALESCE(?, digest_time),
                   updated_at = ? WHERE chat_id = ?""",
            (mode, at, to_ts(now), chat_id),
        )
        return await self._committed(chat_id)

    async def set_reachable(
        self, chat_id: int, *, type: str, title: str, language: str, active: bool, now: datetime
    ) -> Chat:
        """Record whether the bot can still write to the chat (blocked, kicked, added back)."""
        await self._db.execute(
            """INSERT INTO chats (chat_id, type, title, language, active, created_at, updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(chat_id) DO UPDATE SET type = excluded.type, title = excluded.title,
                   active = excluded.active, updated_at = excluded.updated_at""",
            (chat_id, type, title, language, int(active), to_ts(now), to_ts(now)),
        )
        return await self._committed(chat_id)

    async def count_subscribers(self) -> int:
        """Chats that are subscribed and still reachable."""
        async with self._db.execute(
            "SELECT COUNT(*) FROM chats WHERE subscribed = 1 AND active = 1"
        ) as cursor:
            row = await cursor.fetchone()
        return int(row[0]) if row else 0

    async def _set_json(self, chat_id: int, column: str, values: list[str], now: datetime) -> Chat:
        # Column names come from the fixed set below, never from input.
        sql = _JSON_UPDATES[column]
        await self._db.execute(sql, (_json(values), to_ts(now), chat_id))
        return await self._committed(chat_id)

    async def _committed(self, chat_id: int) -> Chat:
        await self._db.commit()
        return await self._require(chat_id)

    async def _require(self, chat_id: int) -> Chat:
        chat = await self.get(chat_id)
        if chat is None:
            raise LookupError(f"chat {chat_id} is not stored")
        return chat

    # -- delivery: subscribers, blocked chats, migrated groups ------------------------------

    async def instant_subscribers(self, after: int | None, limit: int) -> list[Chat]:
        """A page of subscribed, reachable chats taking instant pushes, by chat id after `after`."""
        async with self._db.execute(
            """SELECT * FROM chats WHERE subscribed = 1 AND active = 1 AND digest = 'off'
               AND chat_id > ? ORDER BY chat_id LIMIT ?""",
            (-(2**63) if after is None else after, limit),
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
