"""The repair queue."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.repairs import Repair, RepairOutcome
from libtech_desktop.domain.staff import Actor


class SqlRepairRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def open(self, item_id: int, note: str, actor: Actor, now: datetime) -> Repair:
        row = m.Repair(item_id=item_id, note=note, reported_at=now, reported_by=actor.username)
        self._s.add(row)
        self._s.flush()
        return mapping.repair(row)

    def open_for_item(self, item_id: int) -> Repair | None:
        row = self._s.scalar(
            select(m.Repair).where(m.Repair.item_id == item_id, m.Repair.resolved_at.is_(None))
        )
        return mapping.repair(row) if row else None

    def queue(self) -> Sequence[Repair]:
        rows = self._s.scalars(
            select(m.Repair).where(m.Repair.resolved_at.is_(None)).order_by(m.Repair.reported_at)
        )
        return [mapping.repair(row) for row in rows]

    def resolve(
        self, repair_id: int, outcome: RepairOutcome, actor: Actor, now: datetime
    ) -> Repair:
        row = self._s.get_one(m.Repair, repair_id)
        row.resolved_at, row.resolved_by, row.outcome = now, actor.username, outcome.value
        self._s.flush()
        return mapping.repair(row)
