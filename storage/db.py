"""Opening the SQLite database: one connection, WAL, foreign keys, migrations."""

from __future__ import annotations

import logging
from pathlib import Path

import aiosqlite

from storage.migrations import MIGRATIONS

log = logging.getLogger(__name__)


async def connect(path: Path | str) -> aiosqlite.Connection:
    """Open the database file (creating folders), configure it and bring the schema up to date."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    db = await aiosqlite.connect(path)
    try:
        db.row_factory = aiosqlite.Row
        await db.execute("PRAGMA journal_mode=WAL")
        await db.execute("PRAGMA synchronous=NORMAL")
        await db.execute("PRAGMA foreign_keys=ON")
        await db.execute("PRAGMA busy_timeout=5000")
        await migrate(db)
    except BaseException:
        # The connection's worker thread would otherwise keep the process alive.
        await db.close()
        raise
    return db


async def schema_version(db: aiosqlite.Connection) -> int:
    """Return the schema version stored in the file."""
    async with db.execute("PRAGMA user_version") as cursor:
        row = await cursor.fetchone()
    return int(row[0]) if row else 0


async def migrate(db: aiosqlite.Connection, target: int | None = None) -> int:
    """Apply every migration above the file's version, each in its own transaction."""
    target = len(MIGRATIONS) if target is None else target
    current = await schema_version(db)
    for version in range(current + 1, target + 1):
        script = MIGRATIONS[version - 1]
        # user_version is written inside the transaction, so a crash leaves no half-applied step.
        await db.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        log.info("database migrated to version %s", version)
    return max(current, target)
