"""What every feature router shares: the language middleware, replies, guards, list rendering."""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from aiogram import BaseMiddleware
from aiogram.enums import ChatType, ParseMode
from aiogram.exceptions import TelegramAPIError
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    Chat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    TelegramObject,
    User,
)

from bot.i18n import normalize_language, t
from storage import Repository
from storage.models import Chat as StoredChat
from storage.models import SearchHit

log = logging.getLogger(__name__)

GROUP_TYPES = frozenset({ChatType.GROUP, ChatType.SUPERGROUP})
ADMIN_STATUSES = frozenset({"creator", "administrator"})
SUMMARY_CHARS = 160
TITLE_CHARS = 200
MAX_URL_CHARS = 1000
MESSAGE_LIMIT = 4096
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class PageCb(CallbackData, prefix="pg"):
    """A page of a list: kind 's' (search, ref = query id) or 'l' (latest)."""

    kind: str
    ref: int
    page: int


def now() -> datetime:
    return datetime.now(UTC)


class LanguageMiddleware(BaseMiddleware):
    """Give handlers `lang`: the chat's stored language, else the user's Telegram language."""

    async def __call__(
        self,
        handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
        event: TelegramObject,
        data: dict[str, Any],
    ) -> Any:
        chat: Chat | None = data.get("event_chat")
        user: User | None = data.get("event_from_user")
        repo: Repository = data["repo"]
        lang = normalize_language(user.language_code if user else None)
        if chat is not None:
            stored = await repo.chats.get(chat.id)
            if stored is None:
                # First contact: the chat starts in the language of whoever spoke first.
                title = chat.title or chat.full_name or ""
                stored = await repo.chats.ensure(
                    chat.id, type=chat.type, title=title, language=lang, now=now()
                )
            lang = stored.language
        data["lang"] = lang
        return await handler(event, data)


async def reply(message: Message, text: str, **kwargs: Any) -> Message:
    """Answer in the same chat and forum topic, as HTML without link previews."""
    return await message.answer(
        text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW, **kwargs
    )


async def is_admin_in(message: Message, user_id: int) -> bool:
    """Whether the user may change this chat's settings: anyone in private, admins in groups."""
    if message.chat.type not in GROUP_TYPES:
        return True
    if message.sender_chat is not None and message.sender_chat.id == message.chat.id:
        return True  # an anonymous administrator writes as the group itself
    assert message.bot is not None
    try:
        member = await message.bot.get_chat_member(message.chat.id, user_id)
    except TelegramAPIError:
        log.warning(
            "getChatMember failed in chat %s; treating user %s as a member",
            message.chat.id,
            user_id,
        )
        return False
    return member.status in ADMIN_STATUSES


async def may_configure(message: Message, lang: str) -> bool:
    """In groups only administrators change settings; everyone else is told so."""
    user_id = message.from_user.id if message.from_user else 0
    if await is_admin_in(message, user_id):
        return True
    await reply(message, t(lang, "group.admins_only"))
    return False


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _item(lang: str, number: int, hit: SearchHit) -> str:
    title = html.escape(_cut(hit.title, TITLE_CHARS), quote=False)
    if hit.url and len(hit.url) <= MAX_URL_CHARS:
        title = f'<a href="{html.escape(hit.url)}">{title}</a>'
    lines = [f"\n{number}. <b>{title}</b> · {hit.published_at:%d.%m.%Y}"]
    if hit.premiere_date:
        city = hit.premiere_city or t(lang, "none")
        lines.append(t(lang, "premiere.line", date=f"{hit.premiere_date:%d.%m.%Y}", city=city))
    if hit.summary.strip():
        lines.append(html.escape(_cut(hit.summary, SUMMARY_CHARS), quote=False))
    return "\n".join(lines)


def listing(
    lang: str, header: str, hits: tuple[SearchHit, ...] | list[SearchHit], first: int = 1
) -> str:
    """A numbered list of articles within Telegram's length limit; external text escaped."""
    text = header
    for number, hit in enumerate(hits, start=first):
        item = _item(lang, number, hit)
        if len(text) + 1 + len(item) > MESSAGE_LIMIT:
            break
        text += "\n" + item
    return text


def pager(lang: str, kind: str, ref: int, page: int, has_more: bool) -> InlineKeyboardMarkup | None:
    """◀ ▶ buttons for a listing page, or none when it is the only page."""
    buttons = []
    if page > 0:
        buttons.append(
            InlineKeyboardButton(
                text=t(lang, "btn.prev"),
                callback_data=PageCb(kind=kind, ref=ref, page=page - 1).pack(),
            )
        )
    if has_more:
        buttons.append(
            InlineKeyboardButton(
                text=t(lang, "btn.next"),
                callback_data=PageCb(kind=kind, ref=ref, page=page + 1).pack(),
            )
        )
    return InlineKeyboardMarkup(inline_keyboard=[buttons]) if buttons else None


def joined(lang: str, values: tuple[str, ...] | list[str]) -> str:
    """A comma-separated list for display, or a dash when empty."""
    return ", ".join(values) if values else t(lang, "none")


def topic(message: Message) -> int | None:
    """The forum topic a message was written in, if any."""
    return message.message_thread_id if message.is_topic_message else None


def category_names(lang: str, categories: tuple[str, ...]) -> str:
    """Chosen categories in the interface language."""
    names = [t(lang, f"cat.{c}") for c in categories]
    return ", ".join(names) if names else t(lang, "categories.none")


def digest_schedule(lang: str, chat: StoredChat) -> str:
    """'instant' or 'daily at 09:00' in the interface language."""
    if chat.digest == "off":
        return t(lang, "settings.instant")
    return t(lang, f"digest.{chat.digest}", time=chat.digest_time)


def digest_text(lang: str, chat: StoredChat) -> str:
    """The confirmation after /digest."""
    if chat.digest == "off":
        return t(lang, "digest.off")
    return t(lang, "digest.saved", schedule=digest_schedule(lang, chat), timezone=chat.timezone)
