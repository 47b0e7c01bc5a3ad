"""The library's equipment: inventory, faults, scheduled maintenance, and the
accessories of lent equipment checked at return (issue 6).

A lendable piece is an item of item type ``equipment`` (its own record, titled with the
piece's name and model), so it circulates by the loan rules. While the piece is out of
order, in repair or retired its item, when on the shelf, is in repair or withdrawn.
A piece returned without an accessory gets a fault ("Returned without: charger") that
puts it out of order until fixed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from libtech_desktop.domain.catalogue import (
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    validate_item,
)
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.equipment import (
    DEFAULT_LOAN_DAYS,
    DEFAULT_MAX_ITEMS,
    DEFAULT_RENEWALS,
    EQUIPMENT_ITEM_TYPE,
    EQUIPMENT_ITEM_TYPE_NAME,
    Equipment,
    EquipmentDraft,
    EquipmentRefused,
    EquipmentStatus,
    Fault,
    MaintenanceDue,
    UnknownEquipment,
    check_interval,
    maintenance_due,
    parse_accessories,
    validate_equipment,
)
from libtech_desktop.domain.errors import DuplicateBarcode, InvalidInput, NotFound
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item
from libtech_desktop.services.ports import UnitOfWork

#: Statuses of an item that the piece's status may change (on the shelf, or held back by it).
_FOLLOWS = frozenset({ItemStatus.AVAILABLE, ItemStatus.IN_REPAIR, ItemStatus.WITHDRAWN})


@dataclass(frozen=True)
class EquipmentDetails:
    """One piece with its faults (open first) and its maintenance, for the dialog."""

    equipment: Equipment
    faults: tuple[Fault, ...]
    maintenance: tuple[MaintenanceDue, ...]
    #: When this was read: the downtime of open faults counts to here.
    as_of: datetime


@dataclass(frozen=True)
class Lendable:
    """A piece made lendable: its item, and what was set up on the way (said loudly)."""

    equipment: Equipment
    item: Item
    notes: tuple[str, ...]


class EquipmentService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- queries -------------------------------------------------------------------

    def pieces(self) -> list[Equipment]:
        """Every piece, with its open faults and when its maintenance falls due."""
        today = self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            warn = _warn_days(uow)
            dues: dict[int, list[MaintenanceDue]] = {}
            hours = {e.id: e.hours_used for e in uow.equipment.all()}
            for task in uow.equipment.tasks():
                due = maintenance_due(task, hours.get(task.equipment_id, 0), today, warn)
                dues.setdefault(task.equipment_id, []).append(due)
            return [_with_due(e, dues.get(e.id, [])) for e in uow.equipment.all()]

    def get(self, equipment_id: int) -> Equipment:
        return self.details(equipment_id).equipment

    def details(self, equipment_id: int) -> EquipmentDetails:
        today, now = self._ctx.clock.today(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            piece = _require(uow, equipment_id)
            warn = _warn_days(uow)
            dues = [
                maintenance_due(t, piece.hours_used, today, warn)
                for t in uow.equipment.tasks(piece.id)
            ]
            faults = tuple(uow.equipment.faults(piece.id))
        return EquipmentDetails(_with_due(piece, dues), faults, tuple(dues), now)

    def faults(self, equipment_id: int | None = None, *, open_only: bool = False) -> list[Fault]:
        with self._ctx.unit_of_work() as uow:
            if equipment_id is not None:
                _require(uow, equipment_id)
            return list(uow.equipment.faults(equipment_id, open_only))

    def fault(self, fault_id: int) -> Fault:
        with self._ctx.unit_of_work() as uow:
            return _require_fault(uow, fault_id)

    def due_maintenance(self, within_days: int | None = None) -> list[MaintenanceDue]:
        """Maintenance due within ``within_days`` (default: the setting
        ``equipment.maintenance_warn_days``), overdue or reached by hours, soonest first;
        retired pieces left out."""
        today = self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            warn = _warn_days(uow) if within_days is None else within_days
            hours = {e.id: e.hours_used for e in uow.equipment.all()}
            dues = [
                maintenance_due(t, hours.get(t.equipment_id, 0), today, warn)
                for t in uow.equipment.tasks()
            ]
        due = [d for d in dues if d.due]
        return sorted(due, key=lambda d: (d.due_on or today, d.task.equipment_name, d.task.name))

    def accessory_checks(self, loan_id: int) -> list[tuple[str, bool]]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.equipment.accessory_checks(loan_id))

    # -- the pieces ----------------------------------------------------------------

    def add(self, draft: EquipmentDraft) -> Equipment:
        draft = validate_equipment(draft)
        with self._ctx.unit_of_work() as uow:
            piece = uow.equipment.add(draft, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return piece

    def update(self, equipment_id: int, draft: EquipmentDraft) -> Equipment:
        draft = validate_equipment(draft)
        with self._ctx.unit_of_work() as uow:
            _require(uow, equipment_id)
            piece = uow.equipment.update(
                equipment_id, draft, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return piece

    def set_status(self, equipment_id: int, status: EquipmentStatus) -> Equipment:
        """Put a piece in service, out of order, in repair or retire it; its item follows."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            _require(uow, equipment_id)
            piece = _set_status(uow, actor, now, equipment_id, status)
            uow.commit()
        return piece

    def record_hours(self, equipment_id: int, hours_used: int) -> Equipment:
        """The piece's hours of use as read now (a projector's lamp meter)."""
        with self._ctx.unit_of_work() as uow:
            piece = _require(uow, equipment_id)
            if hours_used < piece.hours_used:
                raise InvalidInput(
                    f"{piece.name} has already been used {piece.hours_used} hours; "
                    f"{hours_used} would go back."
                )
            piece = uow.equipment.set_hours(
                equipment_id, hours_used, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return piece

    # -- faults --------------------------------------------------------------------

    def report_fault(self, equipment_id: int, symptom: str, *, still_works: bool = False) -> Fault:
        """Open a fault; the piece is out of order unless it ``still_works``."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            piece = _require(uow, equipment_id)
            fault = _open_fault(uow, actor, now, piece, symptom, still_works)
            uow.commit()
        return fault

    def add_step(self, fault_id: int, tried: str) -> Fault:
        """Note a troubleshooting step tried on an open fault."""
        text = " ".join(tried.split())
        if not text:
            raise InvalidInput("Say what was tried.")
        with self._ctx.unit_of_work() as uow:
            fault = _require_fault(uow, fault_id)
            if not fault.is_open:
                raise EquipmentRefused(f"Fault {fault.id} was already fixed.")
            fault = uow.equipment.add_step(fault.id, text)
            uow.commit()
        return fault

    def fix(self, fault_id: int, resolution: str) -> Fault:
        """Close a fault with its resolution; the piece is back in service unless other
        faults keep it out."""
        text = resolution.strip()
        if not text:
            raise InvalidInput("Say how the fault was fixed.")
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            fault = _require_fault(uow, fault_id)
            if not fault.is_open:
                raise EquipmentRefused(f"Fault {fault.id} was already fixed.")
            fault = uow.equipment.fix_fault(fault.id, text, actor, now)
            piece = _require(uow, fault.equipment_id)
            still_out = any(f.out_of_service for f in uow.equipment.faults(piece.id, True))
            if not still_out and piece.status in (
                EquipmentStatus.OUT_OF_ORDER,
                EquipmentStatus.IN_REPAIR,
            ):
                _set_status(uow, actor, now, piece.id, EquipmentStatus.IN_SERVICE)
            uow.commit()
        return fault

    # -- maintenance ---------------------------------------------------------------

    def add_maintenance(
        self,
        equipment_id: int,
        name: str,
        *,
        every_days: int | None = None,
        every_hours: int | None = None,
        last_done_on: date | None = None,
    ) -> MaintenanceDue:
        """Schedule upkeep, counted from ``last_done_on`` (default today) and the hours now."""
        text = " ".join(name.split())
        if not text:
            raise InvalidInput("Name the maintenance (lamp change, service…).")
        check_interval(every_days, every_hours)
        today = self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            piece = _require(uow, equipment_id)
            task = uow.equipment.add_task(
                piece.id, text, every_days, every_hours, last_done_on or today, piece.hours_used
            )
            due = maintenance_due(task, piece.hours_used, today, _warn_days(uow))
            uow.commit()
        return due

    def maintenance_done(self, task_id: int, *, on: date | None = None) -> MaintenanceDue:
        """Mark upkeep done (today unless ``on``), at the piece's hours now."""
        today = self._ctx.clock.today()
        day = on or today
        if day > today:
            raise InvalidInput(f"{day.isoformat()} has not come yet.")
        with self._ctx.unit_of_work() as uow:
            task = uow.equipment.task(task_id)
            if task is None:
                raise NotFound(f"There is no maintenance task {task_id}.")
            piece = _require(uow, task.equipment_id)
            task = uow.equipment.task_done(task.id, day, piece.hours_used)
            due = maintenance_due(task, piece.hours_used, today, _warn_days(uow))
            uow.commit()
        return due

    def remove_maintenance(self, task_id: int) -> None:
        with self._ctx.unit_of_work() as uow:
            if uow.equipment.task(task_id) is None:
                raise NotFound(f"There is no maintenance task {task_id}.")
            uow.equipment.delete_task(task_id)
            uow.commit()

    # -- lending -------------------------------------------------------------------

    def make_lendable(
        self, equipment_id: int, barcode: str, accessories: Sequence[str] | str = ()
    ) -> Lendable:
        """Catalogue the piece as an item (item type ``equipment``) with this barcode.
        The item type, and loan rules for every patron category (7 days, 1 renewal,
        1 at a time), are made if the library has none; the notes say so."""
        if isinstance(accessories, str):
            accessories = parse_accessories(accessories)
        else:
            accessories = parse_accessories(",".join(accessories))
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            piece = _require(uow, equipment_id)
            if piece.item_barcode is not None:
                raise EquipmentRefused(
                    f"{piece.name} is already lent as item {piece.item_barcode}."
                )
            draft = validate_item(
                ItemDraft(barcode, item_type_code=EQUIPMENT_ITEM_TYPE, location=piece.location)
            )
            _check_barcode_free(uow, draft.barcode)
            notes = _ensure_lending_rules(uow)
            title = f"{piece.name} ({piece.model})" if piece.model else piece.name
            biblio = uow.catalogue.add_biblio(BiblioDraft(title), actor, now)
            item = uow.catalogue.add_item(biblio.id, draft, actor, now)
            piece = uow.equipment.link_item(piece.id, item.id, accessories, actor, now)
            if piece.status is not EquipmentStatus.IN_SERVICE:
                item = uow.catalogue.set_status(item.id, piece.status.item_status, actor, now)
            uow.commit()
        return Lendable(piece, item, notes)

    def set_accessories(self, equipment_id: int, accessories: Sequence[str] | str) -> Equipment:
        names = (
            parse_accessories(accessories)
            if isinstance(accessories, str)
            else parse_accessories(",".join(accessories))
        )
        with self._ctx.unit_of_work() as uow:
            _require(uow, equipment_id)
            piece = uow.equipment.set_accessories(
                equipment_id, names, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return piece

    def record_accessory_check(
        self, loan: int | str, present: Mapping[str, bool]
    ) -> tuple[str, ...]:
        """At the return of lent equipment: record each accessory, there or not, for the
        loan (its id, or the item's barcode: its latest loan). An accessory not named in
        ``present`` counts as missing. What is missing opens a fault ("Returned without:
        charger") that puts the piece out of order. Returns what is missing."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            loan_id, piece = _lent_piece(uow, loan)
            if uow.equipment.accessory_checks(loan_id):
                raise EquipmentRefused(
                    f"The accessories of {piece.name} were already checked for loan {loan_id}."
                )
            known = {a.lower() for a in piece.accessories}
            unknown = [name for name in present if name.lower() not in known]
            if unknown:
                raise InvalidInput(
                    f"{piece.name} has no accessory {', '.join(unknown)} "
                    f"(its accessories: {', '.join(piece.accessories) or 'none'})."
                )
            ticked = {name.lower() for name, there in present.items() if there}
            missing = tuple(a for a in piece.accessories if a.lower() not in ticked)
            for accessory in piece.accessories:
                uow.equipment.add_accessory_check(
                    loan_id, accessory, accessory.lower() in ticked, actor, now
                )
            if missing:
                _open_fault(
                    uow, actor, now, piece, f"Returned without: {', '.join(missing)}", False
                )
            uow.commit()
        return missing


# -- called by circulation inside its unit of work -------------------------------------


def accessories_at_checkin(
    uow: UnitOfWork, actor: Actor, now: datetime, item: Item
) -> tuple[str, ...]:
    """Lent equipment has just come back: the accessories to check (() for a book). A
    piece reported out of order (or retired) while it was out goes to repair (or is
    withdrawn) rather than back on the shelf, so no hold traps it and nobody borrows it."""
    piece = uow.equipment.by_item(item.id)
    if piece is None:
        return ()
    wanted = piece.status.item_status
    if wanted is not ItemStatus.AVAILABLE and item.status is ItemStatus.AVAILABLE:
        uow.catalogue.set_status(item.id, wanted, actor, now)
    return piece.accessories


# -- helpers ----------------------------------------------------------------------------


def _require(uow: UnitOfWork, equipment_id: int) -> Equipment:
    piece = uow.equipment.get(equipment_id)
    if piece is None:
        raise UnknownEquipment(f"There is no equipment number {equipment_id}.")
    return piece


def _require_fault(uow: UnitOfWork, fault_id: int) -> Fault:
    fault = uow.equipment.fault(fault_id)
    if fault is None:
        raise NotFound(f"There is no equipment fault {fault_id}.")
    return fault


def _warn_days(uow: UnitOfWork) -> int:
    return SettingsReader(uow.settings.get).integer("equipment.maintenance_warn_days")


def _with_due(piece: Equipment, dues: Sequence[MaintenanceDue]) -> Equipment:
    days = [d.due_on for d in dues if d.due_on is not None]
    return replace(
        piece,
        maintenance_due_on=min(days) if days else None,
        maintenance_due=any(d.due for d in dues),
    )


def _set_status(
    uow: UnitOfWork, actor: Actor, now: datetime, equipment_id: int, status: EquipmentStatus
) -> Equipment:
    piece = uow.equipment.set_status(equipment_id, status, actor, now)
    if piece.item_id is not None:
        item = uow.catalogue.item_by_barcode(piece.item_barcode or "")
        # On loan or on the hold shelf, the item keeps its state; it is held back at return.
        if item is not None and item.status in _FOLLOWS and item.status != status.item_status:
            uow.catalogue.set_status(item.id, status.item_status, actor, now)
    return piece


def _open_fault(
    uow: UnitOfWork, actor: Actor, now: datetime, piece: Equipment, symptom: str, works: bool
) -> Fault:
    text = symptom.strip()
    if not text:
        raise InvalidInput("Describe the fault: what does it do, or not do?")
    if piece.status is EquipmentStatus.RETIRED:
        raise EquipmentRefused(f"{piece.name} is retired; put it back in service first.")
    fault = uow.equipment.add_fault(piece.id, text, not works, actor, now)
    if not works and piece.status is EquipmentStatus.IN_SERVICE:
        _set_status(uow, actor, now, piece.id, EquipmentStatus.OUT_OF_ORDER)
    return fault


def _check_barcode_free(uow: UnitOfWork, barcode: str) -> None:
    if uow.catalogue.item_by_barcode(barcode) is not None:
        raise DuplicateBarcode(f"Another item already has the barcode {barcode}.")
    if uow.patrons.by_barcode(barcode) is not None:
        raise DuplicateBarcode(f"{barcode} is a patron's card barcode.")


def _ensure_lending_rules(uow: UnitOfWork) -> tuple[str, ...]:
    notes: list[str] = []
    if uow.catalogue.item_type(EQUIPMENT_ITEM_TYPE) is None:
        uow.catalogue.add_item_type(EQUIPMENT_ITEM_TYPE, EQUIPMENT_ITEM_TYPE_NAME)
        notes.append(f"Created the item type '{EQUIPMENT_ITEM_TYPE}'.")
    if not any(r.item_type_code == EQUIPMENT_ITEM_TYPE for r in uow.rules.rules()):
        codes = [c.code for c in uow.patrons.categories()]
        for code in codes:
            uow.rules.set_rule(
                LoanRule(
                    code,
                    EQUIPMENT_ITEM_TYPE,
                    DEFAULT_LOAN_DAYS,
                    DEFAULT_RENEWALS,
                    DEFAULT_MAX_ITEMS,
                )
            )
        if codes:
            notes.append(
                f"Added loan rules for equipment ({DEFAULT_LOAN_DAYS} days, "
                f"{DEFAULT_RENEWALS} renewal, {DEFAULT_MAX_ITEMS} at a time) "
                f"for every patron category: {', '.join(codes)}."
            )
    return tuple(notes)


def _lent_piece(uow: UnitOfWork, loan: int | str) -> tuple[int, Equipment]:
    if isinstance(loan, str):
        item = require_item(uow, loan)
        loan_id = uow.equipment.last_loan_of_item(item.id)
        if loan_id is None:
            raise EquipmentRefused(f"{item.barcode} “{item.title}” was never lent.")
        item_id = item.id
    else:
        found = uow.equipment.item_of_loan(loan)
        if found is None:
            raise NotFound(f"There is no loan {loan}.")
        loan_id, item_id = loan, found
    piece = uow.equipment.by_item(item_id)
    if piece is None:
        raise EquipmentRefused(f"Loan {loan_id} was not of lent equipment.")
    return loan_id, piece
