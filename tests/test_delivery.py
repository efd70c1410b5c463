"""The delivery worker against the fake Bot API: every error path ends in a recorded outcome."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterable
from datetime import datetime, timedelta

import pytest
from aiogram import Bot

from bot.delivery import (
    MARK_DELAY,
    ChatPacer,
    DeliveryReport,
    DeliveryWorker,
    Pacing,
    _SentMarks,
    utc_now,
)
from storage import Repository
from tests.fake_telegram import FakeTelegram, Fault
from tests.outbox_fixtures import NOW, add_article, add_chat, bot_for, queue, settings

UNPACED = Pacing(rate=None, per_chat_interval=0)


@pytest.fixture
async def bot(telegram: tuple[FakeTelegram, str]) -> AsyncIterator[Bot]:
    instance = bot_for(telegram[1])
    yield instance
    await instance.session.close()


async def deliver(
    repo: Repository, bot: Bot, *, pacing: Pacing = UNPACED, senders: int = 4, **env: str
) -> DeliveryReport:
    worker = DeliveryWorker(
        repo,
        bot,
        settings(**env),
        senders=senders,
        pacing=pacing,
        retry_delays=(0, 0, 0),
        poll_interval=0.05,
    )
    return await worker.run(until_empty=True)


async def statuses(repo: Repository) -> dict[int, tuple[str, str | None]]:
    async with repo.db.execute("SELECT chat_id, status, last_error FROM outbox") as cursor:
        return {row[0]: (row[1], row[2]) for row in await cursor.fetchall()}


async def test_delivers_every_row_once_and_marks_it_sent(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    article = await add_article(repo, title="<script>alert(1)</script> & «Сказ»")
    await queue(repo, list(range(1, 31)), article)
    report = await deliver(repo, bot)
    assert report.sent == 30
    assert sorted(int(c.params["chat_id"]) for c in fake.sent()) == list(range(1, 31))
    text = fake.texts(1)[0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; «Сказ»" in text
    assert "<script>" not in text
    assert {status for status, _ in (await statuses(repo)).values()} == {"sent"}
    assert (await repo.outbox.stats()).sent == 30
    assert await deliver(repo, bot) == DeliveryReport(), "nothing is sent twice"


async def test_flood_control_storm_delivers_everything(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.enforce_limits = True
    fake.global_per_second = 20
    fake.faults.append(Fault("429", chat_id=5, times=2, retry_after=1))
    article = await add_article(repo)
    await queue(repo, list(range(1, 31)), article)
    report = await deliver(repo, bot, senders=8)
    assert report.rate_limited >= 2
    refused = [c for c in fake.calls if c.status == 429]
    assert len(refused) == report.rate_limited
    assert sorted(int(c.params["chat_id"]) for c in fake.sent()) == list(range(1, 31))
    to_five = [c for c in fake.calls if c.params.get("chat_id") in (5, "5")]
    assert [c.status for c in to_five][-1] == 200
    # The retry after a refusal came no sooner than retry_after later.
    assert all(b.at - a.at >= 0.95 for a, b in zip(to_five, to_five[1:], strict=False))
    assert {status for status, _ in (await statuses(repo)).values()} == {"sent"}


async def test_blocked_chat_is_deactivated_and_its_rows_closed(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.blocked.add(7)
    first, second = await add_article(repo, "a1"), await add_article(repo, "a2")
    await queue(repo, [6, 7], first)
    await queue(repo, [7], second)
    report = await deliver(repo, bot)
    assert report.sent == 1 and report.closed == 2
    chat = await repo.chats.get(7)
    assert chat is not None and not chat.active
    async with repo.db.execute("SELECT status FROM outbox WHERE chat_id = 7") as cursor:
        assert [row[0] for row in await cursor.fetchall()] == ["closed", "closed"]
    assert len([c for c in fake.calls if c.params.get("chat_id") in (7, "7")]) == 1


async def test_migrated_group_gets_the_message_at_its_new_id(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.migrated[-100] = -1009
    await add_chat(repo, -100, type="group", categories=["premiere", "festival"])
    article = await add_article(repo)
    await queue(repo, [-100], article)
    report = await deliver(repo, bot)
    assert report.migrated == 1 and report.sent == 1
    assert len(fake.sent(chat_id=-1009)) == 1 and fake.sent(chat_id=-100) == []
    assert await repo.chats.get(-100) is None
    moved = await repo.chats.get(-1009)
    assert moved is not None and moved.categories == ("premiere", "festival")
    assert await statuses(repo) == {-1009: ("sent", None)}


async def test_bad_request_fails_the_row_with_its_reason(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.faults.append(Fault("400", chat_id=3, description="Bad Request: chat not found"))
    article = await add_article(repo)
    await queue(repo, [2, 3], article)
    report = await deliver(repo, bot)
    assert report.failed == 1 and report.sent == 1
    assert (await statuses(repo))[3] == ("failed", "Bad Request: chat not found")
    stats = await repo.outbox.stats()
    assert stats.failed == 1 and stats.last_errors == ("Bad Request: chat not found",)


async def test_server_errors_are_retried_a_bounded_number_of_times(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.faults += [Fault("500", chat_id=4, times=2), Fault("500", chat_id=5, times=99)]
    article = await add_article(repo)
    await queue(repo, [4, 5], article)
    report = await deliver(repo, bot)
    assert report.sent == 1 and report.failed == 1
    assert len(fake.sent(chat_id=4)) == 1
    # One first try and three retries (retry_delays has three entries), then it gives up.
    assert len([c for c in fake.calls if c.params.get("chat_id") in (5, "5")]) == 4
    status, error = (await statuses(repo))[5]
    assert status == "failed" and error is not None and "Internal Server Error" in error


async def test_photo_with_caption_and_fallback_to_text(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.faults.append(
        Fault("400", method="sendPhoto", chat_id=2, description="Bad Request: wrong file")
    )
    article = await add_article(repo, image_url="https://news.example/poster.jpg")
    await queue(repo, [1, 2], article)
    report = await deliver(repo, bot)
    assert report.sent == 2 and report.photo_fallbacks == 1
    photo = fake.sent("sendPhoto", chat_id=1)
    assert len(photo) == 1 and photo[0].params["photo"] == "https://news.example/poster.jpg"
    assert len(str(photo[0].params["caption"])) <= 1024
    assert fake.sent("sendMessage", chat_id=2) and not fake.sent("sendMessage", chat_id=1)


async def test_topic_thread_paid_broadcast_and_digest_preview(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    await repo.chats.ensure(-200, type="supergroup", title="Kino", language="ru", now=NOW)
    await repo.outbox.enqueue_digest(
        -200, "daily:2026-11-22", ["<b>Дайджест</b>"], thread_id=77, language="ru", now=NOW
    )
    report = await deliver(repo, bot, PAID_BROADCAST="true")
    assert report.sent == 1
    (call,) = fake.sent(chat_id=-200)
    assert int(call.params["message_thread_id"]) == 77
    assert str(call.params["allow_paid_broadcast"]).lower() == "true"
    assert call.params["link_preview_options"]["is_disabled"] is True


async def test_one_chat_keeps_its_order_and_pace(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    articles = [await add_article(repo, f"a{i}", title=f"Новость {i}") for i in range(3)]
    for article in articles:
        await queue(repo, [9], article)
    await deliver(repo, bot, pacing=Pacing(rate=None, per_chat_interval=0.2))
    calls = fake.sent(chat_id=9)
    assert [c.params["text"].split("</b>")[0] for c in calls] == [
        f"<b>Новость {i}" for i in range(3)
    ]
    assert all(b.at - a.at >= 0.19 for a, b in zip(calls, calls[1:], strict=False))


def test_chat_pacer_limits_groups_to_twenty_a_minute() -> None:
    pacer = ChatPacer(Pacing(rate=25))
    for second in range(20):
        assert pacer.ready_at(-5) <= second
        pacer.record(-5, float(second))
    assert pacer.ready_at(-5) == 60.0, "the 21st message waits for the first to leave the minute"
    pacer.record(7, 100.0)
    assert pacer.ready_at(7) == 101.0
    pacer.forget_before(100.5)
    assert pacer.ready_at(-5) == float("-inf") + 1.0


async def test_long_flood_wait_goes_back_to_the_database(
    repo: Repository, telegram: tuple[FakeTelegram, str], bot: Bot
) -> None:
    fake, _ = telegram
    fake.faults.append(Fault("429", chat_id=1, retry_after=600))
    article = await add_article(repo)
    await queue(repo, [1], article)
    worker = DeliveryWorker(repo, bot, settings(), senders=2, pacing=UNPACED, poll_interval=0.05)
    task = asyncio.create_task(worker.run())
    await fake.wait_for(lambda f: any(c.status == 429 for c in f.calls))
    worker.stop()
    await task
    async with repo.db.execute(
        "SELECT status, attempts, last_error, next_attempt_at FROM outbox"
    ) as cursor:
        ((status, attempts, error, next_at),) = await cursor.fetchall()
    assert (status, attempts, error) == ("pending", 0, "flood control")
    assert next_at >= time.time() + 590
    assert worker.report.rate_limited == 1 and fake.sent() == []


async def test_sent_marks_wait_for_sends_in_flight_and_share_a_commit(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = await add_article(repo)
    await queue(repo, [1, 2, 3], article)
    rows = await repo.outbox.claim(NOW, limit=10, lease_until=NOW + timedelta(minutes=1))
    commits: list[int] = []
    mark_sent = repo.outbox.mark_sent

    async def counted(sent: Iterable[tuple[int, int | None]], now: datetime) -> None:
        sent = list(sent)
        commits.append(len(sent))
        await mark_sent(sent, now)

    monkeypatch.setattr(repo.outbox, "mark_sent", counted)
    in_flight = [1]
    marks = _SentMarks(repo.outbox, utc_now, lambda: in_flight[0])
    first = asyncio.create_task(marks.mark(rows[0].id, 10))
    await asyncio.sleep(MARK_DELAY / 5)
    assert commits == [], "another send is out: its mark will join"
    in_flight[0] = 0
    await marks.mark(rows[1].id, 11)
    await first
    assert commits == [2] and (await repo.outbox.stats()).sent == 2
    in_flight[0] = 1
    started = time.monotonic()
    await asyncio.wait_for(marks.mark(rows[2].id, 12), timeout=5)
    assert time.monotonic() - started >= MARK_DELAY * 0.9
    assert commits == [2, 1], "a send that does not come back holds the others MARK_DELAY at most"
    assert (await repo.outbox.stats()).sent == 3
