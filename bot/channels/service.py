"""Channel use cases: connecting, managing, queueing and posting. Handlers and jobs call these.

Every function takes what it needs explicitly (the runtime with repo, bot and settings, the
acting user, `now`); nothing reads a clock or global state behind the caller's back.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from aiogram.enums import ChatMemberStatus, ChatType
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError

from bot.channels import jobs
from bot.channels.commands import ChannelCommand, ChannelRef, parse_when
from bot.channels.posting import (
    Outcome,
    channel_name,
    channel_ref,
    content_for,
    notify_admins,
    pause_for,
    publish,
    rights_problem,
)
from bot.channels.queue import ordered
from bot.channels.rules import article_stems, city_wanted, matches
from bot.channels.runtime import ChannelRuntime, PostContent
from bot.channels.sanitize import TELEGRAM_LIMIT, safe_url, sanitize, visible_length
from bot.channels.timetable import (
    QuietHours,
    Slot,
    local_day_start,
    next_slot,
    parse_hhmm,
    quiet_end_after,
    upcoming_free,
)
from bot.errors import ChannelAccessError, ChannelInputError
from storage import Repository
from storage.models import Article, Channel, ChannelPost

log = logging.getLogger(__name__)

INSTANT_PER_MINUTE = 20
REMINDERS_PER_DAY = 5
ADMIN_STATUSES = (ChatMemberStatus.CREATOR, ChatMemberStatus.ADMINISTRATOR)


# -- reading a channel's settings ----------------------------------------------------------


def zone_of(channel: Channel) -> ZoneInfo:
    return ZoneInfo(channel.timezone)


def quiet_of(channel: Channel) -> QuietHours | None:
    if not channel.quiet_start or not channel.quiet_end:
        return None
    return QuietHours(parse_hhmm(channel.quiet_start), parse_hhmm(channel.quiet_end))


async def slots_of(repo: Repository, chat_id: int) -> list[Slot]:
    return [
        Slot(parse_hhmm(slot.time), slot.weekdays) for slot in await repo.channels.slots(chat_id)
    ]


def is_quiet(channel: Channel, moment: datetime) -> bool:
    quiet = quiet_of(channel)
    return quiet is not None and quiet.contains(moment.astimezone(zone_of(channel)).time())


# -- connecting and access -----------------------------------------------------------------


async def connect_channel(
    rt: ChannelRuntime, *, user_id: int, ref: ChannelRef, lang: str, now: datetime
) -> Channel:
    """Connect a channel for a user after checking the bot's and the user's rights there."""
    bot = rt.bot
    try:
        chat = await bot.get_chat(ref)
    except (TelegramBadRequest, TelegramForbiddenError):
        raise ChannelAccessError("channels.channel_not_found", ref=html.escape(str(ref))) from None
    if chat.type != ChatType.CHANNEL:
        raise ChannelInputError("channels.not_a_channel", ref=html.escape(str(ref)))
    name = "@" + chat.username if chat.username else html.escape(chat.title or str(chat.id))
    problem = await rights_problem(bot, chat.id)
    if problem == "rights":
        raise ChannelAccessError("channels.bot_cannot_post", channel=name)
    if problem is not None:
        raise ChannelAccessError("channels.bot_not_admin", channel=name)
    if not await _is_admin(rt, chat.id, user_id):
        raise ChannelAccessError("channels.user_not_admin", channel=name)
    channel = await rt.repo.channels.connect(
        chat.id, username=chat.username, title=chat.title or "", now=now
    )
    await rt.repo.channels.add_admin(chat.id, user_id, lang, now)
    jobs.sync_channel(rt, channel, await slots_of(rt.repo, chat.id))
    log.info("channel %s connected by %s", chat.id, user_id)
    return channel


async def _is_admin(rt: ChannelRuntime, chat_id: int, user_id: int) -> bool:
    try:
        member = await rt.bot.get_chat_member(chat_id, user_id)
    except (TelegramBadRequest, TelegramForbiddenError):
        return False
    return member.status in ADMIN_STATUSES


async def find_channel(repo: Repository, ref: ChannelRef) -> Channel | None:
    if isinstance(ref, int):
        return await repo.channels.get(ref)
    return await repo.channels.by_username(ref)


async def authorize(
    rt: ChannelRuntime, *, user_id: int, ref: ChannelRef | int, lang: str, now: datetime
) -> Channel:
    """The channel, when the user is (checked live with Telegram) one of its admins."""
    channel = await find_channel(rt.repo, ref)
    if channel is None:
        raise ChannelAccessError("channels.channel_unknown", ref=html.escape(str(ref)))
    known = {admin.user_id for admin in await rt.repo.channels.admins(channel.chat_id)}
    try:
        member = await rt.bot.get_chat_member(channel.chat_id, user_id)
        allowed = member.status in ADMIN_STATUSES
    except (TelegramBadRequest, TelegramForbiddenError):
        # The bot lost access to the channel; the admins it knows may still manage it.
        allowed = user_id in known
    if not allowed:
        if user_id in known:
            await rt.repo.channels.remove_admin(channel.chat_id, user_id)
        raise ChannelAccessError("channels.user_not_admin", channel=channel_name(channel))
    if user_id not in known:
        await rt.repo.channels.add_admin(channel.chat_id, user_id, lang, now)
    return channel


@dataclass(frozen=True)
class ChannelState:
    channel: Channel
    queued: int


async def my_channels(
    rt: ChannelRuntime, *, user_id: int, lang: str, now: datetime
) -> list[ChannelState]:
    """The user's channels with their queue length, re-checking admin rights for each."""
    out: list[ChannelState] = []
    for channel in await rt.repo.channels.of_admin(user_id):
        try:
            await authorize(rt, user_id=user_id, ref=channel.chat_id, lang=lang, now=now)
        except ChannelAccessError:
            continue
        out.append(ChannelState(channel, len(await rt.repo.channels.pending(channel.chat_id))))
    return out


