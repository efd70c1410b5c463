"""Composition root and command line: the one place that reads configuration and builds things."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from collections.abc import Sequence

import aiohttp
from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from dotenv import load_dotenv

import handlers
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.errors import ConfigError
from bot.scheduler import build_scheduler, ingest_placeholder
from storage import Repository

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="premiere-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot: long polling, ingest and delivery")
    deliver = commands.add_parser("deliver", help="send what is queued in the outbox, then exit")
    deliver.add_argument("--forever", action="store_true", help="keep waiting for new rows")
    return parser


def load_settings() -> Settings:
    """Read .env once (the real environment wins) and build the settings."""
    load_dotenv(override=False)
    return Settings.from_env(os.environ)


def build_bot(settings: Settings) -> Bot:
    """The Bot object, talking to TELEGRAM_API_URL, HTML by default."""
    assert settings.bot_token is not None
    session = AiohttpSession(api=TelegramAPIServer.from_base(settings.telegram_api_url))
    return Bot(
        settings.bot_token,
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


async def run_bot(settings: Settings) -> int:
    """Long polling plus the scheduler (ingest, matching, digests) and the delivery worker."""
    repo = await Repository.open(settings.database_path)
    bot = build_bot(settings)
    http = aiohttp.ClientSession()
    worker = DeliveryWorker(repo, bot, settings)
    dispatcher = Dispatcher(repo=repo, settings=settings, worker=worker)
    dispatcher.include_router(handlers.build_router())
    scheduler = build_scheduler(repo, http, settings, wake=worker.wake, ingest=ingest_placeholder)
    delivery = asyncio.create_task(worker.run())
    try:
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
    repo = await Repository.open(settings.database_path)
    bot = build_bot(settings)
    worker = DeliveryWorker(repo, bot, settings)
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


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
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
    return 2


if __name__ == "__main__":
    sys.exit(main())
