"""Fines and fees: overdue and lost charges, payments, waivers, statements (issue 5).

Decisions where the issue is silent:

- An overdue fine is charged per open day late after the grace days (``domain.fines``);
  a loan still out *accrues* the same sum up to today, shown but not yet charged.
- A lost item (``declare_lost``) is charged its price (or ``lost.default_price``), the
  ``lost.processing_fee`` and the overdue fine accrued until then. When it comes back,
  ``lost.refund`` says what is reversed: ``none``; ``replacement`` (the replacement
  charge); ``all`` (replacement and processing fee). The overdue fine always stands:
  the item was late. Only what is still outstanding is reversed (a 'reversal' credit);
  money already paid is not refunded automatically — the desk note says how much.
- A correction sets what is still owed on one fine to a new amount (up or down).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from libtech_desktop.domain.errors import InvalidInput, NotFound, NotOnLoan
from libtech_desktop.domain.fines import (
    PAYMENT_METHODS,
    Fine,
    FineKind,
    PaymentMethod,
    StatementLine,
    allocate,
    clean_reason,
    statement,
)
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services import audit, journal
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.fine_charges import (
    AccountBalance,
    AccruingFine,
    accruing_fines,
    balance_of,
    declare_lost,
)
from libtech_desktop.services.lookups import require_item, require_patron
from libtech_desktop.services.ports import UnitOfWork


class UnknownFine(NotFound):
    code = "unknown_fine"


@dataclass(frozen=True)
class Account:
    """Everything the fines dialog shows for one patron."""

    balance: AccountBalance
    #: Every charge, oldest first, paid ones too.
    fines: tuple[Fine, ...]
    statement: tuple[StatementLine, ...]
    accruing: tuple[AccruingFine, ...]

    @property
    def open_fines(self) -> tuple[Fine, ...]:
        return tuple(f for f in self.fines if f.is_open)


@dataclass(frozen=True)
class PaidLine:
    fine_id: int
    description: str
    item_barcode: str | None
    title: str | None
    paid_minor: int
    #: Still owed on this fine after the payment.
    outstanding_minor: int


@dataclass(frozen=True)
class PaymentReceipt:
    payment_id: int
    patron_barcode: str
    patron_name: str
    amount_minor: int
    method: PaymentMethod
    paid_at: datetime
    taken_by: str
    lines: tuple[PaidLine, ...]
    #: What the patron still owes in all after this payment.
    still_owed_minor: int


@dataclass(frozen=True)
class LostReport:
    item_barcode: str
    title: str
    patron_barcode: str
    patron_name: str
    charged_minor: int


class FineService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- queries -------------------------------------------------------------

    def fines(
        self, patron_barcode: str | None = None, *, include_paid: bool = False, limit: int = 10_000
    ) -> list[Fine]:
        """Charges oldest first: still owed ones, or all with ``include_paid``."""
        with self._ctx.unit_of_work() as uow:
            if patron_barcode is None:
                return list(uow.fines.all_fines(not include_paid, limit))
            patron = require_patron(uow, patron_barcode)
            return list(uow.fines.of_patron(patron.id, not include_paid))

    def fine(self, fine_id: int) -> Fine:
        with self._ctx.unit_of_work() as uow:
            return _require_fine(uow, fine_id)

    def accruing(self, patron_barcode: str) -> list[AccruingFine]:
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            return accruing_fines(uow, patron, self._ctx.clock.today())

    def balance(self, patron_barcode: str) -> AccountBalance:
        with self._ctx.unit_of_work() as uow:
            return balance_of(uow, require_patron(uow, patron_barcode), self._ctx.clock.today())

    def account(self, patron_barcode: str) -> Account:
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            fines = tuple(uow.fines.of_patron(patron.id, open_only=False))
            credits = uow.fines.credits_of_patron(patron.id)
            accruing = tuple(accruing_fines(uow, patron, self._ctx.clock.today()))
            balance = AccountBalance(
                patron,
                sum(f.outstanding_minor for f in fines),
                sum(a.amount_minor for a in accruing),
            )
            return Account(balance, fines, tuple(statement(fines, credits)), accruing)

    def statement(self, patron_barcode: str) -> list[StatementLine]:
        return list(self.account(patron_barcode).statement)

    def payment_receipt(self, payment_id: int) -> PaymentReceipt:
        with self._ctx.unit_of_work() as uow:
            return _receipt(uow, payment_id)

    # -- desk actions --------------------------------------------------------

    def pay(
        self,
        patron_barcode: str,
        amount_minor: int,
        method: str = "cash",
        fine_ids: Sequence[int] | None = None,
        note: str | None = None,
    ) -> PaymentReceipt:
        """Take a payment, shared over the patron's open fines oldest first, or over
        ``fine_ids`` in the order given. More than is owed is refused."""
        paid_with = _method(method)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            owed = list(uow.fines.of_patron(patron.id, open_only=True))
            targets = owed if fine_ids is None else _chosen(owed, fine_ids, patron)
            shares = allocate(amount_minor, targets)
            payment_id = uow.fines.add_payment(patron.id, amount_minor, paid_with, note, actor, now)
            for fine, share in shares:
                uow.fines.add_credit(fine.id, "payment", share, None, actor, now, payment_id)
            receipt = _receipt(uow, payment_id)
            data = {
                "patron": patron.barcode,
                "amount_minor": amount_minor,
                "method": paid_with,
                "fine_ids": list(fine_ids) if fine_ids is not None else None,
                "note": note,
            }
            journal.record(uow, actor, now, JournalKind.PAYMENT, data)
            uow.commit()
        return receipt

    def waive(self, fine_id: int, reason: str, amount_minor: int | None = None) -> Fine:
        """Forgive what is still owed on a fine (or ``amount_minor`` of it)."""
        why = clean_reason(reason, "waiver")
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            fine = _require_fine(uow, fine_id)
            amount = fine.outstanding_minor if amount_minor is None else amount_minor
            if fine.outstanding_minor <= 0:
                raise InvalidInput(f"Fine {fine_id} is settled: nothing is left to waive.")
            if not 0 < amount <= fine.outstanding_minor:
                raise InvalidInput(
                    f"At most {format_money(fine.outstanding_minor)} of fine {fine_id} "
                    "can be waived, and more than 0.00."
                )
            uow.fines.add_credit(fine.id, "waiver", amount, why, actor, now)
            changed = _require_fine(uow, fine_id)
            _audit(uow, actor, now, "fine.waive", fine, changed, why)
            uow.commit()
        return changed

    def correct(self, fine_id: int, outstanding_minor: int, reason: str) -> Fine:
        """Set what is still owed on a fine to ``outstanding_minor`` (up or down)."""
        why = clean_reason(reason, "correction")
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            fine = _require_fine(uow, fine_id)
            if outstanding_minor < 0:
                raise InvalidInput("A fine cannot be corrected to less than 0.00.")
            change = fine.outstanding_minor - outstanding_minor
            if change == 0:
                raise InvalidInput(
                    f"Fine {fine_id} already stands at {format_money(outstanding_minor)}."
                )
            uow.fines.add_credit(fine.id, "correction", change, why, actor, now)
            changed = _require_fine(uow, fine_id)
            _audit(uow, actor, now, "fine.correct", fine, changed, why)
            uow.commit()
        return changed

    def charge(
        self,
        patron_barcode: str,
        amount_minor: int,
        kind: str = "manual",
        description: str = "",
        item_barcode: str | None = None,
    ) -> Fine:
        """A damage charge (the repairs workflow) or a manual one (``description`` is
        its reason, required)."""
        if kind not in ("damage", "manual"):
            raise InvalidInput(f"A charge made by hand is damage or manual, not {kind!r}.")
        text = clean_reason(description, "charge")
        if amount_minor <= 0:
            raise InvalidInput("A charge must be more than 0.00.")
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            item_id = require_item(uow, item_barcode).id if item_barcode else None
            kind_: FineKind = "damage" if kind == "damage" else "manual"
            fine = uow.fines.add(patron.id, kind_, amount_minor, text, actor, now, item_id=item_id)
            uow.commit()
        return fine

    def mark_lost(self, item_barcode: str) -> LostReport:
        """At the desk: the item on loan is lost; close the loan and bill the patron."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            loan = uow.loans.open_for_item(item.id)
            if loan is None:
                raise NotOnLoan(
                    f"{item.barcode} “{item.title}” is not on loan: only a borrowed item "
                    "is billed as lost."
                )
            charged = declare_lost(uow, actor, now, loan)
            uow.commit()
        return LostReport(item.barcode, item.title, loan.patron_barcode, loan.patron_name, charged)


