"""SQLite storage: aiosqlite, raw parameterised SQL, migrations by PRAGMA user_version."""

from storage.repository import Repository

__all__ = ["Repository"]
