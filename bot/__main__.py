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
from datetime import UTC, date, datetime

from dotenv import load_dotenv

from bot import feeds_cli
from bot.article_input import parse_article, read_source, render
from bot.config import Settings
from bot.demo import run_demo
from bot.errors import ConfigError, InvalidInput
from bot.news import analyze
from storage import Repository

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
    return parser


def load_settings() -> Settings:
    """Read .env once (the real environment wins) and build the settings."""
    load_dotenv(override=False)
    return Settings.from_env(os.environ)


async def run_bot(settings: Settings) -> int:
    raise NotImplementedError


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
    if args.command == "run":
        if not settings.bot_token:
            print(
                "premiere-bot: BOT_TOKEN is not set; copy .env.example to .env and put the "
                "token from @BotFather there.",
                file=sys.stderr,
            )
            return 2
        return asyncio.run(run_bot(settings))
    if args.command in ("fetch", "feeds"):
        return asyncio.run(feeds_cli.run_command(args, settings))
    if args.command == "search":
        return asyncio.run(search_cli(settings, " ".join(args.query), args.limit, args.json))
    if args.command == "demo":
        # The conversation is the output; library chatter would bury it.
        logging.getLogger().setLevel(logging.WARNING)
        return asyncio.run(run_demo(settings))
    return 2


if __name__ == "__main__":
    sys.exit(main())
