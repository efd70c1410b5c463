"""aiogram routers, one per feature, assembled by a factory."""

from __future__ import annotations

from aiogram import Router


def build_router() -> Router:
    """The root router with every feature router included."""
    return Router(name="root")
