"""/subscribe and /unsubscribe."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from bot.i18n import t
from handlers.common import category_names, may_configure, now, reply, topic
from storage import Repository


async def subscribe(message: Message, repo: Repository, lang: str) -> None:
    if await may_configure(message, lang):
        chat = await repo.chats.subscribe(message.chat.id, thread_id=topic(message), now=now())
        names = category_names(lang, chat.categories)
        await reply(message, t(lang, "subscribe.done", categories=names))


async def unsubscribe(message: Message, repo: Repository, lang: str) -> None:
    if await may_configure(message, lang):
        await repo.chats.unsubscribe(message.chat.id, now=now())
        await reply(message, t(lang, "unsubscribe.done"))


def make_router() -> Router:
    router = Router(name="subscribe")
    router.message.register(subscribe, Command("subscribe"))
    router.message.register(unsubscribe, Command("unsubscribe"))
    return router
