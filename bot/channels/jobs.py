"""APScheduler jobs for channels. The database is the source of truth: jobs are derived from
rows and rebuilt from them at start-up, so losing every job (a restart) loses nothing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache, partial
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.base import JobLookupError
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger

from bot.channels.runtime import ChannelRuntime
from bot.channels.timetable import (
    ALL_WEEKDAYS,
    WEEKDAY_NAMES,
    Slot,
    hhmm,
    latest_occurrence,
    missed_slots,
    parse_hhmm,
)
from storage.models import Channel, ChannelPost

log = logging.getLogger(__name__)

REMINDER_HOUR = 9
# Tasks started from scheduler listeners; held so they are not collected while running.
_listener_tasks: set[asyncio.Task[None]] = set()


def slot_job_id(chat_id: int, slot: Slot) -> str:
    return f"ch:{chat_id}:slot:{hhmm(slot.at)}"


def post_job_id(chat_id: int, post_id: int) -> str:
    return f"ch:{chat_id}:post:{post_id}"


def _grace(rt: ChannelRuntime) -> int:
    return max(60, rt.settings.slot_grace_minutes * 60)


def _day_of_week(mask: int) -> str:
    if mask == ALL_WEEKDAYS:
        return "*"
    return ",".join(name for index, name in enumerate(WEEKDAY_NAMES) if mask >> index & 1)


@lru_cache(maxsize=4096)
def _cron(hour: int, minute: int, weekdays: int, zone: str) -> CronTrigger:
    # Triggers hold no per-job state, so channels with the same slot share one; building a
    # CronTrigger is most of the cost of a start-up with thousands of slots.
    return CronTrigger(
        hour=hour, minute=minute, day_of_week=_day_of_week(weekdays), timezone=ZoneInfo(zone)
    )


def _add_slot_jobs(rt: ChannelRuntime, channel: Channel, slots: Sequence[Slot]) -> int:
    scheduler = rt.scheduler
    assert scheduler is not None
    for slot in slots:
        scheduler.add_job(
            run_slot,
            _cron(slot.at.hour, slot.at.minute, slot.weekdays, channel.timezone),
            args=(rt, channel.chat_id, hhmm(slot.at)),
            id=slot_job_id(channel.chat_id, slot),
            replace_existing=True,
            misfire_grace_time=_grace(rt),
            coalesce=True,
        )
    if channel.reminders:
        scheduler.add_job(
            run_reminders,
            _cron(REMINDER_HOUR, 0, ALL_WEEKDAYS, channel.timezone),
            args=(rt, channel.chat_id),
            id=f"ch:{channel.chat_id}:remind",
            replace_existing=True,
            misfire_grace_time=3 * 3600,
            coalesce=True,
        )
    return len(slots) + int(channel.reminders)


def _remove_matching(rt: ChannelRuntime, prefix: str) -> None:
    if rt.scheduler is None:
        return
    for job in rt.scheduler.get_jobs():
        if job.id.startswith(prefix):
            rt.scheduler.remove_job(job.id)


def sync_channel(rt: ChannelRuntime, channel: Channel, slots: Sequence[Slot]) -> None:
    """Make the channel's slot and reminder jobs match its current settings."""
    if rt.scheduler is None:
        return
    _remove_matching(rt, f"ch:{channel.chat_id}:slot:")
    _remove_matching(rt, f"ch:{channel.chat_id}:remind")
    _add_slot_jobs(rt, channel, slots)
    if channel.mode == "instant":
        schedule_instant(rt, channel.chat_id, rt.clock())


def drop_channel(rt: ChannelRuntime, chat_id: int) -> None:
    """Forget every job of a disconnected channel."""
    _remove_matching(rt, f"ch:{chat_id}:")


def drop_post(rt: ChannelRuntime, chat_id: int, post_id: int) -> None:
    if rt.scheduler is None:
        return
    with contextlib.suppress(JobLookupError):
        rt.scheduler.remove_job(post_job_id(chat_id, post_id))


