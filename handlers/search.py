"""/search with ◀ ▶ pages, /latest, /premieres [city]."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.enums import ParseMode
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.config import Settings
from bot.i18n import t
from handlers.common import NO_PREVIEW, PageCb, listing, now, pager, reply
from storage import Repository
from storage.models import SearchPage

PAGE_SIZE = 5
SHOWN_QUERY_CHARS = 100


async def page_of(repo: Repository, kind: str, ref: int, page: int) -> tuple[str, SearchPage]:
    """The query text ('' for /latest) and one page of results."""
    if kind == "l":
        return "", await repo.search.latest(limit=PAGE_SIZE, offset=page * PAGE_SIZE)
    query = await repo.search.recall_query(ref) or ""
    found = await repo.search.search(query, now=now(), limit=PAGE_SIZE, offset=page * PAGE_SIZE)
    return query, found


def page_text(lang: str, kind: str, query: str, page: int, found: SearchPage) -> str:
    if kind == "l":
        header = t(lang, "latest.header", page=page + 1)
    else:
        header = t(lang, "search.header", query=query[:SHOWN_QUERY_CHARS], page=page + 1)
    return listing(lang, header, found.hits, first=page * PAGE_SIZE + 1)


async def search(message: Message, command: CommandObject, repo: Repository, lang: str) -> None:
    query = (command.args or "").strip()
    if not query:
        await reply(message, t(lang, "search.usage"))
        return
    ref = await repo.search.remember_query(query, now=now())
    found = await repo.search.search(query, now=now(), limit=PAGE_SIZE)
    if not found.hits:
        await reply(message, t(lang, "search.nothing", query=query[:SHOWN_QUERY_CHARS]))
        return
    markup = pager(lang, "s", ref, 0, found.has_more)
    await reply(message, page_text(lang, "s", query, 0, found), reply_markup=markup)


async def latest(message: Message, repo: Repository, lang: str) -> None:
    found = await repo.search.latest(limit=PAGE_SIZE)
    if not found.hits:
        await reply(message, t(lang, "latest.empty"))
        return
    markup = pager(lang, "l", 0, 0, found.has_more)
    await reply(message, page_text(lang, "l", "", 0, found), reply_markup=markup)


async def turn_page(
    query: CallbackQuery, callback_data: PageCb, repo: Repository, lang: str
) -> None:
    kind, ref, page = callback_data.kind, callback_data.ref, callback_data.page
    text, found = await page_of(repo, kind, ref, page)
    if isinstance(query.message, Message) and found.hits:
        await query.message.edit_text(
            page_text(lang, kind, text, page, found),
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
            reply_markup=pager(lang, kind, ref, page, found.has_more),
        )
        await query.answer()
    else:
        await query.answer(t(lang, "search.expired"), show_alert=True)


async def premieres(
    message: Message, command: CommandObject, repo: Repository, settings: Settings, lang: str
) -> None:
    # Without an argument the cities chosen with /city apply.
    typed = (command.args or "").strip()[:60]
    chat = await repo.chats.get(message.chat.id)
    cities = [typed] if typed else list(chat.cities if chat else ())
    today = datetime.now(ZoneInfo(settings.timezone)).date()
    hits = await repo.search.upcoming_premieres(today, cities=cities)
    if not hits:
        await reply(message, t(lang, "premieres.empty"))
        return
    header = (
        t(lang, "premieres.header_city", city=", ".join(cities))
        if cities
        else t(lang, "premieres.header")
    )
    await reply(message, listing(lang, header, hits))


def make_router() -> Router:
    router = Router(name="search")
    router.message.register(search, Command("search"))
    router.message.register(latest, Command("latest"))
    router.callback_query.register(turn_page, PageCb.filter(F.page >= 0))
    router.message.register(premieres, Command("premieres"))
    return router
