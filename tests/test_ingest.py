"""Ingest passes against the local feed site; every assertion is about what got stored."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot import feeds, ingest, news
from bot.config import Settings
from bot.feeds import ParsedFeed
from bot.http import HttpClient
from bot.ingest import IngestReport, ingest_due, ingest_urls
from storage import Repository
from storage.models import Article
from tests.feed_server import FeedSite, make_settings

NOW = datetime(2026, 11, 22, 6, 0, tzinfo=UTC)


async def run(
    repo: Repository, settings: Settings, urls: list[str], now: datetime = NOW
) -> IngestReport:
    async with HttpClient.create(settings) as http:
        return await ingest_urls(repo, http, settings, urls, now)


async def articles(repo: Repository, url: str) -> list[Article]:
    feed = await repo.feeds.by_url(url)
    assert feed is not None
    return await repo.articles.for_feed(feed.id)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return make_settings(tmp_path)


@pytest.mark.parametrize(
    ("path", "titles"),
    [
        (
            "/feeds/rss2.xml",
            [
                "Без ссылки: кинолекторий в библиотеке",
                "Фестиваль короткого метра объявил программу",
                "Премьера фильма «Степной ветер» пройдёт в Алматы",
            ],
        ),
        (
            "/feeds/atom.xml",
            ["Режиссер жаңа жобасы туралы айтты", "Жаңа фильмнің тұсаукесері Астанада өтеді"],
        ),
        (
            "/feeds/rss1.rdf",
            ["Киноклуб обсудит «Транзит»", "Ретроспектива фильмов Шакена Айманова"],
        ),
        ("/feeds/cp1251_declared.xml", ["Зрители выбрали лучший фильм года"]),
        ("/cp1251-header.xml", ["Зрители выбрали лучший фильм года"]),
        (
            "/gzip.xml",
            ["Режиссер жаңа жобасы туралы айтты", "Жаңа фильмнің тұсаукесері Астанада өтеді"],
        ),
        (
            "/moved",
            [
                "Без ссылки: кинолекторий в библиотеке",
                "Фестиваль короткого метра объявил программу",
                "Премьера фильма «Степной ветер» пройдёт в Алматы",
            ],
        ),
    ],
)
async def test_formats_are_stored_once(
    repo: Repository,
    settings: Settings,
    feed_site: tuple[FeedSite, str],
    path: str,
    titles: list[str],
) -> None:
    _, base = feed_site
    url = base + path
    first = await run(repo, settings, [url])
    assert [(o.status, o.new, o.seen, o.error) for o in first.feeds] == [
        ("ok", len(titles), 0, None)
    ]
    stored = await articles(repo, url)
    assert [a.title for a in stored] == titles
    assert all(a.duplicate_of is None and a.fetched_at == NOW for a in stored)
    assert len(first.article_ids) == len(titles)
    second = await run(repo, settings, [url], NOW + timedelta(minutes=10))
    assert [(o.status, o.new, o.seen) for o in second.feeds] == [("ok", 0, len(titles))]
    assert await repo.articles.count() == len(titles)
    feed = await repo.feeds.by_url(url)
    assert feed is not None and feed.error_count == 0 and feed.title
    assert feed.next_check_at == NOW + timedelta(minutes=20)


async def test_rss2_fields_are_normalised(
    repo: Repository, settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    await run(repo, settings, [f"{base}/feeds/rss2.xml"])
    no_link, festival, premiere = await articles(repo, f"{base}/feeds/rss2.xml")
    assert premiere.uid == "almaty-kino-1001"
    assert premiere.url == f"{base}/news/stepnoy-veter?id=7"
    assert "track()" not in premiere.text and "color" not in premiere.text
    assert premiere.text.endswith("Билеты уже в продаже.\nНачало в 19:00.")
    assert premiere.image_url == f"{base}/img/stepnoy.jpg"
    assert premiere.published_at == datetime(2026, 11, 21, 4, 30, tzinfo=UTC)
    assert festival.uid == f"{base}/news/festival-short", "no GUID: the canonical link"
    assert no_link.uid.startswith("sha1:") and no_link.url is None
    assert premiere.language == "ru" and premiere.summary


async def test_windows_1251_text_is_decoded(
    repo: Repository, settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    urls = [f"{base}/feeds/cp1251_declared.xml", f"{base}/cp1251-header.xml"]
    await run(repo, settings, urls)
    for url in urls:
        (article,) = await articles(repo, url)
        assert article.text == "Голосование шло две недели, победила драма «Ёлки у дороги»."
    declared = await repo.feeds.by_url(urls[0])
    header = await repo.feeds.by_url(urls[1])
    assert declared is not None and declared.title == "Новости кино в кодировке 1251"
    assert header is not None and header.title == "Новости кино в заголовке HTTP"


@pytest.mark.parametrize(
    ("path", "validator"), [("/etag.xml", "etag"), ("/lastmod.xml", "last_modified")]
)
async def test_not_modified_parses_nothing(
    repo: Repository,
    settings: Settings,
    feed_site: tuple[FeedSite, str],
    monkeypatch: pytest.MonkeyPatch,
    path: str,
    validator: str,
) -> None:
    _, base = feed_site
    parsed: list[str] = []
    real_parse = feeds.parse_feed

    async def counting(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
        parsed.append(url)
        return await real_parse(body, headers, url)

    monkeypatch.setattr(ingest, "parse_feed", counting)
    url = base + path
    first = await run(repo, settings, [url])
    assert first.feeds[0].status == "ok" and first.feeds[0].new == 2
    feed = await repo.feeds.by_url(url)
    assert feed is not None and getattr(feed, validator)
    later = NOW + timedelta(hours=1)
    second = await run(repo, settings, [url], later)
    assert [(o.status, o.new, o.seen) for o in second.feeds] == [("not_modified", 0, 0)]
    assert parsed == [url], "the 304 was not parsed"
    feed = await repo.feeds.by_url(url)
    assert feed is not None and feed.last_checked_at == later
    assert feed.next_check_at == later + timedelta(seconds=600)
    assert await repo.articles.count() == 2


@pytest.mark.parametrize(
    ("path", "error"),
    [
        ("/loop-a", "redirect loop"),
        ("/slow.xml", "timed out"),
        ("/broken.xml", "HTTP 500"),
        ("/big.xml", "body larger than 200000 bytes"),
        ("/html.xml", "not a feed: got an HTML page"),
        ("/empty.xml", "empty document"),
        ("/feeds/missing.xml", "HTTP 404"),
    ],
)
async def test_failing_feed_records_error_and_backs_off(
    repo: Repository,
    settings: Settings,
    feed_site: tuple[FeedSite, str],
    path: str,
    error: str,
) -> None:
    _, base = feed_site
    good, bad = f"{base}/feeds/rss1.rdf", base + path
    report = await run(repo, settings, [bad, good])
    assert [o.status for o in report.feeds] == ["error", "ok"], "one bad feed stops nothing"
    assert report.feeds[0].error is not None and error in report.feeds[0].error
    feed = await repo.feeds.by_url(bad)
    assert feed is not None and feed.last_error is not None and error in feed.last_error
    assert feed.error_count == 1 and not feed.paused
    assert feed.next_check_at == NOW + timedelta(seconds=1200)
    assert await articles(repo, bad) == []
    assert len(await articles(repo, good)) == 2


async def test_backoff_doubles_caps_at_a_day_and_pauses(
    repo: Repository, tmp_path: Path, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    settings = make_settings(tmp_path, POLL_INTERVAL_SECONDS="20000", MAX_FEED_FAILURES="3")
    url = f"{base}/broken.xml"
    delays = []
    for attempt in range(3):
        now = NOW + timedelta(days=attempt * 2)
        async with HttpClient.create(settings) as http:
            report = await ingest_due(repo, http, settings, now) if attempt else None
        if report is None:
            report = await run(repo, settings, [url], now)
        assert [o.status for o in report.feeds] == ["error"]
        feed = await repo.feeds.by_url(url)
        assert feed is not None
        delays.append((feed.next_check_at - now).total_seconds())
    assert delays == [40000, 80000, 86400]
    assert feed is not None and feed.paused and feed.error_count == 3
    assert await repo.feeds.due(NOW + timedelta(days=30)) == []
    async with HttpClient.create(settings) as http:
        assert (await ingest_due(repo, http, settings, NOW + timedelta(days=30))).feeds == ()


async def test_ingest_due_takes_only_due_feeds(
    repo: Repository, settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    site, base = feed_site
    await repo.feeds.add(f"{base}/feeds/rss1.rdf", NOW)
    await repo.feeds.add(f"{base}/feeds/atom.xml", NOW)
    async with HttpClient.create(settings) as http:
        first = await ingest_due(repo, http, settings, NOW)
        early = await ingest_due(repo, http, settings, NOW + timedelta(seconds=599))
        due = await ingest_due(repo, http, settings, NOW + timedelta(seconds=600))
    assert sorted(o.new for o in first.feeds) == [2, 2] and first.new_articles == 4
    assert early.feeds == ()
    assert [o.status for o in due.feeds] == ["ok", "ok"] and due.new_articles == 0
    assert site.hits["/feeds/rss1.rdf"] == 2


async def test_syndicated_story_stored_once_plus_duplicate(
    repo: Repository, settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    a, b = f"{base}/feeds/outlet_a.xml", f"{base}/feeds/outlet_b.xml"
    await run(repo, settings, [a])
    report = await run(repo, settings, [b, f"{base}/feeds/rss1.rdf"])
    silk, saryarka = (await articles(repo, a))[::-1]
    (copy,) = await articles(repo, b)
    assert copy.duplicate_of == silk.id and copy.url != silk.url
    assert saryarka.duplicate_of is None and silk.duplicate_of is None
    assert copy.id not in report.article_ids and report.new_articles == 3
    assert len(report.article_ids) == 2, "only the RSS 1.0 items are new originals"


async def test_same_link_in_two_feeds_is_a_duplicate(
    repo: Repository, settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    await run(repo, settings, [f"{base}/feeds/rss2.xml"])
    await run(repo, settings, [f"{base}/moved"])
    firsts = await articles(repo, f"{base}/feeds/rss2.xml")
    again = await articles(repo, f"{base}/moved")
    linked = [(a.duplicate_of, b.id) for a, b in zip(again, firsts, strict=True) if a.url]
    assert linked and all(dup == original for dup, original in linked)


async def test_teaser_completed_from_the_article_page(
    repo: Repository, settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    site, base = feed_site
    url = f"{base}/feeds/teaser.xml"
    await run(repo, settings, [url])
    (article,) = await articles(repo, url)
    assert article.description == "Подробности на сайте."
    assert article.text.startswith("Алматинский Дом кино открывает зимний сезон")
    assert "Премьерный показ пройдёт 5 декабря" in article.text
    for junk in ("USD", "Погода", "В тренде", "Читайте также", "Главная", "Все права"):
        assert junk not in article.text
    assert article.image_url == f"{base}/img/pesnya-stepi.jpg"
    assert article.published_at == datetime(2026, 11, 20, tzinfo=UTC)
    await run(repo, settings, [url], NOW + timedelta(hours=1))
    assert site.hits["/pages/article.html"] == 1, "known items are not fetched again"


async def test_every_new_article_is_analysed_once(
    repo: Repository,
    settings: Settings,
    feed_site: tuple[FeedSite, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, base = feed_site
    calls: list[str] = []

    def fake_analyze(
        *, title: str, text: str, url: str | None = None, published: date | None = None
    ) -> news.Analysis:
        calls.append(title)
        premiere = news.Premiere(("Степной ветер",), date(2026, 12, 5), "Алматы", "Арман")
        return news.Analysis("ru", True, ("premiere",), premiere, "Кратко: " + title, text)

    monkeypatch.setattr(news, "analyze", fake_analyze)
    url = f"{base}/feeds/rss2.xml"
    await run(repo, settings, [url])
    await run(repo, settings, [url], NOW + timedelta(hours=1))
    assert len(calls) == 3
    stored = (await articles(repo, url))[-1]
    assert stored.is_cinema and stored.categories == ("premiere",)
    assert stored.premiere is not None and stored.premiere.venue == "Арман"
    assert stored.premiere.date == date(2026, 12, 5) and stored.premiere.city == "Алматы"
    assert stored.summary == "Кратко: " + stored.title


async def test_stored_articles_wait_for_analysis_and_a_later_pass_finishes_them(
    settings: Settings, feed_site: tuple[FeedSite, str]
) -> None:
    _, base = feed_site
    url = f"{base}/feeds/rss2.xml"
    repo = await Repository.open(settings.database_path)
    await repo.feeds.sync([url], NOW)
    async with HttpClient.create(settings) as http:
        stored = await ingest.store_feeds(repo, http, settings, await repo.feeds.active(), NOW)
    assert stored.new_articles == 3 and len(stored.article_ids) == 3
    premiere = (await articles(repo, url))[-1]
    assert not premiere.is_cinema and premiere.summary == "" and premiere.language is None
    assert await repo.outbox.unmatched_article_ids() == [], "matching waits for the analysis"
    assert (await repo.search.search("степной", now=NOW)).hits == ()
    # The process dies here; the stored items survive and the next pass analyses them,
    # although the feed itself has nothing new.
    await repo.close()
    repo = await Repository.open(settings.database_path)
    try:
        report = await run(repo, settings, [url], NOW + timedelta(minutes=10))
        assert report.new_articles == 0 and sorted(report.article_ids) == sorted(stored.article_ids)
        premiere = (await articles(repo, url))[-1]
        assert premiere.is_cinema and premiere.language == "ru" and premiere.summary
        assert premiere.categories[0] == "premiere"
        assert premiere.premiere is not None and premiere.premiere.city == "Алматы"
        assert sorted(await repo.outbox.unmatched_article_ids()) == sorted(stored.article_ids)
        found = await repo.search.search("степной", now=NOW)
        assert [hit.article_id for hit in found.hits] == [premiere.id]
        assert [event.title for event in await repo.events.upcoming(NOW.date())] == [
            "Степной ветер"
        ]
    finally:
        await repo.close()


async def test_an_article_the_analysis_chokes_on_holds_back_no_other(
    repo: Repository,
    settings: Settings,
    feed_site: tuple[FeedSite, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, base = feed_site
    real = news.analyze

    def choking(
        *, title: str, text: str, url: str | None = None, published: date | None = None
    ) -> news.Analysis:
        if "Фестиваль" in title:
            raise RecursionError("the rules met an input they cannot handle")
        return real(title=title, text=text, url=url, published=published)

    monkeypatch.setattr(news, "analyze", choking)
    url = f"{base}/feeds/rss2.xml"
    report = await run(repo, settings, [url])
    assert len(report.article_ids) == 3
    no_link, festival, premiere = await articles(repo, url)
    assert premiere.is_cinema and premiere.summary
    assert not festival.is_cinema and festival.text, "kept, searchable text and all"
    assert await repo.articles.unanalysed(10) == [], "nothing is retried for ever"
