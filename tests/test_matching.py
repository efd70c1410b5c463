"""Matching rules, old articles, matching once, digest scheduling and composition."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from bot.digest import enqueue_due_digests, latest_slot
from bot.http import HttpClient
from bot.matching import match_new_articles, stems
from bot.scheduler import build_scheduler, poll_and_match
from storage import Repository
from storage.models import Chat
from tests.feed_server import FeedSite
from tests.outbox_fixtures import NOW, add_article, add_chat, settings


async def queued(repo: Repository) -> set[tuple[int, int]]:
    async with repo.db.execute(
        "SELECT chat_id, article_id FROM outbox WHERE kind = 'article'"
    ) as cursor:
        return {(row[0], row[1]) for row in await cursor.fetchall()}


def test_stems_fold_yo_and_word_forms() -> None:
    assert stems("Ёлки премьеры") == stems("елкам премьера")


async def test_rules_categories_keywords_cities_languages(repo: Repository) -> None:
    await add_chat(repo, 1)  # defaults: premiere category
    await add_chat(repo, 2, categories=["festival"])
    await add_chat(repo, 3, include_words=["комедия"])
    await add_chat(repo, 4, exclude_words=["Ёлки"])
    await add_chat(repo, 5, cities=["Астана"])
    await add_chat(repo, 6, cities=["алматы"])
    await add_chat(repo, 7, news_languages=["kk"])
    await add_chat(repo, 8, subscribed=0)
    await add_chat(repo, 9, active=0)
    await add_chat(repo, 10, digest="daily")
    await add_chat(repo, 11, categories=[])
    await add_chat(repo, 12, include_words=["новая комедия"], thread_id=5)
    comedy = await add_article(
        repo, "c", title="Новую комедию покажут", summary="Ёлки снова в кино.", city="Алматы"
    )
    news = await add_article(repo, "n", categories=("festival",), city=None, summary="Фестиваль.")
    not_cinema = await add_article(repo, "x", is_cinema=False)
    count = await match_new_articles(repo, settings(), NOW)
    assert await queued(repo) == {
        (1, comedy),
        (3, comedy),
        (6, comedy),
        (11, comedy),
        (12, comedy),
        (2, news),
        (11, news),
    }
    assert count == 7
    assert all(article != not_cinema for _, article in await queued(repo))
    async with repo.db.execute("SELECT thread_id FROM outbox WHERE chat_id = 12") as cursor:
        assert [row[0] for row in await cursor.fetchall()] == [5]


async def test_matches_each_article_once(repo: Repository) -> None:
    await add_chat(repo, 1)
    await add_article(repo, "a")
    assert await match_new_articles(repo, settings(), NOW) == 1
    assert await match_new_articles(repo, settings(), NOW) == 0
    await add_article(repo, "b")
    assert await match_new_articles(repo, settings(), NOW) == 1
    assert len(await queued(repo)) == 2


async def test_subscribers_read_in_pages_get_the_same_pushes(repo: Repository) -> None:
    for chat_id in (-100500, 1, 2, 3, 4, 5, 6):
        await add_chat(repo, chat_id, digest="daily" if chat_id == 4 else "off")
    first = await add_article(repo, "a")
    second = await add_article(repo, "b")
    skipped = await add_article(repo, "x", is_cinema=False)
    assert await match_new_articles(repo, settings(), NOW, page=2) == 12
    chats = {-100500, 1, 2, 3, 5, 6}
    assert await queued(repo) == {(c, a) for c in chats for a in (first, second)}
    async with repo.db.execute(
        "SELECT article_id, queued FROM article_matches ORDER BY article_id"
    ) as cursor:
        rows = [tuple(row) for row in await cursor.fetchall()]
    assert rows == [(first, 1), (second, 1), (skipped, 0)]


async def test_old_or_duplicate_articles_are_stored_but_not_pushed(repo: Repository) -> None:
    await add_chat(repo, 1)
    old = await add_article(repo, "old", published_at=NOW - timedelta(hours=49))
    fresh = await add_article(repo, "fresh", published_at=NOW - timedelta(hours=47))
    stale = await add_article(
        repo, "stale", fetched_at=NOW - timedelta(hours=72), published_at=NOW - timedelta(hours=72)
    )
    undated = await add_article(repo, "undated", published_at=None)
    await repo.db.execute("UPDATE articles SET duplicate_of = ? WHERE id = ?", (fresh, undated))
    await repo.db.commit()
    await match_new_articles(repo, settings(MAX_ARTICLE_AGE_HOURS="48"), NOW)
    assert await queued(repo) == {(1, fresh)}
    assert await repo.articles.get(old) is not None and await repo.articles.get(stale) is not None
    async with repo.db.execute("SELECT COUNT(*) FROM article_matches") as cursor:
        row = await cursor.fetchone()
    assert row is not None and row[0] == 4, "every article is looked at once, pushed or not"


def test_digest_slot_in_the_chat_time_zone() -> None:
    chat = Chat(
        1,
        "private",
        "",
        None,
        "ru",
        "Asia/Almaty",
        True,
        True,
        ("premiere",),
        (),
        (),
        (),
        (),
        "daily",
        "09:00",
    )
    # 10:00 UTC is 15:00 in Almaty (UTC+5): today's 09:00 local slot has passed.
    slot = latest_slot(chat, NOW)
    assert slot is not None and slot.key == "daily:2026-11-22"
    assert slot.at == datetime(2026, 11, 22, 4, 0, tzinfo=UTC)
    early = latest_slot(chat, datetime(2026, 11, 22, 3, 0, tzinfo=UTC))
    assert early is not None and early.key == "daily:2026-11-21"
    weekly = latest_slot(replace(chat, digest="weekly"), NOW)
    assert weekly is not None and weekly.key == "weekly:2026-11-16"  # the Monday before
    assert latest_slot(replace(chat, digest="off"), NOW) is None


async def test_digests_queued_once_at_local_time_with_matching_articles(
    repo: Repository,
) -> None:
    slot_time = datetime(2026, 11, 22, 4, 0, tzinfo=UTC)  # 09:00 in Almaty
    await add_chat(repo, 1, digest="daily", digest_time="09:00", thread_id=3)
    await add_chat(repo, 2, digest="daily", digest_time="09:00", categories=["festival"])
    await add_chat(repo, 3, digest="daily", digest_time="16:00")
    await add_chat(repo, 4)  # instant pushes only
    hour = timedelta(hours=1)
    await add_article(repo, "in", title="Вчерашняя премьера", fetched_at=slot_time - 5 * hour)
    await add_article(repo, "late", title="После дайджеста", fetched_at=slot_time + hour)
    await add_article(repo, "old", fetched_at=slot_time - timedelta(days=2))
    assert await enqueue_due_digests(repo, slot_time + timedelta(minutes=1)) == 1
    assert await enqueue_due_digests(repo, slot_time + timedelta(minutes=2)) == 0
    async with repo.db.execute(
        "SELECT chat_id, digest_key, part, payload, status, thread_id FROM outbox ORDER BY chat_id"
    ) as cursor:
        rows = [tuple(row) for row in await cursor.fetchall()]
    (chat_id, key, part, payload, status, thread), empty = rows
    assert (chat_id, key, part, status, thread) == (1, "daily:2026-11-22", 1, "pending", 3)
    assert payload.startswith("<b>Дайджест кинопремьер · 22.11.2026</b>")
    assert "Вчерашняя премьера" in payload and "После дайджеста" not in payload
    assert empty[0] == 2 and empty[4] == "empty", "no festival news: nothing to send"
    assert (await repo.outbox.stats()).pending == 1
    # Past the grace window nothing is made up for a missed day.
    assert await enqueue_due_digests(repo, slot_time + timedelta(hours=4)) == 0


async def test_poll_pass_ingests_matches_and_wakes_the_worker(
    repo: Repository, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    await add_chat(repo, 1)
    # The fixture's dates are fixed; a wide age limit keeps this test true on any day.
    config = settings(
        FEEDS=f"{base}/feeds/rss2.xml", ALLOW_PRIVATE_FEEDS="true", MAX_ARTICLE_AGE_HOURS="100000"
    )
    await repo.feeds.sync(config.feeds, NOW)
    woken: list[bool] = []
    async with HttpClient.create(config) as http:
        report = await poll_and_match(repo, http, config, wake=lambda: woken.append(True))
        scheduler = build_scheduler(repo, http, config, wake=lambda: None)
    assert report.ingest is not None and report.ingest.article_ids
    assert report.queued >= 1 and woken == [True]
    # What ingest derives for every caller: the search index and the premiere events.
    hits = await repo.search.search("Степной ветер", now=NOW)
    assert hits.hits and "Степной ветер" in hits.hits[0].title
    assert await repo.events.upcoming(date(2026, 11, 1))
    assert {job.id for job in scheduler.get_jobs()} == {"poll", "digests", "prune"}
