"""Frozen records that leave the storage layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime


def to_ts(moment: datetime) -> int:
    """Store times as whole UTC seconds."""
    return int(moment.timestamp())


def from_ts(value: int | None) -> datetime | None:
    return None if value is None else datetime.fromtimestamp(value, UTC)


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    title: str
    etag: str | None
    last_modified: str | None
    next_check_at: datetime
    error_count: int
    last_error: str | None
    last_checked_at: datetime | None
    paused: bool


@dataclass(frozen=True)
class PremiereFacts:
    titles: tuple[str, ...]
    date: date | None
    city: str | None
    venue: str | None


@dataclass(frozen=True)
class NewArticle:
    """An article as ingestion hands it to storage.

    Ingest stores feed items unanalysed (`analysed=False`, no analysis fields) and the
    analysis stage fills them in; a caller that has the analysis already passes it here."""

    feed_id: int | None
    uid: str
    url: str | None
    title: str
    published_at: datetime | None
    fetched_at: datetime
    text: str
    description: str
    image_url: str | None
    fingerprint: str
    language: str | None = None
    is_cinema: bool = False
    categories: tuple[str, ...] = ()
    premiere: PremiereFacts | None = None
    summary: str = ""
    analysed: bool = True


@dataclass(frozen=True)
class PendingArticle:
    """A stored article waiting for its analysis: what the analysis reads."""

    id: int
    title: str
    text: str
    url: str | None
    published_at: datetime | None
    duplicate_of: int | None


@dataclass(frozen=True)
class ArticleAnalysis:
    """What the analysis stage writes back onto a stored article."""

    article_id: int
    language: str
    is_cinema: bool
    categories: tuple[str, ...]
    premiere: PremiereFacts | None
    summary: str
    text: str


@dataclass(frozen=True)
class Article:
    id: int
    feed_id: int | None
    uid: str
    url: str | None
    title: str
    published_at: datetime | None
    fetched_at: datetime
    text: str
    description: str
    image_url: str | None
    fingerprint: str
    duplicate_of: int | None
    language: str | None
    is_cinema: bool
    categories: tuple[str, ...]
    premiere: PremiereFacts | None
    summary: str


@dataclass(frozen=True)
class Chat:
    chat_id: int
    type: str
    title: str
    thread_id: int | None
    language: str
    timezone: str
    subscribed: bool
    active: bool
    categories: tuple[str, ...]
    include_words: tuple[str, ...]
    exclude_words: tuple[str, ...]
    cities: tuple[str, ...]
    news_languages: tuple[str, ...]
    digest: str
    digest_time: str


@dataclass(frozen=True)
class Channel:
    """A Telegram channel connected by its admins, with its auto-post rules and timetable."""

    chat_id: int
    username: str | None
    title: str
    timezone: str
    mode: str
    categories: tuple[str, ...]
    include_words: tuple[str, ...]
    exclude_words: tuple[str, ...]
    languages: tuple[str, ...]
    cities: tuple[str, ...]
    max_per_day: int
    quiet_start: str | None
    quiet_end: str | None
    paused: bool
    pause_reason: str | None
    reminders: bool
    language: str
    last_slot_at: datetime | None


@dataclass(frozen=True)
class ChannelAdmin:
    chat_id: int
    user_id: int
    language: str


@dataclass(frozen=True)
class ChannelSlot:
    chat_id: int
    time: str
    weekdays: int  # bit 0 = Monday ... bit 6 = Sunday


@dataclass(frozen=True)
class ChannelPost:
    id: int
    chat_id: int
    kind: str  # article, custom, reminder
    article_id: int | None
    text: str | None
    button_url: str | None
    scheduled_at: datetime | None
    status: str  # pending, sending, sent, removed, failed, skipped
    error: str | None
    message_id: int | None
    created_by: int | None
    created_at: datetime
    sent_at: datetime | None


@dataclass(frozen=True)
class QueueEntry:
    """A queued article post with what the queue order needs."""

    post_id: int
    article_id: int
    categories: tuple[str, ...]
    premiere_date: date | None
    fresh_at: datetime


@dataclass(frozen=True)
class PremiereEvent:
    """One film's premiere as reported by one or more outlets."""

    id: int
    title_key: str
    title: str
    date: date | None
    city: str | None
    venue: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class EventChange:
    """A later story moved the premiere date."""

    event_id: int
    old_date: date | None
    new_date: date | None
    article_id: int | None
    at: datetime


@dataclass(frozen=True)
class SearchHit:
    """One article as search, /latest and /premieres list it."""

    article_id: int
    title: str
    url: str | None
    published_at: datetime
    summary: str
    premiere_date: date | None
    premiere_city: str | None


@dataclass(frozen=True)
class SearchPage:
    hits: tuple[SearchHit, ...]
    has_more: bool


@dataclass(frozen=True)
class OutboxItem:
    """One queued message: an article push or one part of a digest (with its text)."""

    id: int
    chat_id: int
    kind: str  # "article" or "digest"
    article_id: int | None
    digest_key: str | None
    part: int
    payload: str | None
    thread_id: int | None
    language: str
    attempts: int


@dataclass(frozen=True)
class QueuedPush:
    """An article push for one chat, as matching hands it to the outbox."""

    chat_id: int
    article_id: int
    thread_id: int | None
    language: str


@dataclass(frozen=True)
class OutboxStats:
    """Queue length and outcomes for /stats."""

    pending: int
    sending: int
    sent: int
    failed: int
    closed: int
    last_errors: tuple[str, ...]
