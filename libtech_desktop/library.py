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
from typing import Self, TypeVar

from libtech_desktop.db.backup import SqlBackupStore
from libtech_desktop.db.encryption import SqlEncryptionStore
from libtech_desktop.db.engine import (
    checkpoint,
    checkpoint_when_idle,
    copy_database,
    current_revision,
    engine_key,
    open_engine,
)
from libtech_desktop.db.search_order import BUDGET as SEARCH_ORDER_BUDGET
from libtech_desktop.db.search_order import place_pending
from libtech_desktop.db.uow import SqlUnitOfWork, unit_of_work_factory
from libtech_desktop.domain.clock import Clock, SystemClock
from libtech_desktop.domain.staff import DESK_ACCOUNT, NOBODY, Actor
from libtech_desktop.paths import default_db_path
from libtech_desktop.services import staff
from libtech_desktop.services.audit import AuditService
from libtech_desktop.services.authorities import AuthorityService
from libtech_desktop.services.backups import BackupService
from libtech_desktop.services.bindery import BinderyService
from libtech_desktop.services.catalogue import CatalogueService
from libtech_desktop.services.circulation import CirculationService
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.encryption import EncryptionService
from libtech_desktop.services.equipment import EquipmentService
from libtech_desktop.services.fines import FineService
from libtech_desktop.services.first_run import FirstRunService
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
from libtech_desktop.services.permissions import as_system, guard
from libtech_desktop.services.privacy import PrivacyService
from libtech_desktop.services.records import RecordService
from libtech_desktop.services.repairs import RepairService
from libtech_desktop.services.routes import RouteService
from libtech_desktop.services.setup import SetupService
from libtech_desktop.services.shelf_list import ShelfListService
from libtech_desktop.services.staff import StaffService
from libtech_desktop.services.suggestions import SuggestionService
from libtech_desktop.services.sync_merge import MergeService
from libtech_desktop.services.sync_package import PackageService
from libtech_desktop.services.transfers import TransferService
from libtech_desktop.services.truck import TruckService

T = TypeVar("T")


