"""The `fetch` and `feeds` subcommands: one ingest pass, and managing the feed list."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime

from bot.config import Settings
from bot.errors import FetchError
from bot.http import HttpClient, check_url
from bot.ingest import IngestReport, ingest_feeds, ingest_urls
from storage import Repository
from storage.models import Feed


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `fetch` and `feeds` on the main parser."""
    fetch = commands.add_parser("fetch", help="one ingest pass over the feeds (or given URLs)")
    fetch.add_argument("--json", action="store_true", help="print the report as JSON")
    fetch.add_argument("urls", nargs="*", metavar="URL", help="feeds to fetch instead of all")
    feeds = commands.add_parser("feeds", help="list, add or remove feeds")
    actions = feeds.add_subparsers(dest="feeds_command", required=True)
    actions.add_parser("list", help="every feed with its state and last error")
    actions.add_parser("add", help="add a feed").add_argument("url", metavar="URL")
    actions.add_parser("remove", help="remove a feed").add_argument("url", metavar="URL")


async def run_command(args: argparse.Namespace, settings: Settings) -> int:
    """Run `fetch` or `feeds ...`; return the exit status."""
    try:
        urls = [check_url(url, allow_private=True) for url in getattr(args, "urls", None) or ()]
        if args.command == "feeds" and args.feeds_command != "list":
            check_url(args.url, allow_private=True)
    except FetchError as exc:
        print(f"premiere-bot: {exc}", file=sys.stderr)
        return 2
    repo = await Repository.open(settings.database_path)
    try:
        if args.command == "fetch":
            report = await fetch_once(repo, settings, urls)
            print(json.dumps(report.as_dict(), ensure_ascii=False) if args.json else table(report))
            return 0
        return await _feeds(repo, settings, args)
    finally:
        await repo.close()


async def fetch_once(repo: Repository, settings: Settings, urls: list[str]) -> IngestReport:
    """Ingest the given URLs, or every unpaused feed after syncing the configured list."""
    now = datetime.now(UTC)
    async with HttpClient.create(settings) as http:
        if urls:
            return await ingest_urls(repo, http, settings, urls, now)
        await repo.feeds.sync(settings.feeds, now)
        return await ingest_feeds(repo, http, settings, await repo.feeds.active(), now)


def table(report: IngestReport) -> str:
    """The report as a plain-text table, one feed per line."""
    lines = [f"{'status':<13}{'new':>5}{'seen':>6}  url"]
    for outcome in report.feeds:
        line = f"{outcome.status:<13}{outcome.new:>5}{outcome.seen:>6}  {outcome.url}"
        lines.append(line + (f"\n{'':24}error: {outcome.error}" if outcome.error else ""))
    lines.append(f"{len(report.feeds)} feeds, {report.new_articles} new articles")
    return "\n".join(lines)


async def _feeds(repo: Repository, settings: Settings, args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    if args.feeds_command == "add":
        feed = await repo.feeds.add(args.url, now)
        if feed.paused:
            await repo.feeds.set_paused(feed.url, False)
        print(f"added {feed.url}")
        return 0
    if args.feeds_command == "remove":
        if await repo.feeds.remove(args.url):
            note = " (it is in FEEDS/FEEDS_FILE and comes back on the next sync)"
            print(f"removed {args.url}" + (note if args.url in settings.feeds else ""))
            return 0
        print(f"premiere-bot: no such feed: {args.url}", file=sys.stderr)
        return 1
    await repo.feeds.sync(settings.feeds, now)
    for feed in await repo.feeds.all():
        print(_describe(feed))
    return 0


def _describe(feed: Feed) -> str:
    state = "PAUSED" if feed.paused else "active"
    checked = feed.last_checked_at.strftime("%Y-%m-%d %H:%M") if feed.last_checked_at else "never"
    line = f"{state:<7} {feed.url}  title={feed.title or '-'!r} checked={checked}"
    if feed.error_count or feed.last_error:
        line += f"\n        failures={feed.error_count} last error: {feed.last_error}"
    return line
