"""`premiere-bot demo`: the bot end to end with no token and no network.

A bundled sample feed (bot/data/demo_feed.xml, invented news) goes into a temporary database,
an in-process fake Bot API serves on 127.0.0.1, and a scripted subscriber talks to the real
Dispatcher; the conversation is printed as plain text.
"""

from __future__ import annotations

import asyncio
import html
import re
import tempfile
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import feedparser
from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from bot.commands import register_commands
from bot.config import Settings
from bot.fakeapi import Call, Conversation, FakeTelegram, buttons
from bot.news import analyze
from handlers import build_router
from storage import Repository
from storage.models import NewArticle, PremiereFacts

DEMO_FEED = Path(__file__).with_name("data") / "demo_feed.xml"
DEMO_TOKEN = "123456:DEMO-TOKEN"
NEXT_PAGE = "▶"
SCRIPT = ("/start", "/subscribe", "/search премьера", NEXT_PAGE, "/search Алматыда", "/settings")
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What a Telegram client shows for an HTML message: tags gone, entities decoded."""
    return html.unescape(_TAG.sub("", text))


def _published(entry: Any) -> datetime | None:
    parsed = entry.get("published_parsed")
    if not parsed:
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


async def load_sample(repo: Repository, now: datetime) -> int:
    """Store and index the bundled feed's items; return how many were new."""
    feed = feedparser.parse(DEMO_FEED.read_bytes())
    added = 0
    for entry in feed.entries:
        title, text = plain(entry.title), plain(entry.get("description", ""))
        published = _published(entry)
        found = analyze(
            title=title,
            text=text,
            url=entry.link,
            published=published.date() if published else None,
        )
        premiere = found.premiere
        article_id = await repo.articles.add(
            NewArticle(
                feed_id=None,
                uid=entry.get("id") or entry.link,
                url=entry.link,
                title=title,
                published_at=published,
                fetched_at=now,
                text=text,
                description=text,
                image_url=None,
                fingerprint=entry.get("id") or entry.link,
                language=found.language,
                # The sample is hand-picked film news whatever the analyser makes of it.
                is_cinema=True,
                categories=found.categories or ("premiere",),
                premiere=PremiereFacts(
                    premiere.titles, premiere.date, premiere.city, premiere.venue
                )
                if premiere
                else None,
                summary=found.summary or text[:300],
            )
        )
        if article_id is not None:
            await repo.search.index_article(article_id, title, text)
            added += 1
    return added


@asynccontextmanager
async def polling(repo: Repository, settings: Settings, **data: Any) -> AsyncIterator[Bot]:
    """The real Dispatcher with every router polling settings.telegram_api_url until exit."""
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    bot = Bot(settings.bot_token or DEMO_TOKEN, session=session)
    dp = Dispatcher(repo=repo, settings=settings, **data)
    dp.include_router(build_router())
    # In-line handling: a getUpdates for a later offset then means the handler has finished.
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
        yield bot
    finally:
        await dp.stop_polling()
        await task


@asynccontextmanager
async def fake_server(fake: FakeTelegram) -> AsyncIterator[str]:
    """Serve the fake Bot API on a free port of 127.0.0.1; yield its base URL."""
    runner = web.AppRunner(fake.app())
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()


def _show(call: Call) -> str:
    text = plain(str(call.params.get("text", "")))
    labels = [label for label, _ in buttons(call)]
    keys = ("\n" + "  ".join(f"[{label}]" for label in labels)) if labels else ""
    return "bot: " + (text + keys).replace("\n", "\n     ")


async def _step(user: Conversation, step: str, last: Call | None) -> list[Call]:
    if step != NEXT_PAGE:
        return await user.say(step, language_code="ru")
    data = next((d for label, d in buttons(last) if label == NEXT_PAGE), None) if last else None
    if data is None:
        return []
    await user.press(data)
    return user.fake.sent("editMessageText")[-1:]


async def run_demo(settings: Settings, out: Callable[[str], None] = print) -> int:
    """Play the scripted subscriber and print what they would see; return an exit code."""
    fake = FakeTelegram()
    with tempfile.TemporaryDirectory(prefix="premiere-demo-") as folder:
        repo = await Repository.open(Path(folder) / "demo.sqlite3")
        try:
            stored = await load_sample(repo, datetime.now(UTC))
            out(
                f"(demo: {stored} sample articles stored and indexed; fake Telegram on 127.0.0.1)\n"
            )
            async with fake_server(fake) as base_url:
                demo = replace(
                    settings, bot_token=DEMO_TOKEN, telegram_api_url=base_url, admin_ids=frozenset()
                )
                async with polling(repo, demo) as bot:
                    await register_commands(bot)
                    user, last = Conversation(fake), None
                    for step in SCRIPT:
                        out(f"you: {step}")
                        for call in await _step(user, step, last):
                            out(_show(call))
                            last = call
                        out("")
        finally:
            await repo.close()
    return 0
