"""Encryption at rest (issue 8): an optional encrypted library for laptops, its key from
a passphrase; converting a library to encrypted and back."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports.encryption import EncryptionStore


class EncryptionService:
    def __init__(self, context: ServiceContext, store: EncryptionStore) -> None:
        self._ctx = context
        self._store = store
