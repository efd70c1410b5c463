"""my_chat_member updates keep the chats table true: blocked, unblocked, added, removed."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import ChatMemberUpdated

from bot.i18n import normalize_language
from handlers.common import now
from storage import Repository

PRESENT = frozenset({"member", "administrator", "creator", "restricted"})


async def membership(update: ChatMemberUpdated, repo: Repository) -> None:
    chat = update.chat
    await repo.chats.set_reachable(
        chat.id,
        type=chat.type,
        title=chat.title or chat.full_name or "",
        language=normalize_language(update.from_user.language_code),
        active=update.new_chat_member.status in PRESENT,
        now=now(),
    )


def make_router() -> Router:
    router = Router(name="membership")
    router.my_chat_member.register(membership)
    return router
