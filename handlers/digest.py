"""/digest off|daily|weekly [HH:MM]: stores the choice; the delivery side schedules digests."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from bot.errors import Refused
from bot.i18n import t
from bot.preferences import parse_digest
from handlers.common import digest_text, may_configure, now, reply
from storage import Repository


async def digest(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    try:
        mode, at = parse_digest(command.args or "")
    except Refused as refusal:
        await reply(message, t(lang, refusal.key))
        return
    if await may_configure(message, lang):
        chat = await repo.chats.set_digest(message.chat.id, mode, at, now=now())
        await reply(message, digest_text(lang, chat))


def make_router() -> Router:
    router = Router(name="digest")
    router.message.register(digest, Command("digest"))
    return router
