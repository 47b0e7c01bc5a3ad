"""Copies of the library file with SQLite's online backup API, checked with
``PRAGMA integrity_check`` (issue 8); putting a checked copy in place of the open
library (a restore)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from libtech_desktop.db.engine import (
    alembic_config,
    connect_file,
    copy_database,
    current_revision,
    engine_key,
    is_encrypted,
    migrate,
)
from libtech_desktop.domain.backups import BackupError

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm")


class SqlBackupStore:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine, self._path = engine, path

    @property
    def library_path(self) -> Path:
        return self._path

    def copy_to(self, dest: Path) -> None:
        copy_database(self._engine, dest)
        # A backup is one self-contained file: no log beside it to lose when it is
        # copied, and nothing is left behind when it is checked read-only. The library
        # it is restored into turns WAL back on when it is opened.
        with contextlib.closing(connect_file(dest, engine_key(self._engine))) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")

    def check(self, path: Path) -> str | None:
        key = engine_key(self._engine)
        if is_encrypted(path) != (key is not None):
            # A backup is restored as it is: a laptop's encrypted library is not swapped
            # for a plain copy (or the other way round) behind the administrator's back.
            state = "encrypted" if key is not None else "not encrypted"
            raise BackupError(
                f"{path} is {'not ' if key is not None else ''}encrypted and this library "
                f"is {state}: change this library's encryption first (Administration → "
                "Encryption), then restore."
            )
        return check_library_file(path, key)

    def replace_library(self, source: Path, aside: Path) -> str | None:
        path = self._path
        incoming = path.with_name(path.name + ".restoring")
        key = engine_key(self._engine)
        try:
            _copy_file_database(source, incoming, key)
        except Exception as exc:  # a full disk, a file that changed since it was checked
            with contextlib.suppress(OSError):
                incoming.unlink(missing_ok=True)
            if isinstance(exc, OSError) or _is_database_error(exc):
                raise BackupError(
                    f"Could not copy {source} next to the library ({exc}); nothing was changed."
                ) from exc
            raise
        # Every connection of this program closed, the log folded into the file: the
        # file alone is then the whole library and can be moved.
        self._engine.dispose()
        with contextlib.closing(connect_file(path, key)) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        os.replace(path, aside)
        for side in _SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                os.remove(f"{path}{side}")
        os.replace(incoming, path)
        try:
            migrate(self._engine)
            return current_revision(self._engine)
        except Exception:
            log.exception("Restore of %s failed while migrating; the library is put back", source)
            self._engine.dispose()
            os.replace(aside, path)
            raise


def _copy_file_database(source: Path, dest: Path, key: str | None) -> None:
    """``source`` (log included) into a new file at ``dest``, both with ``key``."""
    with contextlib.suppress(FileNotFoundError):
        dest.unlink()
    with (
        contextlib.closing(_open(source, key)) as src,
        contextlib.closing(connect_file(dest, key)) as target,
    ):
        src.backup(target)


def _open(path: Path, key: str | None) -> Any:
    """Read-only for a plain file (checking it changes nothing, leaves nothing beside
    it); an encrypted one through its key."""
    if key is None:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    return connect_file(path, key)


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def check_library_file(path: Path, key: str | None = None) -> str | None:
    """The schema revision of the library at ``path``, after checking it is a library,
    undamaged, and not from a newer LibTech Desk (:class:`BackupError` otherwise)."""
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    try:
        with contextlib.closing(_open(path, key)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables or "items" not in tables:
                raise BackupError(f"{path} is not a LibTech Desk library.")
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        if not _is_database_error(exc):
            raise
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise BackupError(f"{path} is not a LibTech Desk library ({exc}).") from exc
        raise BackupError(f"{path} is damaged ({exc}); it cannot be used.") from exc
    if problems != ["ok"]:
        raise BackupError(f"{path} is damaged ({'; '.join(problems)}); it cannot be used.")
    revision = row[0] if row else None
    if revision is not None and revision not in known_revisions():
        raise BackupError(
            f"{path} was made by a newer LibTech Desk (schema {revision}); "
            "install that version to restore it."
        )
    return revision


def _is_database_error(exc: BaseException) -> bool:
    return any(cls.__name__ == "DatabaseError" for cls in type(exc).__mro__)