# -- helpers ----------------------------------------------------------------------------


def _require_fine(uow: UnitOfWork, fine_id: int) -> Fine:
    fine = uow.fines.by_id(fine_id)
    if fine is None:
        raise UnknownFine(f"There is no fine number {fine_id}.")
    return fine


def _audit(
    uow: UnitOfWork, actor: Actor, now: datetime, action: str, was: Fine, now_is: Fine, why: str
) -> None:
    """A waiver or correction in the audit log: what was owed on the fine before and after."""
    audit.record(
        uow,
        actor,
        now,
        action,
        "fine",
        str(was.id),
        before={"outstanding_minor": was.outstanding_minor, "patron": was.patron_barcode},
        after={"outstanding_minor": now_is.outstanding_minor, "patron": now_is.patron_barcode},
        note=why,
    )


def _method(method: str) -> PaymentMethod:
    for known in PAYMENT_METHODS:
        if method.strip().lower() == known:
            return known
    raise InvalidInput(f"A payment is by {', '.join(PAYMENT_METHODS)}, not {method!r}.")


def _chosen(owed: list[Fine], fine_ids: Sequence[int], patron: Patron) -> list[Fine]:
    by_id = {f.id: f for f in owed}
    missing = [i for i in fine_ids if i not in by_id]
    if missing:
        raise InvalidInput(
            f"{patron.name} owes nothing on fine {missing[0]}: choose among their open fines."
        )
    return [by_id[i] for i in dict.fromkeys(fine_ids)]


def _receipt(uow: UnitOfWork, payment_id: int) -> PaymentReceipt:
    credits = uow.fines.credits_of_payment(payment_id)
    lines = []
    patron_barcode = patron_name = ""
    for credit in credits:
        fine = _require_fine(uow, credit.fine_id)
        patron_barcode, patron_name = fine.patron_barcode, fine.patron_name
        lines.append(
            PaidLine(
                fine.id,
                fine.description,
                fine.item_barcode,
                fine.title,
                credit.amount_minor,
                fine.outstanding_minor,
            )
        )
    first = credits[0]
    patron = uow.patrons.by_barcode(patron_barcode)
    assert patron is not None and first.method is not None
    return PaymentReceipt(
        payment_id=payment_id,
        patron_barcode=patron_barcode,
        patron_name=patron_name,
        amount_minor=sum(c.amount_minor for c in credits),
        method=first.method,
        paid_at=first.created,
        taken_by=first.created_by,
        lines=tuple(lines),
        still_owed_minor=uow.fines.outstanding_total(patron.id),
    )
