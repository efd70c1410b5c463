"""Full-text search over cinema articles: Russian stems for morphology, trigrams for the rest.

Stemming happens here in Python (PyStemmer's Snowball Russian), so the ingest path calls
`index_article` and `reindex_missing` backfills whatever was stored without it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import lru_cache

import aiosqlite
import Stemmer

from storage.models import SearchHit, SearchPage, from_ts, to_ts

MAX_QUERY_TOKENS = 8
MAX_TOKEN_CHARS = 40
MIN_PREFIX_CHARS = 4
# Trigrams cover the title and the lead only: a full-text trigram index would triple the file.
TRIGRAM_CHARS = 300
MAX_STORED_QUERY = 500
# Ranking looks at the newest matches only, so a query matching half the archive stays fast.
CANDIDATES = 300
# How much freshness weighs against bm25 (which is negative: lower is better).
RECENCY_WEIGHT = 2.0
RECENCY_DAYS = 30.0

_WORD = re.compile(r"\w+")
STOPWORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "а без в во для до за и из к как ко на над не ни о об обо от по под после при про с со "
        "также то у что это же ли или но да және мен бен пен де та те ол бұл сол үшін "
        "the a an of in on at to and or for with"
    ).split()
)


def fold(text: str) -> str:
    """Lower-case and fold ё to е, the form every index and keyword is stored in."""
    return text.lower().replace("ё", "е")


def words(text: str) -> list[str]:
    """Plain words of a text, folded; underscores are not word characters for users."""
    found: list[str] = _WORD.findall(fold(text).replace("_", " "))
    return found


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("russian")


def stems(text: str) -> list[str]:
    """Russian Snowball stems of every word of a text."""
    return list(_stemmer().stemWords(words(text)))


def _query_tokens(query: str) -> list[str]:
    tokens = list(dict.fromkeys(w[:MAX_TOKEN_CHARS] for w in words(query[:2000])))
    # Function words occur in nearly every article: they cost time and rank nothing.
    meaningful = [t for t in tokens if t not in STOPWORDS]
    return meaningful[:MAX_QUERY_TOKENS] if meaningful else tokens[:2]


def stem_match(query: str, *, prefix: bool = False) -> str | None:
    """An FTS5 expression of quoted stems (or stem prefixes); nothing the user typed is syntax."""
    tokens = _query_tokens(query)
    if not tokens:
        return None
    # A short prefix expands to thousands of words ("з"* took 200 ms), so only longer stems get one.
    return " ".join(
        f'"{s}"*' if prefix and len(s) >= MIN_PREFIX_CHARS else f'"{s}"'
        for s in _stemmer().stemWords(tokens)
    )


def trigram_match(query: str) -> str | None:
    """An FTS5 trigram expression: each word cut to a base and quoted as a substring."""
    tokens = [_base(t) for t in _query_tokens(query) if len(t) >= 3]
    return " ".join(f'"{t}"' for t in dict.fromkeys(tokens)) if tokens else None


def _base(token: str) -> str:
    # Kazakh piles suffixes onto a word (алматы-да, фильм-дер-і); a shorter base still matches
    # the forms stored, at the cost of some looser matches for long words.
    return token if len(token) <= 5 else token[: max(5, len(token) - 3)]


_HIT_COLUMNS = """a.id, a.title, a.url, COALESCE(a.published_at, a.fetched_at) AS at, a.summary,
    a.description, a.premiere_date, a.premiere_city"""

_RANKED = """
    SELECT {columns},
           m.score - ? / (1.0 + MAX(0, ? - COALESCE(a.published_at, a.fetched_at)) / 86400.0 / ?)
               AS ranked
    FROM (SELECT rowid, {bm25} AS score FROM {table} WHERE {table} MATCH ?
          ORDER BY rowid DESC LIMIT ?) AS m
    JOIN articles a ON a.id = m.rowid
    WHERE a.is_cinema = 1 AND a.duplicate_of IS NULL
    ORDER BY ranked, a.id DESC
    LIMIT ? OFFSET ?
