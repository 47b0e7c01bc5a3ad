"""Loan and fine rules by patron category and item type, and the closed days: what a
librarian sets (``libtech rules set``, ``libtech calendar close``)."""

from __future__ import annotations

from datetime import date, timedelta

from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.setup import (
    DEFAULT_LOAN_DAYS,
    DEFAULT_MAX_ITEMS,
    DEFAULT_MAX_RENEWALS,
)

#: A new rule's loan days, renewals and items: those of a new library's rules.
DEFAULT_RULE = (DEFAULT_LOAN_DAYS, DEFAULT_MAX_RENEWALS, DEFAULT_MAX_ITEMS)


class LoanRuleService:
    """The category x item type rules (loans and fines) and the closed days."""

    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def rules(self) -> list[LoanRule]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.rules.rules())

    def set_rule(
        self,
        category: str,
        item_type: str,
        *,
        loan_days: int | None = None,
        renewals: int | None = None,
        max_items: int | None = None,
        fine_per_day_minor: int | None = None,
        grace_days: int | None = None,
        max_fine_minor: int | None = None,
        no_max_fine: bool = False,
    ) -> LoanRule:
        """Create or change one rule; what is not given keeps its value (a new rule: the
        defaults, 21 days, 3 renewals, 25 items, no fine)."""
        with self._ctx.unit_of_work() as uow:
            if uow.patrons.category(category) is None:
                known = ", ".join(c.code for c in uow.patrons.categories())
                raise InvalidInput(f"There is no patron category {category!r} (known: {known}).")
            if uow.catalogue.item_type(item_type) is None:
                known = ", ".join(t.code for t in uow.catalogue.item_types())
                raise InvalidInput(f"There is no item type {item_type!r} (known: {known}).")
            old = uow.rules.rule(category, item_type) or LoanRule(
                category, item_type, *DEFAULT_RULE
            )
            rule = LoanRule(
                category,
                item_type,
                _given(loan_days, old.loan_days, "loan days", 1),
                _given(renewals, old.max_renewals, "renewals", 0),
                _given(max_items, old.max_items, "items", 0),
                _given(fine_per_day_minor, old.fine_per_day_minor, "fine per day", 0),
                _given(grace_days, old.grace_days, "grace days", 0),
                None
                if no_max_fine
                else max_fine_minor
                if max_fine_minor is not None
                else old.max_fine_minor,
            )
            saved = uow.rules.set_rule(rule)
            uow.commit()
        return saved

    def close_days(self, first: date, last: date | None = None, reason: str = "") -> int:
        """Mark ``first`` (to ``last``) closed: no loan falls due and no fine is charged
        on a closed day. How many days."""
        last = last or first
        if last < first:
            raise InvalidInput(f"{last.isoformat()} is before {first.isoformat()}.")
        count = (last - first).days + 1
        if count > 366:
            raise InvalidInput("Close at most a year of days at once.")
        why = " ".join(reason.split()) or "Closed"
        with self._ctx.unit_of_work() as uow:
            for n in range(count):
                uow.rules.add_closed_day(first + timedelta(days=n), why)
            uow.commit()
        return count


def _given(value: int | None, old: int, what: str, minimum: int) -> int:
    if value is None:
        return old
    if value < minimum:
        raise InvalidInput(f"The {what} must be at least {minimum}, not {value}.")
    return value
