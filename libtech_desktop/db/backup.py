"""Copies of the library file with SQLite's online backup API, checked with
``PRAGMA integrity_check`` (issue 8); putting a checked copy in place of the open
library (a restore).

Issue 9: a 2 GB library is copied a few megabytes at a time (``STEP_PAGES``), inside
one read transaction on the source (a consistent copy that never restarts while the
desk goes on lending), reporting the bytes copied after every step; a step's report
may raise (a cancel) and the copy stops there. The integrity check hears a cancel too
(through SQLite's progress handler)."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from libtech_desktop.db.engine import (
    alembic_config,
    connect_file,
    current_revision,
    engine_key,
    is_encrypted,
    migrate,
)
from libtech_desktop.domain.backups import BackupError
from libtech_desktop.services.ports.backups import CopiedFn
from libtech_desktop.services.progress import CancelFn, Cancelled

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm")

#: Pages copied per step of the online backup: 4 MB of 4 KB pages, a few hundredths of
#: a second each, so a cancel is heard at once and the progress bar moves smoothly.
STEP_PAGES = 1024
#: The integrity check asks whether to stop every this many SQLite VM instructions
#: (about every 10 ms).
CHECK_EVERY_OPS = 100_000


class SqlBackupStore:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine, self._path = engine, path

    @property
    def library_path(self) -> Path:
        return self._path

    def copy_to(self, dest: Path, on_copied: CopiedFn | None = None) -> None:
        """A consistent copy of the open library at ``dest``, in steps; ``on_copied`` may
        raise to stop (``dest`` is then left as it is: the caller removes it)."""
        key = engine_key(self._engine)
        # Its own connection (not one of the pool's): the copy's read transaction spans
        # every step, and the desk's connections go on writing meanwhile.
        with (
            contextlib.closing(connect_file(self._path, key)) as src,
            contextlib.closing(connect_file(dest, key)) as target,
        ):
            copy_in_steps(src, target, on_copied)
        # A backup is one self-contained file: no log beside it to lose when it is
        # copied, and nothing is left behind when it is checked read-only. The library
        # it is restored into turns WAL back on when it is opened.
        with contextlib.closing(connect_file(dest, key)) as conn:
            conn.execute("PRAGMA journal_mode = DELETE")

    def revision_of(self, path: Path) -> str | None:
        """The schema revision inside the library file at ``path`` without checking every
        page (listing a folder of 2 GB backups must not take minutes); ``None`` if it
        cannot be read as a library with this library's key."""
        key = engine_key(self._engine)
        if is_encrypted(path) != (key is not None):
            return None
        try:
            with contextlib.closing(_open(path, key)) as conn:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception as exc:
            if not _is_database_error(exc):
                raise
            return None
        return row[0] if row else None

    def check(self, path: Path, should_cancel: CancelFn | None = None) -> str | None:
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
        return check_library_file(path, key, should_cancel)

    def replace_library(
        self,
        source: Path,
        aside: Path,
        on_copied: CopiedFn | None = None,
        on_replacing: Callable[[], None] | None = None,
    ) -> str | None:
        """``on_copied`` hears the copy next to the library (and may raise to stop it:
        nothing is replaced then, and the copy is removed); ``on_replacing`` is called
        once the copy is made, before the library is touched: from there on the restore
        goes to its end (or puts the library back on a failure)."""
        path = self._path
        incoming = path.with_name(path.name + ".restoring")
        key = engine_key(self._engine)
        try:
            _copy_file_database(source, incoming, key, on_copied)
            if on_replacing is not None:
                on_replacing()
        except BaseException as exc:  # a full disk, a changed file, a cancel
            remove_with_side_files(incoming)
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


def _copy_file_database(
    source: Path, dest: Path, key: str | None, on_copied: CopiedFn | None = None
) -> None:
    """``source`` (log included) into a new file at ``dest``, both with ``key``."""
    with contextlib.suppress(FileNotFoundError):
        dest.unlink()
    with (
        contextlib.closing(_open(source, key)) as src,
        contextlib.closing(connect_file(dest, key)) as target,
    ):
        copy_in_steps(src, target, on_copied)


def remove_with_side_files(path: Path) -> None:
    """``path`` and whatever SQLite may have left beside it (a journal, a log)."""
    for name in (str(path), f"{path}-journal", f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(OSError):
            os.remove(name)


def copy_in_steps(src: Any, target: Any, on_copied: CopiedFn | None = None) -> None:
    """The online backup of ``src`` into ``target``, ``STEP_PAGES`` at a time, inside one
    read transaction on ``src``: the copy is of one moment and does not start over when
    another connection writes between steps (in WAL mode writers go on meanwhile).
    An exception from ``on_copied`` stops the copy and is raised here."""
    hold = not src.in_transaction
    if hold:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot
    try:
        if on_copied is None:
            src.backup(target, pages=STEP_PAGES)
        else:
            report, size = on_copied, src.execute("PRAGMA page_size").fetchone()[0]
            src.backup(
                target,
                pages=STEP_PAGES,
                progress=lambda _status, left, pages: report((pages - left) * size, pages * size),
            )
    finally:
        if hold and src.in_transaction:
            src.execute("ROLLBACK")


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


def check_library_file(
    path: Path, key: str | None = None, should_cancel: CancelFn | None = None
) -> str | None:
    """The schema revision of the library at ``path``, after checking it is a library,
    undamaged, and not from a newer LibTech Desk (:class:`BackupError` otherwise).
    ``should_cancel`` is asked while ``PRAGMA integrity_check`` runs: :class:`Cancelled`
    when it says yes."""
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    stopped = False

    def stop() -> bool:
        nonlocal stopped
        stopped = should_cancel is not None and should_cancel()
        return stopped

    try:
        with contextlib.closing(_open(path, key)) as conn:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
            if "alembic_version" not in tables or "items" not in tables:
                raise BackupError(f"{path} is not a LibTech Desk library.")
            if should_cancel is not None:
                conn.set_progress_handler(stop, CHECK_EVERY_OPS)
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
            conn.set_progress_handler(None, 0)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except Exception as exc:  # sqlite3's or sqlcipher3's DatabaseError
        if not _is_database_error(exc):
            raise
        if stopped:
            raise Cancelled() from exc
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
