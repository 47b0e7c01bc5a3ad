"""Opening the library's SQLite file: pragmas for durability, migrations to head."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.pool import QueuePool

from libtech_desktop.db.search_words import CREATE_VOCABULARY
from libtech_desktop.db.uow import storage_error
from libtech_desktop.domain.errors import LibtechError

if TYPE_CHECKING:
    from alembic.config import Config

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
    # Outside any transaction, so it lasts as long as the connection (a rollback would
    # take it back): the catalogue index's vocabulary, for db/search_words.py.
    cursor.execute(CREATE_VOCABULARY)
    cursor.close()


def _on_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock up front, so two processes (GUI and CLI) wait
    # for each other through busy_timeout instead of failing mid-transaction.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


#: The desk's WAL checkpoint bound, in pages (about 80 MB): the desk checkpoints when it
#: is idle (``checkpoint``), so no scan's commit pays for copying the log into the file;
#: this bound only stops the log growing while a long job runs. Scripts and the command
#: line keep SQLite's default (1,000 pages, checkpointed by whichever commit crosses it).
DESK_AUTOCHECKPOINT_PAGES = 20_000


def checkpoint_when_idle(engine: Engine) -> None:
    """From now on, commits on ``engine`` leave the WAL checkpoint to :func:`checkpoint`
    (up to ``DESK_AUTOCHECKPOINT_PAGES``). Each commit still syncs the log: durability
    is unchanged; only the copy into the main file moves out of the desk's transactions."""

    def bound(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA wal_autocheckpoint = {DESK_AUTOCHECKPOINT_PAGES}")

    event.listen(engine, "connect", bound)
    engine.dispose()  # connections made before (migrations) are made again, bounded


def checkpoint(engine: Engine) -> tuple[int, int]:
    """Copy the WAL into the library file as far as readers allow (PASSIVE: waits for no
    one); returns (log pages, pages copied)."""
    raw = engine.raw_connection()
    try:
        driver = raw.driver_connection
        assert driver is not None
        _busy, log_pages, copied = driver.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(log_pages), int(copied)
    finally:
        raw.close()


def make_engine(path: Path, key: str | None = None) -> Engine:
    """An engine over the file at ``path``; with ``key``, an encrypted (SQLCipher 4)
    library whose every connection starts with ``PRAGMA key``."""
    if key is None:
        engine = create_engine(f"sqlite:///{path}")
    else:
        # The pysqlcipher dialect (sqlcipher3) keys each connection first; its default
        # single-connection-per-thread pool is replaced by the plain files' QueuePool.
        url = URL.create("sqlite+pysqlcipher", password=key, database=str(path))
        engine = create_engine(url, poolclass=QueuePool)
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


#: The first 16 bytes of every plain SQLite file; SQLCipher encrypts them (a random salt).
SQLITE_HEADER = b"SQLite format 3\x00"


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` is an encrypted library: a file that is not plain SQLite (its
    header) but is shaped like a database (whole pages: a non-zero multiple of 512
    bytes). A missing or empty file is a new plain library."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file() or size == 0:
            return False
        with path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError:
        return False
    return header != SQLITE_HEADER and size % 512 == 0


def engine_key(engine: Engine) -> str | None:
    """The passphrase the engine opens its library with; ``None``: a plain library."""
    if engine.dialect.driver != "pysqlcipher":
        return None
    return engine.url.password or ""


def rebind(engine: Engine, key: str | None) -> None:
    """Point the open ``engine`` at its file again with ``key`` (after the file was
    encrypted, decrypted or rekeyed in place): everything holding the engine (sessions,
    stores) goes on working, now with the new key. Its connections are closed first."""
    fresh = make_engine(Path(engine.url.database or ""), key)
    engine.dispose()
    engine.pool, engine.dialect, engine.url = fresh.pool, fresh.dialect, fresh.url
    if engine._compiled_cache is not None:
        engine._compiled_cache.clear()


#: The newest schema revision this program carries (the last migration's ``revision``).
#: A file already there opens without loading Alembic at all, which saves a third of a
#: second at every start; ``tests/integration/test_migrations.py`` keeps it in step.
HEAD_REVISION = "0014"


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The file's schema revision, read without Alembic; ``None`` for a new file."""
    with engine.connect() as conn:
        if not conn.execute(
            text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'")
        ).first():
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        return None if row is None else str(row[0])


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _check_not_newer(engine: Engine, path: Path) -> None:
    """A file migrated by a newer version must not be touched by this one."""
    from alembic.script import ScriptDirectory

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
    from alembic import command

    before = current_revision(engine)
    if before != head_revision() or revision != "head":
        log.info("Migrating database from %s to %s", before, revision)
        command.upgrade(alembic_config(engine), revision)


class LibraryFileError(LibtechError):
    """The file cannot be used as a library: not one, damaged, or from a newer version."""

    code = "library_file"


class PassphraseNeeded(LibraryFileError):
    """An encrypted library was opened without its passphrase."""

    code = "passphrase_needed"


class WrongPassphrase(LibraryFileError):
    """The passphrase given does not open this encrypted library."""

    code = "wrong_passphrase"


class NotEncrypted(LibraryFileError):
    """A passphrase was given for a library that is not encrypted."""

    code = "not_encrypted"


def open_engine(path: Path, *, create: bool = True, key: str | None = None) -> Engine:
    """Open (creating if allowed) and migrate the library file at ``path``; ``key``: the
    passphrase of an encrypted library."""
    path = Path(path)
    if path.is_dir():
        raise LibraryFileError(f"{path} is a folder, not a library file.")
    if not path.exists():
        if not create:
            raise LibraryFileError(f"There is no library file at {path}.")
        path.parent.mkdir(parents=True, exist_ok=True)
    elif key is None and is_encrypted(path):
        raise PassphraseNeeded(f"This library is encrypted: its passphrase is needed ({path}).")
    elif key is not None and _is_plain(path):
        raise NotEncrypted(f"This library is not encrypted: open it without a passphrase ({path}).")
    if key is not None and not key:
        raise WrongPassphrase(f"That passphrase does not open this library ({path}).")
    engine = make_engine(path, key)
    try:
        if stored_revision(engine) != HEAD_REVISION:
            _check_not_newer(engine, path)
            migrate(engine)
    except DatabaseError as exc:
        engine.dispose()
        log.info("Cannot open %s: %s", path, exc.orig)
        if key is not None and "not a database" in str(exc.orig):
            raise WrongPassphrase(f"That passphrase does not open this library ({path}).") from None
        storage = storage_error(exc, str(path))
        if storage is not None:  # busy, read-only, disk full: not a damaged file
            raise storage from exc
        raise LibraryFileError(
            f"{path} is not a LibTech Desk library, or it is damaged ({exc.orig})."
        ) from exc
    except LibraryFileError:
        engine.dispose()
        raise
    return engine


def _is_plain(path: Path) -> bool:
    """A non-empty file with the plain SQLite header."""
    try:
        with Path(path).open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def connect_file(path: Path, key: str | None = None) -> Any:
    """A bare DB-API connection to ``path`` (no pool, no pragmas): ``sqlite3`` for a
    plain file, ``sqlcipher3`` keyed with ``key`` for an encrypted one."""
    if key is None:
        import sqlite3

        return sqlite3.connect(path)
    import sqlcipher3  # type: ignore[import-untyped]

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = {quote(key)}")
    return conn


def quote(text: str) -> str:
    """``text`` as an SQL string literal (for PRAGMA key and ATTACH … KEY, which take no
    bound parameters)."""
    return "'" + text.replace("'", "''") + "'"


def copy_database(engine: Engine, dest: Path) -> None:
    """Write a consistent copy of the open library to ``dest`` with SQLite's online
    backup (safe while others read and write it). An encrypted library's copy is
    encrypted with the same passphrase."""
    source = engine.raw_connection()
    try:
        target = connect_file(dest, engine_key(engine))
        try:
            source.driver_connection.backup(target)  # type: ignore[union-attr]
        finally:
            target.close()
    finally:
        source.close()
