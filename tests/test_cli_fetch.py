"""`premiere-bot fetch` and `feeds`, run in-process through main(argv) with the env set."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from bot.__main__ import main
from storage import Repository
from tests.feed_server import FeedSite


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    database = tmp_path / "cli.sqlite3"
    for name, value in {
        "DATABASE_PATH": str(database),
        "ALLOW_PRIVATE_FEEDS": "true",
        "HTTP_TIMEOUT_SECONDS": "2",
        "LOG_LEVEL": "WARNING",
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("FEEDS_FILE", raising=False)
    return database


async def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    # main() runs its own event loop, so it gets a thread while the feed site serves here.
    status = await asyncio.to_thread(main, list(argv))
    return status, capsys.readouterr().out


async def test_fetch_json_twice_then_not_modified(
    env: Path,
    feed_site: tuple[FeedSite, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, base = feed_site
    urls = [f"{base}/feeds/rss2.xml", f"{base}/etag.xml", f"{base}/broken.xml"]
    monkeypatch.setenv("FEEDS", " ".join(urls))
    status, out = await cli(capsys, "fetch", "--json")
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
    status, out = await cli(capsys, "fetch", "--json")
    report = json.loads(out)
    assert [(f["status"], f["new"], f["seen"]) for f in report["feeds"]] == [
        ("ok", 0, 3),
        ("not_modified", 0, 0),
        ("error", 0, 0),
    ]
    assert report["new_articles"] == 0
    repo = await Repository.open(env)
    try:
        assert await repo.articles.count() == 5
        broken = await repo.feeds.by_url(urls[2])
        assert broken is not None and broken.error_count == 2
    finally:
        await repo.close()


async def test_fetch_given_urls_prints_a_table(
    env: Path,
    feed_site: tuple[FeedSite, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, base = feed_site
    monkeypatch.setenv("FEEDS", f"{base}/feeds/rss2.xml")
    status, out = await cli(capsys, "fetch", f"{base}/feeds/atom.xml", f"{base}/html.xml")
    assert status == 0
    lines = out.splitlines()
    assert lines[1].split() == ["ok", "2", "0", f"{base}/feeds/atom.xml"]
    assert lines[2].split()[:4] == ["error", "0", "0", f"{base}/html.xml"]
    assert "not a feed: got an HTML page" in lines[3]
    assert lines[-1] == "2 feeds, 2 new articles"
    status, _ = await cli(capsys, "fetch", "ftp://kino.kz/feed")
    assert status == 2


async def test_feeds_add_list_remove(
    env: Path,
    feed_site: tuple[FeedSite, str],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, base = feed_site
    configured, added = f"{base}/feeds/rss1.rdf", f"{base}/broken.xml"
    monkeypatch.setenv("FEEDS", configured)
    monkeypatch.setenv("MAX_FEED_FAILURES", "1")
    assert (await cli(capsys, "feeds", "add", added)) == (0, f"added {added}\n")
    status, out = await cli(capsys, "fetch")
    assert status == 0 and "1 new" not in out and "2 feeds, 2 new articles" in out
    status, out = await cli(capsys, "feeds", "list")
    assert status == 0
    assert f"active  {configured}  title='Архив кинопрессы'" in out
    assert f"PAUSED  {added}" in out
    assert "failures=1 last error: HTTP 500 Internal Server Error" in out
    assert (await cli(capsys, "feeds", "remove", added)) == (0, f"removed {added}\n")
    assert (await cli(capsys, "feeds", "remove", added))[0] == 1
    status, out = await cli(capsys, "feeds", "list")
    assert added not in out and configured in out
