"""Copies of the library file with SQLite's online backup API, checked with
``PRAGMA integrity_check`` (issue 8)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine


class SqlBackupStore:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine, self._path = engine, path
