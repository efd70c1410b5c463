"""Shared helpers for the channel tests: a controllable clock, a runtime wired to the fake
Bot API, seeded channels and articles."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.channels.runtime import ChannelRuntime
from bot.config import Settings
from storage import Repository
from storage.models import NewArticle, PremiereFacts
from tests.fake_telegram import BOT_ID, FakeTelegram, Member

TOKEN = f"{BOT_ID}:TEST-TOKEN"
ALMATY = ZoneInfo("Asia/Almaty")
Telegram = tuple[FakeTelegram, str]
CHANNEL = -1001000000001
OWNER = 501
SECOND_ADMIN = 502
STRANGER = 503


@dataclass
class Clock:
    """The test's time: moved by hand, never slept through."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Sleeps:
    waited: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        self.waited.append(seconds)


def settings(**env: str) -> Settings:
    return Settings.from_env({"BOT_TOKEN": TOKEN, "FEEDS": "https://example.org/rss", **env})


@asynccontextmanager
async def channel_runtime(
    repo: Repository, base_url: str, clock: Clock, *, scheduler: bool = True
) -> AsyncIterator[ChannelRuntime]:
    """A runtime against the fake Bot API, with a started but paused scheduler."""
    bot = Bot(TOKEN, session=AiohttpSession(api=TelegramAPIServer.from_base(base_url)))
    jobs = AsyncIOScheduler(timezone=UTC) if scheduler else None
    if jobs is not None:
        jobs.start(paused=True)
    try:
        yield ChannelRuntime(
            repo=repo, bot=bot, settings=settings(), scheduler=jobs, clock=clock, sleep=Sleeps()
        )
    finally:
        if jobs is not None:
            jobs.shutdown(wait=False)
        await bot.session.close()


def seed_channel(
    fake: FakeTelegram,
    chat_id: int = CHANNEL,
    username: str = "kino_almaty",
    *,
    admins: tuple[int, ...] = (OWNER,),
    bot_status: str = "administrator",
    bot_can_post: bool = True,
) -> None:
    """A channel the fake server knows, with its admins and the bot's membership."""
    chat: dict[str, Any] = {
        "id": chat_id,
        "type": "channel",
        "title": f"Kino {username}",
        "username": username,
    }
    fake.chats[chat_id] = chat
    fake.chats[f"@{username}"] = chat
    for index, user in enumerate(admins):
        fake.members[(chat_id, user)] = Member("creator" if index == 0 else "administrator")
    fake.members[(chat_id, BOT_ID)] = Member(bot_status, can_post_messages=bot_can_post)


_counter = iter(range(1, 1_000_000))


async def add_article(
    repo: Repository,
    title: str,
    *,
    now: datetime,
    categories: tuple[str, ...] = ("premiere",),
    text: str = "",
    language: str = "ru",
    premiere_date: date | None = None,
    city: str | None = None,
    published: datetime | None = None,
    url: str | None = None,
    is_cinema: bool = True,
) -> int:
    number = next(_counter)
    premiere = (
        PremiereFacts(titles=(title,), date=premiere_date, city=city, venue=None)
        if premiere_date or city
        else None
    )
    article_id = await repo.articles.add(
        NewArticle(
            feed_id=None,
            uid=f"uid-{number}",
            url=url or f"https://news.example.kz/{number}",
            title=title,
            published_at=published or now,
            fetched_at=now,
            text=text,
            description="",
            image_url=None,
            fingerprint=f"fp-{number}",
            language=language,
            is_cinema=is_cinema,
            categories=categories,
            premiere=premiere,
            summary=text[:200],
        )
    )
    assert article_id is not None
    return article_id


def channel_texts(fake: FakeTelegram, chat_id: int = CHANNEL) -> list[str]:
    return fake.texts(chat_id)


def markup(call_params: dict[str, Any]) -> dict[str, Any]:
    raw = call_params.get("reply_markup") or {}
    return raw if isinstance(raw, dict) else dict(json.loads(raw))


def at(hour: int, minute: int = 0, day: int = 23) -> datetime:
    """A moment on Monday 2026-11-23 (or another November 2026 day), Almaty time."""
    return datetime(2026, 11, day, hour, minute, tzinfo=ALMATY)
