"""Matching new cinema articles against subscriptions, once per article, into the outbox."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import lru_cache

from bot.config import Settings
from storage import Repository
from storage.models import Article, Chat, QueuedPush
from storage.search import fold
from storage.search import stems as search_stems

log = logging.getLogger(__name__)


def stems(text: str) -> frozenset[str]:
    """The set of Russian Snowball stems of the words in text, as the search index stems them."""
    return frozenset(search_stems(text))


@lru_cache(maxsize=4096)
def _keyword_stems(keyword: str) -> frozenset[str]:
    return stems(keyword)


def is_fresh(article: Article, *, max_age: timedelta, now: datetime) -> bool:
    """Whether the article may be pushed: published within max_age of being first seen."""
    published = article.published_at or article.fetched_at
    return article.fetched_at - published <= max_age and now - article.fetched_at <= max_age


def is_pushable(article: Article, *, max_age: timedelta, now: datetime) -> bool:
    """Cinema news, not a duplicate of an earlier story, and fresh."""
    return (
        article.is_cinema
        and article.duplicate_of is None
        and is_fresh(article, max_age=max_age, now=now)
    )


class ArticleText:
    """The stems of an article, computed once and compared with many chats."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.stems = stems(
            " ".join((article.title, article.summary, article.description, article.text))
        )

    def has(self, keyword: str) -> bool:
        wanted = _keyword_stems(keyword)
        return bool(wanted) and wanted <= self.stems


def chat_wants(chat: Chat, text: ArticleText) -> bool:
    """The subscription rules: categories, news language, premiere city, keywords."""
    article = text.article
    if chat.categories and not set(chat.categories) & set(article.categories):
        return False
    if chat.news_languages and article.language not in chat.news_languages:
        return False
    city = article.premiere.city if article.premiere else None
    # Stories without a city (national releases, news) still reach city-filtered chats.
    if chat.cities and city and fold(city) not in {fold(c) for c in chat.cities}:
        return False
    if any(text.has(word) for word in chat.exclude_words):
        return False
    return not chat.include_words or any(text.has(word) for word in chat.include_words)


def instant_pushes(texts: list[ArticleText], chats: list[Chat]) -> list[QueuedPush]:
    """Pushes for chats that take instant messages and want these articles."""
    return [
        QueuedPush(chat.chat_id, text.article.id, chat.thread_id, chat.language)
        for text in texts
        for chat in chats
        if chat.digest == "off" and chat_wants(chat, text)
    ]


async def match_new_articles(
    repo: Repository, settings: Settings, now: datetime, *, batch: int = 500, page: int = 2000
) -> int:
    """Match every article not yet matched; queue pushes; return how many rows were queued."""
    max_age = timedelta(hours=settings.max_article_age_hours)
    queued = 0
    while ids := await repo.outbox.unmatched_article_ids(batch):
        articles = [await repo.articles.get(article_id) for article_id in ids]
        texts = [
            ArticleText(article)
            for article in articles
            if article is not None and is_pushable(article, max_age=max_age, now=now)
        ]
        pushed: set[int] = set()
        # Subscribers are read a page at a time: 50,000 of them never sit in memory at once.
        after = None
        while texts and (chats := await repo.chats.instant_subscribers(after, page)):
            pushes = instant_pushes(texts, chats)
            queued += await repo.outbox.queue_pushes(pushes, now)
            pushed.update(push.article_id for push in pushes)
            after = chats[-1].chat_id
        # Marked last: a crash before this point only repeats pushes the outbox already holds.
        await repo.outbox.mark_matched(ids, pushed, now)
    if queued:
        log.info("matching queued %s messages", queued)
    return queued
