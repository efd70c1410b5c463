"""Putting one queued post into a channel: rights check, rendering, sending, failure handling."""

from __future__ import annotations

import html
import logging
from enum import StrEnum

from aiogram import Bot
from aiogram.enums import ChatMemberStatus, ParseMode
from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)
from aiogram.types import (
    ChatMemberAdministrator,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
)

from bot.channels.runtime import ChannelRuntime, PostContent
from bot.channels.sanitize import safe_url
from storage.models import Article, Channel, ChannelPost

log = logging.getLogger(__name__)

LEASE_SECONDS = 300
MAX_RETRY_AFTER = 5
TITLE_LIMIT = 300
SUMMARY_LIMIT = 3000


class Outcome(StrEnum):
    SENT = "sent"
    BUSY = "busy"  # someone else holds the post, or it is no longer waiting
    PAUSED = "paused"  # the channel cannot be posted to; the post stays queued
    RETRY = "retry"  # a temporary failure; the post stays queued
    FAILED = "failed"  # Telegram refused this post; admins were told


async def send_post(bot: Bot, channel: Channel, content: PostContent) -> int:
    """Send one rendered post to its channel; return the message id."""
    return await send_content(bot, channel.chat_id, content)


async def send_content(bot: Bot, chat_id: int, content: PostContent) -> int:
    """Send rendered post content (HTML parse mode, optional URL button) to any chat."""
    markup = None
    if content.button_url:
        markup = InlineKeyboardMarkup(
            inline_keyboard=[
                [InlineKeyboardButton(text=content.button_label or "↗", url=content.button_url)]
            ]
        )
    message = await bot.send_message(
        chat_id,
        content.html,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        link_preview_options=LinkPreviewOptions(is_disabled=content.button_url is None),
    )
    return message.message_id