async def on_bot_status(
    rt: ChannelRuntime, *, chat_id: int, member_status: str, can_post: bool, now: datetime
) -> None:
    """my_chat_member in a channel: pause when the bot may no longer post, resume when it may."""
    channel = await rt.repo.channels.get(chat_id)
    if channel is None:
        return
    if member_status == ChatMemberStatus.ADMINISTRATOR and can_post:
        if channel.paused and channel.pause_reason != "manual":
            await rt.repo.channels.set_paused(chat_id, False, None)
            await notify_admins(rt, channel, "channels.notify_resumed")
            await jobs.resume_channel(rt, channel, await slots_of(rt.repo, chat_id))
        return
    reason = "rights" if member_status == ChatMemberStatus.ADMINISTRATOR else "removed"
    await pause_for(rt, channel, reason)


# -- settings ------------------------------------------------------------------------------


async def apply_setting(
    rt: ChannelRuntime, channel: Channel, command: ChannelCommand, *, now: datetime
) -> str:
    """Change one setting from a parsed /channel command; return the confirmation key."""
    store = rt.repo.channels
    setting, value = command.setting, command.value
    if setting == "pause":
        await store.set_paused(channel.chat_id, True, "manual")
        return "channels.paused"
    if setting == "resume":
        problem = await rights_problem(rt.bot, channel.chat_id)
        if problem is not None:
            key = "channels.bot_cannot_post" if problem == "rights" else "channels.bot_not_admin"
            raise ChannelAccessError(key, channel=channel_name(channel))
        await store.set_paused(channel.chat_id, False, None)
        await jobs.resume_channel(rt, channel, await slots_of(rt.repo, channel.chat_id))
        return "channels.resumed"
    if setting == "disconnect":
        jobs.drop_channel(rt, channel.chat_id)
        await store.disconnect(channel.chat_id)
        return "channels.disconnected"
    if setting == "slots":
        assert isinstance(value, tuple)
        slots = [slot for slot in value if isinstance(slot, Slot)]
        await store.set_slots(
            channel.chat_id, [(f"{s.at.hour:02d}:{s.at.minute:02d}", s.weekdays) for s in slots]
        )
        # Slots added now must not count as "missed" at the next restart.
        await store.mark_slot_done(channel.chat_id, now)
        jobs.sync_channel(rt, channel, slots)
        return "channels.saved"
    updated = _with_setting(channel, setting, value)
    await store.save_settings(updated, now)
    jobs.sync_channel(rt, updated, await slots_of(rt.repo, channel.chat_id))
    return "channels.saved"


