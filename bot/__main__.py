"""Composition root and command line: the one place that reads configuration and builds things."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from dotenv import load_dotenv

from bot import feeds_cli
from bot.article_input import parse_article, read_source, render
from bot.config import Settings
from bot.errors import ConfigError, InvalidInput
from bot.lean import freeze_start_up, import_aiogram_lazily
from bot.news import analyze
from storage import Repository

# aiogram, and everything that imports it, is imported inside the functions below, after
# main() has imported it with its models built on first use (bot/lean.py: ~100 MB less).
if TYPE_CHECKING:
    from aiogram import Bot

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="premiere-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot: long polling, ingest and delivery")
    feeds_cli.add_commands(commands)
    analyze = commands.add_parser("analyze", help="analyse one article (text or HTML) and print it")
    analyze.add_argument("path", metavar="PATH|-", help="article file, or - for stdin")
    analyze.add_argument("--json", action="store_true", help="print JSON")
    analyze.add_argument("--published", type=date.fromisoformat, help="publication date YYYY-MM-DD")
    analyze.add_argument("--title", help="headline (default: first line, or the page title)")
    analyze.add_argument("--url", help="article URL")
    search = commands.add_parser("search", help="search the stored cinema articles")
    search.add_argument("--json", action="store_true", help="print JSON instead of text")
    search.add_argument("--limit", type=int, default=10, help="how many results (1-50)")
    search.add_argument("query", nargs="+", help="words to look for")
    commands.add_parser("demo", help="talk to the bot through a fake Telegram; no token needed")
    deliver = commands.add_parser("deliver", help="send what is queued in the outbox, then exit")
    deliver.add_argument("--forever", action="store_true", help="keep waiting for new rows")
    return parser


def load_settings() -> Settings:
    """Read .env once (the real environment wins) and build the settings."""
    load_dotenv(override=False)
    return Settings.from_env(os.environ)


def build_bot(settings: Settings) -> Bot:
    """The Bot object, talking to TELEGRAM_API_URL, HTML by default."""
    from aiogram import Bot
    from aiogram.client.default import DefaultBotProperties
    from aiogram.client.session.aiohttp import AiohttpSession
    from aiogram.client.telegram import TelegramAPIServer
    from aiogram.enums import ParseMode

    assert settings.bot_token is not None
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    return Bot(
        settings.bot_token,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


async def run_bot(settings: Settings) -> int:
    """Long polling plus the scheduler (ingest, matching, digests, channel slots) and delivery."""
    from aiogram import Dispatcher
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    import handlers
    from bot.channels.jobs import rebuild_jobs
    from bot.channels.runtime import ChannelRuntime
    from bot.commands import register_commands
    from bot.delivery import DeliveryWorker
    from bot.http import HttpClient
    from bot.scheduler import PassReport, build_scheduler, poll_and_match

    repo = await Repository.open(settings.database_path)
    now = datetime.now(UTC)
    await repo.feeds.sync(settings.feeds, now)
    # Articles stored while indexing was off (or by an older version) become searchable.
    await repo.search.reindex_missing()
    bot = build_bot(settings)
    http = HttpClient.create(settings)
    worker = DeliveryWorker(repo, bot, settings)
    scheduler = AsyncIOScheduler(timezone=UTC)
    channels = ChannelRuntime(repo=repo, bot=bot, settings=settings, scheduler=scheduler)
    build_scheduler(repo, http, settings, wake=worker.wake, channels=channels, scheduler=scheduler)

    async def refresh() -> PassReport:
        return await poll_and_match(repo, http, settings, wake=worker.wake, channels=channels)

    dispatcher = Dispatcher(
        repo=repo, settings=settings, worker=worker, refresh=refresh, channel_runtime=channels
    )
    dispatcher.include_router(handlers.build_router())
    freeze_start_up()
    delivery = asyncio.create_task(worker.run())
    try:
        await register_commands(bot)
        await rebuild_jobs(channels, now=now)
        scheduler.start()
        # aiogram stops polling on SIGINT/SIGTERM; everything else is closed below.
        await dispatcher.start_polling(
            bot,
            allowed_updates=dispatcher.resolve_used_update_types(),
            handle_signals=True,
            close_bot_session=False,
        )
    finally:
        if scheduler.running:
            scheduler.shutdown(wait=False)
        worker.stop()
        await asyncio.gather(delivery, return_exceptions=True)
        await http.close()
        await bot.session.close()
        await repo.close()
    log.info("stopped cleanly")
    return 0


async def deliver(settings: Settings, *, forever: bool) -> int:
    """Drain the outbox with the real worker (also what the crash test kills)."""
    from bot.delivery import DeliveryWorker

    repo = await Repository.open(settings.database_path)
    bot = build_bot(settings)
    worker = DeliveryWorker(repo, bot, settings)
    freeze_start_up()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, worker.stop)
    try:
        report = await worker.run(until_empty=not forever)
    finally:
        await bot.session.close()
        await repo.close()
    print(
        f"sent {report.sent}, failed {report.failed}, retried {report.retried}, "
        f"flood waits {report.rate_limited}, closed {report.closed}"
    )
    return 0


def analyze_article(args: argparse.Namespace) -> int:
    """`premiere-bot analyze`: read, analyse once, print; exit 2 on unreadable input."""
    try:
        article = parse_article(read_source(args.path), args.title)
    except InvalidInput as exc:
        print(f"premiere-bot analyze: {exc}", file=sys.stderr)
        return 2
    # Without --published a date written without a year is read as this year's.
    published = args.published or datetime.now(UTC).date()
    result = analyze(title=article.title, text=article.text, url=args.url, published=published)
    print(render(result, args.json))
    return 0


async def search_cli(settings: Settings, query: str, limit: int, as_json: bool) -> int:
    """`premiere-bot search`: the function /search uses, over the configured database."""
    repo = await Repository.open(settings.database_path)
    try:
        # Articles stored before indexing was wired in become searchable here.
        await repo.search.reindex_missing()
        page = await repo.search.search(query, now=datetime.now(UTC), limit=limit)
    finally:
        await repo.close()
    if as_json:
        rows = [
            {
                **asdict(hit),
                "published_at": hit.published_at.isoformat(),
                "premiere_date": hit.premiere_date.isoformat() if hit.premiere_date else None,
            }
            for hit in page.hits
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for number, hit in enumerate(page.hits, start=1):
        print(f"{number}. {hit.title}\n   {hit.published_at:%Y-%m-%d}  {hit.url or ''}")
    if not page.hits:
        print("nothing found")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "analyze":
        return analyze_article(args)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print("premiere-bot: configuration problems:", file=sys.stderr)
        for problem in exc.problems:
            print(f"  - {problem}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if args.command in ("run", "deliver", "demo"):
        import_aiogram_lazily()
    if args.command in ("run", "deliver"):
        if not settings.bot_token:
            print(
                "premiere-bot: BOT_TOKEN is not set; copy .env.example to .env and put the "
                "token from @BotFather there.",
                file=sys.stderr,
            )
            return 2
        if args.command == "deliver":
            return asyncio.run(deliver(settings, forever=args.forever))
        return asyncio.run(run_bot(settings))
    if args.command in ("fetch", "feeds"):
        return asyncio.run(feeds_cli.run_command(args, settings))
    if args.command == "search":
        return asyncio.run(search_cli(settings, " ".join(args.query), args.limit, args.json))
    if args.command == "demo":
        # The conversation is the output; library chatter would bury it.
        logging.getLogger().setLevel(logging.WARNING)
        from bot.demo import run_demo

        return asyncio.run(run_demo(settings))
    return 2


if __name__ == "__main__":
    sys.exit(main())
