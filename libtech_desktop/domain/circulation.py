"""Loan rules, due dates and overdue arithmetic: the circulation desk's maths."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from libtech_desktop.domain.errors import CirculationRefused, LoanLimitReached, RenewalRefused

#: How far ahead to look for an open day before deciding the calendar is broken.
_MAX_CLOSED_RUN = 366


@dataclass(frozen=True)
class LoanRule:
    category_code: str
    item_type_code: str
    loan_days: int
    max_renewals: int
    max_items: int
    #: Overdue fine per open day late after ``grace_days``, capped per loan at
    #: ``max_fine_minor`` (``None``: no cap); minor units (see ``domain.fines``).
    fine_per_day_minor: int = 0
    grace_days: int = 0
    max_fine_minor: int | None = None


@dataclass(frozen=True)
class Loan:
    """An open or returned loan, as the desk sees it."""

    id: int
    item_barcode: str
    title: str
    call_number: str | None
    patron_barcode: str
    patron_name: str
    checked_out: datetime
    due: date
    renewals: int
    returned: datetime | None
    #: Loud notes for the desk about how this loan came to be (a transfer, say).
    notes: tuple[str, ...] = ()

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due).days)

    def is_overdue(self, today: date) -> bool:
        return self.returned is None and today > self.due


def next_open_day(day: date, is_closed: Callable[[date], bool]) -> date:
    """``day`` itself if the library is open then, else the first open day after it."""
    for offset in range(_MAX_CLOSED_RUN):
        candidate = day + timedelta(days=offset)
        if not is_closed(candidate):
            return candidate
    raise CirculationRefused(
        "The calendar has no open day within a year — a librarian must check the closed days."
    )


def due_date(today: date, rule: LoanRule, is_closed: Callable[[date], bool]) -> date:
    """The due date of a loan made (or renewed) today under ``rule``."""
    return next_open_day(today + timedelta(days=rule.loan_days), is_closed)


def check_item_limit(patron_name: str, rule: LoanRule, open_of_type: int) -> None:
    if open_of_type >= rule.max_items:
        raise LoanLimitReached(
            f"{patron_name} already has {open_of_type} {rule.item_type_code} loan(s): "
            f"the limit for {rule.category_code} patrons is {rule.max_items}."
        )


def check_renewable(loan: Loan, rule: LoanRule) -> None:
    if loan.renewals >= rule.max_renewals:
        raise RenewalRefused(
            f"{loan.item_barcode} “{loan.title}” has been renewed {loan.renewals} time(s), "
            f"the most allowed — it must come back by {loan.due.isoformat()}."
        )


def renewed_due(loan: Loan, today: date, rule: LoanRule, is_closed: Callable[[date], bool]) -> date:
    """A renewal never shortens a loan: early renewals keep the later date."""
    return max(loan.due, due_date(today, rule, is_closed))
