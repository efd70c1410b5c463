"""Periodic jobs of the running bot: ingest then matching, and digests."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import aiohttp
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.config import Settings
from bot.digest import enqueue_due_digests
from bot.matching import match_new_articles
from bot.render import LabelFor, russian
from storage import Repository

log = logging.getLogger(__name__)

OUTBOX_RETENTION = timedelta(days=30)
# Generic in the HTTP client so the ingest stage brings its own (session or wrapper).
Http = TypeVar("Http")
IngestStage = Callable[[Repository, Http, Settings, datetime], Awaitable[object]]
Wake = Callable[[], None]


async def ingest_placeholder(
    repo: Repository, http: aiohttp.ClientSession, settings: Settings, now: datetime
) -> None:
    """Stands in for bot.ingest.ingest_due until the branches merge: fetches nothing."""
    log.warning("ingest stage not wired yet: no feeds fetched")


async def poll_and_match(
    repo: Repository,
    http: Http,
    settings: Settings,
    *,
    ingest: IngestStage[Http],
    wake: Wake,
) -> int:
    """One pass: fetch due feeds, match new articles, wake the worker if anything was queued."""
    try:
        await ingest(repo, http, settings, datetime.now(UTC))
    except Exception:
        # A broken pass must not stop matching of what earlier passes stored.
        log.exception("ingest pass failed")
    queued = await match_new_articles(repo, settings, datetime.now(UTC))
    if queued:
        wake()
    return queued


async def digest_pass(
    repo: Repository, settings: Settings, *, wake: Wake, label_for: LabelFor = russian
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
    http: Http,
    settings: Settings,
    *,
    wake: Wake,
    ingest: IngestStage[Http],
    label_for: LabelFor = russian,
) -> AsyncIOScheduler:
    """The scheduler with its jobs (not started): polling now and every interval, digests."""
    scheduler = AsyncIOScheduler(timezone=UTC)
    scheduler.add_job(
        poll_and_match,
        "interval",
        seconds=settings.poll_interval_seconds,
        args=(repo, http, settings),
        kwargs={"ingest": ingest, "wake": wake},
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
