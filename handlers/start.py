"""/start (with deep-link payloads such as `/start premiere`), /help, /stop."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message

from bot.i18n import t
from bot.news import CATEGORIES
from handlers.common import may_configure, now, reply, topic
from storage import Repository


async def start(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    payload = (command.args or "").strip().lower()
    await reply(message, t(lang, "start.welcome"))
    if payload in CATEGORIES and await may_configure(message, lang):
        await repo.chats.subscribe(
            message.chat.id, thread_id=topic(message), now=now(), category=payload
        )
        await reply(message, t(lang, "start.deeplink", category=t(lang, f"cat.{payload}")))


async def show_help(message: Message, lang: str) -> None:
    await reply(message, t(lang, "help"))


async def stop(message: Message, repo: Repository, lang: str) -> None:
    if await may_configure(message, lang):
        await repo.chats.unsubscribe(message.chat.id, now=now())
        await reply(message, t(lang, "stop.done"))


def make_router() -> Router:
    router = Router(name="start")
    router.message.register(start, CommandStart())
    router.message.register(show_help, Command("help"))
    router.message.register(stop, Command("stop"))
    return router
