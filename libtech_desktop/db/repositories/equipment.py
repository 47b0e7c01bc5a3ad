"""Equipment, faults, maintenance and accessory checks (issue 6)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.db.mapping import run
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.equipment import (
    Equipment,
    EquipmentDraft,
    EquipmentStatus,
    Fault,
    MaintenanceTask,
)
from libtech_desktop.domain.staff import Actor


def _lines(text: str | None) -> tuple[str, ...]:
    return tuple(line for line in (text or "").splitlines() if line.strip())


def _open_faults() -> Any:
    return (
        select(func.count())
        .where(m.EquipmentFault.equipment_id == m.Equipment.id, m.EquipmentFault.fixed_at.is_(None))
        .correlate(m.Equipment)
        .scalar_subquery()
    )


_IS_EQUIPMENT = "SELECT 1 FROM equipment WHERE item_id = ? LIMIT 1"


def _pieces() -> Select[Any]:
    return select(m.Equipment, m.Item.barcode, _open_faults()).outerjoin(
        m.Item, m.Item.id == m.Equipment.item_id
    )


def _equipment(row: Any) -> Equipment:
    e, barcode, open_faults = row
    return Equipment(
        id=e.id,
        name=e.name,
        kind=e.kind,
        model=e.model,
        serial=e.serial,
        location=e.location,
        purchased_on=e.purchased_on,
        warranty_until=e.warranty_until,
        status=EquipmentStatus(e.status),
        hours_used=e.hours_used or 0,
        notes=e.notes,
        item_id=e.item_id,
        item_barcode=barcode,
        accessories=_lines(e.accessories),
        open_faults=open_faults or 0,
    )


def _fault(row: Any) -> Fault:
    f, name = row
    return Fault(
        id=f.id,
        equipment_id=f.equipment_id,
        equipment_name=name,
        symptom=f.symptom,
        steps_tried=_lines(f.steps_tried),
        resolution=f.resolution,
        out_of_service=bool(f.out_of_service),
        reported_at=f.reported_at,
        reported_by=f.reported_by,
        fixed_at=f.fixed_at,
        fixed_by=f.fixed_by,
    )


def _task(row: Any) -> MaintenanceTask:
    t, name = row
    return MaintenanceTask(
        id=t.id,
        equipment_id=t.equipment_id,
        equipment_name=name,
        name=t.name,
        every_days=t.every_days,
        every_hours=t.every_hours,
        last_done_on=t.last_done_on,
        last_done_hours=t.last_done_hours,
    )


_FAULTS = select(m.EquipmentFault, m.Equipment.name).join(
    m.Equipment, m.Equipment.id == m.EquipmentFault.equipment_id
)
_TASKS = select(m.MaintenanceTask, m.Equipment.name).join(
    m.Equipment, m.Equipment.id == m.MaintenanceTask.equipment_id
)


class SqlEquipmentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- the pieces -------------------------------------------------------------------

    def add(self, draft: EquipmentDraft, actor: Actor, now: datetime) -> Equipment:
        row = m.Equipment(status=EquipmentStatus.IN_SERVICE.value, hours_used=0)
        self._fill(row, draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return self._one(row.id)

    def update(
        self, equipment_id: int, draft: EquipmentDraft, actor: Actor, now: datetime
    ) -> Equipment:
        row = self._s.get_one(m.Equipment, equipment_id)
        self._fill(row, draft)
        stamp(row, actor, now)
        self._s.flush()
        return self._one(equipment_id)

    @staticmethod
    def _fill(row: m.Equipment, draft: EquipmentDraft) -> None:
        row.name, row.kind, row.model = draft.name, draft.kind, draft.model
        row.serial, row.location = draft.serial, draft.location
        row.purchased_on, row.warranty_until = draft.purchased_on, draft.warranty_until
        row.notes = draft.notes

    def get(self, equipment_id: int) -> Equipment | None:
        found = self._s.execute(_pieces().where(m.Equipment.id == equipment_id)).first()
        return _equipment(found) if found else None

    def _one(self, equipment_id: int) -> Equipment:
        found = self.get(equipment_id)
        assert found is not None
        return found

    def all(self) -> Sequence[Equipment]:
        retired = case((m.Equipment.status == EquipmentStatus.RETIRED.value, 1), else_=0)
        query = _pieces().order_by(retired, m.Equipment.name, m.Equipment.id)
        return [_equipment(row) for row in self._s.execute(query)]

    def by_item(self, item_id: int) -> Equipment | None:
        # Asked at every check-in, where nearly every item is a book: one plain seek
        # first, the full read only for a piece of equipment.
        if run(self._s, _IS_EQUIPMENT, (item_id,)).first() is None:
            return None
        found = self._s.execute(_pieces().where(m.Equipment.item_id == item_id)).first()
        return _equipment(found) if found else None

    def set_status(
        self, equipment_id: int, status: EquipmentStatus, actor: Actor, now: datetime
    ) -> Equipment:
        row = self._s.get_one(m.Equipment, equipment_id)
        row.status = status.value
        stamp(row, actor, now)
        self._s.flush()
        return self._one(equipment_id)

    def set_hours(self, equipment_id: int, hours: int, actor: Actor, now: datetime) -> Equipment:
        row = self._s.get_one(m.Equipment, equipment_id)
        row.hours_used = hours
        stamp(row, actor, now)
        self._s.flush()
        return self._one(equipment_id)

    def link_item(
        self,
        equipment_id: int,
        item_id: int,
        accessories: Sequence[str],
        actor: Actor,
        now: datetime,
    ) -> Equipment:
        row = self._s.get_one(m.Equipment, equipment_id)
        row.item_id = item_id
        row.accessories = "\n".join(accessories) or None
        stamp(row, actor, now)
        self._s.flush()
        return self._one(equipment_id)

    def set_accessories(
        self, equipment_id: int, accessories: Sequence[str], actor: Actor, now: datetime
    ) -> Equipment:
        row = self._s.get_one(m.Equipment, equipment_id)
        row.accessories = "\n".join(accessories) or None
        stamp(row, actor, now)
        self._s.flush()
        return self._one(equipment_id)

    # -- faults -------------------------------------------------------------------------

    def add_fault(
        self, equipment_id: int, symptom: str, out_of_service: bool, actor: Actor, now: datetime
    ) -> Fault:
        row = m.EquipmentFault(
            equipment_id=equipment_id,
            symptom=symptom,
            out_of_service=out_of_service,
            reported_at=now,
            reported_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return self._fault_one(row.id)

    def fault(self, fault_id: int) -> Fault | None:
        found = self._s.execute(_FAULTS.where(m.EquipmentFault.id == fault_id)).first()
        return _fault(found) if found else None

    def _fault_one(self, fault_id: int) -> Fault:
        found = self.fault(fault_id)
        assert found is not None
        return found

    def faults(self, equipment_id: int | None = None, open_only: bool = False) -> Sequence[Fault]:
        fixed = case((m.EquipmentFault.fixed_at.is_(None), 0), else_=1)
        query = _FAULTS.order_by(
            fixed, m.EquipmentFault.reported_at.desc(), m.EquipmentFault.id.desc()
        )
        if equipment_id is not None:
            query = query.where(m.EquipmentFault.equipment_id == equipment_id)
        if open_only:
            query = query.where(m.EquipmentFault.fixed_at.is_(None))
        return [_fault(row) for row in self._s.execute(query)]

    def add_step(self, fault_id: int, tried: str) -> Fault:
        row = self._s.get_one(m.EquipmentFault, fault_id)
        row.steps_tried = "\n".join((*_lines(row.steps_tried), tried))
        self._s.flush()
        return self._fault_one(fault_id)

    def fix_fault(self, fault_id: int, resolution: str, actor: Actor, now: datetime) -> Fault:
        row = self._s.get_one(m.EquipmentFault, fault_id)
        row.resolution, row.fixed_at, row.fixed_by = resolution, now, actor.username
        self._s.flush()
        return self._fault_one(fault_id)

    # -- maintenance -------------------------------------------------------------------

    def add_task(
        self,
        equipment_id: int,
        name: str,
        every_days: int | None,
        every_hours: int | None,
        last_done_on: date | None,
        last_done_hours: int | None,
    ) -> MaintenanceTask:
        row = m.MaintenanceTask(
            equipment_id=equipment_id,
            name=name,
            every_days=every_days,
            every_hours=every_hours,
            last_done_on=last_done_on,
            last_done_hours=last_done_hours,
        )
        self._s.add(row)
        self._s.flush()
        return self._task_one(row.id)

    def task(self, task_id: int) -> MaintenanceTask | None:
        found = self._s.execute(_TASKS.where(m.MaintenanceTask.id == task_id)).first()
        return _task(found) if found else None

    def _task_one(self, task_id: int) -> MaintenanceTask:
        found = self.task(task_id)
        assert found is not None
        return found

    def tasks(self, equipment_id: int | None = None) -> Sequence[MaintenanceTask]:
        query = _TASKS.order_by(m.Equipment.name, m.Equipment.id, m.MaintenanceTask.name)
        if equipment_id is not None:
            query = query.where(m.MaintenanceTask.equipment_id == equipment_id)
        else:
            query = query.where(m.Equipment.status != EquipmentStatus.RETIRED.value)
        return [_task(row) for row in self._s.execute(query)]

    def task_done(self, task_id: int, on: date, hours: int) -> MaintenanceTask:
        row = self._s.get_one(m.MaintenanceTask, task_id)
        row.last_done_on, row.last_done_hours = on, hours
        self._s.flush()
        return self._task_one(task_id)

    def delete_task(self, task_id: int) -> None:
        self._s.delete(self._s.get_one(m.MaintenanceTask, task_id))
        self._s.flush()

    # -- lending -----------------------------------------------------------------------

    def item_of_loan(self, loan_id: int) -> int | None:
        return self._s.scalar(select(m.Loan.item_id).where(m.Loan.id == loan_id))

    def last_loan_of_item(self, item_id: int) -> int | None:
        query = (
            select(m.Loan.id)
            .where(m.Loan.item_id == item_id)
            .order_by(m.Loan.checked_out_at.desc(), m.Loan.id.desc())
            .limit(1)
        )
        return self._s.scalar(query)

    def add_accessory_check(
        self, loan_id: int, accessory: str, present: bool, actor: Actor, now: datetime
    ) -> None:
        self._s.add(
            m.AccessoryCheck(
                loan_id=loan_id,
                accessory=accessory,
                present=present,
                checked_at=now,
                checked_by=actor.username,
            )
        )
        self._s.flush()

    def accessory_checks(self, loan_id: int) -> Sequence[tuple[str, bool]]:
        query = (
            select(m.AccessoryCheck.accessory, m.AccessoryCheck.present)
            .where(m.AccessoryCheck.loan_id == loan_id)
            .order_by(m.AccessoryCheck.id)
        )
        return [(name, bool(present)) for name, present in self._s.execute(query)]
