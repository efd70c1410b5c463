"""What channel use cases and their scheduled jobs share: built once by the composition root."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from aiogram import Bot

from bot.channels.texts import Translate, t
from bot.config import Settings
from storage import Repository
from storage.models import Channel

if TYPE_CHECKING:
    from apscheduler.schedulers.base import BaseScheduler
else:
    BaseScheduler = object


@dataclass(frozen=True)
class PostContent:
    """A rendered channel post: Telegram-safe HTML and an optional URL button."""

    html: str
    button_url: str | None = None
    button_label: str | None = None


# The seam to the shared paced sender: (bot, channel, content) -> message id; raises aiogram's
# Telegram exceptions (RetryAfter, Forbidden, BadRequest ...) unchanged.
SendPost = Callable[[Bot, Channel, PostContent], Awaitable[int]]


def utcnow() -> datetime:
    return datetime.now(UTC)


async def _sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


@dataclass(frozen=True)
class ChannelRuntime:
    repo: Repository
    bot: Bot
    settings: Settings
    scheduler: BaseScheduler | None = None
    clock: Callable[[], datetime] = utcnow
    t: Translate = t
    send: SendPost | None = None  # None: bot.channels.posting.send_post
    sleep: Callable[[float], Awaitable[None]] = _sleep
