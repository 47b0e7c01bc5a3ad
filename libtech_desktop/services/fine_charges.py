"""Charges made inside another service's unit of work: the overdue fine at check-in,
the lost-item bill (circulation at the desk, the notices run after ``lost.after_days``),
the reversal when a lost item comes back, and what is accruing on loans still out.

Each function works in the caller's unit of work and never commits: the charge lands
in the same transaction as the return or the loss that caused it. The rules are in
``services.fines``'s docstring; the arithmetic is ``domain.fines``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.circulation import Loan, LoanRule
from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.fines import FineKind, overdue_fine
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.ports import UnitOfWork


@dataclass(frozen=True)
class AccruingFine:
    """An open overdue loan and the fine it would be charged if returned today."""

    loan: Loan
    days_charged: int
    amount_minor: int


@dataclass(frozen=True)
class AccountBalance:
    patron: Patron
    #: Charged and not yet paid, waived or reversed.
    owed_minor: int
    #: Accruing on open overdue loans, not charged yet.
    accruing_minor: int

    @property
    def total_minor(self) -> int:
        return self.owed_minor + self.accruing_minor


def accruing_fines(
    uow: UnitOfWork, patron: Patron, today: date, loans: Sequence[Loan] | None = None
) -> list[AccruingFine]:
    """The patron's open overdue loans with the fine each would owe if returned today;
    ``loans``: the patron's open loans when the caller has just read them."""
    found = []
    for loan in uow.loans.open_for_patron(patron.id) if loans is None else loans:
        if not loan.is_overdue(today):
            continue
        item = uow.catalogue.item_by_barcode(loan.item_barcode)
        rule = uow.rules.rule(patron.category_code, item.item_type_code) if item else None
        if rule is None:
            continue
        fine = overdue_fine(loan.due, today, rule, _closed(uow, loan.due, today))
        if fine.amount_minor:
            found.append(AccruingFine(loan, fine.days_charged, fine.amount_minor))
    return found


def account_totals(
    uow: UnitOfWork,
    patron: Patron,
    today: date,
    loans: Sequence[Loan] | None = None,
    owed_minor: int | None = None,
) -> tuple[int, int]:
    """(owed, accruing) in minor units: for the desk's patron summary (``loans``: the
    patron's open loans, ``owed_minor``: what they owe, when the caller has read them)."""
    accruing = sum(a.amount_minor for a in accruing_fines(uow, patron, today, loans))
    owed = uow.fines.outstanding_total(patron.id) if owed_minor is None else owed_minor
    return owed, accruing


def charge_overdue(
    uow: UnitOfWork, actor: Actor, now: datetime, loan: Loan, rule: LoanRule, returned_on: date
) -> int:
    """Charge the overdue fine of a loan just returned on ``returned_on``; returns the
    amount charged in minor units (0: nothing due, or charged already)."""
    fine = overdue_fine(loan.due, returned_on, rule, _closed(uow, loan.due, returned_on))
    if fine.amount_minor == 0 or any(f.kind == "overdue" for f in uow.fines.of_loan(loan.id)):
        return 0
    item_id, patron_id = uow.loans.loan_ids(loan.id)
    days = f"{fine.days_charged} day{'s' if fine.days_charged != 1 else ''}"
    capped = ", the most for one loan" if fine.capped else ""
    text = (
        f"Overdue: due {loan.due.isoformat()}, returned {returned_on.isoformat()} ({days}{capped})"
    )
    uow.fines.add(
        patron_id, "overdue", fine.amount_minor, text, actor, now, item_id=item_id, loan_id=loan.id
    )
    return fine.amount_minor


def declare_lost(uow: UnitOfWork, actor: Actor, now: datetime, loan: Loan) -> int:
    """Close an open loan as lost: the item becomes LOST and the patron is charged the
    replacement cost, the processing fee and the overdue fine so far. Returns the total
    charged in minor units. Used by the notices run (after ``lost.after_days``) and by
    :meth:`FineService.mark_lost`. The caller commits."""
    settings = SettingsReader(uow.settings.get)
    today = to_local(now).date()
    item_id, patron_id = uow.loans.loan_ids(loan.id)
    item = uow.catalogue.item_by_barcode(loan.item_barcode)
    patron = uow.patrons.by_id(patron_id)
    assert item is not None and patron is not None
    closed = uow.loans.close(loan.id, actor, now)
    uow.catalogue.set_status(item_id, ItemStatus.LOST, actor, now)
    rule = uow.rules.rule(patron.category_code, item.item_type_code)
    total = charge_overdue(uow, actor, now, closed, rule, today) if rule else 0
    price = item.price_minor or settings.money("lost.default_price")
    fee = settings.money("lost.processing_fee")
    charges: list[tuple[FineKind, int, str]] = [
        ("lost", price, f"Lost item: replacement cost (due {loan.due.isoformat()})"),
        ("processing", fee, "Lost item: processing fee"),
    ]
    existing = {f.kind for f in uow.fines.of_loan(loan.id)}
    for kind, amount, text in charges:
        if amount > 0 and kind not in existing:
            uow.fines.add(
                patron_id, kind, amount, text, actor, now, item_id=item_id, loan_id=loan.id
            )
            total += amount
    return total


def on_lost_item_returned(uow: UnitOfWork, actor: Actor, now: datetime, item: Item) -> str | None:
    """A lost item came back: reverse its charges as the ``lost.refund`` setting says;
    returns a note for the desk, or ``None`` when it was never billed."""
    loan_id = uow.fines.last_lost_loan(item.id)
    if loan_id is None:
        return None
    policy = SettingsReader(uow.settings.get).text("lost.refund")
    if policy == "none":
        return "Its lost-item charges stand (the library does not refund them)."
    kinds = {"lost"} if policy == "replacement" else {"lost", "processing"}
    reversed_, paid = 0, 0
    for fine in uow.fines.of_loan(loan_id):
        if fine.kind not in kinds:
            continue
        paid += fine.amount_minor - fine.outstanding_minor
        if fine.outstanding_minor > 0:
            uow.fines.add_credit(
                fine.id, "reversal", fine.outstanding_minor, "The lost item came back", actor, now
            )
            reversed_ += fine.outstanding_minor
    what = "replacement charge" if policy == "replacement" else "replacement and processing fee"
    note = f"Reversed {format_money(reversed_)} of the {what}."
    if paid:
        note += f" {format_money(paid)} was already paid: refund it by hand if due."
    return note


def _closed(uow: UnitOfWork, due: date, last: date) -> Callable[[date], bool]:
    """One query for the closed days of a loan's late period, not one per day."""
    days = uow.rules.closed_between(due, last) if last > due else frozenset()
    return lambda day: day in days


def balance_of(uow: UnitOfWork, patron: Patron, today: date) -> AccountBalance:
    accruing = sum(a.amount_minor for a in accruing_fines(uow, patron, today))
    return AccountBalance(patron, uow.fines.outstanding_total(patron.id), accruing)
