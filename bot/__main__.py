"""Composition root and command line: the one place that reads configuration and builds things."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime

from dotenv import load_dotenv

from bot import feeds_cli
from bot.article_input import parse_article, read_source, render
from bot.config import Settings
from bot.errors import ConfigError, InvalidInput
from bot.news import analyze

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
    return 2


if __name__ == "__main__":
    sys.exit(main())
