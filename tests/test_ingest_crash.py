"""`premiere-bot fetch` in a subprocess, killed with SIGKILL while its pass is half done, then run
again: every item is stored once and analysed, nothing is lost or doubled."""

from __future__ import annotations

import asyncio
import random
import signal
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path

import pytest
from aiohttp import web

from tests.conftest import serve
from tests.test_delivery_crash import environment, start, wait_until

FEEDS = 3
ITEMS = 400
_SENTENCE = (
    "Премьера фильма «Степь {n}» прошла в кинотеатре «Арман» в Алматы {day} декабря, "
    "режиссёр и актёры ответили на вопросы зрителей, а прокат картины начнётся на неделе."
)
_SYLLABLES = ["ка", "ра", "ба", "ту", "ме", "ли", "со", "на", "да", "ги", "ро", "же", "ны", "пу"]
_SYLLABLES += ["ле", "ха", "ви", "зо", "ке", "му"]


def invented_words(rng: random.Random, count: int) -> str:
    """Words no other item shares, so that no two stories look syndicated."""
    return " ".join("".join(rng.choices(_SYLLABLES, k=3)) for _ in range(count))


def feed(number: int) -> bytes:
    """A film feed with dated, distinct items long enough to skip full-text fetching."""
    start, rng = datetime.now(UTC), random.Random(number)
    items = []
    for n in range(ITEMS):
        story = _SENTENCE.format(n=f"{number}-{n}", day=1 + n % 28)
        story += " " + ". ".join(invented_words(rng, 12).capitalize() for _ in range(8)) + "."
        when = format_datetime(start - timedelta(minutes=n))
        items.append(
            f"<item><title>Премьера «Степь {number}-{n}»</title>"
            f"<guid isPermaLink='false'>f{number}-{n}</guid>"
            f"<pubDate>{when}</pubDate><description>{story}</description></item>"
        )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Лента {number}'
        f"</title>{''.join(items)}</channel></rss>"
    ).encode()


@pytest.fixture
async def film_feeds() -> AsyncIterator[list[str]]:
    bodies = {n: feed(n) for n in range(FEEDS)}

    async def handle(request: web.Request) -> web.Response:
        return web.Response(body=bodies[int(request.match_info["n"])], content_type="text/xml")

    app = web.Application()
    app.router.add_get("/feed/{n}.xml", handle)
    server = await serve(app)
    yield [str(server.make_url(f"/feed/{n}.xml")) for n in range(FEEDS)]
    await server.close()


def counts(database: Path) -> tuple[int, int]:
    """(articles stored, articles still unanalysed), read the way another process would."""
    if not database.exists():
        return 0, 0
    with sqlite3.connect(database, timeout=5) as db:
        try:
            row = db.execute("SELECT COUNT(*), TOTAL(analysed = 0) FROM articles").fetchone()
        except sqlite3.OperationalError:  # the schema is still being created
            return 0, 0
    return int(row[0]), int(row[1])


async def test_kill_9_mid_pass_then_the_next_pass_finishes_it(
    film_feeds: list[str], tmp_path: Path
) -> None:
    env = environment(
        tmp_path, "http://127.0.0.1:9", FEEDS=" ".join(film_feeds), ALLOW_PRIVATE_FEEDS="true"
    )
    database = Path(env["DATABASE_PATH"])
    first = await start("fetch", env, tmp_path)
    # Killed once some items are stored and waiting for (or in the middle of) their analysis.
    await wait_until(lambda: counts(database)[1] > 0, within=60)
    first.kill()
    await first.wait()
    assert first.returncode == -signal.SIGKILL
    stored, waiting = counts(database)
    assert 0 < waiting <= stored, "the kill came between storing and analysing"

    second = await start("fetch", {**env, "LOG_LEVEL": "ERROR"}, tmp_path)
    out, err = await asyncio.wait_for(second.communicate(), timeout=120)
    assert second.returncode == 0, err.decode()
    assert f"{FEEDS} feeds, {FEEDS * ITEMS - stored} new articles" in out.decode()
    with sqlite3.connect(database) as db:
        rows = db.execute(
            "SELECT uid, analysed, is_cinema, summary FROM articles WHERE duplicate_of IS NULL"
        ).fetchall()
        indexed = db.execute("SELECT COUNT(*) FROM search_docs").fetchone()[0]
    assert sorted(uid for uid, *_ in rows) == sorted(
        f"f{f}-{n}" for f in range(FEEDS) for n in range(ITEMS)
    ), "every item stored exactly once, none mistaken for a copy of another"
    assert all(analysed and cinema and summary for _, analysed, cinema, summary in rows)
    assert indexed == FEEDS * ITEMS, "and every one is searchable"
