"""The SQLAlchemy unit of work: one session, one transaction, repositories over it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from libtech_desktop.db.repositories import (
    SqlAuditRepository,
    SqlAuthorityRepository,
    SqlBinderyRepository,
    SqlCatalogueRepository,
    SqlEquipmentRepository,
    SqlFineRepository,
    SqlHoldRepository,
    SqlIncidentRepository,
    SqlInventoryRepository,
    SqlJournalRepository,
    SqlLabelRepository,
    SqlLoanRepository,
    SqlNoticeRepository,
    SqlPackageRepository,
    SqlPatronRepository,
    SqlRepairRepository,
    SqlRouteRepository,
    SqlRuleRepository,
    SqlSearchRepository,
    SqlSettingsRepository,
    SqlShelfRepository,
    SqlStaffRepository,
    SqlSyncRepository,
    SqlTransferRepository,
)
from libtech_desktop.domain.errors import DiskFull, LibraryBusy, LibraryReadOnly, StorageError

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_FULL = 13

BUSY_MESSAGE = "The library is busy: another program is writing to it. Try again in a moment."


def storage_error(exc: BaseException, path: str | None = None) -> StorageError | None:
    """The clear error for SQLite refusing to write (locked, read-only, disk full), or
    None when ``exc`` is something else (left alone: a bug, or the caller's business).
    Recognised by SQLite's result code, or by its message where the driver (sqlcipher3)
    does not give the code."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    code = getattr(orig, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(orig).lower()
    where = f" ({path})" if path else ""
    if primary in (SQLITE_BUSY, SQLITE_LOCKED) or "database is locked" in text:
        return LibraryBusy(BUSY_MESSAGE)
    if primary == SQLITE_READONLY or "readonly database" in text:
        return LibraryReadOnly(
            f"The library file is read-only{where}: nothing was changed. Check that this "
            "account may write to the file and to its folder, or work on a copy."
        )
    if primary == SQLITE_FULL or "database or disk is full" in text:
        return DiskFull(
            f"The disk is full{where}: nothing was changed, and everything saved before is "
            "safe. Free some space on that disk, then try again."
        )
    return None


class SqlUnitOfWork:
    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def __enter__(self) -> Self:
        self._session = self._factory()
        self.patrons = SqlPatronRepository(self._session)
        self.catalogue = SqlCatalogueRepository(self._session)
        self.loans = SqlLoanRepository(self._session)
        self.rules = SqlRuleRepository(self._session)
        self.repairs = SqlRepairRepository(self._session)
        self.settings = SqlSettingsRepository(self._session)
        self.search = SqlSearchRepository(self._session)
        self.authorities = SqlAuthorityRepository(self._session)
        self.shelf = SqlShelfRepository(self._session)
        self.labels = SqlLabelRepository(self._session)
        self.fines = SqlFineRepository(self._session)
        self.holds = SqlHoldRepository(self._session)
        self.notices = SqlNoticeRepository(self._session)
        self.incidents = SqlIncidentRepository(self._session)
        self.bindery = SqlBinderyRepository(self._session)
        self.inventory = SqlInventoryRepository(self._session)
        self.equipment = SqlEquipmentRepository(self._session)
        self.transfers = SqlTransferRepository(self._session)
        self.journal = SqlJournalRepository(self._session)
        self.routes = SqlRouteRepository(self._session)
        self.sync = SqlSyncRepository(self._session)
        self.package = SqlPackageRepository(self._session)
        self.staff = SqlStaffRepository(self._session)
        self.audit = SqlAuditRepository(self._session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Anything not committed is rolled back: a refusal changes nothing.
        try:
            self._session.rollback()
            self._session.close()
        except DBAPIError as rollback_error:
            self._raise_storage_error(rollback_error)
            raise
        if isinstance(exc, DBAPIError):
            # A lock, read-only file or full disk met by a query, an autoflush or the
            # commit: the technician gets the reason, not a driver traceback.
            self._raise_storage_error(exc)

    def commit(self) -> None:
        try:
            self._session.commit()
        except DBAPIError as exc:
            self._raise_storage_error(exc)
            raise

    def _raise_storage_error(self, exc: DBAPIError) -> None:
        error = storage_error(exc, self._path())
        if error is not None:
            raise error from exc

    def _path(self) -> str | None:
        bind = self._factory.kw.get("bind")
        url = getattr(bind, "url", None)
        return getattr(url, "database", None) or None


def unit_of_work_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