def _with_setting(channel: Channel, setting: str | None, value: object) -> Channel:
    if setting == "keywords":
        assert isinstance(value, tuple) and len(value) == 2
        include, exclude = value
        return replace(channel, include_words=tuple(include), exclude_words=tuple(exclude))
    if setting == "quiet":
        if value is None:
            return replace(channel, quiet_start=None, quiet_end=None)
        assert isinstance(value, QuietHours)
        return replace(channel, quiet_start=_hhmm(value.start), quiet_end=_hhmm(value.end))
    if setting == "mode" and isinstance(value, str):
        return replace(channel, mode=value)
    if setting == "timezone" and isinstance(value, str):
        return replace(channel, timezone=value)
    if setting == "language" and isinstance(value, str):
        return replace(channel, language=value)
    if setting == "max" and isinstance(value, int) and not isinstance(value, bool):
        return replace(channel, max_per_day=value)
    if setting == "reminders" and isinstance(value, bool):
        return replace(channel, reminders=value)
    if setting in ("categories", "cities", "languages") and isinstance(value, tuple):
        words = tuple(str(item) for item in value)
        if setting == "categories":
            return replace(channel, categories=words)
        if setting == "cities":
            return replace(channel, cities=words)
        return replace(channel, languages=words)
    raise ChannelInputError("channels.channel_usage")


def _hhmm(moment: time) -> str:
    return f"{moment.hour:02d}:{moment.minute:02d}"


# -- automatic queueing and posting --------------------------------------------------------


async def enqueue_articles(
    repo: Repository, articles: Sequence[Article], *, now: datetime
) -> dict[int, list[int]]:
    """Queue each new article in every channel whose rules accept it; return post ids."""
    queued: dict[int, list[int]] = {}
    channels = await repo.channels.all()
    for article in articles:
        if not article.is_cinema:
            continue
        found = article_stems(article)
        for channel in channels:
            if not matches(channel, article, found):
                continue
            post_id = await repo.channels.enqueue_article(channel.chat_id, article.id, now=now)
            if post_id is not None:
                queued.setdefault(channel.chat_id, []).append(post_id)
    return queued


async def on_new_articles(
    rt: ChannelRuntime, articles: Sequence[Article], *, now: datetime
) -> dict[int, list[int]]:
    """Queue new articles for channels and post at once where a channel is in instant mode."""
    queued = await enqueue_articles(rt.repo, articles, now=now)
    for chat_id in queued:
        channel = await rt.repo.channels.get(chat_id)
        if channel is not None and channel.mode == "instant":
            await fire_instant(rt, chat_id, now=now)
    return queued


async def _daily_room(rt: ChannelRuntime, channel: Channel, now: datetime) -> int:
    since = local_day_start(zone_of(channel), now)
    sent = await rt.repo.channels.sent_since(
        channel.chat_id, since, ("article", "custom", "reminder")
    )
    return max(0, channel.max_per_day - sent)


async def fire_slot(
    rt: ChannelRuntime, chat_id: int, slot_at: datetime, *, now: datetime
) -> Outcome | None:
    """A timetable slot: post the best queued article, unless the slot was already handled,
    is quiet, belongs to a post scheduled for exactly that time, or the day is full."""
    store = rt.repo.channels
    channel = await store.get(chat_id)
    if channel is None or not await store.mark_slot_done(chat_id, slot_at):
        return None
    if channel.paused or channel.mode != "timetable" or is_quiet(channel, slot_at):
        return None
    if slot_at in await store.taken_times(chat_id, slot_at):
        return None
    if await _daily_room(rt, channel, now) <= 0:
        return None
    today = slot_at.astimezone(zone_of(channel)).date()
    for entry in ordered(await store.queue_entries(chat_id), today, channel.categories):
        outcome = await publish(rt, channel, entry.post_id)
        if outcome is not Outcome.BUSY and outcome is not Outcome.FAILED:
            return outcome
    return None


async def fire_post(rt: ChannelRuntime, post_id: int, *, now: datetime) -> Outcome | None:
    """A post scheduled for a fixed time has come due."""
    post = await rt.repo.channels.get_post(post_id)
    if post is None or post.status != "pending":
        return None
    channel = await rt.repo.channels.get(post.chat_id)
    if channel is None or channel.paused:
        return None
    if post.scheduled_at is not None and post.scheduled_at > now:
        jobs.schedule_post(rt, post)
        return None
    return await publish(rt, channel, post_id)


