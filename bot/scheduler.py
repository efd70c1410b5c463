"""Periodic jobs of the running bot: ingest then matching, and digests."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.channels.runtime import ChannelRuntime
from bot.channels.service import on_new_articles
from bot.config import Settings
from bot.digest import enqueue_due_digests
from bot.http import HttpClient
from bot.ingest import IngestReport, ingest_due
from bot.matching import match_new_articles
from bot.render import LabelFor, chat_labels
from storage import Repository

log = logging.getLogger(__name__)

OUTBOX_RETENTION = timedelta(days=30)
Wake = Callable[[], None]


@dataclass(frozen=True)
class PassReport:
    """One polling pass: what ingest did and how many pushes matching queued."""

    ingest: IngestReport | None
    queued: int


async def poll_and_match(
    repo: Repository,
    http: HttpClient,
    settings: Settings,
    *,
    wake: Wake,
    channels: ChannelRuntime | None = None,
) -> PassReport:
    """One pass: fetch due feeds, match new articles for chats and channels, wake the worker."""
    now = datetime.now(UTC)
    report = None
    try:
        report = await ingest_due(repo, http, settings, now)
    except Exception:
        # A broken pass must not stop matching of what earlier passes stored.
        log.exception("ingest pass failed")
    queued = await match_new_articles(repo, settings, datetime.now(UTC))
    if queued:
        wake()
    if channels is not None and report is not None and report.article_ids:
        articles = [await repo.articles.get(article_id) for article_id in report.article_ids]
        await on_new_articles(channels, [a for a in articles if a is not None], now=now)
    return PassReport(report, queued)


async def digest_pass(
    repo: Repository, settings: Settings, *, wake: Wake, label_for: LabelFor = chat_labels
) -> int:
    """Queue the digests whose local time has come."""
    max_age = timedelta(hours=settings.max_article_age_hours)
    queued = await enqueue_due_digests(
        repo, datetime.now(UTC), max_age=max_age, label_for=label_for
    )
    if queued:
        wake()
    return queued


async def prune_outbox(repo: Repository) -> int:
    """Forget delivered, failed and closed rows older than the retention period."""
    return await repo.outbox.prune(datetime.now(UTC) - OUTBOX_RETENTION)


def build_scheduler(
    repo: Repository,
    http: HttpClient,
    settings: Settings,
    *,
    wake: Wake,
    channels: ChannelRuntime | None = None,
    label_for: LabelFor = chat_labels,
    scheduler: AsyncIOScheduler | None = None,
) -> AsyncIOScheduler:
    """The scheduler with its jobs (not started): polling now and every interval, digests."""
    scheduler = scheduler or AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(
        poll_and_match,
        "interval",
        seconds=settings.poll_interval_seconds,
        args=(repo, http, settings),
        kwargs={"wake": wake, "channels": channels},
        next_run_time=datetime.now(UTC),
        id="poll",
        max_instances=1,
        coalesce=True,
    )
    # Digest times are per chat and per time zone, so a check every minute covers them all.
    scheduler.add_job(
        digest_pass,
        "cron",
        minute="*",
        args=(repo, settings),
        kwargs={"wake": wake, "label_for": label_for},
        id="digests",
        max_instances=1,
        coalesce=True,
    )
    scheduler.add_job(prune_outbox, "cron", hour=3, args=(repo,), id="prune", coalesce=True)
    return scheduler
