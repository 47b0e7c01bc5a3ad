"""The loans table shown at the check-out desk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.clock import to_local
from libtech_desktop.ui.models.table import Column, RowTableModel


def _due_text(loan: Loan, today: date) -> str:
    text = loan.due.strftime("%a %d %b %Y")
    overdue = loan.days_overdue(today)
    return f"{text}  — OVERDUE {overdue} d" if overdue else text


def loans_model(today: date, lent_now: Callable[[Loan], bool] | None = None) -> RowTableModel[Loan]:
    """The patron's loans; those lent in this session (``lent_now``) are drawn bold."""
    columns: list[Column[Loan]] = [
        Column("Barcode", lambda loan: loan.item_barcode),
        Column("Title", lambda loan: loan.title),
        Column("Call number", lambda loan: loan.call_number or ""),
        Column("Checked out", lambda loan: to_local(loan.checked_out).strftime("%d %b %Y %H:%M")),
        Column(
            "Due", lambda loan: _due_text(loan, today), alert=lambda loan: loan.is_overdue(today)
        ),
        Column("Renewals", lambda loan: str(loan.renewals), align_right=True),
    ]
    return RowTableModel(columns, emphasis=lent_now)
