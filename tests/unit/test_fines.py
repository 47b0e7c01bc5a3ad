"""Fines and fees through the services on a real library file: overdue fines at
check-in, accruing fines, payments, waivers, corrections, lost items and statements.

A new library fines adults 0.25 a day, at most 5.00 a loan; loans are due 2026-03-23.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from libtech_desktop.domain.catalogue import Item, ItemDraft, ItemStatus
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput, NotOnLoan
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import Actor
from libtech_desktop.library import Library, open_library
from libtech_desktop.services.fines import UnknownFine

RULE = LoanRule("adult", "book", 21, 3, 25, fine_per_day_minor=50, grace_days=1)


def late_return(library: Library, clock: FixedClock, patron: Patron, item: Item, days: int) -> int:
    """Lend ``item``, bring it back ``days`` late; the fine charged."""
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=21 + days)
    return library.circulation.checkin(item.barcode).fine_minor


def test_an_overdue_return_is_fined_for_open_days_after_the_grace_day(
    library, admin, clock, patron, item
):
    admin.set_rule(RULE)
    admin.add_closed_day(date(2026, 3, 25), "Easter")
    admin.add_closed_day(date(2026, 3, 26), "Easter")

    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=21 + 6)  # back 2026-03-29: 6 days late, 2 closed, 1 grace -> 3
    result = library.circulation.checkin(item.barcode)

    assert result.fine_minor == 150
    assert "Fine 1.50 charged." in result.notes
    [fine] = library.fines.fines(patron.barcode)
    assert (fine.kind, fine.amount_minor, fine.outstanding_minor) == ("overdue", 150, 150)
    assert fine.item_barcode == item.barcode
    assert fine.loan_id == result.loan.id
    assert library.fines.balance(patron.barcode).owed_minor == 150


def test_a_return_on_time_is_not_fined(library, clock, patron, item):
    assert late_return(library, clock, patron, item, 0) == 0
    assert library.fines.fines(patron.barcode) == []


def test_a_new_library_fines_adults_a_quarter_a_day_up_to_five(library, clock, patron, make_item):
    assert late_return(library, clock, patron, make_item(), 4) == 100
    assert late_return(library, clock, patron, make_item(), 60) == 500


def test_a_child_pays_less_and_staff_nothing(library, clock, make_patron, make_item):
    child, staff = make_patron(category="child"), make_patron(category="staff")
    assert late_return(library, clock, child, make_item(), 30) == 200
    assert late_return(library, clock, staff, make_item(), 30) == 0


def test_fines_accrue_visibly_on_open_overdue_loans(library, admin, clock, patron, make_item):
    admin.set_rule(RULE)
    late, on_time = make_item(), make_item()
    library.circulation.checkout(patron.barcode, late.barcode)
    clock.advance(days=10)
    library.circulation.checkout(patron.barcode, on_time.barcode)
    clock.advance(days=15)  # 2026-03-27: the first 4 days late, grace 1 -> 3 days

    [accruing] = library.fines.accruing(patron.barcode)
    balance = library.fines.balance(patron.barcode)
    summary = library.circulation.patron_summary(patron.barcode)

    assert accruing.loan.item_barcode == late.barcode
    assert (accruing.days_charged, accruing.amount_minor) == (3, 150)
    assert (balance.owed_minor, balance.accruing_minor, balance.total_minor) == (0, 150, 150)
    assert (summary.owed_minor, summary.accruing_minor) == (0, 150)
    assert library.fines.fines(patron.barcode) == []  # not charged until it comes back


def test_pay_half_then_waive_the_rest_with_a_reason(db_path, clock, patron, item, admin):
    """The issue's "done when": the patron pays half and the rest is waived."""
    admin.set_rule(RULE)
    alice = Actor("alice", "Alice Archer")
    with open_library(db_path, clock=clock, actor=lambda: alice) as lib:
        fine = late_return(lib, clock, patron, item, 5)  # 4 charged days: 2.00
        [charged] = lib.fines.fines(patron.barcode)

        receipt = lib.fines.pay(patron.barcode, fine // 2, "cash")
        waived = lib.fines.waive(charged.id, "Hospital stay")

        assert fine == 200
        assert (receipt.amount_minor, receipt.method, receipt.still_owed_minor) == (
            100,
            "cash",
            100,
        )
        assert [(ln.fine_id, ln.paid_minor, ln.outstanding_minor) for ln in receipt.lines] == [
            (charged.id, 100, 100)
        ]
        assert receipt.taken_by == "alice"
        assert waived.outstanding_minor == 0
        assert lib.fines.fines(patron.barcode) == []
        assert lib.fines.balance(patron.barcode).owed_minor == 0
        lines = lib.fines.statement(patron.barcode)
        assert [(ln.kind, ln.amount_minor, ln.balance_minor) for ln in lines] == [
            ("overdue", 200, 200),
            ("payment", -100, 100),
            ("waiver", -100, 0),
        ]
        assert "Hospital stay" in lines[2].description
        assert lines[2].by == "alice"


def test_a_payment_is_shared_oldest_first(library, clock, patron):
    first = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    clock.advance(hours=1)
    second = library.fines.charge(patron.barcode, 200, "damage", "Torn cover")

    receipt = library.fines.pay(patron.barcode, 400, "card")

    assert [(ln.fine_id, ln.paid_minor) for ln in receipt.lines] == [
        (first.id, 300),
        (second.id, 100),
    ]
    assert [f.id for f in library.fines.fines(patron.barcode)] == [second.id]
    assert library.fines.fine(second.id).outstanding_minor == 100


def test_a_payment_can_go_to_chosen_fines(library, clock, patron):
    first = library.fines.charge(patron.barcode, 300, "manual", "Lost card")
    clock.advance(hours=1)
    second = library.fines.charge(patron.barcode, 200, "manual", "Reprint")

    receipt = library.fines.pay(patron.barcode, 200, "other", fine_ids=[second.id])

    assert [(ln.fine_id, ln.paid_minor) for ln in receipt.lines] == [(second.id, 200)]
    assert library.fines.fine(first.id).outstanding_minor == 300


def test_paying_more_than_is_owed_is_refused_and_changes_nothing(
    library, patron, snapshot, db_rows
):
    library.fines.charge(patron.barcode, 150, "manual", "Lost card")
    before = snapshot()

    with pytest.raises(InvalidInput, match=r"the most that can be paid is 1\.50"):
        library.fines.pay(patron.barcode, 151)

    assert snapshot() == before
    assert db_rows("SELECT COUNT(*) FROM payments") == [(0,)]


def test_an_unknown_payment_method_is_refused(library, patron):
    library.fines.charge(patron.barcode, 150, "manual", "Lost card")
    with pytest.raises(InvalidInput, match="cash, card, other"):
        library.fines.pay(patron.barcode, 100, "cheque")


def test_a_waiver_or_correction_without_a_reason_is_refused(library, patron, db_rows):
    fine = library.fines.charge(patron.barcode, 150, "manual", "Lost card")
    with pytest.raises(InvalidInput, match="reason"):
        library.fines.waive(fine.id, "  ")
    with pytest.raises(InvalidInput, match="reason"):
        library.fines.correct(fine.id, 100, "")
    assert db_rows("SELECT COUNT(*) FROM fine_credits") == [(0,)]


def test_a_correction_sets_what_is_owed_up_or_down(library, patron, db_rows):
    fine = library.fines.charge(patron.barcode, 500, "damage", "Water damage")

    down = library.fines.correct(fine.id, 300, "Only the cover")
    up = library.fines.correct(fine.id, 400, "Spine too")

    assert (down.outstanding_minor, up.outstanding_minor) == (300, 400)
    assert db_rows("SELECT kind, amount_minor, reason FROM fine_credits ORDER BY id") == [
        ("correction", 200, "Only the cover"),
        ("correction", -100, "Spine too"),
    ]


def test_waiving_an_unknown_fine_is_a_clear_refusal(library):
    with pytest.raises(UnknownFine, match="no fine number 99"):
        library.fines.waive(99, "why not")


def test_a_damage_charge_is_tied_to_the_item(library, patron, item):
    fine = library.fines.charge(patron.barcode, 1250, "damage", "Chewed by dog", item.barcode)
    assert (fine.kind, fine.item_barcode, fine.title) == ("damage", item.barcode, "Middlemarch")
    with pytest.raises(InvalidInput):
        library.fines.charge(patron.barcode, 100, "overdue", "sneaky")
    with pytest.raises(InvalidInput, match="reason"):
        library.fines.charge(patron.barcode, 100, "manual", " ")


def test_an_item_is_fined_once_even_if_checked_in_again(library, clock, patron, item, db_rows):
    late_return(library, clock, patron, item, 3)
    library.circulation.checkin(item.barcode)  # not on loan: no second fine
    assert db_rows("SELECT COUNT(*) FROM fines") == [(1,)]


# -- lost items -------------------------------------------------------------------------


@pytest.fixture
def priced(library: Library, make_item: Callable[..., Item]) -> Item:
    item = make_item("Dune")
    with library.context.unit_of_work() as uow:
        uow.catalogue.update_item(
            item.id,
            ItemDraft(item.barcode, item_type_code="book", price_minor=1899),
            library.context.actor(),
            library.context.clock.now(),
        )
        uow.commit()
    return library.catalogue.item(item.barcode)


def test_marking_lost_charges_price_processing_and_overdue(library, clock, patron, priced):
    library.circulation.checkout(patron.barcode, priced.barcode)
    clock.advance(days=21 + 8)

    report = library.fines.mark_lost(priced.barcode)

    kinds = {f.kind: f.amount_minor for f in library.fines.fines(patron.barcode)}
    assert kinds == {"overdue": 200, "lost": 1899, "processing": 500}
    assert report.charged_minor == 2599
    assert library.catalogue.item(priced.barcode).status is ItemStatus.LOST
    assert library.circulation.open_loans(patron.barcode) == []


def test_an_item_without_a_price_costs_the_default(library, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode)
    library.fines.mark_lost(item.barcode)
    kinds = {f.kind: f.amount_minor for f in library.fines.fines(patron.barcode)}
    assert kinds == {"lost": 2500, "processing": 500}


def test_only_a_borrowed_item_can_be_marked_lost(library, item):
    with pytest.raises(NotOnLoan):
        library.fines.mark_lost(item.barcode)


@pytest.mark.parametrize(
    ("policy", "left"),
    [
        ("none", {"lost": 1899, "processing": 500}),
        ("replacement", {"processing": 500}),
        ("all", {}),
    ],
)
def test_a_lost_item_returned_is_refunded_as_the_setting_says(
    library, patron, priced, policy, left
):
    library.settings.set("lost.refund", policy)
    library.circulation.checkout(patron.barcode, priced.barcode)
    library.fines.mark_lost(priced.barcode)

    result = library.circulation.checkin(priced.barcode)

    owed = {f.kind: f.outstanding_minor for f in library.fines.fines(patron.barcode)}
    assert owed == left
    assert library.catalogue.item(priced.barcode).status is ItemStatus.AVAILABLE
    assert any(("Reversed" in n) or ("stand" in n) for n in result.notes)


def test_a_paid_lost_charge_is_not_refunded_automatically(library, patron, priced):
    library.circulation.checkout(patron.barcode, priced.barcode)
    library.fines.mark_lost(priced.barcode)
    library.fines.pay(patron.barcode, 1000)  # 10.00 of the 18.99 replacement

    result = library.circulation.checkin(priced.barcode)

    assert "Reversed 8.99 of the replacement charge." in result.message
    assert "10.00 was already paid" in result.message
    assert library.fines.balance(patron.barcode).owed_minor == 500
