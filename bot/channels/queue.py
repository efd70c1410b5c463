"""The order in which a channel's queued articles are posted. Pure functions, no I/O."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from bot.news import CATEGORIES
from storage.models import QueueEntry


def category_rank(categories: Sequence[str], priority: Sequence[str]) -> int:
    """Position of the article's best category in the channel's priority order."""
    order = list(priority) + [name for name in CATEGORIES if name not in priority]
    positions = [order.index(name) for name in categories if name in order]
    return min(positions, default=len(order))


def sort_key(
    entry: QueueEntry, today: date, priority: Sequence[str]
) -> tuple[int, int, float, int]:
    """Premieres still ahead first, then category priority, then the freshest."""
    upcoming = entry.premiere_date is not None and entry.premiere_date >= today
    return (
        0 if upcoming else 1,
        category_rank(entry.categories, priority),
        -entry.fresh_at.timestamp(),
        entry.post_id,
    )


def ordered(
    entries: Sequence[QueueEntry], today: date, priority: Sequence[str]
) -> list[QueueEntry]:
    """The queue in posting order."""
    return sorted(entries, key=lambda entry: sort_key(entry, today, priority))


def best(entries: Sequence[QueueEntry], today: date, priority: Sequence[str]) -> QueueEntry | None:
    """The entry the next slot posts."""
    return min(entries, key=lambda entry: sort_key(entry, today, priority), default=None)
