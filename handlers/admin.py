"""Bot administrators (ADMIN_IDS): /refresh, /stats, /feeds, /addfeed, /removefeed."""

from __future__ import annotations

from typing import Any

from aiogram import Router
from aiogram.filters import Command, CommandObject, Filter
from aiogram.types import Message

from bot.admin import Refresh, check_feed_url, collect_stats, refresh_numbers
from bot.config import Settings
from bot.errors import Refused
from bot.i18n import t
from handlers.common import now, reply
from storage import Repository

COMMANDS = ("refresh", "stats", "feeds", "addfeed", "removefeed")


class IsBotAdmin(Filter):
    async def __call__(self, message: Message, settings: Settings, **_: Any) -> bool:
        return message.from_user is not None and message.from_user.id in settings.admin_ids


async def refresh(message: Message, lang: str, refresh: Refresh | None = None) -> None:
    if refresh is None:
        await reply(message, t(lang, "admin.refresh_missing"))
        return
    await reply(message, t(lang, "admin.refresh_started"))
    report = await refresh()
    await reply(message, t(lang, "admin.refresh_done", **refresh_numbers(report)))


async def stats(message: Message, repo: Repository, lang: str) -> None:
    numbers = await collect_stats(repo)
    await reply(message, t(lang, "admin.stats", **vars(numbers)))


async def feeds(message: Message, repo: Repository, lang: str) -> None:
    lines = [
        t(lang, "admin.feed_line", state="⏸" if f.paused else "▶", url=f.url, errors=f.error_count)
        for f in await repo.feeds.all()
    ]
    await reply(message, "\n".join(lines) or t(lang, "admin.feeds_empty"))


async def addfeed(
    message: Message, command: CommandObject, repo: Repository, settings: Settings, lang: str
) -> None:
    if not command.args:
        await reply(message, t(lang, "admin.addfeed_usage"))
        return
    try:
        url = await check_feed_url(command.args, allow_private=settings.allow_private_feeds)
    except Refused as refusal:
        await reply(message, t(lang, refusal.key, **refusal.params))
        return
    feed = await repo.feeds.add(url, now())
    await reply(message, t(lang, "admin.addfeed_done", url=feed.url))


async def removefeed(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    url = (command.args or "").strip()
    if not url:
        await reply(message, t(lang, "admin.removefeed_usage"))
        return
    key = "admin.removefeed_done" if await repo.feeds.remove(url) else "admin.removefeed_missing"
    await reply(message, t(lang, key, url=url))


async def refuse(message: Message, lang: str) -> None:
    await reply(message, t(lang, "admin.refused"))


def make_router() -> Router:
    router = Router(name="admin")
    router.message.register(refresh, Command("refresh"), IsBotAdmin())
    router.message.register(stats, Command("stats"), IsBotAdmin())
    router.message.register(feeds, Command("feeds"), IsBotAdmin())
    router.message.register(addfeed, Command("addfeed"), IsBotAdmin())
    router.message.register(removefeed, Command("removefeed"), IsBotAdmin())
    router.message.register(refuse, Command(*COMMANDS))
    return router
