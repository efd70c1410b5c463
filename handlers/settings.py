"""/settings: everything the chat has chosen, in one message."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.i18n import t
from handlers.common import category_names, digest_schedule, joined, reply
from storage import Repository


async def show_settings(message: Message, repo: Repository, lang: str) -> None:
    chat = await repo.chats.get(message.chat.id)
    if chat is None:
        return
    await reply(
        message,
        t(
            lang,
            "settings",
            subscribed=t(lang, "yes" if chat.subscribed and chat.active else "no"),
            categories=category_names(lang, chat.categories),
            include=joined(lang, chat.include_words),
            exclude=joined(lang, chat.exclude_words),
            cities=joined(lang, chat.cities),
            digest=digest_schedule(lang, chat),
            timezone=chat.timezone,
            language=t(lang, "lang.name"),
        ),
    )


def make_router() -> Router:
    router = Router(name="settings")
    router.message.register(show_settings, Command("settings"))
    return router