async def fire_instant(rt: ChannelRuntime, chat_id: int, *, now: datetime) -> int:
    """Instant mode: post queued articles now, at most 20 a minute and within the day's limit;
    what has to wait gets a job for when it may go."""
    store = rt.repo.channels
    channel = await store.get(chat_id)
    if channel is None or channel.paused or channel.mode != "instant":
        return 0
    quiet = quiet_of(channel)
    if quiet is not None and quiet.contains(now.astimezone(zone_of(channel)).time()):
        jobs.schedule_instant(rt, chat_id, quiet_end_after(quiet, zone_of(channel), now))
        return 0
    entries = ordered(
        await store.queue_entries(chat_id),
        now.astimezone(zone_of(channel)).date(),
        channel.categories,
    )
    recent = await store.recent_sends(chat_id, now - timedelta(minutes=1))
    room = min(INSTANT_PER_MINUTE - len(recent), await _daily_room(rt, channel, now))
    sent = 0
    for entry in entries[: max(room, 0)]:
        outcome = await publish(rt, channel, entry.post_id)
        if outcome is Outcome.SENT:
            sent += 1
        elif outcome in (Outcome.PAUSED, Outcome.RETRY):
            return sent
    if len(entries) > sent:
        jobs.schedule_instant(rt, chat_id, await _instant_wake(rt, channel, now))
    return sent


async def _instant_wake(rt: ChannelRuntime, channel: Channel, now: datetime) -> datetime:
    """When a waiting instant-mode queue may post again: the next local day once the day is
    full, otherwise when the oldest send of the last minute leaves the window."""
    if await _daily_room(rt, channel, now) <= 0:
        return local_day_start(zone_of(channel), now + timedelta(days=1))
    window = await rt.repo.channels.recent_sends(channel.chat_id, now - timedelta(minutes=1))
    return (window[0] if window else now) + timedelta(minutes=1, seconds=1)


async def fire_reminders(rt: ChannelRuntime, chat_id: int, *, now: datetime) -> int:
    """Morning reminders for premieres happening today in the channel's cities."""
    channel = await rt.repo.channels.get(chat_id)
    if channel is None or channel.paused or not channel.reminders:
        return 0
    today = now.astimezone(zone_of(channel)).date()
    sent = 0
    for article_id in await rt.repo.channels.premieres_on(today):
        article = await rt.repo.articles.get(article_id)
        if article is None or article.premiere is None:
            continue
        if not city_wanted(channel, article.premiere.city) or sent >= REMINDERS_PER_DAY:
            continue
        post_id = await rt.repo.channels.enqueue_article(
            chat_id,
            article_id,
            now=now,
            kind="reminder",
            scheduled_at=now,
            button_url=article.url,
        )
        if post_id is not None and await publish(rt, channel, post_id) is Outcome.SENT:
            sent += 1
    return sent


# -- the queue as admins see it and edit it ------------------------------------------------


@dataclass(frozen=True)
class QueueItem:
    post: ChannelPost
    when: datetime | None  # the fixed time, or where the slot queue will put it
    title: str


async def queue_view(
    rt: ChannelRuntime, channel: Channel, *, now: datetime, lang: str, limit: int = 20
) -> list[QueueItem]:
    """Upcoming posts: fixed-time posts and the slot queue mapped onto the next free slots."""
    store = rt.repo.channels
    pending = {post.id: post for post in await store.pending(channel.chat_id)}
    timed = sorted(
        (post for post in pending.values() if post.scheduled_at is not None),
        key=lambda post: (post.scheduled_at, post.id),
    )
    zone = zone_of(channel)
    entries = ordered(
        await store.queue_entries(channel.chat_id),
        now.astimezone(zone).date(),
        channel.categories,
    )
    times: list[datetime] = []
    if channel.mode == "timetable":
        times = upcoming_free(
            await slots_of(rt.repo, channel.chat_id),
            zone,
            now,
            min(len(entries), limit),
            quiet=quiet_of(channel),
            taken=await store.taken_times(channel.chat_id, now),
        )
    items = [(post, post.scheduled_at) for post in timed]
    for index, entry in enumerate(entries):
        when = times[index] if index < len(times) else None
        items.append((pending[entry.post_id], when))
    items.sort(key=lambda item: (item[1] is None, item[1] or now))
    return [QueueItem(post, when, await _title(rt, post, lang)) for post, when in items[:limit]]


async def _title(rt: ChannelRuntime, post: ChannelPost, lang: str) -> str:
    if post.kind == "custom":
        return rt.t(lang, "channels.custom_title")
    article = await rt.repo.articles.get(post.article_id) if post.article_id else None
    title = html.escape(article.title[:80]) if article else "—"
    return rt.t(lang, "channels.reminder_title", title=title) if post.kind == "reminder" else title


