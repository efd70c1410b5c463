"""The real worker in a subprocess: killed with SIGKILL mid-delivery, restarted, nothing lost;
and the `run` command delivering and stopping cleanly on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from pathlib import Path

from storage import Repository
from tests.fake_telegram import FakeTelegram
from tests.outbox_fixtures import TOKEN, add_article, queue

ROOT = Path(__file__).resolve().parents[1]
SENDERS = 4
TOTAL = 500


def environment(tmp_path: Path, base_url: str, **extra: str) -> dict[str, str]:
    empty_feeds = tmp_path / "feeds.txt"
    empty_feeds.write_text("", encoding="utf-8")
    return {
        "PATH": os.environ.get("PATH", ""),
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": base_url,
        "DATABASE_PATH": str(tmp_path / "test.sqlite3"),
        "FEEDS_FILE": str(empty_feeds),
        "LOG_LEVEL": "WARNING",
        "SEND_CONCURRENCY": str(SENDERS),
        **extra,
    }


async def start(command: str, env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        command,
        env={**env, "PYTHONPATH": str(ROOT)},
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def wait_until(predicate: object, within: float) -> None:
    assert callable(predicate)
    for _ in range(int(within / 0.01)):
        if predicate():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out")


async def test_kill_9_mid_delivery_then_restart_delivers_all_once(
    repo: Repository, telegram: tuple[FakeTelegram, str], tmp_path: Path
) -> None:
    fake, base_url = telegram
    fake.response_delay = 0.005  # keeps requests in flight when the kill lands
    article = await add_article(repo)
    assert await queue(repo, list(range(1, TOTAL + 1)), article) == TOTAL
    env = environment(tmp_path, base_url, SEND_RATE="400")

    first = await start("deliver", env, tmp_path)
    await wait_until(lambda: len(fake.sent()) >= 150, within=30)
    first.kill()
    await first.wait()
    assert first.returncode == -signal.SIGKILL
    delivered_before = len(fake.sent())
    assert delivered_before < TOTAL, "the kill came mid-delivery"

    second = await start("deliver", env, tmp_path)
    out, err = await asyncio.wait_for(second.communicate(), timeout=60)
    assert second.returncode == 0, err.decode()

    per_chat = Counter(int(call.params["chat_id"]) for call in fake.sent())
    assert set(per_chat) == set(range(1, TOTAL + 1)), "every queued message delivered"
    duplicates = sum(per_chat.values()) - TOTAL
    assert duplicates <= SENDERS, f"{duplicates} sent twice"
    await asyncio.sleep(0)
    async with repo.db.execute("SELECT status, COUNT(*) FROM outbox GROUP BY status") as cur:
        assert {row[0]: row[1] for row in await cur.fetchall()} == {"sent": TOTAL}


async def test_run_delivers_queue_and_stops_on_sigterm(
    repo: Repository, telegram: tuple[FakeTelegram, str], tmp_path: Path
) -> None:
    fake, base_url = telegram
    article = await add_article(repo)
    await queue(repo, [1, 2, 3], article)
    process = await start("run", environment(tmp_path, base_url), tmp_path)
    try:
        await wait_until(lambda: len(fake.sent()) == 3 and fake.sent("getUpdates"), within=30)
    finally:
        process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), timeout=20)
    assert process.returncode == 0, err.decode()
    assert sorted(int(c.params["chat_id"]) for c in fake.sent()) == [1, 2, 3]
