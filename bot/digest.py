"""Daily and weekly digests: at each chat's local digest time, queue one digest per period."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.matching import ArticleText, chat_wants, is_fresh
from bot.render import LabelFor, chat_labels, render_digest
from storage import Repository
from storage.models import Article, Chat

log = logging.getLogger(__name__)

DEFAULT_ZONE = "Asia/Almaty"
WEEKLY_DIGEST_WEEKDAY = 0  # Monday
# A digest whose time passed while the bot was down is still sent within this window.
DIGEST_GRACE = timedelta(hours=3)
_PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}


@dataclass(frozen=True)
class DigestSlot:
    key: str
    at: datetime
    since: datetime
    local_day: date


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(DEFAULT_ZONE)


def _local_time(value: str) -> time:
    try:
        hours, minutes = value.split(":", 1)
        return time(int(hours), int(minutes))
    except ValueError:
        return time(9, 0)


def latest_slot(chat: Chat, now: datetime) -> DigestSlot | None:
    """The chat's most recent digest time at or before now, or None if digests are off."""
    period = _PERIODS.get(chat.digest)
    if period is None:
        return None
    zone = _zone(chat.timezone)
    local_now = now.astimezone(zone)
    day = local_now.date()
    at = datetime.combine(day, _local_time(chat.digest_time), zone)
    while at > local_now or (chat.digest == "weekly" and at.weekday() != WEEKLY_DIGEST_WEEKDAY):
        day -= timedelta(days=1)
        at = datetime.combine(day, _local_time(chat.digest_time), zone)
    prefix = "weekly" if chat.digest == "weekly" else "daily"
    return DigestSlot(f"{prefix}:{day.isoformat()}", at, at - period, day)


async def enqueue_due_digests(
    repo: Repository,
    now: datetime,
    *,
    max_age: timedelta = timedelta(hours=48),
    label_for: LabelFor = chat_labels,
) -> int:
    """Queue the digest of every chat whose digest time has come; return how many were queued."""
    texts: dict[int, ArticleText | None] = {}
    windows: dict[tuple[datetime, datetime], list[int]] = {}
    made = await repo.outbox.digests_made_since(now - DIGEST_GRACE - timedelta(minutes=1))
    queued = 0
    for chat in await repo.chats.with_digest():
        slot = latest_slot(chat, now)
        if slot is None or now - slot.at > DIGEST_GRACE or (chat.chat_id, slot.key) in made:
            continue
        window = (slot.since, slot.at)
        if window not in windows:
            windows[window] = await repo.outbox.article_ids_seen_between(*window)
        chosen = await _digest_articles(repo, chat, windows[window], texts, max_age)
        label = label_for(chat.language)
        title = f"{label('digest')} · {slot.local_day.strftime('%d.%m.%Y')}"
        parts = render_digest(chosen, title=title, label=label)
        queued += await repo.outbox.enqueue_digest(
            chat.chat_id,
            slot.key,
            parts,
            thread_id=chat.thread_id,
            language=chat.language,
            now=now,
        )
    if queued:
        log.info("queued %s digests", queued)
    return queued


async def _digest_articles(
    repo: Repository,
    chat: Chat,
    article_ids: list[int],
    cache: dict[int, ArticleText | None],
    max_age: timedelta,
) -> list[Article]:
    chosen = []
    for article_id in article_ids:
        if article_id not in cache:
            article = await repo.articles.get(article_id)
            fresh = article and is_fresh(article, max_age=max_age, now=article.fetched_at)
            cache[article_id] = ArticleText(article) if article and fresh else None
        text = cache[article_id]
        if text is not None and chat_wants(chat, text):
            chosen.append(text.article)
    return chosen
