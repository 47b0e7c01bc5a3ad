"""What the equipment workflow needs from storage (issue 6): Equipment, faults, maintenance and accessory checks."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from libtech_desktop.domain.equipment import (
    Equipment,
    EquipmentDraft,
    EquipmentStatus,
    Fault,
    MaintenanceTask,
)
from libtech_desktop.domain.staff import Actor


class EquipmentRepository(Protocol):
    def add(self, draft: EquipmentDraft, actor: Actor, now: datetime) -> Equipment: ...
    def update(
        self, equipment_id: int, draft: EquipmentDraft, actor: Actor, now: datetime
    ) -> Equipment: ...
    def get(self, equipment_id: int) -> Equipment | None:
        """The piece with its open faults counted (maintenance left for the service)."""

    def all(self) -> Sequence[Equipment]:
        """Every piece, retired ones last, then by name."""

    def by_item(self, item_id: int) -> Equipment | None: ...
    def set_status(
        self, equipment_id: int, status: EquipmentStatus, actor: Actor, now: datetime
    ) -> Equipment: ...
    def set_hours(
        self, equipment_id: int, hours: int, actor: Actor, now: datetime
    ) -> Equipment: ...
    def link_item(
        self,
        equipment_id: int,
        item_id: int,
        accessories: Sequence[str],
        actor: Actor,
        now: datetime,
    ) -> Equipment: ...
    def set_accessories(
        self, equipment_id: int, accessories: Sequence[str], actor: Actor, now: datetime
    ) -> Equipment: ...

    def add_fault(
        self, equipment_id: int, symptom: str, out_of_service: bool, actor: Actor, now: datetime
    ) -> Fault: ...
    def fault(self, fault_id: int) -> Fault | None: ...
    def faults(self, equipment_id: int | None = None, open_only: bool = False) -> Sequence[Fault]:
        """Faults (of one piece if given), open ones first, newest first."""

    def add_step(self, fault_id: int, tried: str) -> Fault: ...
    def fix_fault(self, fault_id: int, resolution: str, actor: Actor, now: datetime) -> Fault: ...

    def add_task(
        self,
        equipment_id: int,
        name: str,
        every_days: int | None,
        every_hours: int | None,
        last_done_on: date | None,
        last_done_hours: int | None,
    ) -> MaintenanceTask: ...
    def task(self, task_id: int) -> MaintenanceTask | None: ...
    def tasks(self, equipment_id: int | None = None) -> Sequence[MaintenanceTask]:
        """Tasks of one piece, or of every piece not retired; by piece, then name."""

    def task_done(self, task_id: int, on: date, hours: int) -> MaintenanceTask: ...
    def delete_task(self, task_id: int) -> None: ...

    def item_of_loan(self, loan_id: int) -> int | None:
        """The item id of a loan (open or returned), ``None`` if there is no such loan."""

    def last_loan_of_item(self, item_id: int) -> int | None:
        """The id of the item's latest loan (open or returned), if it was ever lent."""

    def add_accessory_check(
        self, loan_id: int, accessory: str, present: bool, actor: Actor, now: datetime
    ) -> None: ...
    def accessory_checks(self, loan_id: int) -> Sequence[tuple[str, bool]]:
        """(accessory, present) checked at this loan's return, in the order checked."""
