"""`premiere-bot fetch` and `feeds`, run in-process through main(argv) with the env set."""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.__main__ import main
from storage import Repository
from tests.feed_server import FeedSite


@dataclass
class Cli:
    base: str
    database: Path
    capsys: pytest.CaptureFixture[str]
    monkeypatch: pytest.MonkeyPatch

    def setenv(self, name: str, value: str) -> None:
        self.monkeypatch.setenv(name, value)

    async def __call__(self, *argv: str) -> tuple[int, str]:
        # main() runs its own event loop, so it gets a thread while the feed site serves here.
        status = await asyncio.to_thread(main, list(argv))
        return status, self.capsys.readouterr().out


@pytest.fixture
def cli(
    tmp_path: Path,
    feed_site: tuple[FeedSite, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> Cli:
    database = tmp_path / "cli.sqlite3"
    for name, value in {
        "DATABASE_PATH": str(database),
        "ALLOW_PRIVATE_FEEDS": "true",
        "HTTP_TIMEOUT_SECONDS": "2",
        "LOG_LEVEL": "WARNING",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("FEEDS_FILE", raising=False)
    return Cli(feed_site[1], database, capsys, monkeypatch)


async def test_fetch_json_twice_then_not_modified(cli: Cli) -> None:
    base = cli.base
    urls = [f"{base}/feeds/rss2.xml", f"{base}/etag.xml", f"{base}/broken.xml"]
    cli.setenv("FEEDS", " ".join(urls))
    status, out = await cli("fetch", "--json")
    assert status == 0
    assert json.loads(out) == {
        "feeds": [
            {"url": urls[0], "status": "ok", "new": 3, "seen": 0, "error": None},
            {"url": urls[1], "status": "ok", "new": 2, "seen": 0, "error": None},
            {"url": urls[2], "status": "error", "new": 0, "seen": 0, "error": "HTTP 500 "
             "Internal Server Error"},
        ],
        "new_articles": 5,
    }  # fmt: skip
    status, out = await cli("fetch", "--json")
    report = json.loads(out)
    assert [(f["status"], f["new"], f["seen"]) for f in report["feeds"]] == [
        ("ok", 0, 3),
        ("not_modified", 0, 0),
        ("error", 0, 0),
    ]
    assert report["new_articles"] == 0
    repo = await Repository.open(cli.database)
    try:
        assert await repo.articles.count() == 5
        broken = await repo.feeds.by_url(urls[2])
        assert broken is not None and broken.error_count == 2
    finally:
        await repo.close()


async def test_fetch_given_urls_prints_a_table(cli: Cli) -> None:
    base = cli.base
    cli.setenv("FEEDS", f"{base}/feeds/rss2.xml")
    status, out = await cli("fetch", f"{base}/feeds/atom.xml", f"{base}/html.xml")
    assert status == 0
    lines = out.splitlines()
    assert lines[1].split() == ["ok", "2", "0", f"{base}/feeds/atom.xml"]
    assert lines[2].split()[:4] == ["error", "0", "0", f"{base}/html.xml"]
    assert "not a feed: got an HTML page" in lines[3]
    assert lines[-1] == "2 feeds, 2 new articles"
    status, _ = await cli("fetch", "ftp://kino.kz/feed")
    assert status == 2


async def test_feeds_add_list_remove(cli: Cli) -> None:
    base = cli.base
    configured, added = f"{base}/feeds/rss1.rdf", f"{base}/broken.xml"
    cli.setenv("FEEDS", configured)
    cli.setenv("MAX_FEED_FAILURES", "1")
    assert (await cli("feeds", "add", added)) == (0, f"added {added}\n")
    status, out = await cli("fetch")
    assert status == 0 and "1 new" not in out and "2 feeds, 2 new articles" in out
    status, out = await cli("feeds", "list")
    assert status == 0
    assert f"active  {configured}  title='Архив кинопрессы'" in out
    assert f"PAUSED  {added}" in out
    assert "failures=1 last error: HTTP 500 Internal Server Error" in out
    assert (await cli("feeds", "remove", added)) == (0, f"removed {added}\n")
    assert (await cli("feeds", "remove", added))[0] == 1
    status, out = await cli("feeds", "list")
    assert added not in out and configured in out
