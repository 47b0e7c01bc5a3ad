"""Loan rules (with their overdue fines) and the days the library is closed."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.circulation import LoanRule


def _rule(row: m.LoanRule) -> LoanRule:
    return LoanRule(
        category_code=row.category.code,
        item_type_code=row.item_type.code,
        loan_days=row.loan_days,
        max_renewals=row.max_renewals,
        max_items=row.max_items,
        fine_per_day_minor=row.fine_per_day_minor,
        grace_days=row.grace_days,
        max_fine_minor=row.max_fine_minor,
    )


class SqlRuleRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def rule(self, category_code: str, item_type_code: str) -> LoanRule | None:
        row = self._s.scalar(
            select(m.LoanRule)
            .join(m.PatronCategory, m.LoanRule.category_id == m.PatronCategory.id)
            .join(m.ItemType, m.LoanRule.item_type_id == m.ItemType.id)
            .where(m.PatronCategory.code == category_code, m.ItemType.code == item_type_code)
        )
        return _rule(row) if row else None

    def rules(self) -> Sequence[LoanRule]:
        query = (
            select(m.LoanRule)
            .join(m.PatronCategory, m.LoanRule.category_id == m.PatronCategory.id)
            .join(m.ItemType, m.LoanRule.item_type_id == m.ItemType.id)
            .order_by(m.PatronCategory.code, m.ItemType.code)
        )
        return [_rule(row) for row in self._s.scalars(query)]

    def set_rule(self, rule: LoanRule) -> LoanRule:
        cat = self._s.scalars(
            select(m.PatronCategory).where(m.PatronCategory.code == rule.category_code)
        ).one()
        itype = self._s.scalars(
            select(m.ItemType).where(m.ItemType.code == rule.item_type_code)
        ).one()
        row = self._s.scalar(
            select(m.LoanRule).where(
                m.LoanRule.category_id == cat.id, m.LoanRule.item_type_id == itype.id
            )
        ) or m.LoanRule(category=cat, item_type=itype)
        row.loan_days, row.max_renewals, row.max_items = (
            rule.loan_days,
            rule.max_renewals,
            rule.max_items,
        )
        row.fine_per_day_minor, row.grace_days, row.max_fine_minor = (
            rule.fine_per_day_minor,
            rule.grace_days,
            rule.max_fine_minor,
        )
        self._s.add(row)
        self._s.flush()
        return _rule(row)

    def is_closed(self, day: date) -> bool:
        return self._s.get(m.ClosedDay, day) is not None

    def closed_between(self, first: date, last: date) -> AbstractSet[date]:
        query = select(m.ClosedDay.day).where(m.ClosedDay.day >= first, m.ClosedDay.day <= last)
        return set(self._s.scalars(query))

    def add_closed_day(self, day: date, reason: str) -> None:
        self._s.merge(m.ClosedDay(day=day, reason=reason))
        self._s.flush()
