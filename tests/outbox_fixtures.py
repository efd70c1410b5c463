"""Builders shared by the delivery, matching and crash tests: settings, chats, articles, queues."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.config import Settings
from storage import Repository
from storage.models import NewArticle, PremiereFacts, QueuedPush

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
TOKEN = "123456:TEST-token"


def settings(**env: str) -> Settings:
    base = {"FEEDS": "http://127.0.0.1:9/feed", "SEND_RATE": "1000", "BOT_TOKEN": TOKEN}
    return Settings.from_env({**base, **env})


def bot_for(base_url: str) -> Bot:
    return Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(base_url)))


async def add_chat(repo: Repository, chat_id: int, **fields: Any) -> None:
    """A subscribed chat; list-valued settings are given as Python sequences."""
    values: dict[str, Any] = {"subscribed": 1, "active": 1, **fields}
    for key in ("categories", "include_words", "exclude_words", "cities", "news_languages"):
        if key in values:
            values[key] = json.dumps(list(values[key]), ensure_ascii=False)
    await repo.chats.ensure(chat_id, type="private", title="", language="ru", now=NOW)
    for key, value in values.items():
        # Column names come from this test module, never from input.
        await repo.db.execute(f"UPDATE chats SET {key} = ? WHERE chat_id = ?", (value, chat_id))
    await repo.db.commit()


async def add_article(
    repo: Repository,
    uid: str = "a1",
    *,
    title: str = "Премьера фильма «Сказ»",
    summary: str = "В Алматы покажут новый фильм. Премьера пройдёт в субботу.",
    categories: tuple[str, ...] = ("premiere",),
    city: str | None = "Алматы",
    image_url: str | None = None,
    published_at: datetime | None = NOW,
    fetched_at: datetime = NOW,
    is_cinema: bool = True,
    language: str = "ru",
    text: str = "",
) -> int:
    feed = await repo.feeds.add("https://news.example/rss", NOW)
    article_id = await repo.articles.add(
        NewArticle(
            feed_id=feed.id,
            uid=uid,
            url=f"https://news.example/{uid}",
            title=title,
            published_at=published_at,
            fetched_at=fetched_at,
            text=text,
            description="",
            image_url=image_url,
            fingerprint=uid,
            language=language,
            is_cinema=is_cinema,
            categories=categories,
            premiere=PremiereFacts(("Сказ",), date(2026, 11, 28), city, "Kinopark 8")
            if city
            else None,
            summary=summary,
        )
    )
    assert article_id is not None
    return article_id


async def queue(repo: Repository, chat_ids: list[int], article_id: int) -> int:
    """Chats (created if needed) with one queued push each."""
    for chat_id in chat_ids:
        await repo.chats.ensure(chat_id, type="private", title="", language="ru", now=NOW)
    pushes = [QueuedPush(chat_id, article_id, None, "ru") for chat_id in chat_ids]
    return await repo.outbox.record_matches([article_id], pushes, NOW - timedelta(seconds=1))
