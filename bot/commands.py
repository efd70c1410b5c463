"""The command menu shown by Telegram clients, in every interface language."""

from __future__ import annotations

from aiogram import Bot
from aiogram.types import BotCommand

from bot.channels.texts import COMMANDS as CHANNEL_COMMANDS
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
    """The public commands with descriptions in lang, channel-admin commands last."""
    commands = [BotCommand(command=name, description=t(lang, f"cmd.{name}")) for name in MENU]
    channel = [BotCommand(command=name, description=text) for name, text in CHANNEL_COMMANDS[lang]]
    return commands + channel


async def register_commands(bot: Bot) -> None:
    """setMyCommands for ru, kk and en, and the default (Russian) for every other language."""
    await bot.set_my_commands(menu(DEFAULT_LANGUAGE))
    for lang in LANGUAGES:
        await bot.set_my_commands(menu(lang), language_code=lang)
