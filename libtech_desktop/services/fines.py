"""Fines and fees: overdue and lost charges, payments, waivers, statements (issue 5)."""

from __future__ import annotations

from datetime import date, datetime

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.circulation import Loan, LoanRule
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork


class FineService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context


# -- called by circulation inside its unit of work -------------------------------------


def charge_overdue(
    uow: UnitOfWork, actor: Actor, now: datetime, loan: Loan, rule: LoanRule, returned_on: date
) -> int:
    """Charge the overdue fine of a loan just returned on ``returned_on``; returns the
    amount charged in minor units (0: nothing due)."""
    return 0


def on_lost_item_returned(uow: UnitOfWork, actor: Actor, now: datetime, item: Item) -> str | None:
    """A lost item came back: reverse its charges as the ``lost.refund`` setting says;
    returns a note for the desk, or ``None``."""
    return None
