"""Loans: lending, returning and renewing, with the item's status kept in step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.staff import Actor


class SqlLoanRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    _open = select(m.Loan).where(m.Loan.returned_at.is_(None))

    def open_for_item(self, item_id: int) -> Loan | None:
        row = self._s.scalar(self._open.where(m.Loan.item_id == item_id))
        return mapping.loan(row) if row else None

    def open_for_patron(self, patron_id: int) -> Sequence[Loan]:
        query = self._open.where(m.Loan.patron_id == patron_id).order_by(m.Loan.due_on, m.Loan.id)
        return [mapping.loan(row) for row in self._s.scalars(query)]

    def open_loans(self, limit: int) -> Sequence[Loan]:
        query = self._open.order_by(m.Loan.due_on, m.Loan.id).limit(limit)
        return [mapping.loan(row) for row in self._s.scalars(query)]

    def count_open(self, patron_id: int, item_type_code: str) -> int:
        query = (
            select(func.count())
            .select_from(m.Loan)
            .join(m.Item, m.Loan.item_id == m.Item.id)
            .join(m.ItemType, m.Item.item_type_id == m.ItemType.id)
            .where(
                m.Loan.returned_at.is_(None),
                m.Loan.patron_id == patron_id,
                m.ItemType.code == item_type_code,
            )
        )
        return self._s.scalar(query) or 0

    def create(self, item_id: int, patron_id: int, due: date, actor: Actor, now: datetime) -> Loan:
        row = m.Loan(
            item_id=item_id,
            patron_id=patron_id,
            checked_out_at=now,
            checked_out_by=actor.username,
            due_on=due,
            renewals=0,
        )
        self._s.add(row)
        item = self._s.get_one(m.Item, item_id)
        item.status = ItemStatus.ON_LOAN.value
        stamp(item, actor, now)
        self._s.flush()
        return mapping.loan(row)

    def close(self, loan_id: int, actor: Actor, now: datetime) -> Loan:
        row = self._s.get_one(m.Loan, loan_id)
        row.returned_at, row.returned_by = now, actor.username
        row.item.status = ItemStatus.AVAILABLE.value
        stamp(row.item, actor, now)
        self._s.flush()
        return mapping.loan(row)

    def renew(self, loan_id: int, due: date, actor: Actor, now: datetime) -> Loan:
        row = self._s.get_one(m.Loan, loan_id)
        row.due_on = due
        row.renewals += 1
        row.last_renewed_at, row.last_renewed_by = now, actor.username
        self._s.flush()
        return mapping.loan(row)

    def loan_ids(self, loan_id: int) -> tuple[int, int]:
        row = self._s.get_one(m.Loan, loan_id)
        return row.item_id, row.patron_id
