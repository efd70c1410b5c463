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
    # 2: channels connected by their admins, posting slots and the per-channel post queue.
    """
    CREATE TABLE channels (
        chat_id INTEGER PRIMARY KEY,
        username TEXT,
        title TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL DEFAULT 'Asia/Almaty',
        mode TEXT NOT NULL DEFAULT 'timetable',
        categories TEXT NOT NULL DEFAULT '["premiere"]',
        include_words TEXT NOT NULL DEFAULT '[]',
        exclude_words TEXT NOT NULL DEFAULT '[]',
        languages TEXT NOT NULL DEFAULT '[]',
        cities TEXT NOT NULL DEFAULT '[]',
        max_per_day INTEGER NOT NULL DEFAULT 10,
        quiet_start TEXT,
        quiet_end TEXT,
        paused INTEGER NOT NULL DEFAULT 0,
        pause_reason TEXT,
        reminders INTEGER NOT NULL DEFAULT 0,
        language TEXT NOT NULL DEFAULT 'ru',
        last_slot_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
    );
    CREATE INDEX channels_username ON channels(username);
    CREATE TABLE channel_admins (
        chat_id INTEGER NOT NULL REFERENCES channels(chat_id) ON DELETE CASCADE,
        user_id INTEGER NOT NULL,
        language TEXT NOT NULL DEFAULT 'ru',
        added_at INTEGER NOT NULL,
        PRIMARY KEY (chat_id, user_id)
    );
    CREATE INDEX channel_admins_user ON channel_admins(user_id);
    CREATE TABLE channel_slots (
        chat_id INTEGER NOT NULL REFERENCES channels(chat_id) ON DELETE CASCADE,
        time TEXT NOT NULL,
        weekdays INTEGER NOT NULL DEFAULT 127,
        PRIMARY KEY (chat_id, time)
    );
    CREATE TABLE channel_posts (
        id INTEGER PRIMARY KEY,
        chat_id INTEGER NOT NULL REFERENCES channels(chat_id) ON DELETE CASCADE,
        kind TEXT NOT NULL DEFAULT 'article',
        article_id INTEGER REFERENCES articles(id) ON DELETE CASCADE,
        text TEXT,
        button_url TEXT,
        scheduled_at INTEGER,
        status TEXT NOT NULL DEFAULT 'pending',
        lease_until INTEGER,
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        message_id INTEGER,
        created_by INTEGER,
        created_at INTEGER NOT NULL,
        sent_at INTEGER,
        UNIQUE (chat_id, kind, article_id)
    );
    CREATE INDEX channel_posts_queue ON channel_posts(chat_id, status, scheduled_at);
    CREATE INDEX channel_posts_sent ON channel_posts(chat_id, sent_at);
    """,
    # 3: premiere events grouping several outlets' stories of one film, with date changes.
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
    # 4: full-text search over articles: stemmed words and trigrams, filled from Python
    # because stemming happens there; search_docs records which articles are indexed. The
    # indexes are contentless (the text lives in articles); rows of deleted articles stay
    # until a rebuild and are dropped by the join at query time.
    """
    CREATE TABLE search_docs (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        indexed_at INTEGER NOT NULL
    );
    -- detail=full: bm25 with less detail re-reads the content and is twenty times slower.
    CREATE VIRTUAL TABLE search_stem USING fts5(
        title, body, content = '', tokenize = 'unicode61 remove_diacritics 0'
    );
    CREATE VIRTUAL TABLE search_tri USING fts5(text, content = '', tokenize = 'trigram');
    -- Pagination buttons carry a query id: a query rarely fits into 64 bytes of callback data.
    CREATE TABLE search_queries (
        id INTEGER PRIMARY KEY,
        query TEXT NOT NULL UNIQUE,
        created_at INTEGER NOT NULL
    );
    """,
    # 5: the delivery outbox (article pushes and digest parts) and which articles were matched.
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
    # 6: ingest stores articles first and the analysis stage fills them in, so a pass killed
    # between the two picks up where it stopped. Rows stored before this were analysed.
    # Sketches are compared in memory, never looked up, so their index only slowed inserts.
    """
    ALTER TABLE articles ADD COLUMN analysed INTEGER NOT NULL DEFAULT 1;
    DROP INDEX articles_fingerprint;
    CREATE INDEX articles_unanalysed ON articles(id) WHERE analysed = 0;
    """,
)
