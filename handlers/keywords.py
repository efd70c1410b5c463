"""/keywords (include and exclude words) and /city (preferred premiere cities)."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.errors import Refused
from bot.i18n import t
from bot.preferences import edit_keywords, parse_cities
from handlers.common import joined, may_configure, now, reply
from storage import Repository


async def keywords(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    if command.args and not await may_configure(message, lang):
        return
    chat = await repo.chats.get(message.chat.id)
    include, exclude = (chat.include_words, chat.exclude_words) if chat else ((), ())
    if command.args:
        try:
            include_new, exclude_new = edit_keywords(include, exclude, command.args)
        except Refused as refusal:
            await reply(message, t(lang, refusal.key))
            return
        await repo.chats.set_keywords(
            message.chat.id, include=include_new, exclude=exclude_new, now=now()
        )
        include, exclude = tuple(include_new), tuple(exclude_new)
    shown = t(lang, "keywords.show", include=joined(lang, include), exclude=joined(lang, exclude))
    await reply(message, shown + "\n\n" + t(lang, "keywords.usage"))


async def city(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    chat = await repo.chats.get(message.chat.id)
    cities = chat.cities if chat else ()
    if command.args and not await may_configure(message, lang):
        return
    if command.args:
        try:
            parsed = parse_cities(command.args)
        except Refused as refusal:
            await reply(message, t(lang, refusal.key))
            return
        cities = (await repo.chats.set_cities(message.chat.id, parsed, now=now())).cities
    await reply(
        message, t(lang, "city.show", cities=joined(lang, cities)) + "\n" + t(lang, "city.usage")
    )


def make_router() -> Router:
    router = Router(name="keywords")
    router.message.register(keywords, Command("keywords"))
    router.message.register(city, Command("city"))
    return router
