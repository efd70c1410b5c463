"""Resident memory of the running bot with 100,000 articles and 50,000 subscribers.

Seeds a database (the search benchmark's generated articles, subscribers with varied
settings), then runs `premiere-bot run` as a subprocess against a fake Bot API and a local
feed on 127.0.0.1. The feed brings fresh premiere stories, so the bot ingests, analyses,
matches them against every subscriber and starts delivering, while users send commands.
The bot's VmRSS is sampled throughout; VmHWM is its peak. Target: under 150 MB.

    .venv/bin/python bench/memory.py [--articles 100000] [--subscribers 50000] [--seconds 40]
                                     [--keep PATH]   (reuse a seeded database between runs)
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestServer

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import search as search_bench  # noqa: E402
from bot.fakeapi import FakeTelegram  # noqa: E402
from storage import Repository  # noqa: E402

TOKEN = "123456:MEMORY-BENCH"
ADMIN = 7
DEMO_FEED = ROOT / "bot" / "data" / "demo_feed.xml"
COMMANDS = (
    "/start",
    "/search премьера фильма",
    "/latest",
    "/premieres",
    "/settings",
    "/keywords драма",
    "/city Алматы",
    '/search "*NEAR(-((',
)
CITIES = ("Алматы", "Астана", "Шымкент")


async def seed(path: Path, articles: int, subscribers: int) -> None:
    """Articles as in bench/search.py (indexed), and subscribers with varied settings."""
    repo = await Repository.open(path)
    rng = random.Random(20261122)
    names = [search_bench.invented_name(rng) for _ in range(3000)]
    started = time.perf_counter()
    await search_bench.fill(repo, articles, rng, names)
    now = datetime.now(UTC)
    # A running bot matched its archive long ago; only the feed's new stories are matched now.
    while ids := await repo.outbox.unmatched_article_ids(5000):
        await repo.outbox.record_matches(ids, [], now)
    for chat_id in range(1, subscribers + 1):
        language = ("ru", "kk", "en")[chat_id % 3]
        await repo.chats.ensure(chat_id, type="private", title="", language=language, now=now)
        await repo.chats.subscribe(chat_id, thread_id=None, now=now)
        if chat_id % 5 == 0:
            await repo.chats.set_keywords(chat_id, include=["фильм"], exclude=[], now=now)
        if chat_id % 7 == 0:
            await repo.chats.set_cities(chat_id, [CITIES[chat_id % 3]], now=now)
        if chat_id % 10 == 0:
            await repo.chats.set_digest(chat_id, "daily", "09:00", now=now)
    await repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    await repo.close()
    print(
        f"seeded {articles} articles, {subscribers} subscribers in "
        f"{time.perf_counter() - started:.0f} s"
    )


def fresh_feed(base: str) -> bytes:
    """The bundled demo feed dated within the last hours, its links on the local server."""
    text = DEMO_FEED.read_text(encoding="utf-8").replace("https://demo.invalid", base)
    now = datetime.now(UTC)
    counter = iter(range(1000))
    text = re.sub(
        r"<pubDate>[^<]*</pubDate>",
        lambda _: f"<pubDate>{format_datetime(now - timedelta(hours=next(counter)))}</pubDate>",
        text,
    )
    return text.encode()


def article_page(slug: str) -> str:
    """A news page around an invented story, so the bot's full-text extraction runs too."""
    story = " ".join(
        f"<p>Съёмочная группа фильма рассказала о работе над картиной {slug}, часть {n}. "
        "Премьера прошла при полном зале, зрители аплодировали стоя.</p>"
        for n in range(1, 9)
    )
    junk = "<nav>Главная | Новости | Кино | Курс валют: USD 512, EUR 540</nav>"
    return (
        f"<html><head><title>{slug}</title></head><body>{junk}"
        f"<article><h1>{slug}</h1>{story}</article>"
        "<aside>В тренде: Погода в Алматы; Курс тенге</aside></body></html>"
    )