class Library:
    """One open library file and the services over it."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Clock | None = None,
        actor: Callable[[], Actor] | None = None,
        user: str | None = None,
        password: str | None = None,
        token: str | None = None,
        key: str | None = None,
        idle_checkpoints: bool = False,
    ) -> None:
        self.path = Path(path)
        is_new = not self.path.exists()
        self._engine = open_engine(self.path, key=key)
        if idle_checkpoints:
            checkpoint_when_idle(self._engine)
        sessions = unit_of_work_factory(self._engine)
        #: Who is acting: the desk account until staff accounts exist, then whoever
        #: logged in (nobody, with no rights, before that).
        self._actor: Actor = DESK_ACCOUNT
        self.context = ServiceContext(
            unit_of_work=lambda: SqlUnitOfWork(sessions),
            clock=clock or SystemClock(),
            actor=actor or self.current_actor,
        )
        self._build_services()
        with as_system():
            if is_new:
                # A new library is ready to lend at once: default categories, types, rules.
                self.setup.ensure_defaults()
            else:
                self.records.index_pending_records()
            if actor is None and self.staff.has_accounts():
                self._actor = NOBODY
        if token is not None:
            self.login_token(token)
        elif user is not None:
            self.login(user, password or "")

    def _build_services(self) -> None:
        """Every service, as the front ends see it: each call checks the actor's rights."""
        ctx = self.context

        def g(service: T) -> T:
            return guard(service, ctx.actor)

        self.patrons = g(PatronService(ctx))
        self.catalogue = g(CatalogueService(ctx))
        self.circulation = g(CirculationService(ctx))
        self.repairs = g(RepairService(ctx))
        self.fines = g(FineService(ctx))
        self.holds = g(HoldService(ctx))
        self.notices = g(NoticeService(ctx))
        self.rules = g(LoanRuleService(ctx))
        self.privacy = g(PrivacyService(ctx))
        self.patron_import = g(PatronImportService(ctx))
        self.bindery = g(BinderyService(ctx))
        self.inventory = g(InventoryService(ctx))
        self.equipment = g(EquipmentService(ctx))
        self.transfers = g(TransferService(ctx))
        self.journal = g(JournalService(ctx))
        self.routes = g(RouteService(ctx))
        self.truck = g(TruckService(ctx))
        self.packages = g(PackageService(ctx))
        self.sync = g(MergeService(ctx, self._scratch_copy))
        self.setup = g(SetupService(ctx))
        self.first_run = g(FirstRunService(ctx))
        self.settings = g(LibrarySettingsService(ctx))
        self.marc_import = g(MarcImportService(ctx))
        self.marc_export = g(MarcExportService(ctx))
        self.records = g(RecordService(ctx))
        self.shelf_list = g(ShelfListService(ctx))
        self.suggestions = g(SuggestionService(ctx))
        self.authorities = g(AuthorityService(ctx))
        self.labels = g(LabelService(ctx))
        self.staff = g(StaffService(ctx))
        self.audit = g(AuditService(ctx))
        self.backups = g(BackupService(ctx, SqlBackupStore(self._engine, self.path)))
        self.encryption = g(EncryptionService(ctx, SqlEncryptionStore(self._engine, self.path)))

    # -- who is acting ---------------------------------------------------------------

    def current_actor(self) -> Actor:
        return self._actor

    def login(self, username: str, password: str) -> Actor:
        """Log a staff member in (GUI, ``--user``, ``open_library(user=...)``)."""
        with self.context.unit_of_work() as uow:
            try:
                actor = staff.authenticate(uow, username, password, self.context.clock.now())
            finally:
                uow.commit()  # a failure is counted too
        self._actor = actor
        return actor

    def login_token(self, token: str) -> Actor:
        """Log in with a token an administrator made for a script (``LIBTECH_TOKEN``)."""
        with self.context.unit_of_work() as uow:
            actor = staff.authenticate_token(uow, token, self.context.clock.now())
            uow.commit()
        self._actor = actor
        return actor

    def logout(self) -> None:
        """Lock the desk: nobody is acting until the next login."""
        with as_system():
            self._actor = NOBODY if self.staff.has_accounts() else DESK_ACCOUNT

    def checkpoint(self) -> tuple[int, int]:
        """Copy the write-ahead log into the library file (the desk calls this when idle,
        having opened the library with ``idle_checkpoints``); (log pages, pages copied)."""
        return checkpoint(self._engine)

    def place_search_titles(self, budget: int = SEARCH_ORDER_BUDGET) -> int:
        """Put up to ``budget`` records the search index could not place into its title
        order (the desk calls this when idle: searches are right without it, and faster
        with it); how many were placed. SQLite refusing the write (another program
        writing, a read-only file) is the clear storage error, and nothing is changed."""
        return place_pending(self._engine, budget)

    @contextmanager
    def _scratch_copy(self) -> Iterator[ServiceContext]:
        """A context over a throwaway copy of this library (a merge's dry run)."""
        folder = Path(tempfile.mkdtemp(prefix="libtech-dry-run-"))
        try:
            copy = folder / "dry-run.sqlite"
            copy_database(self._engine, copy)
            engine = open_engine(copy, key=engine_key(self._engine))
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
    user: str | None = None,
    password: str | None = None,
    token: str | None = None,
    key: str | None = None,
    idle_checkpoints: bool = False,
) -> Library:
    """Open the library at ``path`` (default: ``LIBTECH_DB`` or the user's data dir),
    creating and migrating it when new. A library with staff accounts needs ``user`` and
    ``password``, or a script's ``token``; an encrypted one its ``key`` (passphrase).
    ``idle_checkpoints``: the owner calls :meth:`Library.checkpoint` when idle (the desk),
    so no commit copies the write-ahead log into the file."""
    return Library(
        Path(path) if path is not None else default_db_path(),
        clock=clock,
        actor=actor,
        user=user,
        password=password,
        token=token,
        key=key,
        idle_checkpoints=idle_checkpoints,
    )