async def owned_post(
    rt: ChannelRuntime, *, user_id: int, post_id: int, lang: str, now: datetime
) -> tuple[Channel, ChannelPost]:
    """A waiting post of a channel the user administers."""
    post = await rt.repo.channels.get_post(post_id)
    if post is None or post.status != "pending":
        raise ChannelInputError("channels.post_gone")
    channel = await authorize(rt, user_id=user_id, ref=post.chat_id, lang=lang, now=now)
    return channel, post


async def post_now(
    rt: ChannelRuntime, *, user_id: int, post_id: int, lang: str, now: datetime
) -> tuple[Channel, Outcome]:
    """An admin's "post now": send the item at once, quiet hours and limits aside."""
    channel, _ = await owned_post(rt, user_id=user_id, post_id=post_id, lang=lang, now=now)
    outcome = await publish(rt, channel, post_id)
    if outcome is Outcome.BUSY:
        raise ChannelInputError("channels.post_gone")
    return channel, outcome


async def preview_post(
    rt: ChannelRuntime, *, user_id: int, post_id: int, lang: str, now: datetime
) -> PostContent:
    """How a waiting post will look in the channel."""
    channel, post = await owned_post(rt, user_id=user_id, post_id=post_id, lang=lang, now=now)
    content = await content_for(rt, channel, post)
    if content is None:
        raise ChannelInputError("channels.post_gone")
    return content


async def remove_post(
    rt: ChannelRuntime, *, user_id: int, post_id: int, lang: str, now: datetime
) -> Channel:
    """Take a waiting post out of the queue for good."""
    channel, _ = await owned_post(rt, user_id=user_id, post_id=post_id, lang=lang, now=now)
    if not await rt.repo.channels.close(post_id, "removed"):
        raise ChannelInputError("channels.post_gone")
    jobs.drop_post(rt, channel.chat_id, post_id)
    return channel


async def resolve_time(
    rt: ChannelRuntime, channel: Channel, when: datetime | None, *, now: datetime
) -> datetime:
    """An explicit time (checked against quiet hours) or the channel's next free slot."""
    zone = zone_of(channel)
    quiet = quiet_of(channel)
    if when is None:
        taken = await rt.repo.channels.taken_times(channel.chat_id, now)
        found = next_slot(
            await slots_of(rt.repo, channel.chat_id), zone, now, quiet=quiet, taken=taken
        )
        if found is None:
            raise ChannelInputError(
                "channels.no_free_slot", channel=channel_name(channel), ref=channel_ref(channel)
            )
        return found
    if quiet is not None and quiet.contains(when.astimezone(zone).time()):
        raise ChannelInputError(
            "channels.time_quiet",
            when=local_text(channel, when),
            quiet=f"{channel.quiet_start}–{channel.quiet_end}",
        )
    return when


async def move_post(
    rt: ChannelRuntime,
    *,
    user_id: int,
    post_id: int,
    when_text: str | datetime,
    lang: str,
    now: datetime,
) -> tuple[Channel, datetime]:
    """Move a waiting post to another time ('HH:MM', 'YYYY-MM-DD HH:MM', 'next' or a moment)."""
    channel, _ = await owned_post(rt, user_id=user_id, post_id=post_id, lang=lang, now=now)
    when = (
        when_text
        if isinstance(when_text, datetime)
        else parse_when(when_text, zone_of(channel), now)
    )
    if isinstance(when, datetime) and when <= now:
        raise ChannelInputError("channels.time_in_past", when=local_text(channel, when))
    moment = await resolve_time(rt, channel, when, now=now)
    if not await rt.repo.channels.reschedule(post_id, moment):
        raise ChannelInputError("channels.post_gone")
    post = await rt.repo.channels.get_post(post_id)
    assert post is not None
    jobs.schedule_post(rt, post)
    return channel, moment


async def next_free_times(
    rt: ChannelRuntime, channel: Channel, *, now: datetime, count: int = 4
) -> list[datetime]:
    """Free slot times to offer on the "move" button."""
    return upcoming_free(
        await slots_of(rt.repo, channel.chat_id),
        zone_of(channel),
        now,
        count,
        quiet=quiet_of(channel),
        taken=await rt.repo.channels.taken_times(channel.chat_id, now),
    )


async def resolve_article(repo: Repository, raw: str) -> Article:
    """An article by its number or its link."""
    text = raw.strip()
    article_id = int(text) if text.isdigit() else await repo.channels.article_id_by_url(text)
    article = await repo.articles.get(article_id) if article_id else None
    if article is None:
        raise ChannelInputError("channels.article_not_found", value=html.escape(text[:200]))
    return article


