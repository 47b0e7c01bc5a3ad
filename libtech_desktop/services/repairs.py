"""Damaged items: flagged (at check-in or here), repair tickets worked through to done,
withdrawal with a reason, the replacement list and each item's condition history.

Decisions where the issue is silent:

- A damage charge goes to the last borrower (the open loan's patron, else the latest
  returned loan's) only when ``damage.charge_borrower`` is true; it is a 'damage' fine
  made in the same unit of work as the ticket (everything or nothing).
- Finishing a ticket never started starts it too (``started`` = finished time).
- Withdrawing an item with an open ticket closes the ticket as withdrawn; an item on
  loan cannot be withdrawn. Withdrawal keeps the item and its record (statistics).
- ``resolve(..., WITHDRAWN)`` (the older API) withdraws with the reason 'damaged'.
"""

from __future__ import annotations

from datetime import datetime

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.repairs import (
    CannotRepair,
    Condition,
    ConditionEntry,
    ConditionSource,
    DamageContext,
    DamageReport,
    Repair,
    RepairOutcome,
    RepairStatus,
    Replacement,
    Withdrawal,
    WithdrawalReason,
    check_can_mark_damaged,
    check_can_withdraw,
    check_work,
    clean_repair_type,
    clean_text,
    parse_condition,
    parse_reason,
    parse_status,
    status_after,
)
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services import journal
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item
from libtech_desktop.services.ports import UnitOfWork


class UnknownRepair(CannotRepair):
    code = "unknown_repair"


