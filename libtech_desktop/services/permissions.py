"""Who may call what (issue 8): every service method needs a permission, or only a login.

The front ends (GUI, command line, Python API) all reach the services through the open
``Library``, which hands out each service wrapped by :func:`guard`: a call by a staff
member whose role lacks the right is refused with :class:`PermissionDenied` before it
runs, whichever front end made it — hiding a button is only a courtesy.

:data:`DEFAULTS` gives each service's permission; :data:`OVERRIDES` the methods that
differ. ``None`` means any logged-in staff member (reading the catalogue, the settings);
:data:`OPEN` means no login at all (is there anyone to log in as?). A test checks that
every public method of every service is covered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import wraps
from typing import Any, Final, TypeVar

from libtech_desktop.domain.staff import (
    Actor,
    AuthenticationRequired,
    Permission,
    PermissionDenied,
)

P = Permission


class _Open:
    def __repr__(self) -> str:
        return "OPEN"


#: No login needed.
OPEN: Final = _Open()
Needs = Permission | None | _Open

DEFAULTS: dict[str, Needs] = {
    "PatronService": P.PATRONS,
    "CatalogueService": P.CATALOGUE,
    "CirculationService": P.CIRCULATE,
    "RepairService": P.REPAIRS,
    "FineService": P.FINES,
    "HoldService": P.PATRONS,
    "NoticeService": P.NOTICES,
    "LoanRuleService": P.SETTINGS,
    "PrivacyService": P.SETTINGS,
    "PatronImportService": P.PATRONS,
    "BinderyService": P.INVENTORY,
    "InventoryService": P.INVENTORY,
    "EquipmentService": P.INVENTORY,
    "TransferService": P.INVENTORY,
    "JournalService": P.CIRCULATE,
    "RouteService": P.SYNC,
    "TruckService": P.INVENTORY,
    "PackageService": P.SYNC,
    "MergeService": P.SYNC,
    "SetupService": P.SETTINGS,
    "FirstRunService": P.SETTINGS,
    "LibrarySettingsService": P.SETTINGS,
    "MarcImportService": P.CATALOGUE,
    "MarcExportService": P.CATALOGUE,
    "RecordService": P.CATALOGUE,
    "ShelfListService": None,
    "SuggestionService": P.CATALOGUE,
    "AuthorityService": P.CATALOGUE,
    "LabelService": P.LABELS,
    "StaffService": P.STAFF,
    "AuditService": P.AUDIT,
    "BackupService": P.BACKUP,
    "EncryptionService": P.STAFF,
}

OVERRIDES: dict[str, Needs] = {
    # Reading what the desk shows to anyone at it.
    "PatronService.get": P.CIRCULATE,
    "PatronService.search": P.CIRCULATE,
    "PatronService.search_page": P.CIRCULATE,
    "PatronService.blocks": P.CIRCULATE,
    "PatronService.categories": None,
    "PatronService.add_category": P.SETTINGS,
    "CatalogueService.get_biblio": None,
    "CatalogueService.item": None,
    "CatalogueService.items_of": None,
    "CatalogueService.search": None,
    "CatalogueService.search_page": None,
    "CatalogueService.item_counts": None,
    "CatalogueService.item_types": None,
    "CatalogueService.check": None,
    "CatalogueService.find_duplicates": None,
    "RecordService.record": None,
    "RecordService.today": None,
    "RecordService.check": None,
    "SuggestionService.for_record": None,
    "AuthorityService.authorities": None,
    "AuthorityService.authority": None,
    "AuthorityService.browse": None,
    "AuthorityService.records_with_heading": None,
    "AuthorityService.check_heading": None,
    "AuthorityService.delete_authority": P.DELETE,
    # Damage noticed at the check-in desk is part of the check-in.
    "RepairService.report_damage": P.CIRCULATE,
    "RepairService.damage_context": P.CIRCULATE,
    "FineService.waive": P.WAIVE,
    "FineService.correct": P.WAIVE,
    "LoanRuleService.rules": None,
    "PrivacyService.erase": P.DELETE,
    "PrivacyService.export": P.REPORTS,
    "BinderyService.prepared": None,
    "InventoryService.locations": None,
    "TransferService.locations": None,
    "EquipmentService.get": None,
    "EquipmentService.pieces": None,
    "EquipmentService.details": None,
    # The status bar's sync state reads on while the desk is locked: counts, no names.
    "JournalService.device_id": OPEN,
    "JournalService.pending": OPEN,
    "RouteService.routes": None,
    "RouteService.stops": None,
    "RouteService.stop": None,
    "RouteService.next_visit": None,
    "RouteService.next_visits": None,
    "RouteService.today": None,
    "RouteService.today_stops": None,
    "RouteService.current_stop": None,
    "RouteService.set_current_stop": P.CIRCULATE,
    "RouteService.stop_statistics": P.REPORTS,
    "TruckService.location": None,
    "TruckService.locations": None,
    "TruckService.on_truck": None,
    "MergeService.role": None,
    "MergeService.export_name": None,
    "LibrarySettingsService.get": None,
    "LibrarySettingsService.all": None,
    "LibrarySettingsService.library_name": OPEN,
    "LabelService.templates": None,
    "LabelService.get": None,
    "LabelService.library_template_names": None,
    "LabelService.logo": None,
    "StaffService.has_accounts": OPEN,
    "FirstRunService.needed": OPEN,
    "EncryptionService.is_encrypted": None,
    "BackupService.restore": P.RESTORE,
    "BackupService.every_hours": None,
    # Refused by the service itself once any account exists.
    "StaffService.create_first_administrator": OPEN,
    # Any staff member changes their own password (the old one first).
    "StaffService.change_own_password": None,
}

_SYSTEM: ContextVar[bool] = ContextVar("libtech_system_task", default=False)


@contextmanager
def as_system() -> Iterator[None]:
    """The program's own housekeeping (opening a file, expiring holds, anonymising
    history): no staff member is asking, so no permission is checked."""
    token = _SYSTEM.set(True)
    try:
        yield
    finally:
        _SYSTEM.reset(token)


def needs(service: str, method: str) -> Needs:
    key = f"{service}.{method}"
    if key in OVERRIDES:
        return OVERRIDES[key]
    return DEFAULTS[service]


def check(actor: Actor, required: Needs) -> None:
    """Refuse unless ``actor`` may do what needs ``required``."""
    if required is OPEN or _SYSTEM.get():
        return
    if not actor.username:
        raise AuthenticationRequired(
            "This library has staff accounts: log in first (in the program; on the command "
            "line --user NAME, LIBTECH_USER and LIBTECH_PASSWORD, or LIBTECH_TOKEN)."
        )
    if isinstance(required, Permission) and not actor.may(required):
        raise PermissionDenied(
            f"{actor.display_name} ({actor.role}) may not do this: it needs the right to "
            f"{required.label}."
        )


T = TypeVar("T")


class _Guarded:
    """A service whose public methods check the acting staff member's rights first."""

    def __init__(self, service: Any, actor: Callable[[], Actor]) -> None:
        self._service = service
        self._actor = actor
        self._name = type(service).__name__

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._service, name)
        if name.startswith("_") or not callable(attr):
            return attr
        required = needs(self._name, name)

        @wraps(attr)
        def call(*args: Any, **kwargs: Any) -> Any:
            check(self._actor(), required)
            return attr(*args, **kwargs)

        self.__dict__[name] = call  # made once per method: a scan costs one more call
        return call

    def __repr__(self) -> str:
        return f"guarded({self._service!r})"


def guard(service: T, actor: Callable[[], Actor]) -> T:
    """``service`` as the front ends see it: every call checked against ``actor()``."""
    if type(service).__name__ not in DEFAULTS:
        raise KeyError(f"{type(service).__name__} has no permission in services.permissions")
    return _Guarded(service, actor)  # type: ignore[return-value]
