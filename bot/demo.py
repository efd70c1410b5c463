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

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiohttp import web

from bot.commands import register_commands
from bot.config import Settings
from bot.fakeapi import Call, Conversation, FakeTelegram, buttons
from bot.http import HttpClient
from bot.ingest import ingest_urls
from handlers import build_router
from storage import Repository

DEMO_FEED = Path(__file__).with_name("data") / "demo_feed.xml"
DEMO_TOKEN = "123456:DEMO-TOKEN"
NEXT_PAGE = "▶"
SCRIPT = ("/start", "/subscribe", "/search премьера", NEXT_PAGE, "/search Алматыда", "/settings")
_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """What a Telegram client shows for an HTML message: tags gone, entities decoded."""
    return html.unescape(_TAG.sub("", text))


async def load_sample(repo: Repository, settings: Settings, now: datetime) -> int:
    """Ingest the bundled feed through the real pipeline, served on 127.0.0.1; return the
    number of film stories stored."""
    app = web.Application()
    app.router.add_get("/feed.xml", _serve_feed)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/feed.xml"
    # Loopback is where the sample lives; its items are complete, so no page is fetched.
    local = replace(settings, allow_private_feeds=True, fulltext_min_chars=0)
    try:
        async with HttpClient.create(local) as http:
            report = await ingest_urls(repo, http, local, [url], now)
    finally:
        await runner.cleanup()
    return len(report.article_ids)


async def _serve_feed(request: web.Request) -> web.Response:
    return web.Response(body=DEMO_FEED.read_bytes(), content_type="application/rss+xml")


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
            stored = await load_sample(repo, settings, datetime.now(UTC))
            out(
                f"(demo: {stored} film stories ingested from the sample feed; fake Telegram on "
                "127.0.0.1)\n"
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
