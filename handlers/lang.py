"""/lang ru|kk|en: the interface language of the chat."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.i18n import LANGUAGES, t
from handlers.common import may_configure, now, reply
from storage import Repository


async def set_lang(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    wanted = (command.args or "").strip().lower()
    if wanted not in LANGUAGES:
        await reply(message, t(lang, "lang.usage"))
        return
    if await may_configure(message, lang):
        chat = await repo.chats.set_language(message.chat.id, wanted, now=now())
        await reply(message, t(chat.language, "lang.saved"))


def make_router() -> Router:
    router = Router(name="lang")
    router.message.register(set_lang, Command("lang"))
    return router
