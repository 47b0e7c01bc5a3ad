"""Damaged items: into the repair queue, out as repaired or withdrawn."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput, ItemNotLoanable, UnknownItem
from libtech_desktop.domain.repairs import (
    CannotRepair,
    CannotWithdraw,
    Condition,
    RepairOutcome,
    RepairStatus,
    WithdrawalReason,
)


def test_mark_damaged_takes_the_item_out_of_circulation(library, patron, item, clock, snapshot):
    repair = library.repairs.mark_damaged(item.barcode, "  Spine   broken ")

    assert repair.item_barcode == item.barcode
    assert repair.title == "Middlemarch"
    assert repair.note == "Spine broken"
    assert repair.reported == clock.now()
    assert repair.reported_by == "desk"
    assert repair.resolved is None
    stored = library.catalogue.item(item.barcode)
    assert stored.status is ItemStatus.IN_REPAIR
    assert stored.condition_note == "Spine broken"

    before = snapshot()
    with pytest.raises(ItemNotLoanable, match="cannot be lent: it is in repair"):
        library.circulation.checkout(patron.barcode, item.barcode)
    assert snapshot() == before


def test_mark_damaged_closes_an_open_loan(library, patron, item, clock, db_rows, as_stored):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=2)

    library.repairs.mark_damaged(item.barcode, "Water damage")

    assert library.circulation.open_loans(patron.barcode) == []
    assert library.catalogue.item(item.barcode).status is ItemStatus.IN_REPAIR
    assert db_rows("SELECT returned_at, returned_by FROM loans") == [
        (as_stored(clock.now()), "desk")
    ]


def test_repair_queue_lists_open_repairs_oldest_first(library, make_item, clock):
    first, second, fixed = make_item("First"), make_item("Second"), make_item("Fixed")
    library.repairs.mark_damaged(first.barcode, "Torn page 12")
    clock.advance(hours=1)
    library.repairs.mark_damaged(fixed.barcode, "Loose cover")
    clock.advance(hours=1)
    library.repairs.mark_damaged(second.barcode, "Cover stained")
    library.repairs.resolve(fixed.barcode, RepairOutcome.REPAIRED)

    queue = library.repairs.queue()

    assert [(r.title, r.note) for r in queue] == [
        ("First", "Torn page 12"),
        ("Second", "Cover stained"),
    ]


def test_an_empty_library_has_an_empty_queue(library):
    assert library.repairs.queue() == []


def test_mark_damaged_needs_a_note(library, item, snapshot):
    before = snapshot()

    with pytest.raises(InvalidInput, match="Say what is wrong"):
        library.repairs.mark_damaged(item.barcode, "   ")

    assert snapshot() == before


def test_an_item_already_queued_is_refused(library, item, snapshot):
    library.repairs.mark_damaged(item.barcode, "Spine broken")
    before = snapshot()

    with pytest.raises(CannotRepair, match="already in the repair queue"):
        library.repairs.mark_damaged(item.barcode, "Also a torn page")

    assert snapshot() == before
    assert [r.note for r in library.repairs.queue()] == ["Spine broken"]


def test_a_withdrawn_item_cannot_be_queued(library, item):
    library.repairs.mark_damaged(item.barcode, "Mouldy")
    library.repairs.resolve(item.barcode, RepairOutcome.WITHDRAWN)

    with pytest.raises(CannotRepair, match="has been withdrawn"):
        library.repairs.mark_damaged(item.barcode, "Still mouldy")


def test_mark_damaged_of_an_unknown_item_is_refused(library):
    with pytest.raises(UnknownItem, match="No item has the barcode 3000"):
        library.repairs.mark_damaged("3000", "Broken")


def test_resolve_repaired_puts_the_item_back_on_the_shelf(library, patron, item, clock):
    library.repairs.mark_damaged(item.barcode, "Spine broken")
    clock.advance(days=3)

    repair = library.repairs.resolve(item.barcode, RepairOutcome.REPAIRED)

    assert repair.outcome is RepairOutcome.REPAIRED
    assert repair.resolved == clock.now()
    stored = library.catalogue.item(item.barcode)
    assert stored.status is ItemStatus.AVAILABLE
    assert stored.condition_note is None
    assert library.repairs.queue() == []
    assert library.circulation.checkout(patron.barcode, item.barcode).due == date(2026, 3, 26)


def test_resolve_withdrawn_withdraws_the_item(library, patron, item, snapshot):
    library.repairs.mark_damaged(item.barcode, "Pages missing")

    repair = library.repairs.resolve(item.barcode, RepairOutcome.WITHDRAWN)

    assert repair.outcome is RepairOutcome.WITHDRAWN
    stored = library.catalogue.item(item.barcode)
    assert stored.status is ItemStatus.WITHDRAWN
    assert stored.condition_note == "Pages missing"  # the reason it went stays on file
    assert library.repairs.queue() == []
    before = snapshot()
    with pytest.raises(ItemNotLoanable, match="it is withdrawn"):
        library.circulation.checkout(patron.barcode, item.barcode)
    assert snapshot() == before


def test_resolving_an_item_not_in_the_queue_is_refused(library, item, snapshot):
    before = snapshot()

    with pytest.raises(CannotRepair, match="is not in the repair queue"):
        library.repairs.resolve(item.barcode, RepairOutcome.REPAIRED)

    assert snapshot() == before
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE


def test_resolving_twice_is_refused(library, item):
    library.repairs.mark_damaged(item.barcode, "Spine broken")
    library.repairs.resolve(item.barcode, RepairOutcome.REPAIRED)

    with pytest.raises(CannotRepair, match="is not in the repair queue"):
        library.repairs.resolve(item.barcode, RepairOutcome.WITHDRAWN)

    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE


def test_an_item_can_go_back_for_repair_after_being_repaired(library, item):
    library.repairs.mark_damaged(item.barcode, "Spine broken")
    library.repairs.resolve(item.barcode, RepairOutcome.REPAIRED)

    again = library.repairs.mark_damaged(item.barcode, "Spine broken again")

    assert [r.id for r in library.repairs.queue()] == [again.id]


# -- damage at check-in, with a charge to the last borrower -----------------------------


def test_damage_reported_at_checkin_charges_the_last_borrower(
    library, patron, item, clock, snapshot
):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=3)
    library.circulation.checkin(item.barcode)

    context = library.repairs.damage_context(item.barcode)
    assert context.chargeable is not None and context.chargeable.name == "Lovelace, Ada"

    report = library.repairs.report_damage(
        item.barcode, "Coffee on pages 10-40", "other", charge_minor=1250
    )

    assert (report.charged_minor, report.charged_patron) == (1250, "Lovelace, Ada")
    ticket = report.repair
    assert (ticket.status, ticket.repair_type, ticket.note) == (
        RepairStatus.QUEUED,
        "other",
        "Coffee on pages 10-40",
    )
    assert library.catalogue.item(item.barcode).status is ItemStatus.IN_REPAIR
    [fine] = library.fines.account(patron.barcode).open_fines
    assert (fine.kind, fine.amount_minor) == ("damage", 1250)
    assert "Coffee on pages 10-40" in fine.description
    [entry] = library.repairs.condition_history(item.barcode)
    assert (entry.condition, entry.source, entry.note) == (
        Condition.DAMAGED,
        "checkin",
        "Coffee on pages 10-40",
    )


def test_no_charge_when_the_library_does_not_charge_for_damage(library, patron, item, snapshot):
    library.settings.set("damage.charge_borrower", "false")
    library.circulation.checkout(patron.barcode, item.barcode)
    library.circulation.checkin(item.barcode)
    assert library.repairs.damage_context(item.barcode).chargeable is None
    before = snapshot()

    with pytest.raises(InvalidInput, match="does not charge borrowers"):
        library.repairs.report_damage(item.barcode, "Torn", charge_minor=500)

    assert snapshot() == before  # everything or nothing: no ticket either


def test_an_item_never_lent_has_nobody_to_charge(library, item, snapshot):
    assert library.repairs.damage_context(item.barcode).chargeable is None
    before = snapshot()
    with pytest.raises(InvalidInput, match="no borrower to charge"):
        library.repairs.report_damage(item.barcode, "Torn", charge_minor=500)
    assert snapshot() == before


# -- tickets through to done ------------------------------------------------------------


def test_a_ticket_goes_queued_in_progress_done(library, patron, item, clock, make_patron):
    ticket = library.repairs.open_ticket(item.barcode, "Tape spine")
    assert (ticket.status, ticket.repair_type, ticket.note) == (
        RepairStatus.QUEUED,
        "tape spine",
        "tape spine",
    )
    clock.advance(hours=1)

    started = library.repairs.start(ticket.id, "Jo")
    assert (started.status, started.assigned_to, started.started) == (
        RepairStatus.IN_PROGRESS,
        "Jo",
        clock.now(),
    )
    library.repairs.log_work(ticket.id, minutes=20, materials_minor=150)
    clock.advance(hours=1)
    done = library.repairs.finish(ticket.id, condition="fair", minutes=10, materials_minor=75)

    assert (done.status, done.outcome, done.minutes_spent, done.materials_minor) == (
        RepairStatus.DONE,
        RepairOutcome.REPAIRED,
        30,
        225,
    )
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE
    history = library.repairs.condition_history(item.barcode)
    assert [(e.condition, e.source) for e in history] == [
        (Condition.FAIR, "repair"),  # newest first
        (Condition.DAMAGED, "repair"),
    ]
    assert library.circulation.checkout(patron.barcode, item.barcode).item_barcode == item.barcode
    assert library.repairs.tickets(RepairStatus.DONE) == [done]
    assert library.repairs.queue() == []


def test_start_defaults_to_the_acting_staff_member(library, item):
    ticket = library.repairs.open_ticket(item.barcode, "re-case", "Boards detached")
    assert library.repairs.start(ticket.id).assigned_to == "desk"


def test_a_done_ticket_cannot_be_worked_on(library, item, snapshot):
    ticket = library.repairs.open_ticket(item.barcode, "clean disc")
    library.repairs.finish(ticket.id)
    before = snapshot()

    for action in (
        lambda: library.repairs.start(ticket.id),
        lambda: library.repairs.log_work(ticket.id, minutes=5),
        lambda: library.repairs.finish(ticket.id),
    ):
        with pytest.raises(CannotRepair, match=f"ticket {ticket.id} .* is already done"):
            action()
    with pytest.raises(CannotRepair, match="no repair ticket number 99"):
        library.repairs.start(99)
    assert snapshot() == before


def test_bad_work_figures_are_refused(library, item):
    ticket = library.repairs.open_ticket(item.barcode, "reinforce")
    with pytest.raises(InvalidInput, match="cannot be negative"):
        library.repairs.log_work(ticket.id, minutes=-5)
    with pytest.raises(InvalidInput, match="good or fair"):
        library.repairs.finish(ticket.id, condition="poor")
    with pytest.raises(InvalidInput, match="Say what kind of repair"):
        library.repairs.open_ticket(item.barcode, "  ")


def test_closing_a_ticket_with_withdrawal(library, item, db_rows):
    ticket = library.repairs.open_ticket(item.barcode, "rebind", "Text block broken")

    closed = library.repairs.close(
        ticket.id, minutes=15, materials_minor=0, withdraw="damaged", note="Beyond repair"
    )

    assert (closed.status, closed.outcome, closed.minutes_spent) == (
        RepairStatus.DONE,
        RepairOutcome.WITHDRAWN,
        15,
    )
    assert library.catalogue.item(item.barcode).status is ItemStatus.WITHDRAWN
    assert db_rows("SELECT reason, note FROM withdrawals") == [("damaged", "Beyond repair")]


# -- withdrawal and the replacement list ------------------------------------------------


def test_withdraw_keeps_the_record_and_can_order_a_replacement(library, patron, item, db_rows):
    withdrawal = library.repairs.withdraw(
        item.barcode, WithdrawalReason.OUTDATED, "Misleading: 1998 tax rules", replace=True
    )

    assert (withdrawal.reason, withdrawal.note) == (
        WithdrawalReason.OUTDATED,
        "Misleading: 1998 tax rules",
    )
    assert library.catalogue.item(item.barcode).status is ItemStatus.WITHDRAWN
    [wanted] = library.repairs.replacements()
    assert wanted.id == withdrawal.replacement_id
    assert (wanted.title, wanted.item_barcode, wanted.reason) == (
        "Middlemarch",
        item.barcode,
        "Withdrawn: outdated",
    )
    with pytest.raises(ItemNotLoanable, match="it is withdrawn"):
        library.circulation.checkout(patron.barcode, item.barcode)
    with pytest.raises(CannotWithdraw, match="already been withdrawn"):
        library.repairs.withdraw(item.barcode, "weeded")


def test_an_item_on_loan_cannot_be_withdrawn(library, patron, item, snapshot):
    library.circulation.checkout(patron.barcode, item.barcode)
    before = snapshot()

    with pytest.raises(CannotWithdraw, match="is on loan: check it in"):
        library.repairs.withdraw(item.barcode, "weeded")
    with pytest.raises(InvalidInput, match="withdrawal reason is one of"):
        library.repairs.withdraw(item.barcode, "ugly")

    assert snapshot() == before


def test_withdrawing_an_item_in_repair_closes_its_ticket(library, item):
    ticket = library.repairs.mark_damaged(item.barcode, "Mould")

    library.repairs.withdraw(item.barcode, "damaged")

    assert library.repairs.queue() == []
    assert library.repairs.ticket(ticket.id).outcome is RepairOutcome.WITHDRAWN


def test_order_a_replacement_without_withdrawing(library, item):
    wanted = library.repairs.order_replacement(item.barcode, "Worn, popular")
    assert [(r.id, r.reason) for r in library.repairs.replacements()] == [
        (wanted.id, "Worn, popular")
    ]
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE


# -- condition history ------------------------------------------------------------------


def test_record_condition_by_hand_newest_first(library, item, clock):
    library.repairs.record_condition(item.barcode, "good", "New")
    clock.advance(days=30)
    library.repairs.record_condition(item.barcode, Condition.POOR, "Cover  worn")

    history = library.repairs.condition_history(item.barcode)

    assert [(e.condition, e.note, e.source) for e in history] == [
        (Condition.POOR, "Cover worn", "hand"),
        (Condition.GOOD, "New", "hand"),
    ]
    assert history[0].recorded == clock.now()
    with pytest.raises(InvalidInput, match="condition is one of"):
        library.repairs.record_condition(item.barcode, "shabby")
