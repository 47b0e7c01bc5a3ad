"""The Patrons tab's tables: patrons found, and one patron's open loans."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.services.circulation import PatronSummary
from libtech_desktop.ui.models.paged import FIRST_PAGE, PagedTableModel
from libtech_desktop.ui.models.table import Column, RowTableModel
from libtech_desktop.ui.runner import TaskRunner


def patrons_model(
    runner: TaskRunner,
    today: Callable[[], date] = date.today,
    first_page: int = FIRST_PAGE,
) -> PagedTableModel[Patron]:
    """Patrons found, read a page at a time as the list scrolls (``load``); ``today``:
    the desk's date (a manual block with an end date has ended after it)."""

    def block_text(patron: Patron) -> str:
        if not patron.manual_block_active(today()):
            return ""
        until = patron.blocked_until
        ends = f" (until {(until - timedelta(days=1)).isoformat()})" if until else ""
        return f"BLOCKED{ends}: {patron.blocked_reason}"

    return PagedTableModel(
        [
            Column("Name", lambda p: p.name),
            Column("Barcode", lambda p: p.barcode),
            Column("Category", lambda p: p.category_name),
            Column("Expires", lambda p: p.expires_on.isoformat() if p.expires_on else "never"),
            Column("Blocked", block_text, alert=lambda p: bool(block_text(p))),
        ],
        runner,
        first_page=first_page,
    )


class PatronLoansModel(RowTableModel[Loan]):
    """Open loans with an overdue mark; "today" is the service's, not this machine's."""

    def __init__(self, parent: Any = None) -> None:
        self._today = date.min
        super().__init__(
            [
                Column("Title", lambda loan: loan.title),
                Column("Barcode", lambda loan: loan.item_barcode),
                Column("Due", lambda loan: loan.due.strftime("%a %d %b %Y")),
                Column(
                    "Overdue",
                    self._overdue_text,
                    alert=lambda loan: loan.is_overdue(self._today),
                    align_right=True,
                ),
            ],
            parent,
        )

    @property
    def today(self) -> date:
        return self._today

    def show_loans(self, loans: Sequence[Loan], today: date) -> None:
        self._today = today
        self.set_rows(loans)

    def _overdue_text(self, loan: Loan) -> str:
        days = loan.days_overdue(self._today)
        return f"OVERDUE {days} d" if days else ""


def standing_text(summary: PatronSummary) -> str:
    """Why they may not borrow (or that they may), then what they owe and what is
    accruing on overdue loans: the same words at check-out and in the Patrons tab."""
    text = summary.refusal or "In good standing"
    money = []
    if summary.owed_minor:
        money.append(f"owes {format_money(summary.owed_minor)}")
    if summary.accruing_minor:
        money.append(f"{format_money(summary.accruing_minor)} accruing on overdue loans")
    if not money:
        return text
    said = ", ".join(money)
    return f"{text}\n{said[0].upper()}{said[1:]}."
