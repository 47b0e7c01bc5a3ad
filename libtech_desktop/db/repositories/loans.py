"""Loans: lending, returning and renewing, with the item's status kept in step."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.staff import Actor

#: What the desk shows of a loan, as plain columns (no ORM objects to hydrate: the
#: check-out's hot path reads loans several times).
_LOAN_COLUMNS = select(
    m.Loan.id,
    m.Item.barcode,
    m.Biblio.title,
    m.Item.call_number,
    m.Patron.barcode,
    m.Patron.name,
    m.Loan.checked_out_at,
    m.Loan.due_on,
    m.Loan.renewals,
    m.Loan.returned_at,
).select_from(
    m.Loan.__table__.join(m.Item.__table__, m.Item.id == m.Loan.item_id)
    .join(m.Biblio.__table__, m.Biblio.id == m.Item.biblio_id)
    .join(m.Patron.__table__, m.Patron.id == m.Loan.patron_id)
)


def _loan(row: Sequence[Any]) -> Loan:
    return Loan(*row)


class SqlLoanRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    _open = _LOAN_COLUMNS.where(m.Loan.returned_at.is_(None))
    # The hot path's statements: fixed SQL on the unit of work's connection (see
    # ``mapping.run``), rows built into records without the ORM.
    _SELECT = f"SELECT {mapping.LOAN_COLUMNS} FROM {mapping.LOAN_FROM} "
    _OPEN_FOR_ITEM = _SELECT + "WHERE l.item_id = ? AND l.returned_at IS NULL"
    _OPEN_FOR_PATRON = (
        _SELECT + "WHERE l.patron_id = ? AND l.returned_at IS NULL ORDER BY l.due_on, l.id"
    )
    _BY_ID = _SELECT + "WHERE l.id = ?"
    _COUNT_OPEN = (
        "SELECT count(*) FROM loans AS l JOIN items AS i ON i.id = l.item_id "
        "JOIN item_types AS t ON t.id = i.item_type_id "
        "WHERE l.returned_at IS NULL AND l.patron_id = ? AND t.code = ?"
    )
    _INSERT = (
        "INSERT INTO loans (item_id, patron_id, checked_out_at, checked_out_by, due_on, "
        "renewals) VALUES (?, ?, ?, ?, ?, 0) RETURNING id"
    )
    _CLOSE = "UPDATE loans SET returned_at = ?, returned_by = ? WHERE id = ? RETURNING item_id"
    _ITEM_STATUS = "UPDATE items SET status = ?, updated_at = ?, updated_by = ? WHERE id = ?"

    def open_for_item(self, item_id: int) -> Loan | None:
        row = mapping.run(self._s, self._OPEN_FOR_ITEM, (item_id,)).first()
        return mapping.loan_of(row) if row else None

    def open_for_patron(self, patron_id: int) -> Sequence[Loan]:
        rows = mapping.run(self._s, self._OPEN_FOR_PATRON, (patron_id,))
        return [mapping.loan_of(row) for row in rows]

    def open_loans(self, limit: int) -> Sequence[Loan]:
        self._s.flush()
        query = self._open.order_by(m.Loan.due_on, m.Loan.id).limit(limit)
        return [_loan(row) for row in self._s.execute(query)]

    def count_open(self, patron_id: int, item_type_code: str) -> int:
        return int(
            mapping.run(self._s, self._COUNT_OPEN, (patron_id, item_type_code)).scalar() or 0
        )

    def create(self, item_id: int, patron_id: int, due: date, actor: Actor, now: datetime) -> Loan:
        params = (item_id, patron_id, mapping.utc_text(now), actor.username, due.isoformat())
        loan_id = mapping.run(self._s, self._INSERT, params).scalar_one()
        self._set_item_status(item_id, ItemStatus.ON_LOAN, actor, now)
        return self._described(loan_id)

    def close(self, loan_id: int, actor: Actor, now: datetime) -> Loan:
        params = (mapping.utc_text(now), actor.username, loan_id)
        item_id = mapping.run(self._s, self._CLOSE, params).scalar_one()
        mapping.forget(self._s, m.Loan, loan_id)
        self._set_item_status(item_id, ItemStatus.AVAILABLE, actor, now)
        return self._described(loan_id)

    def _set_item_status(
        self, item_id: int, status: ItemStatus, actor: Actor, now: datetime
    ) -> None:
        params = (status.value, mapping.utc_text(now), actor.username, item_id)
        mapping.run(self._s, self._ITEM_STATUS, params)
        mapping.forget(self._s, m.Item, item_id)

    def _described(self, loan_id: int) -> Loan:
        return mapping.loan_of(mapping.run(self._s, self._BY_ID, (loan_id,)).one())

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
