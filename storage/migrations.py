"""Schema migrations, applied in order; the index + 1 is the `PRAGMA user_version` they lead to."""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: feeds, articles with their analysis, chats with their subscription settings.
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        next_check_at INTEGER NOT NULL DEFAULT 0,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        last_checked_at INTEGER,
        paused INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL
    );
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
        uid TEXT NOT NULL,
        url TEXT,
        title TEXT NOT NULL,
        published_at INTEGER,
        fetched_at INTEGER NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        image_url TEXT,
        fingerprint TEXT NOT NULL,
        duplicate_of INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        language TEXT,
        is_cinema INTEGER NOT NULL DEFAULT 0,
        categories TEXT NOT NULL DEFAULT '[]',
        premiere_titles TEXT NOT NULL DEFAULT '[]',
        premiere_date TEXT,
        premiere_city TEXT,
        premiere_venue TEXT,
        summary TEXT NOT NULL DEFAULT '',
        UNIQUE (feed_id, uid)
    );
    CREATE INDEX articles_url ON articles(url);
    CREATE INDEX articles_fingerprint ON articles(fingerprint);
    CREATE INDEX articles_published ON articles(published_at);
    CREATE TABLE chats (
        chat_id INTEGER PRIMARY KEY,
        type TEXT NOT NULL DEFAULT 'private',
        title TEXT NOT NULL DEFAULT '',
        thread_id INTEGER,
        language TEXT NOT NULL DEFAULT 'ru',
        timezone TEXT NOT NULL DEFAULT 'Asia/Almaty',
        subscribed INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        categories TEXT NOT NULL DEFAULT '["premiere"]',
        include_words TEXT NOT NULL DEFAULT '[]',
        exclude_words TEXT NOT NULL DEFAULT '[]',
        cities TEXT NOT NULL DEFAULT '[]',
        news_languages TEXT NOT NULL DEFAULT '[]',
        digest TEXT NOT NULL DEFAULT 'off',
        digest_time TEXT NOT NULL DEFAULT '09:00',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    """,
    # 2: the delivery outbox (article pushes and digest parts) and which articles were matched.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL,
        kind TEXT NOT NULL DEFAULT 'article',
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        digest_key TEXT,
        part INTEGER NOT NULL DEFAULT 0,
        payload TEXT,
        thread_id INTEGER,
        language TEXT NOT NULL DEFAULT 'ru',
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        lease_until INTEGER,
        last_error TEXT,
        message_id INTEGER,
        created_at INTEGER NOT NULL,
        sent_at INTEGER,
        UNIQUE (chat_id, article_id),
        UNIQUE (chat_id, digest_key, part)
    );
    CREATE INDEX outbox_due ON outbox(id) WHERE status = 'pending';
    CREATE INDEX outbox_chat_open ON outbox(chat_id, id) WHERE status IN ('pending', 'sending');
    CREATE INDEX articles_fetched ON articles(fetched_at);
    CREATE TABLE article_matches (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        matched_at INTEGER NOT NULL,
        queued INTEGER NOT NULL DEFAULT 0
    );
    """,
)
