"""Fines, payments and credits (issue 5). Nothing is updated in place: a fine's
outstanding amount is its amount less the sum of its credits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.fines import Credit, CreditKind, Fine, FineKind, PaymentMethod
from libtech_desktop.domain.staff import Actor

_credited = (
    select(func.coalesce(func.sum(m.FineCredit.amount_minor), 0))
    .where(m.FineCredit.fine_id == m.Fine.id)
    .correlate(m.Fine)
    .scalar_subquery()
)
_outstanding = (m.Fine.amount_minor - _credited).label("outstanding")


def _fines_query() -> Select[m.Fine, int, str, str, str, str]:
    return (
        select(
            m.Fine, _outstanding, m.Patron.barcode, m.Patron.name, m.Item.barcode, m.Biblio.title
        )
        .join(m.Patron, m.Patron.id == m.Fine.patron_id)
        .outerjoin(m.Item, m.Item.id == m.Fine.item_id)
        .outerjoin(m.Biblio, m.Biblio.id == m.Item.biblio_id)
        .order_by(m.Fine.created_at, m.Fine.id)
    )


def _fine(row: Any) -> Fine:
    fine, outstanding, patron_barcode, patron_name, item_barcode, title = row
    return Fine(
        id=fine.id,
        patron_barcode=patron_barcode,
        patron_name=patron_name,
        item_barcode=item_barcode,
        title=title,
        loan_id=fine.loan_id,
        kind=cast(FineKind, fine.kind),
        amount_minor=fine.amount_minor,
        outstanding_minor=int(outstanding),
        description=fine.description,
        created=fine.created_at,
        created_by=fine.created_by,
    )


def _credit(row: m.FineCredit, method: str | None) -> Credit:
    return Credit(
        id=row.id,
        fine_id=row.fine_id,
        kind=cast(CreditKind, row.kind),
        amount_minor=row.amount_minor,
        reason=row.reason,
        created=row.created_at,
        created_by=row.created_by,
        payment_id=row.payment_id,
        method=cast(PaymentMethod | None, method),
    )


class SqlFineRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    #: Charged less credited, in one statement (the desk's hot path: a card scan).
    _OUTSTANDING = (
        "SELECT coalesce((SELECT sum(f.amount_minor) FROM fines AS f WHERE f.patron_id = ?), 0)"
        " - coalesce((SELECT sum(fc.amount_minor) FROM fine_credits AS fc"
        " JOIN fines AS f ON f.id = fc.fine_id WHERE f.patron_id = ?), 0)"
    )

    def outstanding_total(self, patron_id: int) -> int:
        return int(mapping.run(self._s, self._OUTSTANDING, (patron_id, patron_id)).scalar() or 0)

    def add(
        self,
        patron_id: int,
        kind: FineKind,
        amount_minor: int,
        description: str,
        actor: Actor,
        now: datetime,
        *,
        item_id: int | None = None,
        loan_id: int | None = None,
    ) -> Fine:
        row = m.Fine(
            patron_id=patron_id,
            item_id=item_id,
            loan_id=loan_id,
            kind=kind,
            amount_minor=amount_minor,
            description=description,
            created_at=now,
            created_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        found = self.by_id(row.id)
        assert found is not None
        return found

    def by_id(self, fine_id: int) -> Fine | None:
        row = self._s.execute(_fines_query().where(m.Fine.id == fine_id)).one_or_none()
        return _fine(row) if row else None

    def of_loan(self, loan_id: int) -> Sequence[Fine]:
        return [_fine(r) for r in self._s.execute(_fines_query().where(m.Fine.loan_id == loan_id))]

    def last_lost_loan(self, item_id: int) -> int | None:
        return self._s.scalar(
            select(func.max(m.Fine.loan_id)).where(m.Fine.item_id == item_id, m.Fine.kind == "lost")
        )

    def of_patron(self, patron_id: int, open_only: bool) -> Sequence[Fine]:
        query = _fines_query().where(m.Fine.patron_id == patron_id)
        if open_only:
            query = query.where(_outstanding > 0)
        return [_fine(r) for r in self._s.execute(query)]

    def all_fines(self, open_only: bool, limit: int) -> Sequence[Fine]:
        query = _fines_query().limit(limit)
        if open_only:
            query = query.where(_outstanding > 0)
        return [_fine(r) for r in self._s.execute(query)]

    def _credits(self, *where: Any) -> Sequence[Credit]:
        query = (
            select(m.FineCredit, m.Payment.method)
            .join(m.Fine, m.Fine.id == m.FineCredit.fine_id)
            .outerjoin(m.Payment, m.Payment.id == m.FineCredit.payment_id)
            .where(*where)
            .order_by(m.FineCredit.created_at, m.FineCredit.id)
        )
        return [_credit(row, method) for row, method in self._s.execute(query)]

    def credits_of_patron(self, patron_id: int) -> Sequence[Credit]:
        return self._credits(m.Fine.patron_id == patron_id)

    def credits_of_payment(self, payment_id: int) -> Sequence[Credit]:
        return self._credits(m.FineCredit.payment_id == payment_id)

    def add_payment(
        self,
        patron_id: int,
        amount_minor: int,
        method: PaymentMethod,
        note: str | None,
        actor: Actor,
        now: datetime,
    ) -> int:
        row = m.Payment(
            patron_id=patron_id,
            amount_minor=amount_minor,
            method=method,
            note=note,
            paid_at=now,
            taken_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def add_credit(
        self,
        fine_id: int,
        kind: CreditKind,
        amount_minor: int,
        reason: str | None,
        actor: Actor,
        now: datetime,
        payment_id: int | None = None,
    ) -> Credit:
        row = m.FineCredit(
            fine_id=fine_id,
            payment_id=payment_id,
            kind=kind,
            amount_minor=amount_minor,
            reason=reason,
            created_at=now,
            created_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        method = self._s.get_one(m.Payment, payment_id).method if payment_id else None
        return _credit(row, method)