def _cut(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    head = text[:limit]
    stop = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    return (head[: stop + 1] if stop > limit // 2 else head.rstrip()) + " …"


def render_article(article: Article, *, header: str | None = None) -> str:
    """A channel post for an article: title, premiere facts, summary; external text escaped."""
    lines: list[str] = []
    if header:
        lines.append(f"<b>{html.escape(header)}</b>")
    lines.append(f"<b>{html.escape(_cut(article.title, TITLE_LIMIT))}</b>")
    premiere = article.premiere
    if premiere is not None:
        if premiere.titles:
            lines.append("🎬 " + html.escape(", ".join(premiere.titles)))
        if premiere.date:
            lines.append("📅 " + premiere.date.isoformat())
        place = ", ".join(part for part in (premiere.city, premiere.venue) if part)
        if place:
            lines.append("📍 " + html.escape(place))
    summary = article.summary or article.description
    if summary:
        lines.extend(("", html.escape(_cut(summary, SUMMARY_LIMIT))))
    return "\n".join(lines)


async def content_for(
    rt: ChannelRuntime, channel: Channel, post: ChannelPost
) -> PostContent | None:
    """Render a queued post, or None when its article was deleted."""
    label = rt.t(channel.language, "channels.read_article")
    if post.kind == "custom":
        return PostContent(post.text or "", safe_url(post.button_url), label)
    if post.article_id is None:
        return None
    article = await rt.repo.articles.get(post.article_id)
    if article is None:
        return None
    header = rt.t(channel.language, "channels.reminder_header") if post.kind == "reminder" else None
    return PostContent(render_article(article, header=header), safe_url(article.url), label)


async def rights_problem(bot: Bot, chat_id: int) -> str | None:
    """Why the bot may not post in the channel now ('rights', 'removed'), or None."""
    try:
        member = await bot.get_chat_member(chat_id, bot.id)
    except TelegramForbiddenError:
        return "removed"
    except TelegramBadRequest as exc:
        return "chat_not_found" if "not found" in exc.message.lower() else "removed"
    if isinstance(member, ChatMemberAdministrator):
        return None if member.can_post_messages else "rights"
    if member.status == ChatMemberStatus.CREATOR:
        return None
    return "removed"


async def notify_admins(rt: ChannelRuntime, channel: Channel, key: str, **params: object) -> int:
    """Tell every known admin of the channel, each in their language; return how many heard."""
    told = 0
    for admin in await rt.repo.channels.admins(channel.chat_id):
        text = rt.t(
            admin.language, key, channel=channel_name(channel), ref=channel_ref(channel), **params
        )
        try:
            await rt.bot.send_message(admin.user_id, text, parse_mode=ParseMode.HTML)
            told += 1
        except (TelegramForbiddenError, TelegramBadRequest) as exc:
            log.info("admin %s of channel %s unreachable: %s", admin.user_id, channel.chat_id, exc)
        except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as exc:
            log.warning("could not notify admin %s: %s", admin.user_id, exc)
    return told


async def pause_for(rt: ChannelRuntime, channel: Channel, reason: str) -> None:
    """Pause a channel the bot cannot post to and tell its admins once."""
    if await rt.repo.channels.set_paused(channel.chat_id, True, reason):
        log.warning("channel %s paused: %s", channel.chat_id, reason)
        key = (
            "channels.notify_paused_rights"
            if reason == "rights"
            else ("channels.notify_paused_removed")
        )
        await notify_admins(rt, channel, key)


async def publish(rt: ChannelRuntime, channel: Channel, post_id: int) -> Outcome:
    """Post one queued item now: claim it, re-check rights, send, record the result."""
    store = rt.repo.channels
    if not await store.claim(post_id, now=rt.clock(), lease_seconds=LEASE_SECONDS):
        return Outcome.BUSY
    post = await store.get_post(post_id)
    assert post is not None
    try:
        problem = await rights_problem(rt.bot, channel.chat_id)
    except (TelegramNetworkError, TelegramServerError, TelegramRetryAfter) as exc:
        await store.release(post_id, str(exc))
        return Outcome.RETRY
    if problem is not None:
        await store.release(post_id, problem)
        await pause_for(rt, channel, problem)
        return Outcome.PAUSED
    content = await content_for(rt, channel, post)
    if content is None or not content.html.strip():
        await store.close(post_id, "failed", "nothing to post")
        return Outcome.FAILED
    return await _send(rt, channel, post, content)


async def _send(
    rt: ChannelRuntime, channel: Channel, post: ChannelPost, content: PostContent
) -> Outcome:
    store = rt.repo.channels
    send = rt.send or send_post
    for attempt in range(MAX_RETRY_AFTER + 1):
        try:
            message_id = await send(rt.bot, channel, content)
        except TelegramRetryAfter as exc:
            if attempt == MAX_RETRY_AFTER:
                await store.release(post.id, "429")
                await notify_admins(rt, channel, "channels.notify_retry_later")
                return Outcome.RETRY
            await rt.sleep(exc.retry_after)
            continue
        except TelegramForbiddenError:
            await store.release(post.id, "forbidden")
            await pause_for(rt, channel, "removed")
            return Outcome.PAUSED
        except TelegramBadRequest as exc:
            return await _refused(rt, channel, post, exc.message)
        except (TelegramNetworkError, TelegramServerError) as exc:
            log.warning("post %s to channel %s not sent yet: %s", post.id, channel.chat_id, exc)
            await store.release(post.id, str(exc))
            return Outcome.RETRY
        await store.mark_sent(post.id, message_id=message_id, now=rt.clock())
        return Outcome.SENT
    raise AssertionError("unreachable")


async def _refused(rt: ChannelRuntime, channel: Channel, post: ChannelPost, error: str) -> Outcome:
    store = rt.repo.channels
    lowered = error.lower()
    if "chat not found" in lowered:
        await store.release(post.id, error)
        await pause_for(rt, channel, "chat_not_found")
        return Outcome.PAUSED
    if "rights" in lowered or "administrator" in lowered:
        await store.release(post.id, error)
        await pause_for(rt, channel, "rights")
        return Outcome.PAUSED
    await store.close(post.id, "failed", error)
    await notify_admins(rt, channel, "channels.notify_failed", error=html.escape(error))
    return Outcome.FAILED


def channel_name(channel: Channel) -> str:
    """How a channel is named in messages to admins (escaped)."""
    if channel.username:
        return "@" + channel.username
    return html.escape(channel.title or str(channel.chat_id))


def channel_ref(channel: Channel) -> str:
    """What an admin types to name the channel in commands."""
    return "@" + channel.username if channel.username else str(channel.chat_id)
