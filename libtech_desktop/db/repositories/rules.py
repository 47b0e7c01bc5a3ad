"""Loan rules (with their overdue fines) and the days the library is closed."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
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
    """One per unit of work: a rule read once (check-out, then the fine at check-in of
    the same transaction) is not read again within it; :meth:`set_rule` refreshes it."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._rules: dict[tuple[str, str], LoanRule | None] = {}
        self._closed: dict[date, bool] = {}

    def rule(self, category_code: str, item_type_code: str) -> LoanRule | None:
        key = (category_code, item_type_code)
        if key not in self._rules:
            self._rules[key] = self._read_rule(category_code, item_type_code)
        return self._rules[key]

    _RULE_FOR = (
        "SELECT c.code, t.code, r.loan_days, r.max_renewals, r.max_items, "
        "r.fine_per_day_minor, r.grace_days, r.max_fine_minor FROM loan_rules AS r "
        "JOIN patron_categories AS c ON r.category_id = c.id "
        "JOIN item_types AS t ON r.item_type_id = t.id WHERE c.code = ? AND t.code = ?"
    )

    def _read_rule(self, category_code: str, item_type_code: str) -> LoanRule | None:
        # The desk's hot path (every check-out and check-in): plain SQL.
        row = mapping.run(self._s, self._RULE_FOR, (category_code, item_type_code)).first()
        return LoanRule(*row) if row else None

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
        made = self._rules[(rule.category_code, rule.item_type_code)] = _rule(row)
        return made

    def is_closed(self, day: date) -> bool:
        if day not in self._closed:
            found = mapping.run(
                self._s, "SELECT 1 FROM closed_days WHERE day = ?", (day.isoformat(),)
            )
            self._closed[day] = found.first() is not None
        return self._closed[day]

    def closed_between(self, first: date, last: date) -> AbstractSet[date]:
        query = select(m.ClosedDay.day).where(m.ClosedDay.day >= first, m.ClosedDay.day <= last)
        return set(self._s.scalars(query))

    def add_closed_day(self, day: date, reason: str) -> None:
        self._s.merge(m.ClosedDay(day=day, reason=reason))
        self._s.flush()
        self._closed[day] = True
