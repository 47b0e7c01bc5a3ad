"""Check out, check in, renew: the desk's three core actions, one transaction each."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime

from libtech_desktop.domain import circulation as rules
from libtech_desktop.domain.catalogue import Item, ItemStatus, check_loanable
from libtech_desktop.domain.circulation import Loan, LoanRule
from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import (
    CirculationRefused,
    InvalidInput,
    NotOnLoan,
    UnknownItem,
    UnknownPatron,
)
from libtech_desktop.domain.holds import HoldTrap
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.routes import Stop
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services import equipment, holds, journal, routes
from libtech_desktop.services import fine_charges as fines
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item, require_patron
from libtech_desktop.services.patrons import (
    BorrowingFacts,
    BorrowingRefusal,
    borrowing_facts,
    borrowing_refusal,
    visible_to,
)
from libtech_desktop.services.ports import UnitOfWork


class AlreadyOnLoanToPatron(CirculationRefused):
    code = "already_on_loan"


@dataclass(frozen=True)
class PatronSummary:
    """What the desk shows when a patron's card is scanned."""

    patron: Patron
    loans: tuple[Loan, ...]
    today: date
    #: Why this patron may not borrow today, or ``None``.
    refusal: str | None
    #: Staff may lend anyway (the ``blocks.override`` setting).
    overridable: bool = False
    #: Fines charged and not yet paid, in minor units.
    owed_minor: int = 0
    #: Fines accruing on open overdue loans (charged when they come back).
    accruing_minor: int = 0

    @property
    def overdue_count(self) -> int:
        return sum(1 for loan in self.loans if loan.is_overdue(self.today))


@dataclass(frozen=True)
class CheckinResult:
    item: Item
    #: The loan that was closed, or ``None`` when the item was not on loan.
    loan: Loan | None
    days_overdue: int
    #: What the desk must notice beyond the return itself (overdue, not on loan, …).
    notes: tuple[str, ...]
    #: The overdue fine charged for this return, in minor units.
    fine_minor: int = 0
    #: The hold this item was trapped for: it goes to the hold shelf, not the shelf.
    trap: HoldTrap | None = None
    #: Lent equipment: the accessories to check are all back (charger, bag, …).
    accessories: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        returned = (f"Returned by {self.loan.patron_name}.",) if self.loan else ()
        return " ".join((*returned, *self.notes))


@dataclass(frozen=True)
class CheckoutScan:
    """The outcome of one scan at the check-out desk: a patron opened or an item lent."""

    summary: PatronSummary
    loan: Loan | None


