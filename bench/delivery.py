"""Delivery throughput against the fake Bot API on loopback, all measured in one run.

(a) the outbox + worker with pacing off, (b) a bare loop of aiogram send_message calls with the
same concurrency, both for N subscribers with one article each, in one process that has frozen
its start-up objects out of garbage collection as the bot does; (c) with the fake enforcing
Telegram's limits (30/s overall, 1/s per chat) and the default SEND_RATE: the sustained rate and
the number of 429 answers.

    .venv/bin/python bench/delivery.py [--subscribers 10000] [--senders 16] [--paced-seconds 20]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiogram import Bot  # noqa: E402
from aiogram.enums import ParseMode  # noqa: E402
from aiohttp.test_utils import TestServer  # noqa: E402

from bot.delivery import DeliveryWorker, Pacing  # noqa: E402
from bot.lean import freeze_start_up  # noqa: E402
from bot.render import article_preview, render_article  # noqa: E402
from storage import Repository  # noqa: E402
from storage.models import QueuedPush  # noqa: E402
from tests.fake_telegram import FakeTelegram  # noqa: E402
from tests.outbox_fixtures import NOW, add_article, bot_for, settings  # noqa: E402


@asynccontextmanager
async def fake_server(fake: FakeTelegram) -> AsyncIterator[Bot]:
    server = TestServer(fake.app(), host="127.0.0.1")
    await server.start_server()
    bot = bot_for(str(server.make_url("")).rstrip("/"))
    try:
        yield bot
    finally:
        await bot.session.close()
        await server.close()


@asynccontextmanager
async def queued_repo(subscribers: int) -> AsyncIterator[tuple[Repository, int]]:
    with tempfile.TemporaryDirectory() as folder:
        repo = await Repository.open(Path(folder) / "bench.sqlite3")
        article = await add_article(repo)
        pushes = [QueuedPush(chat_id, article, None, "ru") for chat_id in chat_ids(subscribers)]
        await repo.outbox.record_matches([article], pushes, NOW)
        try:
            yield repo, article
        finally:
            await repo.close()


def chat_ids(count: int) -> Iterator[int]:
    return iter(range(10_000_000, 10_000_000 + count))


@dataclass(frozen=True)
class Rate:
    wall: float  # messages per second
    cpu: float  # messages per CPU second of this process (bot side and fake server together)


def measure(count: int, wall: float, cpu: float) -> Rate:
    return Rate(count / wall, count / cpu)


async def outbox_run(subscribers: int, senders: int) -> Rate:
    fake = FakeTelegram()
    async with fake_server(fake) as bot, queued_repo(subscribers) as (repo, _):
        worker = DeliveryWorker(
            repo, bot, settings(), senders=senders, pacing=Pacing(rate=None, per_chat_interval=0)
        )
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        report = await worker.run(until_empty=True)
        rate = measure(subscribers, time.perf_counter() - wall, time.process_time() - cpu)
    assert report.sent == subscribers == len(fake.sent()), (report, len(fake.sent()))
    return rate


async def bare_run(subscribers: int, senders: int) -> Rate:
    fake = FakeTelegram()
    async with fake_server(fake) as bot, queued_repo(1) as (repo, article_id):
        article = await repo.articles.get(article_id)
        assert article is not None
        text, preview = render_article(article), article_preview(article)
        targets = chat_ids(subscribers)

        async def loop() -> None:
            for chat_id in targets:
                await bot.send_message(
                    chat_id, text, parse_mode=ParseMode.HTML, link_preview_options=preview
                )

        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(loop() for _ in range(senders)))
        rate = measure(subscribers, time.perf_counter() - wall, time.process_time() - cpu)
    assert len(fake.sent()) == subscribers
    return rate


async def paced_run(subscribers: int, seconds: float) -> tuple[float, float, int, int]:
    fake = FakeTelegram(enforce_limits=True, global_per_second=30, per_chat_interval=1.0)
    config = settings(SEND_RATE="25")
    async with fake_server(fake) as bot, queued_repo(subscribers) as (repo, _):
        worker = DeliveryWorker(repo, bot, config)
        task = asyncio.create_task(worker.run())
        await asyncio.sleep(seconds)
        worker.stop()
        await task
    sent = fake.sent()
    refused = sum(1 for call in fake.calls if call.status == 429)
    span = sent[-1].at - sent[0].at
    return (len(sent) - 1) / span, config.send_rate, refused, len(sent)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--senders", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--paced-seconds", type=float, default=20.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(f"{args.subscribers} subscribers, one article each, {args.senders} concurrent senders")
    # As `premiere-bot run` and `deliver` do once built; it holds for both sides alike.
    freeze_start_up()
    # Warm-up: aiogram and pydantic build models lazily on first use; neither side pays for that.
    await outbox_run(300, args.senders)
    await bare_run(300, args.senders)
    outbox: list[Rate] = []
    bare: list[Rate] = []
    for round_number in range(1, args.rounds + 1):
        # Alternate which goes first so load from elsewhere on the machine hits both alike.
        if round_number % 2:
            outbox.append(await outbox_run(args.subscribers, args.senders))
            bare.append(await bare_run(args.subscribers, args.senders))
        else:
            bare.append(await bare_run(args.subscribers, args.senders))
            outbox.append(await outbox_run(args.subscribers, args.senders))
        print(
            f"  round {round_number}: (a) outbox {outbox[-1].wall:.0f} msg/s, "
            f"(b) bare send_message {bare[-1].wall:.0f} msg/s, "
            f"a/b {outbox[-1].wall / bare[-1].wall:.2f}"
        )
    a = statistics.median(r.wall for r in outbox)
    b = statistics.median(r.wall for r in bare)
    a_cpu = statistics.median(r.cpu for r in outbox)
    b_cpu = statistics.median(r.cpu for r in bare)
    print(f"(a) outbox + worker, pacing off: {a:.0f} msg/s (median of {args.rounds})")
    print(f"(b) bare aiogram send_message loop: {b:.0f} msg/s (median of {args.rounds})")
    print(f"a/b = {a / b:.2f} (target >= 0.80)")
    print(
        f"per CPU second (less sensitive to other load): a {a_cpu:.0f}, b {b_cpu:.0f}, "
        f"a/b = {a_cpu / b_cpu:.2f}"
    )
    rate, target, refused, sent = await paced_run(args.subscribers, args.paced_seconds)
    print(
        f"(c) fake enforcing 30/s and 1/s per chat, SEND_RATE={target:g}, "
        f"{args.paced_seconds:g} s: {sent} sent, sustained {rate:.2f} msg/s = "
        f"{rate / target:.1%} of SEND_RATE (target >= 95%), 429 answers: {refused}"
    )


if __name__ == "__main__":
    asyncio.run(main())
