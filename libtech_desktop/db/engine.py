"""Opening the library's SQLite file: pragmas for durability, migrations to head."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError

from libtech_desktop.domain.errors import LibtechError

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
BUSY_TIMEOUT_MS = 10_000


def _on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event decide when a transaction starts (see _on_begin):
    # pysqlite's own implicit BEGIN would defer the write lock.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    # FULL in WAL mode syncs the log at every commit: a confirmed loan survives the
    # program being killed *and* the power going, at a cost the desk never notices.
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock up front, so two processes (GUI and CLI) wait
    # for each other through busy_timeout instead of failing mid-transaction.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _check_not_newer(engine: Engine, path: Path) -> None:
    """A file migrated by a newer version must not be touched by this one."""
    revision = current_revision(engine)
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    if revision is not None and revision not in known:
        raise LibraryFileError(
            f"{path} was made by a newer LibTech Desk (schema {revision}); "
            "install that version to open it."
        )


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the file's schema up to ``revision`` in place; data is never rebuilt."""
    before = current_revision(engine)
    if before != head_revision() or revision != "head":
        log.info("Migrating database from %s to %s", before, revision)
        command.upgrade(alembic_config(engine), revision)


class LibraryFileError(LibtechError):
    """The file cannot be used as a library: not one, damaged, or from a newer version."""

    code = "library_file"


def open_engine(path: Path, *, create: bool = True, key: str | None = None) -> Engine:
    """Open (creating if allowed) and migrate the library file at ``path``; ``key``: the
    passphrase of an encrypted library."""
    if key is not None:
        raise LibraryFileError("Encrypted libraries are not supported yet.")
    path = Path(path)
    if path.is_dir():
        raise LibraryFileError(f"{path} is a folder, not a library file.")
    if not path.exists():
        if not create:
            raise LibraryFileError(f"There is no library file at {path}.")
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        _check_not_newer(engine, path)
        migrate(engine)
    except DatabaseError as exc:
        engine.dispose()
        log.info("Cannot open %s: %s", path, exc.orig)
        raise LibraryFileError(
            f"{path} is not a LibTech Desk library, or it is damaged ({exc.orig})."
        ) from exc
    except LibraryFileError:
        engine.dispose()
        raise
    return engine


def copy_database(engine: Engine, dest: Path) -> None:
    """Write a consistent copy of the open library to ``dest`` with SQLite's online
    backup (safe while others read and write it)."""
    import sqlite3

    source = engine.raw_connection()
    try:
        target = sqlite3.connect(dest)
        try:
            source.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        source.close()