class CirculationService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- queries -------------------------------------------------------------

    def patron_summary(self, patron_barcode: str) -> PatronSummary:
        with self._ctx.unit_of_work() as uow:
            return self._summary(uow, require_patron(uow, patron_barcode))

    def open_loans(self, patron_barcode: str | None = None, limit: int = 10_000) -> list[Loan]:
        with self._ctx.unit_of_work() as uow:
            if patron_barcode is None:
                return list(uow.loans.open_loans(limit))
            return list(uow.loans.open_for_patron(require_patron(uow, patron_barcode).id))

    def item_loan(self, item_barcode: str) -> Loan | None:
        """The item's open loan, or ``None`` when it is not on loan."""
        with self._ctx.unit_of_work() as uow:
            return uow.loans.open_for_item(require_item(uow, item_barcode.strip()).id)

    # -- desk actions --------------------------------------------------------

    def scan_at_checkout(self, current_patron: str | None, code: str) -> CheckoutScan:
        """A scanned code at check-out: a patron's card opens them, an item is lent.

        One transaction: the lookup, the loan and the summary the screen shows (read
        after the loan, before the commit, so it lists the new loan)."""
        code = code.strip()
        with self._ctx.unit_of_work() as uow:
            opened = uow.patrons.by_barcode(code)
            if opened is not None:
                return CheckoutScan(self._summary(uow, opened), loan=None)
            item = uow.catalogue.item_by_barcode(code)
            if item is None:
                raise UnknownItem(f"No patron or item has the barcode {code}.")
            if current_patron is None:
                raise UnknownPatron("Scan the patron's card first, then the items.")
            actor, now, today = self._ctx.actor(), *self._when(None)
            patron = require_patron(uow, current_patron)
            # The block checks' reading, made once: the refusal before the loan, and the
            # summary after it (with the new loan; a loan changes no fine or suspension).
            facts = borrowing_facts(uow, patron, today)
            loan = self._lend(
                uow, actor, now, today, patron, item, override=False, on=None, facts=facts
            )
            loans = tuple(uow.loans.open_for_patron(patron.id))
            summary = self._summary(uow, patron, replace(facts, loans=loans))
            uow.commit()
        return CheckoutScan(summary, loan=loan)

    def checkout(
        self,
        patron_barcode: str,
        item_barcode: str,
        *,
        override: bool = False,
        on: date | None = None,
        due: date | None = None,
    ) -> Loan:
        """Lend an item. ``override``: staff chose to lend despite a block they may
        override (see :class:`PatronSummary.overridable`). ``on``: a loan made on an
        earlier day (a paper log after an outage), dated and due from that day.
        ``due``: the due date another desk already gave the patron (a merged bookmobile
        loan); else the rule's, or at a bookmobile stop the stop's next visit after it."""
        actor, now, today = self._ctx.actor(), *self._when(on)
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            item = require_item(uow, item_barcode)
            loan = self._lend(uow, actor, now, today, patron, item, override, on, due)
            uow.commit()
        return loan

    def _lend(
        self,
        uow: UnitOfWork,
        actor: Actor,
        now: datetime,
        today: date,
        patron: Patron,
        item: Item,
        override: bool,
        on: date | None,
        due: date | None = None,
        facts: BorrowingFacts | None = None,
    ) -> Loan:
        """Lend ``item`` to ``patron`` inside ``uow`` (not committed): see :meth:`checkout`.
        ``facts``: the patron's block checks' reading, when the caller has made it."""
        _check_may_borrow(borrowing_refusal(uow, patron, today, facts), override)
        notes: tuple[str, ...] = ()
        current = uow.loans.open_for_item(item.id)
        if current is not None:
            if current.patron_barcode == patron.barcode:
                raise AlreadyOnLoanToPatron(
                    f"{item.barcode} “{item.title}” is already on loan to {patron.name} "
                    f"(due {current.due.isoformat()}). Renew it instead."
                )
            uow.loans.close(current.id, actor, now)
            notes = (
                f"Was on loan to {current.patron_name} ({current.patron_barcode}) "
                "— checked in first, then out.",
            )
        else:
            check_loanable(item)
        holds.claim_for_checkout(uow, actor, now, patron, item)
        rule = _rule(uow, patron.category_code, item.item_type_code)
        rules.check_item_limit(
            patron.name, rule, uow.loans.count_open(patron.id, item.item_type_code)
        )
        stop = routes.stop_for_action(uow, today)
        if due is None:
            due = rules.due_date(today, rule, uow.rules.is_closed)
            due = routes.due_at_stop(uow, stop, due) if stop else due
        loan = uow.loans.create(item.id, patron.id, due, actor, now)
        data = {"patron": patron.barcode, "item": item.barcode, "due": due.isoformat()}
        if stop is not None:
            uow.routes.set_loan_stop(loan.id, stop.id)
            data["stop"] = stop.name
        self._journal(uow, JournalKind.CHECKOUT, data, now, on)
        return replace(loan, notes=notes)

    def checkin(self, item_barcode: str, *, on: date | None = None) -> CheckinResult:
        """Check an item in. ``on``: returned on an earlier day (the book drop, a paper
        log), its fine counted up to that day."""
        actor, now, today = self._ctx.actor(), *self._when(on)
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            loan = uow.loans.open_for_item(item.id)
            if loan is None:
                return self._checkin_not_on_loan(uow, item)
            if to_local(loan.checked_out).date() > today:
                raise InvalidInput(
                    f"{item.barcode} was lent on {to_local(loan.checked_out).date().isoformat()}"
                    f": it cannot have come back on {today.isoformat()}."
                )
            closed = uow.loans.close(loan.id, actor, now)
            stop = routes.stop_for_action(uow, today)
            if stop is not None:
                uow.routes.set_return_stop(loan.id, stop.id)
            # Lent equipment: its accessories to check; a piece that broke while out
            # goes to repair before any hold could trap it.
            # (The return made it available: nothing else of it changed.)
            returned = replace(item, status=ItemStatus.AVAILABLE)
            accessories = equipment.accessories_at_checkin(uow, actor, now, returned)
            patron = require_patron(uow, loan.patron_barcode)
            # A check-in is never refused: with no rule (deleted since), no fine is charged.
            rule = uow.rules.rule(patron.category_code, item.item_type_code)
            fine = fines.charge_overdue(uow, actor, now, closed, rule, today) if rule else 0
            # The hold shelf counts its pickup days from the real day, not a backdated one.
            # Read again: the accessories check may have sent it to repair.
            item = require_item(uow, item_barcode)
            trap = holds.trap_at_checkin(
                uow, actor, self._ctx.clock.now(), self._ctx.clock.today(), item
            )
            item = require_item(uow, item_barcode) if trap is not None else item
            self._journal_checkin(uow, item, loan.patron_barcode, now, on, stop)
            uow.commit()
        overdue = loan.days_overdue(today)
        notes: tuple[str, ...] = (
            (f"OVERDUE by {overdue} day{'s' if overdue != 1 else ''}.",) if overdue else ()
        )
        if fine:
            notes += (f"Fine {format_money(fine)} charged.",)
        return CheckinResult(
            item=item,
            loan=closed,
            days_overdue=overdue,
            notes=notes,
            fine_minor=fine,
            trap=trap,
            accessories=accessories,
        )

    def _when(self, on: date | None) -> tuple[datetime, date]:
        """The instant and day a desk action is dated: now, or the same time of day on
        an earlier day. A day in the future is refused."""
        now, today = self._ctx.clock.now(), self._ctx.clock.today()
        if on is None or on == today:
            return now, today
        if on > today:
            raise InvalidInput(
                f"{on.isoformat()} is in the future: a transaction can be entered after the "
                "fact, not before."
            )
        local = to_local(now)
        return local.replace(year=on.year, month=on.month, day=on.day).astimezone(now.tzinfo), on

    def _checkin_not_on_loan(self, uow: UnitOfWork, item: Item) -> CheckinResult:
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        notes = ["Not on loan."]
        trap = None
        if item.status in (ItemStatus.MISSING, ItemStatus.LOST):
            notes.append(f"It was marked {item.status.label.lower()} — now available again.")
            if item.status is ItemStatus.LOST:
                refund = fines.on_lost_item_returned(uow, actor, now, item)
                notes.extend([refund] if refund else [])
            item = uow.catalogue.set_status(item.id, ItemStatus.AVAILABLE, actor, now)
            trap = holds.trap_at_checkin(uow, actor, now, self._ctx.clock.today(), item)
            item = require_item(uow, item.barcode)
            self._journal_checkin(uow, item, None, now, None)
            uow.commit()
        elif item.status is ItemStatus.AVAILABLE:
            # Back from the shelf (a browsed copy, a book-drop slip): a hold may want it.
            trap = holds.trap_at_checkin(uow, actor, now, self._ctx.clock.today(), item)
            if trap is not None:
                item = require_item(uow, item.barcode)
                self._journal_checkin(uow, item, None, now, None)
                uow.commit()
        else:
            notes.append(f"It is {item.status.label.lower()}.")
        return CheckinResult(item=item, loan=None, days_overdue=0, notes=tuple(notes), trap=trap)

    def renew(self, item_barcode: str, *, due: date | None = None) -> Loan:
        """Renew a loan; ``due``: the new due date another desk already gave (a merged
        bookmobile renewal). At a bookmobile stop the new date is one of its visits."""
        actor, now, today = self._ctx.actor(), self._ctx.clock.now(), self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            loan = uow.loans.open_for_item(item.id)
            if loan is None:
                raise NotOnLoan(f"{item.barcode} “{item.title}” is not on loan.")
            patron = require_patron(uow, loan.patron_barcode)
            _check_may_borrow(borrowing_refusal(uow, patron, today), override=False)
            rule = _rule(uow, patron.category_code, item.item_type_code)
            rules.check_renewable(loan, rule)
            stop = routes.stop_for_action(uow, today)
            if due is None:
                due = rules.renewed_due(loan, today, rule, uow.rules.is_closed)
                due = routes.due_at_stop(uow, stop, due) if stop else due
            renewed = uow.loans.renew(loan.id, due, actor, now)
            data = {"patron": patron.barcode, "item": item.barcode, "due": due.isoformat()}
            if stop is not None:
                data["stop"] = stop.name
            journal.record(uow, actor, now, JournalKind.RENEW, data)
            uow.commit()
        return renewed

    def _journal_checkin(
        self,
        uow: UnitOfWork,
        item: Item,
        patron: str | None,
        now: datetime,
        on: date | None,
        stop: Stop | None = None,
    ) -> None:
        data = {"item": item.barcode, "patron": patron}
        if stop is not None:
            data["stop"] = stop.name
        self._journal(uow, JournalKind.CHECKIN, data, now, on)

    def _journal(
        self,
        uow: UnitOfWork,
        kind: JournalKind,
        data: Mapping[str, str | None],
        now: datetime,
        on: date | None,
    ) -> None:
        """Journal an action; one entered after the fact (``on``) is journalled at the
        real instant and carries the instant it is dated."""
        if on is not None and on != self._ctx.clock.today():
            data = {**data, "dated": now.isoformat()}
            now = self._ctx.clock.now()
        journal.record(uow, self._ctx.actor(), now, kind, data)

    def _summary(
        self, uow: UnitOfWork, patron: Patron, facts: BorrowingFacts | None = None
    ) -> PatronSummary:
        """``facts``: the patron's loans, fines and suspensions when the caller has read
        them in this unit of work; else read here, once, for the blocks and the totals."""
        today = self._ctx.clock.today()
        facts = borrowing_facts(uow, patron, today) if facts is None else facts
        refusal = borrowing_refusal(uow, patron, today, facts)
        loans = facts.loans
        owed, accruing = fines.account_totals(uow, patron, today, loans, facts.owed_minor)
        return PatronSummary(
            patron=visible_to(self._ctx.actor(), patron),
            loans=loans,
            today=today,
            refusal=refusal.message if refusal else None,
            overridable=refusal.overridable if refusal else False,
            owed_minor=owed,
            accruing_minor=accruing,
        )


def _check_may_borrow(refusal: BorrowingRefusal | None, override: bool) -> None:
    if refusal is not None and not (override and refusal.overridable):
        raise refusal.error(refusal.message)


def _rule(uow: UnitOfWork, category: str, item_type: str) -> LoanRule:
    rule = uow.rules.rule(category, item_type)
    if rule is None:
        raise CirculationRefused(
            f"No loan rule for {category} patrons and {item_type} items — "
            "a librarian must add one before this can be lent."
        )
    return rule