async def pick_channel(
    rt: ChannelRuntime, *, user_id: int, ref: ChannelRef | int | None, lang: str, now: datetime
) -> Channel:
    """The named channel, or the user's only channel when none is named."""
    if ref is not None:
        return await authorize(rt, user_id=user_id, ref=ref, lang=lang, now=now)
    mine = await rt.repo.channels.of_admin(user_id)
    if not mine:
        raise ChannelInputError("channels.no_channels")
    if len(mine) > 1:
        names = ", ".join(channel_ref(channel) for channel in mine)
        raise ChannelInputError("channels.pick_channel", channels=html.escape(names))
    return await authorize(rt, user_id=user_id, ref=mine[0].chat_id, lang=lang, now=now)


async def schedule_article(
    rt: ChannelRuntime,
    *,
    user_id: int,
    article_ref: str,
    channel: ChannelRef | int | None,
    when_text: str,
    lang: str,
    now: datetime,
) -> tuple[Channel, datetime]:
    """Schedule a stored article in a channel at a time or its next free slot."""
    article = await resolve_article(rt.repo, article_ref)
    target = await pick_channel(rt, user_id=user_id, ref=channel, lang=lang, now=now)
    moment = await resolve_time(rt, target, parse_when(when_text, zone_of(target), now), now=now)
    store = rt.repo.channels
    post_id = await store.enqueue_article(
        target.chat_id,
        article.id,
        now=now,
        scheduled_at=moment,
        button_url=article.url,
        created_by=user_id,
    )
    if post_id is None:
        existing = await store.post_for_article(target.chat_id, article.id)
        assert existing is not None
        if existing.status != "pending" or not await store.reschedule(existing.id, moment):
            raise ChannelInputError(
                "channels.already_queued", channel=channel_name(target), status=existing.status
            )
        post_id = existing.id
    post = await store.get_post(post_id)
    assert post is not None
    jobs.schedule_post(rt, post)
    return target, moment


def prepare_text(raw_html: str, button: str | None) -> tuple[str, str | None]:
    """Sanitise an admin's post and check it fits one message."""
    text = sanitize(raw_html)
    size = visible_length(text)
    if not text or not size:
        raise ChannelInputError("channels.post_empty")
    if size > TELEGRAM_LIMIT:
        raise ChannelInputError("channels.post_too_long", size=size, limit=TELEGRAM_LIMIT)
    url = safe_url(button) if button else None
    if button and url is None:
        raise ChannelInputError(
            "channels.bad_value",
            setting="button",
            value=html.escape(button[:200]),
            accepted="https://…",
        )
    return text, url


async def schedule_custom(
    rt: ChannelRuntime,
    *,
    user_id: int,
    channel: ChannelRef | int,
    when_text: str,
    raw_html: str,
    button: str | None,
    lang: str,
    now: datetime,
) -> tuple[Channel, datetime, int]:
    """Schedule an admin's own text (HTML kept, sanitised) at a time or the next free slot."""
    target = await authorize(rt, user_id=user_id, ref=channel, lang=lang, now=now)
    text, url = prepare_text(raw_html, button)
    moment = await resolve_time(rt, target, parse_when(when_text, zone_of(target), now), now=now)
    post_id = await rt.repo.channels.add_custom(
        target.chat_id, text, scheduled_at=moment, button_url=url, created_by=user_id, now=now
    )
    post = await rt.repo.channels.get_post(post_id)
    assert post is not None
    jobs.schedule_post(rt, post)
    return target, moment, post_id


async def edit_custom(
    rt: ChannelRuntime, *, user_id: int, post_id: int, raw_html: str, lang: str, now: datetime
) -> Channel:
    """Replace the text of an own post that has not gone out yet."""
    channel, post = await owned_post(rt, user_id=user_id, post_id=post_id, lang=lang, now=now)
    if post.kind != "custom":
        raise ChannelInputError("channels.edit_not_custom")
    text, _ = prepare_text(raw_html, None)
    if not await rt.repo.channels.edit_text(post_id, text):
        raise ChannelInputError("channels.post_gone")
    return channel


def local_text(channel: Channel, moment: datetime) -> str:
    """A moment as the channel's admins read it: local date and time."""
    return moment.astimezone(zone_of(channel)).strftime("%Y-%m-%d %H:%M")
