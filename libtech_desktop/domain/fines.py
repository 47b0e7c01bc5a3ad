"""Fines and fees: the overdue arithmetic, sharing a payment over fines, the statement.

Plain Python, integer minor units throughout. An overdue fine is charged per *open*
day late: the days after the due date up to and including the return day, leaving
out the days the library was closed; the first ``grace_days`` open days late are
free (a book one day late under one grace day costs nothing, two days late costs
one day). One loan's fine never exceeds the rule's ``max_fine_minor``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.money import format_money

FineKind = Literal["overdue", "lost", "processing", "damage", "manual"]
CreditKind = Literal["payment", "waiver", "correction", "reversal"]
PaymentMethod = Literal["cash", "card", "other"]
FINE_KINDS: tuple[FineKind, ...] = ("overdue", "lost", "processing", "damage", "manual")
PAYMENT_METHODS: tuple[PaymentMethod, ...] = ("cash", "card", "other")

KIND_LABELS = {
    "overdue": "Overdue",
    "lost": "Lost item",
    "processing": "Processing fee",
    "damage": "Damage",
    "manual": "Charge",
    "payment": "Payment",
    "waiver": "Waived",
    "correction": "Correction",
    "reversal": "Reversed",
}

#: A loan this many days overdue is billed as lost long before; no need to count further.
_MAX_DAYS_COUNTED = 3660


@dataclass(frozen=True)
class OverdueFine:
    """What a loan returned (or still out) on a day owes for being late."""

    days_late: int
    #: Open days late after the grace days: the days that are charged.
    days_charged: int
    amount_minor: int
    #: The rule's maximum was reached.
    capped: bool = False


def overdue_fine(
    due: date, returned_on: date, rule: LoanRule, is_closed: Callable[[date], bool]
) -> OverdueFine:
    """The fine of a loan due ``due`` and returned (or counted up to) ``returned_on``."""
    days_late = max(0, (returned_on - due).days)
    if days_late == 0 or rule.fine_per_day_minor <= 0:
        return OverdueFine(days_late, 0, 0)
    counted = min(days_late, _MAX_DAYS_COUNTED)
    open_days = sum(1 for n in range(1, counted + 1) if not is_closed(due + timedelta(days=n)))
    charged = max(0, open_days - rule.grace_days)
    amount = charged * rule.fine_per_day_minor
    if rule.max_fine_minor is not None and amount > rule.max_fine_minor:
        return OverdueFine(days_late, charged, rule.max_fine_minor, capped=True)
    return OverdueFine(days_late, charged, amount)


# ---- the account as the desk sees it --------------------------------------------------


@dataclass(frozen=True)
class Fine:
    """One charge on a patron's account, with what is still owed of it."""

    id: int
    patron_barcode: str
    patron_name: str
    item_barcode: str | None
    title: str | None
    loan_id: int | None
    kind: FineKind
    amount_minor: int
    outstanding_minor: int
    description: str
    created: datetime
    created_by: str

    @property
    def is_open(self) -> bool:
        return self.outstanding_minor > 0

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


@dataclass(frozen=True)
class Credit:
    """What reduced (a negative correction: raised) one fine's outstanding amount."""

    id: int
    fine_id: int
    kind: CreditKind
    amount_minor: int
    reason: str | None
    created: datetime
    created_by: str
    payment_id: int | None = None
    method: PaymentMethod | None = None


def clean_reason(reason: str | None, action: str) -> str:
    """A waiver's or correction's reason, trimmed; refused when blank."""
    cleaned = " ".join((reason or "").split())
    if not cleaned:
        raise InvalidInput(f"Give a reason for the {action}: it is kept with the account.")
    return cleaned


def allocate(amount_minor: int, fines: Sequence[Fine]) -> list[tuple[Fine, int]]:
    """Share a payment over ``fines`` in the order given (oldest first, or as chosen):
    each fine is paid off before the next gets anything. Refuses a payment of nothing
    or of more than these fines owe, saying how much that is."""
    if amount_minor <= 0:
        raise InvalidInput("A payment must be more than 0.00.")
    owed = sum(f.outstanding_minor for f in fines)
    if owed <= 0:
        raise InvalidInput("Nothing is owed: there is nothing to pay.")
    if amount_minor > owed:
        raise InvalidInput(
            f"{format_money(amount_minor)} is more than is owed: the most that can be paid "
            f"is {format_money(owed)}."
        )
    shares: list[tuple[Fine, int]] = []
    left = amount_minor
    for fine in fines:
        if left == 0:
            break
        share = min(left, fine.outstanding_minor)
        if share > 0:
            shares.append((fine, share))
            left -= share
    return shares


@dataclass(frozen=True)
class StatementLine:
    """One line of a patron's account: a charge (``amount_minor`` > 0) or a credit
    (< 0; a correction that raised a fine is > 0), with the balance after it."""

    at: datetime
    fine_id: int
    kind: str
    description: str
    amount_minor: int
    balance_minor: int
    by: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def _fine_text(fine: Fine) -> str:
    item = f" — {fine.item_barcode} “{fine.title}”" if fine.item_barcode else ""
    return f"{fine.description}{item}"


def statement(fines: Sequence[Fine], credits: Sequence[Credit]) -> list[StatementLine]:
    """Every charge and credit in date order (charges first at the same instant), with
    a running balance."""
    by_id = {f.id: f for f in fines}
    events: list[tuple[datetime, int, int, StatementLine]] = []
    for f in fines:
        line = StatementLine(
            f.created, f.id, f.kind, _fine_text(f), f.amount_minor, 0, f.created_by
        )
        events.append((f.created, 0, f.id, line))
    for c in credits:
        fine = by_id.get(c.fine_id)
        about = f"fine {c.fine_id}" + (f" ({fine.description})" if fine else "")
        how = f" by {c.method}" if c.method else ""
        why = f": {c.reason}" if c.reason else ""
        text = f"{KIND_LABELS[c.kind]}{how}, {about}{why}"
        line = StatementLine(c.created, c.fine_id, c.kind, text, -c.amount_minor, 0, c.created_by)
        events.append((c.created, 1, c.id, line))
    balance = 0
    lines: list[StatementLine] = []
    for _at, _order, _id, line in sorted(events, key=lambda e: (e[0], e[1], e[2])):
        balance += line.amount_minor
        lines.append(
            StatementLine(
                line.at,
                line.fine_id,
                line.kind,
                line.description,
                line.amount_minor,
                balance,
                line.by,
            )
        )
    return lines