class RepairService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- damage --------------------------------------------------------------------------

    def mark_damaged(self, item_barcode: str, note: str, repair_type: str | None = None) -> Repair:
        """Take an item out of circulation for repair. A loan on it is closed first."""
        return self.report_damage(item_barcode, note, repair_type, source="repairs").repair

    def damage_context(self, item_barcode: str) -> DamageContext:
        """The item and, where the library charges damage, the borrower who may be charged."""
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            charges = SettingsReader(uow.settings.get).flag("damage.charge_borrower")
            borrower = uow.repairs.last_borrower(item.id) if charges else None
            return DamageContext(item, borrower)

    def report_damage(
        self,
        item_barcode: str,
        note: str,
        repair_type: str | None = None,
        *,
        charge_minor: int = 0,
        source: str = "checkin",
    ) -> DamageReport:
        """Flag an item damaged: it goes in repair with a queued ticket and a 'damaged'
        condition entry; ``charge_minor`` > 0 charges its last borrower a damage fine."""
        if charge_minor < 0:
            raise InvalidInput("A damage charge cannot be negative.")
        kind = clean_repair_type(repair_type)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            note = check_can_mark_damaged(item, note)
            borrower = uow.repairs.last_borrower(item.id)
            loan = uow.loans.open_for_item(item.id)
            if loan is not None:
                uow.loans.close(loan.id, actor, now)
            uow.catalogue.set_status(item.id, ItemStatus.IN_REPAIR, actor, now, condition_note=note)
            repair = uow.repairs.open(item.id, note, actor, now, repair_type=kind)
            where = ConditionSource.CHECKIN if source == "checkin" else ConditionSource.REPAIR
            uow.repairs.add_condition(item.id, Condition.DAMAGED, note, where, actor, now)
            charged_to = None
            if charge_minor:
                if not SettingsReader(uow.settings.get).flag("damage.charge_borrower"):
                    raise InvalidInput("The library does not charge borrowers for damage.")
                if borrower is None:
                    raise InvalidInput(
                        f"{item.barcode} has no borrower to charge: it was never lent."
                    )
                uow.fines.add(
                    borrower.patron_id,
                    "damage",
                    charge_minor,
                    f"Damage: {note}",
                    actor,
                    now,
                    item_id=item.id,
                    loan_id=borrower.loan_id,
                )
                charged_to = borrower.name
            data = {
                "item": item.barcode,
                "note": note,
                "repair_type": kind,
                "charge_minor": charge_minor,
                "charged_patron": borrower.barcode if charged_to and borrower else None,
                "source": source,
            }
            journal.record(uow, actor, now, JournalKind.DAMAGE, data)
            uow.commit()
        return DamageReport(repair, charge_minor if charged_to else 0, charged_to)

    # -- tickets -------------------------------------------------------------------------

    def open_ticket(self, item_barcode: str, repair_type: str, note: str | None = None) -> Repair:
        """A repair ticket for an item (``libtech repair open``); the note defaults to the type."""
        kind = clean_repair_type(repair_type)
        if kind is None:
            raise InvalidInput("Say what kind of repair (tape spine, re-case, …).")
        return self.mark_damaged(item_barcode, clean_text(note) or kind, kind)

    def queue(self) -> list[Repair]:
        """Tickets not done yet (queued or in progress), oldest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.repairs.queue())

    def tickets(self, status: RepairStatus | str | None = None) -> list[Repair]:
        """Tickets with this status (``None``: every ticket), oldest first."""
        wanted = parse_status(status) if status is not None else None
        with self._ctx.unit_of_work() as uow:
            return list(uow.repairs.tickets(wanted))

    def ticket(self, ticket_id: int) -> Repair:
        with self._ctx.unit_of_work() as uow:
            return _require_ticket(uow, ticket_id)

    def start(self, ticket_id: int, assigned_to: str | None = None) -> Repair:
        """Queued → in progress; ``assigned_to`` defaults to the acting staff member."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            ticket = _require_open(uow, ticket_id)
            who = clean_text(assigned_to) or ticket.assigned_to or actor.username
            started = uow.repairs.start(ticket.id, who, now)
            uow.commit()
        return started

    def log_work(self, ticket_id: int, minutes: int = 0, materials_minor: int = 0) -> Repair:
        """Add time spent (minutes) and materials cost (minor units) to an open ticket."""
        check_work(minutes, materials_minor)
        with self._ctx.unit_of_work() as uow:
            ticket = _require_open(uow, ticket_id)
            logged = uow.repairs.add_work(ticket.id, minutes, materials_minor)
            uow.commit()
        return logged

    def finish(
        self,
        ticket_id: int,
        *,
        condition: Condition | str = Condition.GOOD,
        minutes: int = 0,
        materials_minor: int = 0,
        note: str | None = None,
    ) -> Repair:
        """The item is mended: the ticket is done, the item available with a condition entry
        ('good' or 'fair')."""
        state = parse_condition(condition)
        if state not in (Condition.GOOD, Condition.FAIR):
            raise InvalidInput("A mended item is in good or fair condition; else withdraw it.")
        check_work(minutes, materials_minor)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            ticket = _require_open(uow, ticket_id)
            item_id = uow.repairs.item_id_of(ticket.id)
            _work(uow, ticket, actor, minutes, materials_minor, now)
            done = uow.repairs.resolve(ticket.id, RepairOutcome.REPAIRED, actor, now)
            uow.catalogue.set_status(item_id, ItemStatus.AVAILABLE, actor, now)
            words = clean_text(note) or f"Repaired ({ticket.repair_type or 'repair'})"
            uow.repairs.add_condition(item_id, state, words, ConditionSource.REPAIR, actor, now)
            uow.commit()
        return done

    def close(
        self,
        ticket_id: int,
        *,
        materials_minor: int = 0,
        minutes: int = 0,
        withdraw: WithdrawalReason | str | None = None,
        note: str | None = None,
    ) -> Repair:
        """``libtech repair close``: finish the ticket, or end it in withdrawal."""
        if withdraw is None:
            return self.finish(
                ticket_id, minutes=minutes, materials_minor=materials_minor, note=note
            )
        reason = parse_reason(withdraw)
        check_work(minutes, materials_minor)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            ticket = _require_open(uow, ticket_id)
            _work(uow, ticket, actor, minutes, materials_minor, now)
            item = require_item(uow, ticket.item_barcode)
            done = _withdraw(uow, item, reason, clean_text(note) or None, actor, now)[0]
            uow.commit()
        assert done is not None
        return done

    def resolve(self, item_barcode: str, outcome: RepairOutcome) -> Repair:
        """The older API: the item's open ticket ends repaired or withdrawn ('damaged')."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            repair = uow.repairs.open_for_item(item.id)
            if repair is None:
                raise CannotRepair(f"{item.barcode} “{item.title}” is not in the repair queue.")
            if outcome is RepairOutcome.WITHDRAWN:
                resolved = _withdraw(uow, item, WithdrawalReason.DAMAGED, None, actor, now)[0]
                assert resolved is not None
            else:
                resolved = uow.repairs.resolve(repair.id, outcome, actor, now)
                uow.catalogue.set_status(item.id, status_after(outcome), actor, now)
                uow.repairs.add_condition(
                    item.id, Condition.GOOD, "Repaired", ConditionSource.REPAIR, actor, now
                )
            uow.commit()
        return resolved

    # -- withdrawal and replacement -------------------------------------------------------

    def withdraw(
        self,
        item_barcode: str,
        reason: WithdrawalReason | str,
        note: str | None = None,
        *,
        replace: bool = False,
    ) -> Withdrawal:
        """Take an item out of the collection for good (the record stays); ``replace``
        puts its title on the replacement list too."""
        why = parse_reason(reason)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            withdrawal = _withdraw(uow, item, why, clean_text(note) or None, actor, now)[1]
            if replace:
                wanted = uow.repairs.add_replacement(
                    item.biblio_id, item.id, f"Withdrawn: {why.value}", actor, now
                )
                withdrawal = Withdrawal(**{**vars(withdrawal), "replacement_id": wanted.id})
            uow.commit()
        return withdrawal

    def order_replacement(self, item_barcode: str, reason: str | None = None) -> Replacement:
        """Put the item's title on the replacement list."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            wanted = uow.repairs.add_replacement(
                item.biblio_id, item.id, clean_text(reason) or "Replace this copy", actor, now
            )
            uow.commit()
        return wanted

    def replacements(self) -> list[Replacement]:
        """The open replacement list, oldest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.repairs.replacements("open"))

    # -- condition history ----------------------------------------------------------------

    def condition_history(self, item_barcode: str) -> list[ConditionEntry]:
        """Every condition entry of the item, newest first."""
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            return list(uow.repairs.conditions(item.id))

    def record_condition(
        self, item_barcode: str, condition: Condition | str, note: str | None = None
    ) -> ConditionEntry:
        """A condition entry made by hand (the item's status does not change)."""
        state = parse_condition(condition)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            entry = uow.repairs.add_condition(
                item.id, state, clean_text(note) or None, ConditionSource.HAND, actor, now
            )
            uow.commit()
        return entry


# -- helpers ----------------------------------------------------------------------------


def _require_ticket(uow: UnitOfWork, ticket_id: int) -> Repair:
    ticket = uow.repairs.by_id(ticket_id)
    if ticket is None:
        raise UnknownRepair(f"There is no repair ticket number {ticket_id}.")
    return ticket


def _require_open(uow: UnitOfWork, ticket_id: int) -> Repair:
    ticket = _require_ticket(uow, ticket_id)
    if ticket.status is RepairStatus.DONE:
        raise CannotRepair(
            f"Repair ticket {ticket.id} ({ticket.item_barcode} “{ticket.title}”) is already done."
        )
    return ticket


def _work(
    uow: UnitOfWork, ticket: Repair, actor: Actor, minutes: int, cost: int, now: datetime
) -> None:
    if ticket.status is RepairStatus.QUEUED:
        uow.repairs.start(ticket.id, ticket.assigned_to or actor.username, now)
    if minutes or cost:
        uow.repairs.add_work(ticket.id, minutes, cost)


def _withdraw(
    uow: UnitOfWork,
    item: Item,
    reason: WithdrawalReason,
    note: str | None,
    actor: Actor,
    now: datetime,
) -> tuple[Repair | None, Withdrawal]:
    check_can_withdraw(item, uow.loans.open_for_item(item.id) is not None)
    ticket = uow.repairs.open_for_item(item.id)
    closed = uow.repairs.resolve(ticket.id, RepairOutcome.WITHDRAWN, actor, now) if ticket else None
    uow.catalogue.set_status(
        item.id, ItemStatus.WITHDRAWN, actor, now, condition_note=item.condition_note
    )
    withdrawal = uow.repairs.add_withdrawal(item.id, reason, note, actor, now)
    return closed, withdrawal