"""


def _hit(row: aiosqlite.Row) -> SearchHit:
    at = from_ts(row["at"])
    assert at is not None
    premiere = row["premiere_date"]
    return SearchHit(
        article_id=row["id"],
        title=row["title"],
        url=row["url"],
        published_at=at,
        summary=row["summary"] or row["description"] or "",
        premiere_date=date.fromisoformat(premiere) if premiere else None,
        premiere_city=row["premiere_city"],
    )


def _documents(rows: Sequence[aiosqlite.Row]) -> list[tuple[int, str, str]]:
    return [(row["id"], row["title"], row["text"] or row["description"]) for row in rows]


class SearchStore:
    def __init__(self, db: aiosqlite.Connection) -> None:
        self._db = db

    async def index_article(self, article_id: int, title: str, text: str) -> None:
        """Put a stored article into both indexes once (stored articles do not change)."""
        async with self._db.execute(
            "SELECT 1 FROM search_docs WHERE article_id = ?", (article_id,)
        ) as cursor:
            if await cursor.fetchone() is None:
                await self._index([(article_id, title, text)])
        await self._db.commit()

    async def index_articles(self, article_ids: Sequence[int]) -> int:
        """Index the cinema articles among these that the index lacks, in one transaction."""
        async with self._db.execute(
            """SELECT a.id, a.title, a.text, a.description FROM articles a
               LEFT JOIN search_docs d ON d.article_id = a.id
               WHERE a.id IN (SELECT value FROM json_each(?))
                 AND a.is_cinema = 1 AND d.article_id IS NULL""",
            (json.dumps(list(article_ids)),),
        ) as cursor:
            rows = list(await cursor.fetchall())
        await self._index(_documents(rows))
        await self._db.commit()
        return len(rows)

    async def reindex_missing(self, batch: int = 500) -> int:
        """Index every stored cinema article the index lacks; return how many were added."""
        done = 0
        while True:
            async with self._db.execute(
                """SELECT a.id, a.title, a.text, a.description FROM articles a
                   LEFT JOIN search_docs d ON d.article_id = a.id
                   WHERE a.is_cinema = 1 AND d.article_id IS NULL ORDER BY a.id LIMIT ?""",
                (batch,),
            ) as cursor:
                rows = list(await cursor.fetchall())
            await self._index(_documents(rows))
            await self._db.commit()
            done += len(rows)
            if len(rows) < batch:
                return done

    async def rebuild(self) -> int:
        """Empty both indexes and index every cinema article again (after a stemmer change)."""
        # Contentless tables cannot delete single rows without their old values.
        await self._db.execute("INSERT INTO search_stem (search_stem) VALUES ('delete-all')")
        await self._db.execute("INSERT INTO search_tri (search_tri) VALUES ('delete-all')")
        await self._db.execute("DELETE FROM search_docs")
        await self._db.commit()
        return await self.reindex_missing()

    async def _index(self, documents: Sequence[tuple[int, str, str]]) -> None:
        """Add (id, title, text) of articles the index lacks to both indexes."""
        now = to_ts(datetime.now(UTC))
        await self._db.executemany(
            "INSERT INTO search_docs (article_id, indexed_at) VALUES (?, ?)",
            [(article_id, now) for article_id, _, _ in documents],
        )
        await self._db.executemany(
            "INSERT INTO search_stem (rowid, title, body) VALUES (?, ?, ?)",
            [(i, " ".join(stems(title)), " ".join(stems(text))) for i, title, text in documents],
        )
        await self._db.executemany(
            "INSERT INTO search_tri (rowid, text) VALUES (?, ?)",
            [(i, fold(f"{title}\n{text[:TRIGRAM_CHARS]}")) for i, title, text in documents],
        )

    async def search(
        self, query: str, *, now: datetime, limit: int = 5, offset: int = 0
    ) -> SearchPage:
        """Cinema articles matching the words of any text, best first; never raises on input."""
        limit = max(1, min(limit, 50))
        offset = max(0, offset)
        plan = await self._plan(query, limit)
        if plan is None:
            return SearchPage((), False)
        table, bm25, expr = plan
        rows = await self._ranked(table, bm25, expr, now, limit, offset)
        return SearchPage(tuple(_hit(r) for r in rows[:limit]), len(rows) > limit)

    async def _plan(self, query: str, limit: int) -> tuple[str, str, str] | None:
        # The same query always gets the same plan, so its pages stay consistent. Exact stems
        # are cheapest; stem prefixes (which also catch Kazakh endings) only when exact stems
        # find less than a page; trigrams when neither finds anything.
        exact = stem_match(query)
        if exact is None:
            return None
        stem_bm25 = "bm25(search_stem, 3.0, 1.0)"
        if await self._matches("search_stem", exact, limit + 1) > limit:
            return "search_stem", stem_bm25, exact
        prefixed = stem_match(query, prefix=True)
        if prefixed and await self._matches("search_stem", prefixed, 1):
            return "search_stem", stem_bm25, prefixed
        tri = trigram_match(query)
        return ("search_tri", "bm25(search_tri)", tri) if tri else None

    async def latest(self, *, limit: int = 5, offset: int = 0) -> SearchPage:
        """The newest cinema stories."""
        async with self._db.execute(
            f"""SELECT {_HIT_COLUMNS} FROM articles a
                WHERE a.is_cinema = 1 AND a.duplicate_of IS NULL
                ORDER BY at DESC, a.id DESC LIMIT ? OFFSET ?""",
            (limit + 1, max(0, offset)),
        ) as cursor:
            rows = list(await cursor.fetchall())
        return SearchPage(tuple(_hit(r) for r in rows[:limit]), len(rows) > limit)

    async def upcoming_premieres(
        self, today: date, *, cities: Sequence[str] = (), limit: int = 10
    ) -> list[SearchHit]:
        """Premiere events on or after today (in any of the cities), soonest first, each shown
        by the newest story that reported it."""
        async with self._db.execute(
            """SELECT a.id, a.title, a.url, COALESCE(a.published_at, a.fetched_at) AS at,
                   a.summary, a.description, e.date AS premiere_date, e.city AS premiere_city
               FROM premiere_events e
               JOIN articles a ON a.id = (
                   SELECT MAX(article_id) FROM event_articles WHERE event_id = e.id)
               WHERE e.date >= ?
               ORDER BY e.date, e.title LIMIT 500""",
            (today.isoformat(),),
        ) as cursor:
            hits = [_hit(r) for r in await cursor.fetchall()]
        # SQLite's lower() knows only ASCII, so cities are compared here.
        wanted = [fold(c.strip()) for c in cities if c.strip()]
        matching = [
            h for h in hits if not wanted or any(w in fold(h.premiere_city or "") for w in wanted)
        ]
        return matching[:limit]

    async def remember_query(self, query: str, *, now: datetime) -> int:
        """A short id for a search query, the same id for the same text."""
        text = query.strip()[:MAX_STORED_QUERY]
        await self._db.execute(
            """INSERT INTO search_queries (query, created_at) VALUES (?, ?)
               ON CONFLICT(query) DO UPDATE SET created_at = excluded.created_at""",
            (text, to_ts(now)),
        )
        await self._db.commit()
        async with self._db.execute(
            "SELECT id FROM search_queries WHERE query = ?", (text,)
        ) as cursor:
            row = await cursor.fetchone()
        assert row is not None
        return int(row[0])

    async def recall_query(self, query_id: int) -> str | None:
        """The query text behind an id from remember_query."""
        async with self._db.execute(
            "SELECT query FROM search_queries WHERE id = ?", (query_id,)
        ) as cursor:
            row = await cursor.fetchone()
        return str(row[0]) if row else None

    async def counts(self) -> tuple[int, int]:
        """How many cinema articles are stored and how many articles the index holds."""
        async with self._db.execute(
            """SELECT (SELECT COUNT(*) FROM articles WHERE is_cinema = 1),
                      (SELECT COUNT(*) FROM search_docs)"""
        ) as cursor:
            row = await cursor.fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    async def _matches(self, table: str, expr: str, enough: int) -> int:
        """How many rows match, counting no further than `enough`."""
        # The table name comes from this module, never from input. execute_fetchall is one
        # trip to the database thread instead of three, which shows under load.
        rows = await self._db.execute_fetchall(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH ? LIMIT ?)",
            (expr, enough),
        )
        return int(next(iter(rows))[0])

    async def _ranked(
        self, table: str, bm25: str, expr: str, now: datetime, limit: int, offset: int
    ) -> list[aiosqlite.Row]:
        sql = _RANKED.format(columns=_HIT_COLUMNS, bm25=bm25, table=table)
        params = (RECENCY_WEIGHT, to_ts(now), RECENCY_DAYS, expr, CANDIDATES, limit + 1, offset)
        return list(await self._db.execute_fetchall(sql, params))