def status(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM of a process in MB."""
    values = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as handle:
        for line in handle:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values


async def run_bot(database: Path, api: str, feed: str, seconds: float) -> None:
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": api,
        "DATABASE_PATH": str(database),
        "FEEDS": feed,
        "ALLOW_PRIVATE_FEEDS": "true",
        "ADMIN_IDS": str(ADMIN),
        "POLL_INTERVAL_SECONDS": "15",
        "LOG_LEVEL": "WARNING",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", env=env, cwd=database.parent
    )
    samples: list[tuple[float, float]] = []
    started = time.perf_counter()
    try:
        while (elapsed := time.perf_counter() - started) < seconds:
            if process.returncode is not None:
                raise SystemExit(f"the bot exited with {process.returncode}")
            samples.append((elapsed, status(process.pid)["VmRSS"]))
            await asyncio.sleep(0.25)
        peak = status(process.pid)["VmHWM"]
    finally:
        process.terminate()
        await process.wait()
    for at in (2, 5, 10, 20, 30, 60, 120):
        if at < seconds:
            rss = max(value for when, value in samples if when <= at)
            print(f"  VmRSS by {at:>3} s: {rss:6.1f} MB")
    print(f"  VmRSS at the end: {samples[-1][1]:6.1f} MB")
    print(f"peak resident memory (VmHWM): {peak:.1f} MB (target < 150 MB)")


async def measure(database: Path, seconds: float) -> None:
    fake = FakeTelegram()
    api = TestServer(fake.app(), host="127.0.0.1")

    async def serve_feed(request: web.Request) -> web.Response:
        body = fresh_feed(f"http://{request.host}")
        return web.Response(body=body, content_type="application/rss+xml")

    async def serve_page(request: web.Request) -> web.Response:
        return web.Response(text=article_page(request.match_info["slug"]), content_type="text/html")

    feeds = web.Application()
    feeds.router.add_get("/feed.xml", serve_feed)
    feeds.router.add_get("/news/{slug}", serve_page)
    feed_server = TestServer(feeds, host="127.0.0.1")
    await api.start_server()
    await feed_server.start_server()
    feed_url = str(feed_server.make_url("/feed.xml"))
    for user in (ADMIN, 11, 12, 13):
        for command in COMMANDS:
            fake.send_text(command, chat_id=user)
    fake.send_text("/stats", chat_id=ADMIN)
    try:
        await run_bot(
            database,
            str(api.make_url("")).rstrip("/"),
            feed_url,
            seconds,
        )
    finally:
        await api.close()
        await feed_server.close()
    answered = len(
        {
            call.params.get("chat_id")
            for call in fake.sent()
            if str(call.params.get("chat_id")) in {"7", "11", "12", "13"}
        }
    )
    repo = await Repository.open(database)
    try:
        async with repo.db.execute("SELECT COUNT(*) FROM outbox") as cursor:
            row = await cursor.fetchone()
        async with repo.db.execute(
            "SELECT COUNT(*), SUM(text LIKE '%Съёмочная группа%') FROM articles WHERE url LIKE ?",
            (feed_url.replace("feed.xml", "news/%"),),
        ) as cursor:
            stored = await cursor.fetchone()
    finally:
        await repo.close()
    if stored:
        print(f"from the feed: {stored[0]} articles stored, {stored[1] or 0} with full text")
    print(
        f"during the run: {len(fake.sent()) + len(fake.sent('sendPhoto'))} messages sent, "
        f"{row[0] if row else 0} pushes queued, {answered}/4 users answered"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--subscribers", type=int, default=50_000)
    parser.add_argument("--seconds", type=float, default=40)
    parser.add_argument("--keep", type=Path, help="seeded database to reuse (created if absent)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
        seeded = args.keep or Path(folder) / "seeded.sqlite3"
        if not seeded.exists():
            asyncio.run(seed(seeded, args.articles, args.subscribers))
        database = Path(folder) / "bot.sqlite3"
        shutil.copy(seeded, database)
        print(
            f"database: {args.articles} articles, {args.subscribers} subscribers, "
            f"{database.stat().st_size / 1e6:.0f} MB; running the bot for {args.seconds:.0f} s"
        )
        asyncio.run(measure(database, args.seconds))


if __name__ == "__main__":
    main()
