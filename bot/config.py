"""Settings: one frozen object built from the environment, failing fast with every problem."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigError

DEFAULT_API_URL = "https://api.telegram.org"
DEFAULT_FEEDS_FILE = Path(__file__).with_name("default_feeds.txt")

T = TypeVar("T")
_NO_FEEDS: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    bot_token: str | None
    telegram_api_url: str
    database_path: Path
    feeds: tuple[str, ...]
    admin_ids: frozenset[int]
    timezone: str
    poll_interval_seconds: int
    log_level: str
    max_feed_failures: int
    max_body_bytes: int
    fulltext_min_chars: int
    http_timeout_seconds: float
    max_concurrency: int
    per_host_concurrency: int
    allow_private_feeds: bool
    send_rate: float
    paid_broadcast: bool
    paid_send_rate: float
    max_article_age_hours: int
    slot_grace_minutes: int
    send_concurrency: int = 8

    @property
    def effective_send_rate(self) -> float:
        return self.paid_send_rate if self.paid_broadcast else self.send_rate

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        """Build settings from an environment mapping; raise ConfigError listing every problem."""
        reader = _Reader(env)
        settings = cls(
            bot_token=env.get("BOT_TOKEN", "").strip() or None,
            telegram_api_url=reader.get("TELEGRAM_API_URL", DEFAULT_API_URL, _http_url),
            database_path=Path(env.get("DATABASE_PATH", "").strip() or "data/premiere.sqlite3"),
            feeds=reader.get("FEEDS", _NO_FEEDS, _feed_list) + _feeds_file(reader, env),
            admin_ids=reader.get("ADMIN_IDS", frozenset(), _id_set),
            timezone=reader.get("TIMEZONE", "Asia/Almaty", _zone),
            poll_interval_seconds=reader.get("POLL_INTERVAL_SECONDS", 600, _int_at_least(1)),
            log_level=reader.get("LOG_LEVEL", "INFO", _log_level),
            max_feed_failures=reader.get("MAX_FEED_FAILURES", 20, _int_at_least(1)),
            max_body_bytes=reader.get("MAX_BODY_BYTES", 5 * 1024 * 1024, _int_at_least(1024)),
            fulltext_min_chars=reader.get("FULLTEXT_MIN_CHARS", 400, _int_at_least(0)),
            http_timeout_seconds=reader.get("HTTP_TIMEOUT_SECONDS", 20.0, _positive_float),
            max_concurrency=reader.get("MAX_CONCURRENCY", 20, _int_at_least(1)),
            per_host_concurrency=reader.get("PER_HOST_CONCURRENCY", 2, _int_at_least(1)),
            allow_private_feeds=reader.get("ALLOW_PRIVATE_FEEDS", False, _bool),
            send_rate=reader.get("SEND_RATE", 25.0, _positive_float),
            paid_broadcast=reader.get("PAID_BROADCAST", False, _bool),
            paid_send_rate=reader.get("PAID_SEND_RATE", 900.0, _positive_float),
            max_article_age_hours=reader.get("MAX_ARTICLE_AGE_HOURS", 48, _int_at_least(1)),
            slot_grace_minutes=reader.get("SLOT_GRACE_MINUTES", 30, _int_at_least(0)),
            send_concurrency=reader.get("SEND_CONCURRENCY", 8, _int_at_least(1)),
        )
        if reader.problems:
            raise ConfigError(reader.problems)
        return settings


class _Reader:
    """Collects problems instead of stopping at the first one."""

    def __init__(self, env: Mapping[str, str]) -> None:
        self.env = env
        self.problems: list[str] = []

    def get(self, name: str, default: T, parse: Callable[[str], T]) -> T:
        raw = self.env.get(name, "").strip()
        if not raw:
            return default
        try:
            return parse(raw)
        except ValueError as exc:
            self.problems.append(f"{name}={raw!r}: {exc}")
            return default


def _http_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("expected an http:// or https:// URL")
    return raw.rstrip("/")


def _feed_list(raw: str) -> tuple[str, ...]:
    return tuple(_http_url(url) for url in re.split(r"[\s,]+", raw) if url)


def _feeds_file(reader: _Reader, env: Mapping[str, str]) -> tuple[str, ...]:
    name = env.get("FEEDS_FILE", "").strip()
    if not name and env.get("FEEDS", "").strip():
        return ()
    path = Path(name) if name else DEFAULT_FEEDS_FILE
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        reader.problems.append(f"FEEDS_FILE={str(path)!r}: cannot read ({exc.strerror})")
        return ()
    urls = " ".join(line.split("#", 1)[0].strip() for line in lines)
    try:
        return _feed_list(urls)
    except ValueError as exc:
        reader.problems.append(f"FEEDS_FILE={str(path)!r}: {exc}")
        return ()


def _id_set(raw: str) -> frozenset[int]:
    items = [item for item in re.split(r"[\s,]+", raw) if item]
    if not all(re.fullmatch(r"-?\d+", item) for item in items):
        raise ValueError("expected Telegram user ids (integers) separated by commas")
    return frozenset(int(item) for item in items)


def _zone(raw: str) -> str:
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError("unknown time zone (expected an IANA name such as Asia/Almaty)") from None
    return raw


def _int_at_least(minimum: int) -> Callable[[str], int]:
    def parse(raw: str) -> int:
        try:
            value = int(raw)
        except ValueError:
            raise ValueError("expected a whole number") from None
        if value < minimum:
            raise ValueError(f"must be at least {minimum}")
        return value

    return parse


def _positive_float(raw: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError("expected a number") from None
    if not value > 0:
        raise ValueError("must be greater than 0")
    return value


def _bool(raw: str) -> bool:
    lowered = raw.lower()
    if lowered in ("1", "true", "yes", "on"):
        return True
    if lowered in ("0", "false", "no", "off"):
        return False
    raise ValueError("expected true or false")


def _log_level(raw: str) -> str:
    level = raw.upper()
    if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
        raise ValueError("expected DEBUG, INFO, WARNING, ERROR or CRITICAL")
    return level
