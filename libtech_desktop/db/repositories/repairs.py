"""Repair tickets, condition history, withdrawals and the replacement list."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.domain.repairs import (
    Borrower,
    Condition,
    ConditionEntry,
    ConditionSource,
    Repair,
    RepairOutcome,
    RepairStatus,
    Replacement,
    Withdrawal,
    WithdrawalReason,
)
from libtech_desktop.domain.staff import Actor


class SqlRepairRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- tickets -------------------------------------------------------------------------

    def open(
        self,
        item_id: int,
        note: str,
        actor: Actor,
        now: datetime,
        repair_type: str | None = None,
        assigned_to: str | None = None,
    ) -> Repair:
        row = m.Repair(
            item_id=item_id,
            note=note,
            reported_at=now,
            reported_by=actor.username,
            repair_type=repair_type,
            assigned_to=assigned_to,
            status=RepairStatus.QUEUED.value,
            minutes_spent=0,
            materials_minor=0,
        )
        self._s.add(row)
        self._s.flush()
        return mapping.repair(row)

    def by_id(self, repair_id: int) -> Repair | None:
        row = self._s.get(m.Repair, repair_id)
        return mapping.repair(row) if row else None

    def item_id_of(self, repair_id: int) -> int:
        return self._s.get_one(m.Repair, repair_id).item_id

    def open_for_item(self, item_id: int) -> Repair | None:
        row = self._s.scalar(
            select(m.Repair).where(m.Repair.item_id == item_id, m.Repair.resolved_at.is_(None))
        )
        return mapping.repair(row) if row else None

    def queue(self) -> Sequence[Repair]:
        rows = self._s.scalars(
            select(m.Repair)
            .where(m.Repair.resolved_at.is_(None))
            .order_by(m.Repair.reported_at, m.Repair.id)
        )
        return [mapping.repair(row) for row in rows]

    def tickets(self, status: RepairStatus | None) -> Sequence[Repair]:
        query = select(m.Repair).order_by(m.Repair.reported_at, m.Repair.id)
        if status is not None:
            query = query.where(m.Repair.status == status.value)
        return [mapping.repair(row) for row in self._s.scalars(query)]

    def start(self, repair_id: int, assigned_to: str, now: datetime) -> Repair:
        row = self._s.get_one(m.Repair, repair_id)
        row.status, row.assigned_to = RepairStatus.IN_PROGRESS.value, assigned_to
        row.started_at = row.started_at or now
        self._s.flush()
        return mapping.repair(row)

    def add_work(self, repair_id: int, minutes: int, materials_minor: int) -> Repair:
        row = self._s.get_one(m.Repair, repair_id)
        row.minutes_spent = (row.minutes_spent or 0) + minutes
        row.materials_minor = (row.materials_minor or 0) + materials_minor
        self._s.flush()
        return mapping.repair(row)

    def resolve(
        self, repair_id: int, outcome: RepairOutcome, actor: Actor, now: datetime
    ) -> Repair:
        row = self._s.get_one(m.Repair, repair_id)
        row.resolved_at, row.resolved_by, row.outcome = now, actor.username, outcome.value
        row.status = RepairStatus.DONE.value
        self._s.flush()
        return mapping.repair(row)

    # -- condition history ---------------------------------------------------------------

    def add_condition(
        self,
        item_id: int,
        condition: Condition,
        note: str | None,
        source: ConditionSource,
        actor: Actor,
        now: datetime,
    ) -> ConditionEntry:
        row = m.ItemCondition(
            item_id=item_id,
            condition=condition.value,
            note=note,
            source=source.value,
            recorded_at=now,
            recorded_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return self._condition(row)

    def conditions(self, item_id: int) -> Sequence[ConditionEntry]:
        rows = self._s.scalars(
            select(m.ItemCondition)
            .where(m.ItemCondition.item_id == item_id)
            .order_by(m.ItemCondition.recorded_at.desc(), m.ItemCondition.id.desc())
        )
        return [self._condition(row) for row in rows]

    def _condition(self, row: m.ItemCondition) -> ConditionEntry:
        item = self._s.get_one(m.Item, row.item_id)
        return ConditionEntry(
            id=row.id,
            item_barcode=item.barcode,
            condition=Condition(row.condition),
            note=row.note,
            source=row.source,
            recorded=row.recorded_at,
            recorded_by=row.recorded_by,
        )

    # -- withdrawals and the replacement list --------------------------------------------

    def add_withdrawal(
        self, item_id: int, reason: WithdrawalReason, note: str | None, actor: Actor, now: datetime
    ) -> Withdrawal:
        row = m.Withdrawal(
            item_id=item_id,
            reason=reason.value,
            note=note,
            withdrawn_at=now,
            withdrawn_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        item = self._s.get_one(m.Item, item_id)
        return Withdrawal(
            id=row.id,
            item_barcode=item.barcode,
            title=item.biblio.title,
            reason=reason,
            note=note,
            withdrawn=now,
            withdrawn_by=actor.username,
        )

    def add_replacement(
        self, biblio_id: int, item_id: int | None, reason: str, actor: Actor, now: datetime
    ) -> Replacement:
        row = m.ReplacementRequest(
            biblio_id=biblio_id,
            item_id=item_id,
            reason=reason,
            status="open",
            requested_at=now,
            requested_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return self._replacement(row)

    def replacements(self, status: str | None = "open") -> Sequence[Replacement]:
        query = select(m.ReplacementRequest).order_by(
            m.ReplacementRequest.requested_at, m.ReplacementRequest.id
        )
        if status is not None:
            query = query.where(m.ReplacementRequest.status == status)
        return [self._replacement(row) for row in self._s.scalars(query)]

    def _replacement(self, row: m.ReplacementRequest) -> Replacement:
        biblio = self._s.get_one(m.Biblio, row.biblio_id)
        item = self._s.get(m.Item, row.item_id) if row.item_id is not None else None
        return Replacement(
            id=row.id,
            biblio_id=row.biblio_id,
            title=biblio.title,
            author=biblio.author,
            item_barcode=item.barcode if item else None,
            reason=row.reason,
            status=row.status,
            requested=row.requested_at,
            requested_by=row.requested_by,
        )

    def last_borrower(self, item_id: int) -> Borrower | None:
        row = self._s.scalar(
            select(m.Loan)
            .where(m.Loan.item_id == item_id)
            .order_by(m.Loan.returned_at.is_not(None), m.Loan.returned_at.desc(), m.Loan.id.desc())
            .limit(1)
        )
        if row is None or row.patron.barcode == ANONYMISED_BARCODE:
            return None  # never lent, or its history anonymised: nobody to charge
        return Borrower(row.patron_id, row.patron.barcode, row.patron.name, row.id)
