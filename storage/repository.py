"""The storage entry point: one connection, one store per area."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiosqlite

from storage.articles import ArticleStore
from storage.channels import ChannelStore
from storage.chats import ChatStore
from storage.db import connect
from storage.events import EventStore
from storage.feeds import FeedStore
from storage.outbox import OutboxStore
from storage.search import SearchStore


class Repository:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self.db = db
        self.feeds = FeedStore(db)
        self.articles = ArticleStore(db)
        self.chats = ChatStore(db)
        self.channels = ChannelStore(db)
        self.events = EventStore(db)
        self.search = SearchStore(db)
        # Writers that span several statements take this lock so that their transactions and
        # other writers' commits (or rollbacks) on the shared connection never interleave.
        self.write_lock = asyncio.Lock()
        self.outbox = OutboxStore(db, self.write_lock)

    @classmethod
    async def open(cls, path: Path | str) -> Repository:
        """Open (and migrate) the database at path."""
        return cls(await connect(path))

    async def close(self) -> None:
        """Close the connection."""
        await self.db.close()
