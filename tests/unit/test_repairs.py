"""Damaged items: into the repair queue, out as repaired or withdrawn."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput, ItemNotLoanable, UnknownItem
from libtech_desktop.domain.repairs import CannotRepair, RepairOutcome


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
