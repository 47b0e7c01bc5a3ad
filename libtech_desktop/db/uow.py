"""The SQLAlchemy unit of work: one session, one transaction, repositories over it."""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy import Engine
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
        self._session.rollback()
        self._session.close()

    def commit(self) -> None:
        self._session.commit()


def unit_of_work_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)
