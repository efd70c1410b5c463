"""The fake Telegram Bot API for tests; it lives in bot/fakeapi.py so the demo can use it."""

from __future__ import annotations

from bot.fakeapi import (
    BOT_ID,
    BOT_USERNAME,
    SEND_METHODS,
    Call,
    Conversation,
    FakeTelegram,
    Fault,
    Member,
    buttons,
)

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "SEND_METHODS",
    "Call",
    "Conversation",
    "FakeTelegram",
    "Fault",
    "Member",
    "buttons",
]
