"""Encryption at rest (issue 8): an optional encrypted library for laptops, its key from
a passphrase; converting a library to encrypted and back.

A lost passphrase cannot be recovered: nothing of it is kept but the encrypted file.
The audit log records each conversion, never the passphrase.
"""

from __future__ import annotations

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports.encryption import EncryptionStore
from libtech_desktop.services.progress import ProgressFn, no_progress

#: The shortest passphrase accepted (as for staff passwords).
MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> None:
    """Refuse a passphrase too short to protect patron data."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(
            f"A passphrase needs at least {MIN_PASSPHRASE} characters; nothing was changed."
        )


class EncryptionService:
    def __init__(self, context: ServiceContext, store: EncryptionStore) -> None:
        self._ctx = context
        self._store = store

    def is_encrypted(self) -> bool:
        """Whether this library's file is encrypted."""
        return self._store.is_encrypted()

    def encrypt(self, passphrase: str, progress: ProgressFn = no_progress) -> None:
        """Encrypt this plain library with ``passphrase``; it stays open, now encrypted."""
        if self._store.is_encrypted():
            raise InvalidInput("This library is already encrypted; nothing was changed.")
        check_passphrase(passphrase)
        self._store.convert(passphrase, progress)
        self._audit("library.encrypt", before=False, after=True)

    def decrypt(self, passphrase: str, progress: ProgressFn = no_progress) -> None:
        """Turn this encrypted library back into a plain file (its passphrase to prove it)."""
        self._require_encrypted()
        self._check_current(passphrase)
        self._store.convert(None, progress)
        self._audit("library.decrypt", before=True, after=False)

    def change_passphrase(self, old: str, new: str, progress: ProgressFn = no_progress) -> None:
        """Re-encrypt this library under ``new`` (``old`` must be its passphrase now)."""
        self._require_encrypted()
        self._check_current(old)
        check_passphrase(new)
        if new == old:
            raise InvalidInput("The new passphrase is the same as the old; nothing was changed.")
        self._store.convert(new, progress)
        self._audit("library.rekey", before=True, after=True, note="passphrase changed")

    def _require_encrypted(self) -> None:
        if not self._store.is_encrypted():
            raise InvalidInput("This library is not encrypted; nothing was changed.")

    def _check_current(self, passphrase: str) -> None:
        if not self._store.opens_with(passphrase):
            raise InvalidInput("That is not this library's passphrase; nothing was changed.")

    def _audit(self, action: str, *, before: bool, after: bool, note: str | None = None) -> None:
        with self._ctx.unit_of_work() as uow:
            audit.record(
                uow,
                self._ctx.actor(),
                self._ctx.clock.now(),
                action,
                "library",
                None,
                before={"encrypted": before},
                after={"encrypted": after},
                note=note,
            )
            uow.commit()
