"""An encrypted library file (SQLCipher through sqlcipher3), and converting a library to
encrypted and back (issue 8)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine


class SqlEncryptionStore:
    def __init__(self, engine: Engine, path: Path) -> None:
        self._engine, self._path = engine, path


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted library (it needs its passphrase)."""
    return False
