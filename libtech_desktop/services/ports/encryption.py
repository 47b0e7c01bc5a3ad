"""What encrypting a library at rest needs from storage (issue 8)."""

from __future__ import annotations

from typing import Protocol

from libtech_desktop.services.progress import ProgressFn


class EncryptionStore(Protocol):
    """The open library's file, converted in place (``db/encryption.py``).

    Each conversion writes a new file under the new key, checks it (integrity and every
    table's row count) and only then swaps it in place of the old one; the open library
    goes on working with the new key. A failure leaves the old file as it was."""

    def is_encrypted(self) -> bool:
        """Whether the open library is encrypted."""
        ...

    def opens_with(self, passphrase: str) -> bool:
        """Whether ``passphrase`` is the open (encrypted) library's passphrase."""
        ...

    def convert(self, key: str | None, progress: ProgressFn) -> None:
        """Rewrite the library under ``key`` (``None``: a plain file); the old file is
        overwritten before it goes when it was plain (its patron data must not linger)."""
        ...
