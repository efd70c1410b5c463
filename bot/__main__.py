"""Composition root and command line: the one place that reads configuration and builds things."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Sequence

from dotenv import load_dotenv

from bot import feeds_cli
from bot.config import Settings
from bot.errors import ConfigError

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="premiere-bot", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("run", help="run the bot: long polling, ingest and delivery")
    feeds_cli.add_commands(commands)
    return parser


def load_settings() -> Settings:
    """Read .env once (the real environment wins) and build the settings."""
    load_dotenv(override=False)
    return Settings.from_env(os.environ)


async def run_bot(settings: Settings) -> int:
    raise NotImplementedError


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
    if args.command in ("fetch", "feeds"):
        return asyncio.run(feeds_cli.run_command(args, settings))
    return 2


if __name__ == "__main__":
    sys.exit(main())
