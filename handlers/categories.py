"""/categories: an inline keyboard of the taxonomy whose buttons toggle and persist a choice."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message

from bot.i18n import t
from bot.news import CATEGORIES
from handlers.common import is_admin_in, may_configure, now, reply
from storage import Repository


class CategoryCb(CallbackData, prefix="cat"):
    name: str


def keyboard(lang: str, chosen: tuple[str, ...]) -> InlineKeyboardMarkup:
    """Two buttons a row; a tick marks the chosen categories."""
    buttons = [
        InlineKeyboardButton(
            text=("✅ " if name in chosen else "▫️ ") + t(lang, f"cat.{name}"),
            callback_data=CategoryCb(name=name).pack(),
        )
        for name in CATEGORIES
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return InlineKeyboardMarkup(inline_keyboard=rows)


async def categories(message: Message, repo: Repository, lang: str) -> None:
    if await may_configure(message, lang):
        chat = await repo.chats.get(message.chat.id)
        chosen = chat.categories if chat else ()
        await reply(message, t(lang, "categories.title"), reply_markup=keyboard(lang, chosen))


async def toggle(
    query: CallbackQuery, callback_data: CategoryCb, repo: Repository, lang: str
) -> None:
    message = query.message
    if callback_data.name not in CATEGORIES or not isinstance(message, Message):
        await query.answer()
        return
    if not await is_admin_in(message, query.from_user.id):
        await query.answer(t(lang, "group.admins_only"), show_alert=True)
        return
    chat = await repo.chats.toggle_category(message.chat.id, callback_data.name, now=now())
    await message.edit_reply_markup(reply_markup=keyboard(lang, chat.categories))
    await query.answer()


def make_router() -> Router:
    router = Router(name="categories")
    router.message.register(categories, Command("categories"))
    router.callback_query.register(toggle, CategoryCb.filter())
    return router
