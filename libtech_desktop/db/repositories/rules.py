"""Loan rules and the days the library is closed."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.circulation import LoanRule


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
        return mapping.loan_rule(row) if row else None

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
        self._s.add(row)
        self._s.flush()
        return mapping.loan_rule(row)

    def is_closed(self, day: date) -> bool:
        return self._s.get(m.ClosedDay, day) is not None

    def add_closed_day(self, day: date, reason: str) -> None:
        self._s.merge(m.ClosedDay(day=day, reason=reason))
        self._s.flush()
