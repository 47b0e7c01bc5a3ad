"""Damaged items: into the repair queue, out as repaired or withdrawn."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.repairs import (
    CannotRepair,
    Repair,
    RepairOutcome,
    check_can_mark_damaged,
    status_after,
)
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item


class RepairService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def mark_damaged(self, item_barcode: str, note: str) -> Repair:
        """Take an item out of circulation for repair. A loan on it is closed first."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            note = check_can_mark_damaged(item, note)
            loan = uow.loans.open_for_item(item.id)
            if loan is not None:
                uow.loans.close(loan.id, actor, now)
            uow.catalogue.set_status(item.id, ItemStatus.IN_REPAIR, actor, now, condition_note=note)
            repair = uow.repairs.open(item.id, note, actor, now)
            uow.commit()
        return repair

    def queue(self) -> list[Repair]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.repairs.queue())

    def resolve(self, item_barcode: str, outcome: RepairOutcome) -> Repair:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            repair = uow.repairs.open_for_item(item.id)
            if repair is None:
                raise CannotRepair(f"{item.barcode} “{item.title}” is not in the repair queue.")
            resolved = uow.repairs.resolve(repair.id, outcome, actor, now)
            note = None if outcome is RepairOutcome.REPAIRED else item.condition_note
            uow.catalogue.set_status(
                item.id, status_after(outcome), actor, now, condition_note=note
            )
            uow.commit()
        return resolved
