"""Premiere events: one event per film across outlets, date changes recorded."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from bot.events import record_premiere
from bot.news import Analysis, Premiere, analyze
from storage import Repository
from storage.models import NewArticle

NOW = datetime(2025, 10, 1, 9, 0, tzinfo=UTC)


async def store(repo: Repository, uid: str) -> int:
    article_id = await repo.articles.add(
        NewArticle(None, uid, f"https://a.example/{uid}", uid, NOW, NOW, "", "", None, uid)
    )
    assert article_id is not None
    return article_id


def premiere(
    title: str, day: date | None, city: str | None = None, venue: str | None = None
) -> Analysis:
    facts = Premiere((title,), day, city, venue)
    return Analysis("ru", True, ("premiere",), facts, "", "")


async def test_outlets_reporting_one_film_share_an_event(repo: Repository) -> None:
    first = await record_premiere(
        repo, await store(repo, "a"), premiere("Капитан Байтасов", date(2025, 10, 23)), NOW
    )
    assert first is not None and first.created
    variants = [
        premiere("«КАПИТАН БАЙТАСОВ»", date(2025, 10, 23), "Алматы"),
        premiere('"капитана байтасова"', None, None, "Kinopark 11 IMAX Esentai"),
    ]
    for index, analysis in enumerate(variants):
        update = await record_premiere(repo, await store(repo, f"b{index}"), analysis, NOW)
        assert update is not None and not update.created and not update.date_changed
        assert update.event.id == first.event.id
    event = await repo.events.get(first.event.id)
    assert event is not None
    assert (event.title, event.date, event.city, event.venue) == (
        "Капитан Байтасов",
        date(2025, 10, 23),
        "Алматы",
        "Kinopark 11 IMAX Esentai",
    )
    assert len(await repo.events.article_ids(event.id)) == 3


async def test_kazakh_and_russian_spellings_group(repo: Repository) -> None:
    kk = premiere("Жаужүрек мың бала", date(2025, 12, 4), "Астанада")
    ru = premiere("Жаужурек мын бала", date(2025, 12, 4), "Астана")
    one = await record_premiere(repo, await store(repo, "kk"), kk, NOW)
    two = await record_premiere(repo, await store(repo, "ru"), ru, NOW)
    assert one is not None and two is not None and one.event.id == two.event.id
    assert one.event.city == "Астана"


async def test_date_change_is_recorded(repo: Repository) -> None:
    later = NOW + timedelta(days=3)
    first_id = await store(repo, "first")
    await record_premiere(repo, first_id, premiere("Мираж", date(2026, 5, 21)), NOW)
    moved_id = await store(repo, "moved")
    update = await record_premiere(repo, moved_id, premiere("Мираж", date(2026, 5, 28)), later)
    assert update is not None and update.date_changed
    assert update.old_date == date(2026, 5, 21) and update.event.date == date(2026, 5, 28)
    changes = await repo.events.changes(update.event.id)
    assert [(c.old_date, c.new_date, c.article_id) for c in changes] == [
        (date(2026, 5, 21), date(2026, 5, 28), moved_id)
    ]
    again = await record_premiere(repo, moved_id, premiere("Мираж", date(2026, 5, 28)), later)
    assert again is not None and not again.date_changed
    assert len(await repo.events.changes(update.event.id)) == 1


async def test_first_known_date_is_not_a_change(repo: Repository) -> None:
    await record_premiere(repo, await store(repo, "x"), premiere("Ана", None), NOW)
    update = await record_premiere(
        repo, await store(repo, "y"), premiere("Ана", date(2025, 10, 25)), NOW
    )
    assert (
        update is not None and not update.date_changed and update.event.date == date(2025, 10, 25)
    )


async def test_non_premiere_analysis_makes_no_event(repo: Repository) -> None:
    analysis = analyze(title="Нацбанк сохранил ставку", text="Ставка осталась прежней.")
    assert await record_premiere(repo, await store(repo, "n"), analysis, NOW) is None
    assert await repo.events.upcoming(date(2000, 1, 1)) == []


async def test_upcoming_by_city(repo: Repository) -> None:
    films = [
        ("Ана", date(2025, 10, 25), "Шымкент"),
        ("Бауыр", date(2025, 9, 1), "Астана"),
        ("Көкпар", date(2025, 11, 2), "Astana"),
        ("Дала", date(2025, 10, 20), None),
    ]
    for title, day, city in films:
        await record_premiere(repo, await store(repo, title), premiere(title, day, city), NOW)
    today = date(2025, 10, 1)
    assert [e.title for e in await repo.events.upcoming(today)] == ["Дала", "Ана", "Көкпар"]
    assert [e.title for e in await repo.events.upcoming(today, city="Астана")] == ["Көкпар"]
