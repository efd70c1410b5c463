"""Composition root and command line: the one place that reads configuration and builds things."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import UTC, datetime

from dotenv import load_dotenv

from bot.config import Settings
from bot.demo import run_demo
from bot.errors import ConfigError
from storage import Repository

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="premiere-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot: long polling, ingest and delivery")
    search = commands.add_parser("search", help="search the stored cinema articles")
    search.add_argument("--json", action="store_true", help="print JSON instead of text")
    search.add_argument("--limit", type=int, default=10, help="how many results (1-50)")
    search.add_argument("query", nargs="+", help="words to look for")
    commands.add_parser("demo", help="talk to the bot through a fake Telegram; no token needed")
    return parser


def load_settings() -> Settings:
    """Read .env once (the real environment wins) and build the settings."""
    load_dotenv(override=False)
    return Settings.from_env(os.environ)


async def run_bot(settings: Settings) -> int:
    raise NotImplementedError


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
    if args.command == "run":
        if not settings.bot_token:
            print(
                "premiere-bot: BOT_TOKEN is not set; copy .env.example to .env and put the "
                "token from @BotFather there.",
                file=sys.stderr,
            )
            return 2
        return asyncio.run(run_bot(settings))
    if args.command == "search":
        return asyncio.run(search_cli(settings, " ".join(args.query), args.limit, args.json))
    if args.command == "demo":
        # The conversation is the output; library chatter would bury it.
        logging.getLogger().setLevel(logging.WARNING)
        return asyncio.run(run_demo(settings))
    return 2


if __name__ == "__main__":
    sys.exit(main())