def schedule_post(rt: ChannelRuntime, post: ChannelPost) -> None:
    """A job for a post with a fixed time (a time in the past runs at once)."""
    if rt.scheduler is None or post.scheduled_at is None:
        return
    rt.scheduler.add_job(
        run_post,
        DateTrigger(run_date=max(post.scheduled_at, rt.clock())),
        args=(rt, post.id),
        id=post_job_id(post.chat_id, post.id),
        replace_existing=True,
        misfire_grace_time=_grace(rt),
    )


def schedule_instant(rt: ChannelRuntime, chat_id: int, when: datetime) -> None:
    """Wake an instant-mode channel's queue at a moment (limits or quiet hours made it wait)."""
    if rt.scheduler is None:
        return
    rt.scheduler.add_job(
        run_instant,
        DateTrigger(run_date=when),
        args=(rt, chat_id),
        id=f"ch:{chat_id}:instant",
        replace_existing=True,
        misfire_grace_time=None,
    )


# Jobs added without a trigger run once, as soon as the scheduler gets to them.

# -- what the jobs run ---------------------------------------------------------------------


async def run_slot(rt: ChannelRuntime, chat_id: int, time_text: str) -> None:
    from bot.channels import service

    now = rt.clock()
    channel = await rt.repo.channels.get(chat_id)
    if channel is None:
        return
    slot_at = latest_occurrence(Slot(parse_hhmm(time_text)), ZoneInfo(channel.timezone), now)
    if slot_at is None:
        return
    if now - slot_at > timedelta(seconds=_grace(rt)):
        # Fired too late (a stalled loop, a suspended host): skipped, and the admins are told.
        await run_catchup(rt, chat_id, None, (slot_at,))
        return
    try:
        await service.fire_slot(rt, chat_id, slot_at, now=now)
    except Exception:
        log.exception("slot %s of channel %s failed", time_text, chat_id)


async def run_post(rt: ChannelRuntime, post_id: int) -> None:
    from bot.channels import service

    try:
        await service.fire_post(rt, post_id, now=rt.clock())
    except Exception:
        log.exception("scheduled channel post %s failed", post_id)


async def run_instant(rt: ChannelRuntime, chat_id: int) -> None:
    from bot.channels import service

    try:
        await service.fire_instant(rt, chat_id, now=rt.clock())
    except Exception:
        log.exception("instant posting to channel %s failed", chat_id)


async def run_reminders(rt: ChannelRuntime, chat_id: int) -> None:
    from bot.channels import service

    try:
        await service.fire_reminders(rt, chat_id, now=rt.clock())
    except Exception:
        log.exception("premiere reminders for channel %s failed", chat_id)


async def run_catchup(
    rt: ChannelRuntime, chat_id: int, late: datetime | None, skipped: Sequence[datetime]
) -> None:
    """After downtime: post the one slot still inside the grace period, report the rest."""
    from bot.channels import posting, service

    channel = await rt.repo.channels.get(chat_id)
    if channel is None:
        return
    try:
        if skipped:
            await rt.repo.channels.mark_slot_done(chat_id, skipped[-1])
            if await rt.repo.channels.queue_entries(chat_id) and not channel.paused:
                times = ", ".join(service.local_text(channel, moment) for moment in skipped[-5:])
                await posting.notify_admins(
                    rt, channel, "channels.notify_skipped", count=len(skipped), times=times
                )
        if late is not None:
            await service.fire_slot(rt, chat_id, late, now=rt.clock())
    except Exception:
        log.exception("catching up channel %s failed", chat_id)


async def run_skipped_post(rt: ChannelRuntime, post_id: int) -> None:
    """A fixed-time post missed by more than the grace period: skipped, its admins told."""
    from bot.channels import posting, service

    post = await rt.repo.channels.get_post(post_id)
    if post is None or post.scheduled_at is None:
        return
    channel = await rt.repo.channels.get(post.chat_id)
    if channel is None or not await rt.repo.channels.close(post_id, "skipped", "missed"):
        return
    await posting.notify_admins(
        rt,
        channel,
        "channels.notify_post_skipped",
        when=service.local_text(channel, post.scheduled_at),
        grace=rt.settings.slot_grace_minutes,
    )


