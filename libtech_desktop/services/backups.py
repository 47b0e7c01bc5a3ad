"""Backups and restore (issue 8): automatic and on demand, consistent while the program
runs, kept N deep, checked after writing; a restore refuses a damaged or newer file and
keeps the replaced library aside."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports.backups import BackupStore


class BackupService:
    def __init__(self, context: ServiceContext, store: BackupStore) -> None:
        self._ctx = context
        self._store = store
