"""An encrypted library file (SQLCipher 4 through sqlcipher3), and converting a library
to encrypted and back (issue 8).

A conversion never rewrites the library in place: ``sqlcipher_export`` writes a new file
under the new key next to it, the new file is checked (``integrity_check`` and each
table's row count against the old), and only then replaces the old file atomically. The
old file is made to leave WAL mode first — SQLite refuses that while another program has
the library open, so a conversion never pulls the file from under a second window or a
command — and, when it held plain data, its bytes are overwritten before it is let go.
"""

from __future__ import annotations

import contextlib
import hmac
import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from libtech_desktop.db.engine import (
    LibraryFileError,
    connect_file,
    engine_key,
    is_encrypted,
    quote,
    rebind,
)
from libtech_desktop.domain.errors import LibraryBusy
from libtech_desktop.services.progress import ProgressFn

__all__ = ["SqlEncryptionStore", "is_encrypted"]

log = logging.getLogger(__name__)

#: How long a conversion waits for another program to let go of the library.
EXCLUSIVE_WAIT_MS = 2_000
_CHUNK = 1 << 20


class SqlEncryptionStore:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine, self._path = engine, Path(path)

    def is_encrypted(self) -> bool:
        return engine_key(self._engine) is not None

    def opens_with(self, passphrase: str) -> bool:
        key = engine_key(self._engine)
        return key is not None and hmac.compare_digest(key.encode(), passphrase.encode())

    def convert(self, key: str | None, progress: ProgressFn) -> None:
        convert_file(self._engine, self._path, key, progress)


def _cipher_connect(path: Path, key: str | None) -> Any:
    """A sqlcipher3 connection (it alone has ``sqlcipher_export``), keyed if encrypted."""
    import sqlcipher3  # type: ignore[import-untyped]

    conn = sqlcipher3.connect(str(path))
    conn.isolation_level = None
    if key is not None:
        conn.execute(f"PRAGMA key = {quote(key)}")
    return conn


def convert_file(engine: Engine, path: Path, key: str | None, progress: ProgressFn) -> None:
    """Rewrite the library at ``path`` (open through ``engine``) under ``key``, swap it in
    and point ``engine`` at it with the new key."""
    old_key = engine_key(engine)
    new = path.with_name(path.name + ".converting")
    _remove(new)
    progress(0, 4, "Waiting for the library to be free…")
    engine.dispose()  # this program's own idle connections let go of the file
    swapped = False
    lock = _cipher_connect(path, old_key)
    source = _cipher_connect(path, old_key)
    try:
        lock.execute(f"PRAGMA busy_timeout = {EXCLUSIVE_WAIT_MS}")
        _leave_wal(lock)
        lock.execute("BEGIN IMMEDIATE")  # no other writer until the swap
        progress(1, 4, "Writing the library under the new key…")
        source.execute(f"ATTACH DATABASE {quote(str(new))} AS converted KEY {quote(key or '')}")
        source.execute("BEGIN")
        source.execute("SELECT sqlcipher_export('converted')")
        version = source.execute("PRAGMA main.user_version").fetchone()[0]
        source.execute(f"PRAGMA converted.user_version = {int(version)}")
        counts = _row_counts(source, "main")
        source.execute("COMMIT")
        source.execute("DETACH DATABASE converted")
        progress(2, 4, "Checking the new file…")
        _check(new, key, counts)
        _fsync(new)
        progress(3, 4, "Putting the new file in place…")
        wipe = None if old_key is not None else os.open(path, os.O_RDWR)
        try:
            os.replace(new, path)
            swapped = True
            _fsync_dir(path.parent)
            if wipe is not None:
                _overwrite(wipe)
        finally:
            if wipe is not None:
                os.close(wipe)
    finally:
        for conn in (source, lock):
            with contextlib.suppress(Exception):
                conn.execute("ROLLBACK")
            conn.close()
        if not swapped:
            _remove(new)
        # The engine reaches the file again with whatever key it now needs.
        rebind(engine, key if swapped else old_key)
    # No progress report after the swap: a Cancel there would come too late.
    log.info("Library %s is now %s", path, "encrypted" if key is not None else "plain")


def _leave_wal(source: Any) -> None:
    """Fold the WAL into the file and leave WAL mode: refused while another program has
    the library open (it would go on writing to the old file)."""
    try:
        mode = source.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except Exception as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise LibraryBusy(
                "Another LibTech Desk window or command has this library open: close it "
                "first, then try again. Nothing was changed."
            ) from None
        raise
    if str(mode).lower() != "delete":
        raise LibraryBusy(
            "Another LibTech Desk window or command has this library open: close it "
            "first, then try again. Nothing was changed."
        )


def _row_counts(conn: Any, schema: str) -> dict[str, int]:
    names = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master "
            "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0]
        for name in names
    }


def _check(new: Path, key: str | None, counts: dict[str, int]) -> None:
    """The new file opens with ``key``, is sound, and holds every row of the old."""
    conn = connect_file(new, key)
    try:
        result = [row[0] for row in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            raise LibraryFileError(
                f"The converted copy failed its check ({'; '.join(result[:3])}); "
                "the library is unchanged."
            )
        if _row_counts(conn, "main") != counts:
            raise LibraryFileError("The converted copy lost rows; the library is unchanged.")
    finally:
        conn.close()


def _overwrite(fd: int) -> None:
    """Zero the old plain file's bytes (its name already points at the new file)."""
    size = os.fstat(fd).st_size
    zeros = bytes(_CHUNK)
    os.lseek(fd, 0, os.SEEK_SET)
    written = 0
    while written < size:
        written += os.write(fd, zeros[: min(_CHUNK, size - written)])
    os.fsync(fd)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every platform opens folders
        _fsync(folder)


def _remove(path: Path) -> None:
    for p in (path, Path(f"{path}-journal"), Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(FileNotFoundError):
            p.unlink()
