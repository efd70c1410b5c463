"""Premiere events: group premiere stories from several outlets into one event per film."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from bot.news import Analysis, Premiere
from bot.news.events import event_key
from bot.news.places import canonical_city
from storage import Repository
from storage.models import Article, PremiereEvent, PremiereFacts


@dataclass(frozen=True)
class EventUpdate:
    """What one article did to its film's event."""

    event: PremiereEvent
    created: bool
    date_changed: bool
    old_date: date | None


async def record_premiere(
    repo: Repository, article_id: int, analysis: Analysis, now: datetime
) -> EventUpdate | None:
    """Attach a stored premiere article to its film's event; None when it names no film."""
    return await record_facts(repo, article_id, analysis.premiere, now)


async def record_article(repo: Repository, article: Article, now: datetime) -> EventUpdate | None:
    """The same for an article as stored, with the premiere facts its analysis left there."""
    return await record_facts(repo, article.id, article.premiere, now)


async def record_facts(
    repo: Repository, article_id: int, premiere: Premiere | PremiereFacts | None, now: datetime
) -> EventUpdate | None:
    """The same for a stored article's premiere facts as its analysis gave them."""
    if premiere is None or not premiere.titles:
        return None
    key = event_key(premiere.titles[0])
    if not key:
        return None
    city = canonical_city(premiere.city)
    event, created = await repo.events.open_event(
        key, premiere.titles[0], premiere.date, city, premiere.venue, now
    )
    if not await repo.events.attach_article(event.id, article_id) or created:
        return EventUpdate(event, created, False, None)
    await repo.events.complete(event.id, city, premiere.venue, now)
    change = None
    if premiere.date is not None:
        change = await repo.events.move_date(event.id, premiere.date, article_id, now)
    current = await repo.events.get(event.id)
    assert current is not None
    return EventUpdate(current, False, change is not None, change.old_date if change else None)
