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
    # 2: premiere events grouping several outlets' stories of one film, with date changes.
    """
    CREATE TABLE premiere_events (
        id INTEGER PRIMARY KEY,
        title_key TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        date TEXT,
        city TEXT,
        venue TEXT,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX premiere_events_date ON premiere_events(date);
    CREATE TABLE event_articles (
        event_id INTEGER NOT NULL REFERENCES premiere_events(id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (event_id, article_id)
    );
    CREATE TABLE event_changes (
        id INTEGER PRIMARY KEY,
        event_id INTEGER NOT NULL REFERENCES premiere_events(id) ON DELETE CASCADE,
        old_date TEXT,
        new_date TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        at INTEGER NOT NULL
    );
    CREATE INDEX event_changes_event ON event_changes(event_id);
    """,
)
