"""The command menu shown by Telegram clients, in every interface language."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand

from bot.i18n import DEFAULT_LANGUAGE, LANGUAGES, t

MENU = (
    "start",
    "help",
    "subscribe",
    "unsubscribe",
    "categories",
    "keywords",
    "city",
    "search",
    "latest",
    "premieres",
    "digest",
    "settings",
    "lang",
    "stop",
)


def menu(lang: str) -> list[BotCommand]:
    """The public commands with descriptions in lang."""
    return [BotCommand(command=name, description=t(lang, f"cmd.{name}")) for name in MENU]


async def register_commands(bot: Bot) -> None:
    """setMyCommands for ru, kk and en, and the default (Russian) for every other language."""
    await bot.set_my_commands(menu(DEFAULT_LANGUAGE))
    for lang in LANGUAGES:
        await bot.set_my_commands(menu(lang), language_code=lang)