def restore_timed_post(rt: ChannelRuntime, post: ChannelPost, *, now: datetime) -> str:
    """A job for a fixed-time post after downtime or a pause: 'scheduled' ahead, 'late' when
    missed by less than the grace period (posted at once), else 'skipped' (admins told)."""
    assert rt.scheduler is not None and post.scheduled_at is not None
    if now - post.scheduled_at > timedelta(minutes=rt.settings.slot_grace_minutes):
        rt.scheduler.add_job(
            run_skipped_post,
            args=(rt, post.id),
            id=f"ch:{post.chat_id}:skip:{post.id}",
            replace_existing=True,
            misfire_grace_time=None,
        )
        return "skipped"
    schedule_post(rt, post)
    return "late" if post.scheduled_at <= now else "scheduled"


async def resume_channel(rt: ChannelRuntime, channel: Channel, slots: Sequence[Slot]) -> None:
    """After a pause: slot jobs back, fixed-time posts that fell due meanwhile handled like
    after a restart."""
    sync_channel(rt, channel, slots)
    if rt.scheduler is None:
        return
    now = rt.clock()
    for post in await rt.repo.channels.timed_pending():
        if post.chat_id == channel.chat_id:
            restore_timed_post(rt, post, now=now)


# -- start-up ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RebuildReport:
    channels: int
    jobs: int
    recovered: int
    late_slots: int
    skipped_slots: int
    late_posts: int
    skipped_posts: int


def on_job_missed(rt: ChannelRuntime, event: JobExecutionEvent) -> asyncio.Task[None] | None:
    """A slot job APScheduler dropped as missed while the bot ran: skipped, the admins told."""
    parts = event.job_id.split(":", 3)
    if len(parts) != 4 or parts[0] != "ch" or parts[2] != "slot":
        return None
    skipped = (event.scheduled_run_time,)
    task = asyncio.get_running_loop().create_task(run_catchup(rt, int(parts[1]), None, skipped))
    _listener_tasks.add(task)
    task.add_done_callback(_listener_tasks.discard)
    return task


async def rebuild_jobs(rt: ChannelRuntime, *, now: datetime) -> RebuildReport:
    """At start-up: return interrupted posts to the queue, then create every slot, reminder and
    post job from the database; slots and posts missed during downtime are posted late once
    when inside SLOT_GRACE_MINUTES, otherwise skipped with a word to the admins."""
    scheduler = rt.scheduler
    assert scheduler is not None
    store = rt.repo.channels
    scheduler.add_listener(partial(on_job_missed, rt), EVENT_JOB_MISSED)
    recovered = await store.recover()
    grace = timedelta(minutes=rt.settings.slot_grace_minutes)
    by_channel: dict[int, list[Slot]] = defaultdict(list)
    for row in await store.all_slots():
        by_channel[row.chat_id].append(Slot(parse_hhmm(row.time), row.weekdays))
    channels = await store.all()
    count = late = skipped = 0
    for channel in channels:
        slots = by_channel.get(channel.chat_id, [])
        count += _add_slot_jobs(rt, channel, slots)
        if channel.mode == "instant":
            schedule_instant(rt, channel.chat_id, now)
            count += 1
            continue
        catchup = missed_slots(
            slots,
            ZoneInfo(channel.timezone),
            last_done=channel.last_slot_at,
            now=now,
            grace=grace,
        )
        if catchup.post_late or catchup.skipped:
            scheduler.add_job(
                run_catchup,
                args=(rt, channel.chat_id, catchup.post_late, catchup.skipped),
                id=f"ch:{channel.chat_id}:catchup",
                replace_existing=True,
                misfire_grace_time=None,
            )
            late += int(catchup.post_late is not None)
            skipped += len(catchup.skipped)
    late_posts = skipped_posts = 0
    for post in await store.timed_pending():
        fate = restore_timed_post(rt, post, now=now)
        late_posts += int(fate == "late")
        skipped_posts += int(fate == "skipped")
        count += int(fate != "skipped")
    log.info(
        "channel jobs rebuilt: %s channels, %s jobs, %s recovered, %s late slots, %s skipped",
        len(channels),
        count,
        recovered,
        late,
        skipped,
    )
    return RebuildReport(len(channels), count, recovered, late, skipped, late_posts, skipped_posts)
