"""The outbox store: claiming, leases, closing, pruning."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from bot.matching import match_new_articles
from storage import Repository
from tests.outbox_fixtures import NOW, add_article, add_chat, queue, settings


async def test_pruned_rows_are_not_queued_again(repo: Repository) -> None:
    await add_chat(repo, 1)
    await add_article(repo, "a")
    assert await match_new_articles(repo, settings(), NOW) == 1
    (item,) = await repo.outbox.claim(NOW, limit=10, lease_until=NOW + timedelta(minutes=1))
    await repo.outbox.mark_sent([(item.id, 55)], NOW)
    assert await repo.outbox.prune(NOW - timedelta(days=1)) == 0
    assert await repo.outbox.prune(NOW + timedelta(seconds=1)) == 1
    assert await match_new_articles(repo, settings(), NOW) == 0
    assert (await repo.outbox.stats()).pending == 0


async def test_unsubscribing_closes_what_is_queued(repo: Repository) -> None:
    await add_chat(repo, 1)
    await add_chat(repo, 2)
    await add_article(repo, "a")
    await match_new_articles(repo, settings(), NOW)
    assert await repo.outbox.close_queued(1, reason="unsubscribed") == 1
    assert await repo.outbox.close_queued(1, reason="unsubscribed") == 0
    stats = await repo.outbox.stats()
    assert (stats.pending, stats.closed) == (1, 1)


async def test_leases_held_are_renewed_and_abandoned_ones_released(repo: Repository) -> None:
    article = await add_article(repo)
    await queue(repo, [1, 2, 3], article)
    claimed = await repo.outbox.claim(NOW, limit=10, lease_until=NOW)
    assert [item.chat_id for item in claimed] == [1, 2, 3]
    assert await repo.outbox.claim(NOW, limit=10, lease_until=NOW) == []
    await repo.outbox.extend_leases([claimed[0].id], NOW + timedelta(minutes=10))
    assert await repo.outbox.release_expired(NOW + timedelta(seconds=1)) == 2
    again = await repo.outbox.claim(NOW, limit=10, lease_until=NOW)
    assert [item.chat_id for item in again] == [2, 3]
    assert await repo.outbox.recover() == 3, "at start-up every claimed row is released"


async def test_outbox_writes_never_land_inside_another_writers_transaction(
    repo: Repository,
) -> None:
    article = await add_article(repo)
    await queue(repo, [1], article)
    (item,) = await repo.outbox.claim(NOW, limit=10, lease_until=NOW + timedelta(minutes=1))
    async with repo.write_lock:
        await repo.db.execute(
            "INSERT INTO feeds (url, created_at) VALUES ('https://half.example/', 0)"
        )
        marking = asyncio.create_task(repo.outbox.mark_sent([(item.id, 5)], NOW))
        await asyncio.sleep(0.05)
        assert not marking.done(), "the mark waits for the other transaction"
        await repo.db.rollback()
    await marking
    assert (await repo.outbox.stats()).sent == 1, "the rollback did not undo the mark"
    assert await repo.feeds.by_url("https://half.example/") is None, "nor did we commit it"


async def test_one_mark_records_each_rows_message_id(repo: Repository) -> None:
    article = await add_article(repo)
    await queue(repo, [1, 2, 3], article)
    first, second, third = await repo.outbox.claim(
        NOW, limit=10, lease_until=NOW + timedelta(minutes=1)
    )
    await repo.outbox.mark_sent([(first.id, 501), (third.id, None)], NOW)
    async with repo.db.execute(
        "SELECT chat_id, status, message_id, sent_at, lease_until FROM outbox ORDER BY chat_id"
    ) as cursor:
        rows = [tuple(row) for row in await cursor.fetchall()]
    sent_at = int(NOW.timestamp())
    assert rows[0] == (1, "sent", 501, sent_at, None)
    assert rows[1][:3] == (2, "sending", None), "a row left out of the batch stays claimed"
    assert rows[2] == (3, "sent", None, sent_at, None)
