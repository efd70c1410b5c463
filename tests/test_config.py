from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import Settings
from bot.errors import ConfigError


def test_defaults_are_sane() -> None:
    settings = Settings.from_env({"FEEDS": "https://example.org/rss"})
    assert settings.bot_token is None
    assert settings.telegram_api_url == "https://api.telegram.org"
    assert settings.database_path == Path("data/premiere.sqlite3")
    assert settings.feeds == ("https://example.org/rss",)
    assert settings.timezone == "Asia/Almaty"
    assert settings.poll_interval_seconds == 600
    assert settings.max_feed_failures == 20
    assert settings.max_body_bytes == 5 * 1024 * 1024


def test_default_feed_file_is_used_without_feeds() -> None:
    settings = Settings.from_env({})
    assert settings.feeds, "the shipped default feed list must not be empty"
    assert all(url.startswith(("http://", "https://")) for url in settings.feeds)


def test_every_problem_is_listed_at_once() -> None:
    env = {
        "TELEGRAM_API_URL": "ftp://nope",
        "POLL_INTERVAL_SECONDS": "-5",
        "TIMEZONE": "Mars/Olympus",
        "ADMIN_IDS": "12, abc",
        "FEEDS": "https://ok.example/rss not-a-url",
    }
    with pytest.raises(ConfigError) as info:
        Settings.from_env(env)
    problems = info.value.problems
    assert len(problems) == 5
    text = " ".join(problems)
    for name in ("TELEGRAM_API_URL", "POLL_INTERVAL_SECONDS", "TIMEZONE", "ADMIN_IDS", "FEEDS"):
        assert name in text


def test_feeds_file_with_comments(tmp_path: Path) -> None:
    path = tmp_path / "feeds.txt"
    path.write_text("# news\nhttps://a.example/rss  # inline\n\nhttps://b.example/atom\n")
    settings = Settings.from_env({"FEEDS_FILE": str(path), "FEEDS": "https://c.example/rss"})
    assert settings.feeds == (
        "https://c.example/rss",
        "https://a.example/rss",
        "https://b.example/atom",
    )


def test_missing_feeds_file_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        Settings.from_env({"FEEDS_FILE": str(tmp_path / "absent.txt")})
    assert "FEEDS_FILE" in info.value.problems[0]


def test_admin_ids_and_booleans() -> None:
    settings = Settings.from_env(
        {
            "ADMIN_IDS": "1, 2 3",
            "ALLOW_PRIVATE_FEEDS": "true",
            "PAID_BROADCAST": "yes",
            "FEEDS": "http://x.example",
        }
    )
    assert settings.admin_ids == frozenset({1, 2, 3})
    assert settings.allow_private_feeds is True
    assert settings.effective_send_rate == 900.0
