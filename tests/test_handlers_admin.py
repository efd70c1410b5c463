"""Admin commands: refusal for everyone else, stats, feed management with address checks."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.config import Settings
from bot.http import HttpClient
from bot.i18n import LANGUAGES, t
from bot.scheduler import PassReport, poll_and_match
from storage import Repository
from storage.models import QueuedPush
from tests.fake_telegram import FakeTelegram
from tests.feed_server import FeedSite
from tests.ui_bot import ADMIN_ID, Conversation, add_article, make_settings, running_bot

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=UTC)
COMMANDS = ("/refresh", "/stats", "/feeds", "/addfeed https://kino.kz/rss", "/removefeed x")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_everyone_else_is_refused(
    chat_bot: Conversation, repo: Repository, lang: str
) -> None:
    for command in COMMANDS:
        assert await chat_bot.texts(command, language_code=lang) == [t(lang, "admin.refused")]
    assert await repo.feeds.all() == []


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_feed_management(chat_bot: Conversation, repo: Repository, lang: str) -> None:
    async def say(text: str) -> str:
        [reply] = await chat_bot.texts(text, chat_id=ADMIN_ID, language_code=lang)
        return reply

    assert await say("/feeds") == t(lang, "admin.feeds_empty")
    assert await say("/addfeed") == t(lang, "admin.addfeed_usage")
    for bad in ("ftp://kino.kz/rss", "kino.kz/rss", "http://", "javascript:alert(1)"):
        assert await say(f"/addfeed {bad}") == t(lang, "feed.bad_url"), bad
    private = {
        "http://127.0.0.1/rss": "127.0.0.1",
        "http://localhost:8080/rss": "localhost",
        "https://10.1.2.3/rss": "10.1.2.3",
        "http://192.168.0.1/": "192.168.0.1",
        "http://169.254.169.254/latest": "169.254.169.254",
        "http://[::1]/rss": "::1",
        "http://[fe80::1]/rss": "fe80::1",
        "http://[::ffff:127.0.0.1]/": "::ffff:127.0.0.1",
        "http://0.0.0.0/": "0.0.0.0",
        "http://2130706433/": "2130706433",
        "http://100.64.0.1/": "100.64.0.1",
        "http://[fc00::1]/": "fc00::1",
    }
    for url, host in private.items():
        assert await say(f"/addfeed {url}") == t(lang, "feed.private", host=host), url
    assert await repo.feeds.all() == []
    assert await say("/addfeed  http://93.184.216.34/rss ") == t(
        lang, "admin.addfeed_done", url="http://93.184.216.34/rss"
    )
    assert [f.url for f in await repo.feeds.all()] == ["http://93.184.216.34/rss"]
    assert await say("/feeds") == t(
        lang, "admin.feed_line", state="▶", url="http://93.184.216.34/rss", errors=0
    )
    assert await say("/removefeed http://93.184.216.34/rss") == t(
        lang, "admin.removefeed_done", url="http://93.184.216.34/rss"
    )
    assert await say("/removefeed http://93.184.216.34/rss") == t(
        lang, "admin.removefeed_missing", url="http://93.184.216.34/rss"
    )
    assert await say("/removefeed") == t(lang, "admin.removefeed_usage")


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_stats_counts(chat_bot: Conversation, repo: Repository, lang: str) -> None:
    await repo.feeds.add("https://a.example/rss", NOW)
    feed = await repo.feeds.add("https://b.example/rss", NOW)
    await repo.feeds.record_failure(
        feed.id, error="timeout", checked_at=NOW, next_check_at=NOW, pause_after=1
    )
    first = await add_article(repo, "Премьера", "текст", published=NOW)
    second = await add_article(
        repo, "Не кино", "текст", published=NOW, is_cinema=False, index=False
    )
    pushes = [QueuedPush(chat_id, first, None, "ru") for chat_id in (501, 502)]
    await repo.outbox.record_matches([first, second], pushes, NOW)
    [failed] = await repo.outbox.claim(NOW, limit=1, lease_until=NOW)
    await repo.outbox.mark_failed(failed.id, error="Bad Request: chat not found")
    await chat_bot.say("/subscribe")
    [text] = await chat_bot.texts("/stats", chat_id=ADMIN_ID, language_code=lang)
    assert text == t(
        lang,
        "admin.stats",
        subscribers=1,
        feeds=2,
        paused=1,
        failing=1,
        articles=2,
        cinema=1,
        indexed=1,
        queued=1,
        undelivered=1,
        last_error=" (Bad Request: chat not found)",
    )


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_refresh_runs_one_real_polling_pass(
    repo: Repository,
    telegram: tuple[FakeTelegram, str],
    feed_site: tuple[FeedSite, str],
    lang: str,
) -> None:
    fake, base_url = telegram
    _, site = feed_site
    config = Settings.from_env(
        {"FEEDS": f"{site}/feeds/rss2.xml {site}/broken.xml", "ALLOW_PRIVATE_FEEDS": "true"}
    )
    await repo.feeds.sync(config.feeds, NOW)

    async with HttpClient.create(config) as http:

        async def refresh() -> PassReport:
            return await poll_and_match(repo, http, config, wake=lambda: None)

        async with running_bot(repo, base_url, refresh=refresh):
            talk = Conversation(fake)
            texts = await talk.texts("/refresh", chat_id=ADMIN_ID, expect=2, language_code=lang)
    stored = await repo.articles.count()
    assert stored >= 3
    assert texts == [
        t(lang, "admin.refresh_started"),
        t(lang, "admin.refresh_done", feeds=2, unchanged=0, errors=1, new=stored, queued=0),
    ]


async def test_refresh_without_ingest_and_private_feeds_when_allowed(
    repo: Repository, telegram: tuple[FakeTelegram, str]
) -> None:
    fake, base_url = telegram
    settings = make_settings(base_url, ALLOW_PRIVATE_FEEDS="true")
    async with running_bot(repo, base_url, settings=settings):
        talk = Conversation(fake)
        assert await talk.texts("/refresh", chat_id=ADMIN_ID) == [t("ru", "admin.refresh_missing")]
        await talk.texts("/addfeed http://127.0.0.1:8080/rss", chat_id=ADMIN_ID)
    assert [f.url for f in await repo.feeds.all()] == ["http://127.0.0.1:8080/rss"]
