"""Drive the real Dispatcher with the bot's routers against the fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer

from bot.config import Settings
from handlers import build_router
from storage import Repository
from storage.models import NewArticle, PremiereFacts
from tests.fake_telegram import Call, FakeTelegram

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


class Conversation:
    """Send updates as users would and wait for the bot's answers."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake

    def _replies(self, chat_id: int) -> list[Call]:
        return [
            c
            for c in self.fake.calls
            if c.status == 200
            and c.method in ("sendmessage", "editmessagetext", "editmessagereplymarkup")
            and str(c.params.get("chat_id")) == str(chat_id)
        ]

    async def say(
        self, text: str, *, chat_id: int = 1001, expect: int = 1, **kw: Any
    ) -> list[Call]:
        """Send a message; return the `expect` calls the bot made in answer."""
        before = len(self._replies(chat_id))
        self.fake.send_text(text, chat_id=chat_id, **kw)
        await self.fake.wait_for(lambda f: len(self._replies(chat_id)) >= before + expect)
        return self._replies(chat_id)[before:]

    async def texts(self, text: str, **kw: Any) -> list[str]:
        return [str(c.params.get("text", "")) for c in await self.say(text, **kw)]

    async def press(
        self, data: str, *, chat_id: int = 1001, message_id: int = 1, **kw: Any
    ) -> Call:
        """Press an inline button; return the bot's answerCallbackQuery."""
        before = len(self.fake.sent("answerCallbackQuery"))
        self.fake.press_button(data, chat_id=chat_id, message_id=message_id, **kw)
        await self.fake.wait_for(lambda f: len(f.sent("answerCallbackQuery")) > before)
        return self.fake.sent("answerCallbackQuery")[-1]

    async def quiet(self, text: str, *, chat_id: int = 1001, **kw: Any) -> None:
        """Send something the bot answers without a message (or not at all) and let it settle."""
        update_id = self.fake.send_text(text, chat_id=chat_id, **kw)
        await self.settle(update_id)

    async def push(self, update: dict[str, Any]) -> None:
        await self.settle(self.fake.push_update(update))

    async def settle(self, update_id: int) -> None:
        # Updates are handled in line (handle_as_tasks=False), so a getUpdates asking for a
        # later offset means the handler has finished.
        def confirmed(f: FakeTelegram) -> bool:
            offsets = [
                int(c.params.get("offset") or 0) for c in f.calls if c.method == "getupdates"
            ]
            return bool(offsets) and max(offsets) > update_id

        await self.fake.wait_for(confirmed)


def buttons(call: Call) -> list[tuple[str, str]]:
    """(text, callback_data) of every inline button in a sent message."""
    markup = call.params.get("reply_markup") or {}
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]


@asynccontextmanager
async def running_bot(repo: Repository, base_url: str, **data: Any) -> AsyncIterator[Dispatcher]:
    """Poll the fake with the real Dispatcher and every router until the block ends."""
    settings = data.pop("settings", None) or make_settings(base_url)
    session = AiohttpSession(api=TelegramAPIServer.from_base(base_url))
    bot = Bot(settings.bot_token or TOKEN, session=session)
    dp = Dispatcher(repo=repo, settings=settings, **data)
    dp.include_router(build_router())
    task = asyncio.create_task(
        dp.start_polling(
            bot,
            handle_signals=False,
            close_bot_session=True,
            polling_timeout=1,
            handle_as_tasks=False,
        )
    )
    try:
        yield dp
    finally:
        await dp.stop_polling()
        await task


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
    """Store a cinema article as ingestion would and put it into the search index."""
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
    return article_id
