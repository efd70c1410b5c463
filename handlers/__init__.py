"""aiogram routers, one per feature, assembled by a factory."""

from __future__ import annotations

from aiogram import Router

from handlers import (
    admin,
    categories,
    digest,
    keywords,
    lang,
    membership,
    search,
    settings,
    start,
    subscribe,
)
from handlers.channels import build_channels_router
from handlers.common import LanguageMiddleware

FEATURES = (
    start,
    subscribe,
    categories,
    keywords,
    search,
    digest,
    settings,
    lang,
    admin,
    membership,
)


def build_router() -> Router:
    """The root router with every feature router included."""
    root = Router(name="root")
    language = LanguageMiddleware()
    root.message.middleware(language)
    root.callback_query.middleware(language)
    # Channel admin commands and channel membership updates come before the generic ones.
    root.include_router(build_channels_router())
    for feature in FEATURES:
        # A fresh router each time: aiogram lets a router have one parent only.
        root.include_router(feature.make_router())
    return root
