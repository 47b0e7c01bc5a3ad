"""SQLAlchemy implementations of the ports in ``services/ports.py``, one module each."""

from __future__ import annotations

from libtech_desktop.db.repositories.audit import SqlAuditRepository
from libtech_desktop.db.repositories.authorities import SqlAuthorityRepository
from libtech_desktop.db.repositories.bindery import SqlBinderyRepository
from libtech_desktop.db.repositories.catalogue import SqlCatalogueRepository
from libtech_desktop.db.repositories.equipment import SqlEquipmentRepository
from libtech_desktop.db.repositories.fines import SqlFineRepository
from libtech_desktop.db.repositories.holds import SqlHoldRepository
from libtech_desktop.db.repositories.incidents import SqlIncidentRepository
from libtech_desktop.db.repositories.inventory import SqlInventoryRepository
from libtech_desktop.db.repositories.journal import SqlJournalRepository
from libtech_desktop.db.repositories.labels import SqlLabelRepository
from libtech_desktop.db.repositories.loans import SqlLoanRepository
from libtech_desktop.db.repositories.notices import SqlNoticeRepository
from libtech_desktop.db.repositories.package import SqlPackageRepository
from libtech_desktop.db.repositories.patrons import SqlPatronRepository
from libtech_desktop.db.repositories.repairs import SqlRepairRepository
from libtech_desktop.db.repositories.routes import SqlRouteRepository
from libtech_desktop.db.repositories.rules import SqlRuleRepository
from libtech_desktop.db.repositories.search import SqlSearchRepository
from libtech_desktop.db.repositories.settings import SqlSettingsRepository
from libtech_desktop.db.repositories.shelf import SqlShelfRepository
from libtech_desktop.db.repositories.staff import SqlStaffRepository
from libtech_desktop.db.repositories.sync import SqlSyncRepository
from libtech_desktop.db.repositories.transfers import SqlTransferRepository

__all__ = [
    "SqlAuditRepository",
    "SqlAuthorityRepository",
    "SqlBinderyRepository",
    "SqlCatalogueRepository",
    "SqlEquipmentRepository",
    "SqlFineRepository",
    "SqlHoldRepository",
    "SqlIncidentRepository",
    "SqlInventoryRepository",
    "SqlJournalRepository",
    "SqlLabelRepository",
    "SqlLoanRepository",
    "SqlNoticeRepository",
    "SqlPackageRepository",
    "SqlPatronRepository",
    "SqlRepairRepository",
    "SqlRouteRepository",
    "SqlRuleRepository",
    "SqlSearchRepository",
    "SqlSettingsRepository",
    "SqlShelfRepository",
    "SqlStaffRepository",
    "SqlSyncRepository",
    "SqlTransferRepository",
]
