"""The Python API: ``with open_library(path) as lib: lib.circulation.checkout(...)``.

A composition root: it alone wires storage (``db``) to the use cases (``services``).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import Self

from libtech_desktop.db.engine import copy_database, current_revision, open_engine
from libtech_desktop.db.uow import SqlUnitOfWork, unit_of_work_factory
from libtech_desktop.domain.clock import Clock, SystemClock
from libtech_desktop.domain.staff import DESK_ACCOUNT, Actor
from libtech_desktop.paths import default_db_path
from libtech_desktop.services.authorities import AuthorityService
from libtech_desktop.services.bindery import BinderyService
from libtech_desktop.services.catalogue import CatalogueService
from libtech_desktop.services.circulation import CirculationService
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.equipment import EquipmentService
from libtech_desktop.services.fines import FineService
from libtech_desktop.services.holds import HoldService
from libtech_desktop.services.inventory import InventoryService
from libtech_desktop.services.journal import JournalService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.library_settings import LibrarySettingsService
from libtech_desktop.services.loan_rules import LoanRuleService
from libtech_desktop.services.marc_export import MarcExportService
from libtech_desktop.services.marc_import import MarcImportService
from libtech_desktop.services.notices import NoticeService
from libtech_desktop.services.patron_import import PatronImportService
from libtech_desktop.services.patrons import PatronService
from libtech_desktop.services.privacy import PrivacyService
from libtech_desktop.services.records import RecordService
from libtech_desktop.services.repairs import RepairService
from libtech_desktop.services.routes import RouteService
from libtech_desktop.services.setup import SetupService
from libtech_desktop.services.shelf_list import ShelfListService
from libtech_desktop.services.suggestions import SuggestionService
from libtech_desktop.services.sync_merge import MergeService
from libtech_desktop.services.sync_package import PackageService
from libtech_desktop.services.transfers import TransferService
from libtech_desktop.services.truck import TruckService


class Library:
    """One open library file and the services over it."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Clock | None = None,
        actor: Callable[[], Actor] | None = None,
    ) -> None:
        self.path = Path(path)
        is_new = not self.path.exists()
        self._engine = open_engine(self.path)
        sessions = unit_of_work_factory(self._engine)
        self.context = ServiceContext(
            unit_of_work=lambda: SqlUnitOfWork(sessions),
            clock=clock or SystemClock(),
            actor=actor or (lambda: DESK_ACCOUNT),
        )
        self.patrons = PatronService(self.context)
        self.catalogue = CatalogueService(self.context)
        self.circulation = CirculationService(self.context)
        self.repairs = RepairService(self.context)
        self.fines = FineService(self.context)
        self.holds = HoldService(self.context)
        self.notices = NoticeService(self.context)
        self.rules = LoanRuleService(self.context)
        self.privacy = PrivacyService(self.context)
        self.patron_import = PatronImportService(self.context)
        self.bindery = BinderyService(self.context)
        self.inventory = InventoryService(self.context)
        self.equipment = EquipmentService(self.context)
        self.transfers = TransferService(self.context)
        self.journal = JournalService(self.context)
        self.routes = RouteService(self.context)
        self.truck = TruckService(self.context)
        self.packages = PackageService(self.context)
        self.sync = MergeService(self.context, self._scratch_copy)
        self.setup = SetupService(self.context)
        self.settings = LibrarySettingsService(self.context)
        self.marc_import = MarcImportService(self.context)
        self.marc_export = MarcExportService(self.context)
        self.records = RecordService(self.context)
        self.shelf_list = ShelfListService(self.context)
        self.suggestions = SuggestionService(self.context)
        self.authorities = AuthorityService(self.context)
        self.labels = LabelService(self.context)
        if is_new:
            # A new library is ready to lend at once: default categories, types, rules.
            self.setup.ensure_defaults()
        else:
            self.records.index_pending_records()

    @contextmanager
    def _scratch_copy(self) -> Iterator[ServiceContext]:
        """A context over a throwaway copy of this library (a merge's dry run)."""
        folder = Path(tempfile.mkdtemp(prefix="libtech-dry-run-"))
        try:
            copy = folder / "dry-run.sqlite"
            copy_database(self._engine, copy)
            engine = open_engine(copy)
            try:
                sessions = unit_of_work_factory(engine)
                yield replace(self.context, unit_of_work=lambda: SqlUnitOfWork(sessions))
            finally:
                engine.dispose()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def schema_revision(self) -> str | None:
        """The Alembic revision the file's schema is at (head, once opened)."""
        return current_revision(self._engine)

    def close(self) -> None:
        self._engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def open_library(
    path: str | Path | None = None,
    *,
    clock: Clock | None = None,
    actor: Callable[[], Actor] | None = None,
) -> Library:
    """Open the library at ``path`` (default: ``LIBTECH_DB`` or the user's data dir),
    creating and migrating it when new."""
    return Library(Path(path) if path is not None else default_db_path(), clock=clock, actor=actor)
