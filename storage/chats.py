"""Chats the bot talks to, with their subscription settings."""

from __future__ import annotations

import json
from datetime import datetime

import aiosqlite

from storage.models import Chat, to_ts


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
