"""Ingest benchmark: N generated feeds x M items served locally, measured in one run.

(a) ingest's first stage, `store_feeds` (fetch, parse, normalise, de-duplicate, store), in
items/s, (b) bare feedparser.parse over the same bytes in items/s, (c) a second pass answered by
304s, and (d) the second stage, `analyse_stored` (news understanding, search index, premiere
events), over the same items, with the whole pass (a then d) for comparison. The feed server
runs in a child process so its work is not billed to the ingester.

    .venv/bin/python bench/ingest.py [--feeds 200] [--items 50] [--hosts 10]
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import random
import resource
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import feedparser
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.config import Settings  # noqa: E402
from bot.http import HttpClient  # noqa: E402
from bot.ingest import analyse_stored, store_feeds  # noqa: E402
from storage import Repository  # noqa: E402

_VOCABULARY = (
    "премьера фильм режиссёр кинотеатр зрители Алматы Астана фестиваль сеанс показ картина "
    "актёр роль сценарий продюсер прокат билеты драма комедия сериал съёмки кадр зал неделя "
    "декабрь ноябрь город новости казахстанский российский главный новый лучший студия "
    "тенге бюджет история степь зима лето вечер утро музыка звук экран трейлер жюри приз"
)
WORDS = _VOCABULARY.split()
PORT = 18765


def feed_xml(feed: int, items: int, base: str) -> bytes:
    """One RSS 2.0 feed with Cyrillic titles and 500-800 character descriptions."""
    rng = random.Random(feed)
    start = datetime(2026, 11, 21, tzinfo=UTC)
    parts = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Лента {feed}</title><link>{base}/</link><description>тест</description>"
    ]
    for n in range(items):
        words = [rng.choice(WORDS) for _ in range(rng.randint(70, 110))]
        title = " ".join(words[:7]).capitalize()
        text = " ".join(words).capitalize() + "."
        when = format_datetime(start - timedelta(minutes=feed * items + n))
        parts.append(
            f"<item><title>{escape(title)}</title><link>{base}/{feed}/{n}?utm_source=rss</link>"
            f"<guid>feed{feed}-item{n}</guid><pubDate>{when}</pubDate>"
            f"<description><![CDATA[<p>{text}</p><p>{escape(title)}<br/>Подробнее.</p>]]>"
            "</description></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def host(feed: int, hosts: int) -> str:
    return f"http://127.0.0.{feed % hosts + 1}"


def feed_url(feed: int, hosts: int) -> str:
    return f"{host(feed, hosts)}:{PORT}/feed/{feed}.xml"


class Clock:
    """Wall time and this process's CPU time (all threads) between start and stop."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def parse_all(bodies: list[bytes]) -> tuple[int, Clock]:
    """Bare feedparser.parse with its default options over every body."""
    with Clock() as clock:
        parsed = sum(len(feedparser.parse(body).entries) for body in bodies)
    return parsed, clock


def serve(feeds: int, items: int, hosts: int, ready: multiprocessing.synchronize.Event) -> None:
    """Child process: serve every feed with an ETag; answer 304 when it matches."""
    bodies = {n: feed_xml(n, items, host(n, hosts)) for n in range(feeds)}

    async def handle(request: web.Request) -> web.Response:
        number = int(request.match_info["n"])
        etag = f'"f{number}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(
            body=bodies[number], content_type="application/rss+xml", headers={"ETag": etag}
        )

    async def main() -> None:
        app = web.Application()
        app.router.add_get("/feed/{n}.xml", handle)
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        for host in range(hosts):
            await web.TCPSite(runner, f"127.0.0.{host + 1}", PORT).start()
        ready.set()
        await asyncio.Event().wait()

    asyncio.run(main())


async def store_pass(repo: Repository, settings: Settings, now: datetime) -> tuple[Clock, int]:
    async with HttpClient.create(settings) as http:
        with Clock() as clock:
            report = await store_feeds(repo, http, settings, await repo.feeds.active(), now)
    errors = [o for o in report.feeds if o.status == "error"]
    if errors:
        raise SystemExit(f"{len(errors)} feeds failed, first: {errors[0]}")
    return clock, report.new_articles


async def run(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings.from_env(
            {
                "DATABASE_PATH": str(Path(folder) / "bench.sqlite3"),
                "FEEDS": "http://127.0.0.1/unused",
                "ALLOW_PRIVATE_FEEDS": "true",
            }
        )
        repo = await Repository.open(settings.database_path)
        now = datetime.now(UTC)
        await repo.feeds.sync([feed_url(n, args.hosts) for n in range(args.feeds)], now)
        bodies = [feed_xml(n, args.items, host(n, args.hosts)) for n in range(args.feeds)]
        # The machine is shared: feedparser is timed before and after the ingest.
        parsed, before = parse_all(bodies)
        ingest, stored = await store_pass(repo, settings, now)
        _, after = parse_all(bodies)
        with Clock() as analysis:
            analysed = len(await analyse_stored(repo, settings, now))
        not_modified, again = await store_pass(repo, settings, now + timedelta(hours=1))
        await repo.close()
    parse_wall = parsed / ((before.wall + after.wall) / 2)
    parse_cpu = parsed / ((before.cpu + after.cpu) / 2)
    ingest_wall, ingest_cpu = stored / ingest.wall, stored / ingest.cpu
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"feeds={args.feeds} items/feed={args.items} hosts={args.hosts} stored={stored}")
    print(f"{'':28}{'wall':>10}{'cpu':>10}   (items/s; cpu = this process, all threads)")
    print(
        f"(a) store_feeds:            {ingest_wall:10.0f}{ingest_cpu:10.0f}   {ingest.wall:.2f} s"
    )
    print(f"(b) bare feedparser.parse:  {parse_wall:10.0f}{parse_cpu:10.0f}")
    print(
        f"ratio a/b:                  {ingest_wall / parse_wall:10.2f}"
        f"{ingest_cpu / parse_cpu:10.2f}   (target >= 0.5)"
    )
    print(
        f"(c) all-304 pass: {not_modified.wall:.3f} s for {args.feeds} feeds "
        f"(target < 2 s), new articles: {again}"
    )
    both_wall, both_cpu = ingest.wall + analysis.wall, ingest.cpu + analysis.cpu
    print(
        f"(d) analyse_stored:         {analysed / analysis.wall:10.0f}"
        f"{analysed / analysis.cpu:10.0f}   {analysis.wall:.2f} s, {analysed} articles"
    )
    print(
        f"whole pass (a then d):      {stored / both_wall:10.0f}{stored / both_cpu:10.0f}"
        f"   ratio to (b) {stored / both_wall / parse_wall:.2f} wall, "
        f"{stored / both_cpu / parse_cpu:.2f} cpu"
    )
    print(f"peak memory (maxrss): {peak_mib:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--hosts", type=int, default=10, help="loopback addresses to spread over")
    args = parser.parse_args()
    ready = multiprocessing.Event()
    server = multiprocessing.Process(
        target=serve, args=(args.feeds, args.items, args.hosts, ready), daemon=True
    )
    server.start()
    try:
        if not ready.wait(60):
            raise SystemExit("feed server did not start")
        asyncio.run(run(args))
    finally:
        server.terminate()
        server.join()


if __name__ == "__main__":
    main()
