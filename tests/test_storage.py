from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import aiosqlite
import pytest

import storage.db
from storage import Repository
from storage.db import connect, migrate, schema_version
from storage.migrations import MIGRATIONS
from storage.models import NewArticle, PremiereFacts

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)


async def test_migrates_empty_file_to_latest(tmp_path: Path) -> None:
    db = await connect(tmp_path / "a.sqlite3")
    assert await schema_version(db) == len(MIGRATIONS)
    async with db.execute("PRAGMA journal_mode") as cursor:
        row = await cursor.fetchone()
    assert row is not None and row[0] == "wal"
    await db.close()


async def test_migrates_from_every_earlier_version(tmp_path: Path) -> None:
    for start in range(len(MIGRATIONS) + 1):
        path = tmp_path / f"v{start}.sqlite3"
        db = await aiosqlite.connect(path)
        await migrate(db, target=start)
        assert await schema_version(db) == start
        await db.close()
        db = await connect(path)
        assert await schema_version(db) == len(MIGRATIONS)
        assert await migrate(db) == len(MIGRATIONS), "running again changes nothing"
        await db.close()


async def test_feed_backoff_and_pause(repo: Repository) -> None:
    feed = await repo.feeds.add("https://a.example/rss", NOW)
    assert await repo.feeds.add("https://a.example/rss", NOW) == feed
    assert [f.url for f in await repo.feeds.due(NOW)] == [feed.url]
    later = NOW + timedelta(minutes=5)
    for _ in range(2):
        feed = await repo.feeds.record_failure(
            feed.id, error="timeout", checked_at=NOW, next_check_at=later, pause_after=3
        )
    assert feed.error_count == 2 and not feed.paused and feed.last_error == "timeout"
    assert await repo.feeds.due(NOW) == []
    feed = await repo.feeds.record_failure(
        feed.id, error="500", checked_at=NOW, next_check_at=later, pause_after=3
    )
    assert feed.paused
    assert await repo.feeds.due(later) == []
    assert await repo.feeds.set_paused(feed.url, False)
    resumed = await repo.feeds.by_url(feed.url)
    assert resumed is not None and not resumed.paused and resumed.error_count == 0


async def test_article_round_trip_and_idempotence(repo: Repository) -> None:
    feed = await repo.feeds.add("https://a.example/rss", NOW)
    item = NewArticle(
        feed_id=feed.id,
        uid="guid-1",
        url="https://a.example/1",
        title="Премьера",
        published_at=NOW,
        fetched_at=NOW,
        text="Текст",
        description="Тизер",
        image_url=None,
        fingerprint="abc",
        language="ru",
        is_cinema=True,
        categories=("premiere",),
        premiere=PremiereFacts(("Капитан Байтасов",), date(2025, 10, 23), "Алматы", None),
        summary="Кратко.",
    )
    article_id = await repo.articles.add(item)
    assert article_id is not None
    assert await repo.articles.add(item) is None
    stored = await repo.articles.get(article_id)
    assert stored is not None
    assert stored.premiere == item.premiere
    assert stored.categories == ("premiere",) and stored.published_at == NOW
    assert await repo.articles.count() == 1


async def test_failed_migration_closes_the_connection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = set(threading.enumerate())
    monkeypatch.setattr(storage.db, "MIGRATIONS", ("CREATE TABLE broken (",))
    with pytest.raises(aiosqlite.OperationalError):
        await connect(tmp_path / "broken.sqlite3")
    # A leaked connection thread would keep the test process alive at exit.
    started = [thread for thread in threading.enumerate() if thread not in before]
    for thread in started:
        thread.join(timeout=2)
    assert not [thread for thread in started if thread.is_alive()]


async def test_articles_stored_before_the_analysis_stage_count_as_analysed(tmp_path: Path) -> None:
    path = tmp_path / "v5.sqlite3"
    db = await aiosqlite.connect(path)
    await migrate(db, target=5)
    await db.execute(
        """INSERT INTO articles (uid, title, fetched_at, fingerprint, language, is_cinema)
           VALUES ('old', 'Премьера', 0, '', 'ru', 1)"""
    )
    await db.commit()
    await db.close()
    repo = Repository(await connect(path))
    try:
        assert await repo.articles.unanalysed(10) == [], "not analysed a second time"
        assert len(await repo.outbox.unmatched_article_ids()) == 1, "and matched as before"
    finally:
        await repo.close()
