"""Channel benchmark: 1,000 channels, 3 slots each, 100 queued articles each.

Measures (1) the wall time to rebuild every APScheduler job from the database at start-up
(target < 2 s) and (2) the CPU time of one slot firing without the Telegram call (target
< 5 ms): the bot is a stub that answers getChatMember and sendMessage at once.

Run: .venv/bin/python bench/channels.py [--channels 1000] [--queued 100] [--firings 300]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from aiogram import Bot
from aiogram.types import ChatMemberAdministrator, User
from apscheduler.schedulers.asyncio import AsyncIOScheduler

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.channels import jobs, service  # noqa: E402
from bot.channels.runtime import ChannelRuntime  # noqa: E402
from bot.config import Settings  # noqa: E402
from storage import Repository  # noqa: E402
from storage.models import to_ts  # noqa: E402

BOT_ID = 123456
CATEGORIES = ("premiere", "festival", "awards", "box_office", "review")


@dataclass
class _Sent:
    message_id: int


class StubBot:
    """Answers the two calls a slot makes instantly, so only our own work is measured."""

    id = BOT_ID

    def __init__(self) -> None:
        self.sent = 0
        self._member = ChatMemberAdministrator(
            user=User(id=BOT_ID, is_bot=True, first_name="bot"),
            can_be_edited=False,
            is_anonymous=False,
            can_manage_chat=True,
            can_delete_messages=True,
            can_manage_video_chats=False,
            can_restrict_members=False,
            can_promote_members=False,
            can_change_info=False,
            can_invite_users=False,
            can_post_stories=False,
            can_edit_stories=False,
            can_delete_stories=False,
            can_send_welcome_messages=False,
            can_post_messages=True,
        )

    async def get_chat_member(self, chat_id: int, user_id: int) -> ChatMemberAdministrator:
        return self._member

    async def send_message(self, chat_id: int, text: str, **kwargs: Any) -> _Sent:
        self.sent += 1
        return _Sent(self.sent)


async def populate(repo: Repository, channels: int, queued: int, now: datetime) -> None:
    """Bulk rows straight through SQL: only set-up, not what is measured."""
    rng = random.Random(7)
    articles = max(queued * 5, 500)
    stamp = to_ts(now)
    await repo.db.executemany(
        """INSERT INTO articles (id, uid, url, title, published_at, fetched_at, text,
               fingerprint, language, is_cinema, categories, premiere_date, summary)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'ru', 1, ?, ?, ?)""",
        [
            (
                i,
                f"u{i}",
                f"https://news.example.kz/{i}",
                f"Премьера фильма номер {i}",
                stamp - rng.randrange(0, 86400 * 3),
                stamp,
                "Текст статьи. " * 30,
                f"fp{i}",
                json.dumps([rng.choice(CATEGORIES)]),
                (now + timedelta(days=rng.randrange(-5, 20))).date().isoformat()
                if i % 4 == 0
                else None,
                "Короткое содержание статьи о премьере.",
            )
            for i in range(1, articles + 1)
        ],
    )
    await repo.db.executemany(
        """INSERT INTO channels (chat_id, username, title, last_slot_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [
            (-1000000000000 - c, f"kino{c}", f"Kino {c}", stamp, stamp, stamp)
            for c in range(channels)
        ],
    )
    await repo.db.executemany(
        "INSERT INTO channel_slots (chat_id, time, weekdays) VALUES (?, ?, 127)",
        [
            (
                -1000000000000 - c,
                slot,
            )
            for c in range(channels)
            for slot in ("10:00", "14:00", "19:00")
        ],
    )
    await repo.db.executemany(
        """INSERT INTO channel_posts (chat_id, kind, article_id, created_at)
           VALUES (?, 'article', ?, ?)""",
        [
            (-1000000000000 - c, a, stamp)
            for c in range(channels)
            for a in rng.sample(range(1, articles + 1), queued)
        ],
    )
    await repo.db.commit()
    # Fold the bulk load into the main file, as a database at rest would be.
    await repo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


async def main(args: argparse.Namespace) -> int:
    now = datetime(2026, 11, 23, 3, 0, tzinfo=UTC)  # 08:00 in Almaty, before the first slot
    settings = Settings.from_env({"BOT_TOKEN": f"{BOT_ID}:BENCH", "FEEDS": "https://x.kz/rss"})
    with tempfile.TemporaryDirectory() as folder:
        repo = await Repository.open(Path(folder) / "bench.sqlite3")
        started = time.perf_counter()
        await populate(repo, args.channels, args.queued, now)
        print(
            f"set-up: {args.channels} channels, {args.channels * 3} slots, "
            f"{args.channels * args.queued} queued posts in {time.perf_counter() - started:.1f} s"
        )

        stub = StubBot()
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.start(paused=True)
        clock_now = now
        rt = ChannelRuntime(
            repo=repo,
            bot=cast(Bot, stub),
            settings=settings,
            scheduler=scheduler,
            clock=lambda: clock_now,
        )
        wall, cpu = time.perf_counter(), time.process_time()
        report = await jobs.rebuild_jobs(rt, now=now)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"rebuild_jobs: {report.jobs} jobs for {report.channels} channels in "
            f"{wall:.3f} s wall, {cpu:.3f} s CPU (target < 2 s)"
        )
        scheduler.shutdown(wait=False)

        slot_at = now + timedelta(hours=2)  # 10:00 Almaty
        clock_now = slot_at
        chats = [-1000000000000 - c for c in range(args.channels)][: args.firings]
        times: list[float] = []
        for chat_id in chats:
            before = time.process_time()
            await service.fire_slot(rt, chat_id, slot_at, now=slot_at)
            times.append((time.process_time() - before) * 1000)
        times.sort()
        print(
            f"fire_slot CPU per firing over {len(times)} channels (stub Telegram): "
            f"mean {statistics.fmean(times):.2f} ms, p50 {times[len(times) // 2]:.2f} ms, "
            f"p95 {times[int(len(times) * 0.95)]:.2f} ms (target < 5 ms); "
            f"posts sent: {stub.sent}"
        )
        await repo.close()
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--queued", type=int, default=100)
    parser.add_argument("--firings", type=int, default=300)
    sys.exit(asyncio.run(main(parser.parse_args())))
