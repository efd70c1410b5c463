"""Drive the real Dispatcher with the bot's routers against the fake Bot API over HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from aiogram import Bot

from bot.config import Settings
from bot.demo import polling
from bot.events import record_article
from bot.fakeapi import Conversation, buttons
from storage import Repository
from storage.models import NewArticle, PremiereFacts

ADMIN_ID = 42
TOKEN = "123456:TEST-TOKEN"


def make_settings(base_url: str, **env: str) -> Settings:
    values = {
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": base_url,
        "ADMIN_IDS": str(ADMIN_ID),
        "FEEDS": "https://feeds.example/rss",
        **env,
    }
    return Settings.from_env(values)


@asynccontextmanager
async def running_bot(repo: Repository, base_url: str, **data: Any) -> AsyncIterator[Bot]:
    """Poll the fake with the real Dispatcher and every router until the block ends."""
    settings = data.pop("settings", None) or make_settings(base_url)
    async with polling(repo, settings, **data) as bot:
        yield bot


async def add_article(
    repo: Repository,
    title: str,
    text: str,
    *,
    published: datetime,
    is_cinema: bool = True,
    premiere: PremiereFacts | None = None,
    url: str | None = None,
    index: bool = True,
) -> int:
    """Store a cinema article as ingestion would: search index and premiere events included."""
    uid = f"{title}|{published.isoformat()}"
    article_id = await repo.articles.add(
        NewArticle(
            feed_id=None,
            uid=uid,
            url=url or f"https://kino.example/{abs(hash(uid))}",
            title=title,
            published_at=published,
            fetched_at=published,
            text=text,
            description=text[:200],
            image_url=None,
            fingerprint=uid,
            language="ru",
            is_cinema=is_cinema,
            categories=("premiere",) if premiere else ("other",),
            premiere=premiere,
            summary=text[:150],
        )
    )
    assert article_id is not None
    if index:
        await repo.search.index_article(article_id, title, text)
    article = await repo.articles.get(article_id)
    if article is not None and premiere is not None:
        await record_article(repo, article, published)
    return article_id


__all__ = ["ADMIN_ID", "Conversation", "add_article", "buttons", "make_settings", "running_bot"]
