"""Premiere events: one row per film, the articles that reported it and its date changes."""

from __future__ import annotations

from datetime import date, datetime

import aiosqlite

from storage.models import EventChange, PremiereEvent, from_ts, to_ts


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _event(row: aiosqlite.Row) -> PremiereEvent:
    created, updated = from_ts(row["created_at"]), from_ts(row["updated_at"])
    assert created is not None and updated is not None
    return PremiereEvent(
        id=row["id"],
        title_key=row["title_key"],
        title=row["title"],
        date=_day(row["date"]),
        city=row["city"],
        venue=row["venue"],
        created_at=created,
        updated_at=updated,
    )


def _change(row: aiosqlite.Row) -> EventChange:
    at = from_ts(row["at"])
    assert at is not None
    return EventChange(
        event_id=row["event_id"],
        old_date=_day(row["old_date"]),
        new_date=_day(row["new_date"]),
        article_id=row["article_id"],
        at=at,
    )


class EventStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def by_key(self, title_key: str) -> PremiereEvent | None:
        """The event of a film by its normalised title."""
        async with self._db.execute(
            "SELECT * FROM premiere_events WHERE title_key = ?", (title_key,)
        ) as cursor:
            row = await cursor.fetchone()
        return _event(row) if row else None

    async def get(self, event_id: int) -> PremiereEvent | None:
        """One event by id."""
        async with self._db.execute(
            "SELECT * FROM premiere_events WHERE id = ?", (event_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return _event(row) if row else None

    async def open_event(
        self,
        title_key: str,
        title: str,
        day: date | None,
        city: str | None,
        venue: str | None,
        now: datetime,
    ) -> tuple[PremiereEvent, bool]:
        """Create the film's event unless it exists; return it and whether it is new."""
        cursor = await self._db.execute(
            """INSERT INTO premiere_events (title_key, title, date, city, venue, created_at,
                   updated_at)
               VALUES (?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT(title_key) DO NOTHING""",
            (title_key, title, _iso(day), city, venue, to_ts(now), to_ts(now)),
        )
        await self._db.commit()
        event = await self.by_key(title_key)
        assert event is not None
        return event, cursor.rowcount > 0

    async def attach_article(self, event_id: int, article_id: int) -> bool:
        """Link a source article to the event; False when it was already linked."""
        cursor = await self._db.execute(
            """INSERT INTO event_articles (event_id, article_id) VALUES (?, ?)
               ON CONFLICT(event_id, article_id) DO NOTHING""",
            (event_id, article_id),
        )
        await self._db.commit()
        return cursor.rowcount > 0

    async def complete(
        self, event_id: int, city: str | None, venue: str | None, now: datetime
    ) -> None:
        """Fill in a city or venue the event did not know yet."""
        await self._db.execute(
            """UPDATE premiere_events
               SET city = COALESCE(city, ?), venue = COALESCE(venue, ?), updated_at = ?
               WHERE id = ? AND ((city IS NULL AND ? IS NOT NULL)
                                 OR (venue IS NULL AND ? IS NOT NULL))""",
            (city, venue, to_ts(now), event_id, city, venue),
        )
        await self._db.commit()

    async def move_date(
        self, event_id: int, new_date: date, article_id: int | None, now: datetime
    ) -> EventChange | None:
        """Set the premiere date; a different known date is recorded as a change."""
        event = await self.get(event_id)
        if event is None or event.date == new_date:
            return None
        await self._db.execute(
            "UPDATE premiere_events SET date = ?, updated_at = ? WHERE id = ?",
            (new_date.isoformat(), to_ts(now), event_id),
        )
        change = None
        if event.date is not None:
            change = EventChange(event_id, event.date, new_date, article_id, now)
            await self._db.execute(
                """INSERT INTO event_changes (event_id, old_date, new_date, article_id, at)
                   VALUES (?, ?, ?, ?, ?)""",
                (event_id, _iso(event.date), new_date.isoformat(), article_id, to_ts(now)),
            )
        await self._db.commit()
        return change

    async def changes(self, event_id: int) -> list[EventChange]:
        """Date changes of an event, oldest first."""
        async with self._db.execute(
            "SELECT * FROM event_changes WHERE event_id = ? ORDER BY at, id", (event_id,)
        ) as cursor:
            return [_change(row) for row in await cursor.fetchall()]

    async def article_ids(self, event_id: int) -> list[int]:
        """Ids of the articles that reported the event."""
        async with self._db.execute(
            "SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY article_id",
            (event_id,),
        ) as cursor:
            return [int(row[0]) for row in await cursor.fetchall()]

    async def upcoming(self, today: date, city: str | None = None) -> list[PremiereEvent]:
        """Events dated today or later, soonest first, optionally in one city."""
        async with self._db.execute(
            """SELECT * FROM premiere_events
               WHERE date >= ? AND (? IS NULL OR city = ?)
               ORDER BY date, title""",
            (today.isoformat(), city, city),
        ) as cursor:
            return [_event(row) for row in await cursor.fetchall()]
