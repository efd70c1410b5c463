"""The HTTP and parsing edges on their own, against the local feed site."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import FeedParseError, FetchError
from bot.feeds import parse_feed
from bot.http import USER_AGENT, HttpClient, check_url
from tests.feed_server import ETAG, FeedSite, make_settings


async def test_rss2_parsed_into_plain_text_items(
    feed_site: tuple[FeedSite, str], tmp_path: Path
) -> None:
    _, base = feed_site
    async with HttpClient.create(make_settings(tmp_path)) as http:
        result = await http.fetch(f"{base}/feeds/rss2.xml")
    parsed = await parse_feed(result.body, result.headers, result.url)
    assert parsed.title == "Киноновости Алматы" and parsed.version == "rss20"
    first, second, third = parsed.items
    assert first.title == "Премьера фильма «Степной ветер» пройдёт в Алматы"
    assert first.url == f"{base}/news/stepnoy-veter?id=7"
    assert first.guid == "almaty-kino-1001"
    assert first.text == (
        "Показ картины режиссёра Айгерим Сеитовой состоится 5 декабря в кинотеатре «Арман».\n\n"
        "Билеты уже в продаже.\nНачало в 19:00."
    )
    assert first.image_url == f"{base}/img/stepnoy.jpg"
    assert first.published is not None and first.published.isoformat() == (
        "2026-11-21T04:30:00+00:00"
    )
    assert (
        second.url == f"{base}/news/festival-short" and second.image_url == f"{base}/img/fest.png"
    )
    assert third.url is None and third.guid is None


async def test_five_redirects_are_followed(feed_site: tuple[FeedSite, str], tmp_path: Path) -> None:
    _, base = feed_site
    async with HttpClient.create(make_settings(tmp_path)) as http:
        result = await http.fetch(f"{base}/chain/4")
    assert result.url == f"{base}/feeds/rss2.xml" and b"<rss" in result.body


async def test_user_agent_and_conditional_get(
    feed_site: tuple[FeedSite, str], tmp_path: Path
) -> None:
    site, base = feed_site
    seen: list[str] = []
    async with HttpClient.create(make_settings(tmp_path)) as http:
        first = await http.fetch(f"{base}/etag.xml")
        second = await http.fetch(f"{base}/etag.xml", etag=first.etag)
        seen.append(str(http.session.headers.get("User-Agent")))
    assert first.status == 200 and first.etag == ETAG and first.body
    assert second.not_modified and second.body == b""
    assert seen == [USER_AGENT] and "premiere-bot" in USER_AGENT
    assert site.hits["/etag.xml"] == 2


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/loop-a", "redirect loop"),
        ("/chain/5", "more than 5 redirects"),
        ("/slow.xml", "timed out"),
        ("/broken.xml", "HTTP 500"),
        ("/big.xml", "larger than 200000 bytes"),
    ],
)
async def test_fetch_faults_are_fetch_errors(
    feed_site: tuple[FeedSite, str], tmp_path: Path, path: str, message: str
) -> None:
    _, base = feed_site
    async with HttpClient.create(make_settings(tmp_path)) as http:
        with pytest.raises(FetchError, match=message):
            await http.fetch(base + path)


async def test_private_addresses_and_other_schemes_refused(tmp_path: Path) -> None:
    settings = make_settings(tmp_path, ALLOW_PRIVATE_FEEDS="false")
    async with HttpClient.create(settings) as http:
        with pytest.raises(FetchError, match="private address"):
            await http.fetch("http://127.0.0.1:9/feed.xml")
        with pytest.raises(FetchError, match="private addresses"):
            await http.fetch("http://localhost:9/feed.xml")
        with pytest.raises(FetchError, match="not an http"):
            await http.fetch("ftp://kino.kz/feed.xml")
    with pytest.raises(FetchError):
        check_url("file:///etc/passwd", allow_private=True)


@pytest.mark.parametrize(
    ("body", "content_type", "reason"),
    [
        (b"", "application/rss+xml", "empty document"),
        (b"   \n", "text/xml", "empty document"),
        (b"<!DOCTYPE html><html><body><p>Hi</p></body></html>", "text/html", "HTML page"),
        (b"<html><body><p>no type</p></body></html>", "", "HTML page"),
        (b"just some words", "text/plain", "not a feed"),
    ],
)
async def test_not_a_feed(body: bytes, content_type: str, reason: str) -> None:
    with pytest.raises(FeedParseError, match=reason):
        await parse_feed(body, {"content-type": content_type}, "http://kino.kz/feed")


async def test_bozo_feed_with_entries_is_accepted() -> None:
    body = (
        "<rss version='2.0'><channel><title>Т</title><item><title>Фильм & сериал</title>"
        "<link>http://kino.kz/1</link><description>Текст без закрытия"
    ).encode()
    parsed = await parse_feed(body, {}, "http://kino.kz/feed")
    assert parsed.warning is not None
    assert [item.title for item in parsed.items] == ["Фильм & сериал"]
