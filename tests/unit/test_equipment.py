"""Equipment: inventory, faults through to their fix, maintenance reminders, and lending
a piece through circulation with its accessories checked back in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.equipment import (
    EquipmentDraft,
    EquipmentRefused,
    EquipmentStatus,
    MaintenanceTask,
    UnknownEquipment,
    format_downtime,
    maintenance_due,
    parse_accessories,
)
from libtech_desktop.domain.errors import DuplicateBarcode, InvalidInput, ItemNotLoanable
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library
from tests.conftest import item_code

LAPTOP_CODE = item_code(900)


def projector(library: Library) -> int:
    return library.equipment.add(
        EquipmentDraft(
            "Projector, room 2",
            kind="Projector",
            model="Epson EB-W51",
            serial="X4K9",
            location="Room 2",
            purchased_on=date(2024, 9, 1),
            warranty_until=date(2027, 9, 1),
        )
    ).id


def lendable_laptop(library: Library, accessories: str = "charger, bag") -> int:
    piece = library.equipment.add(EquipmentDraft("Laptop 1", kind="laptop", model="ThinkPad E14"))
    library.equipment.make_lendable(piece.id, LAPTOP_CODE, accessories)
    return piece.id


# -- inventory --------------------------------------------------------------------------


def test_a_new_piece_is_in_service_with_what_was_typed(library: Library) -> None:
    piece = library.equipment.get(projector(library))
    assert piece.status is EquipmentStatus.IN_SERVICE
    assert (piece.kind, piece.model, piece.serial) == ("projector", "Epson EB-W51", "X4K9")
    assert piece.warranty_text(date(2026, 3, 2)) == "2027-09-01"
    assert [p.name for p in library.equipment.pieces()] == ["Projector, room 2"]


def test_a_piece_needs_a_name_and_a_warranty_after_purchase(library: Library) -> None:
    with pytest.raises(InvalidInput, match="needs a name"):
        library.equipment.add(EquipmentDraft("  "))
    with pytest.raises(InvalidInput, match="warranty cannot end before"):
        library.equipment.add(
            EquipmentDraft("Camera", purchased_on=date(2025, 1, 1), warranty_until=date(2024, 1, 1))
        )
    assert library.equipment.pieces() == []


def test_an_unknown_piece_is_named(library: Library) -> None:
    with pytest.raises(UnknownEquipment, match="no equipment number 42"):
        library.equipment.report_fault(42, "Dead")


# -- faults -----------------------------------------------------------------------------


def test_a_projector_fault_through_to_its_fix(library: Library, clock: FixedClock) -> None:
    pid = projector(library)
    fault = library.equipment.report_fault(pid, "No picture, lamp light blinks red")
    assert library.equipment.get(pid).status is EquipmentStatus.OUT_OF_ORDER
    assert library.equipment.get(pid).open_faults == 1

    library.equipment.add_step(fault.id, "Reseated the lamp")
    clock.advance(hours=3)
    library.equipment.add_step(fault.id, "Reset the lamp timer")
    clock.advance(days=1, hours=2)
    fixed = library.equipment.fix(fault.id, "Replaced the lamp")

    assert fixed.steps_tried == ("Reseated the lamp", "Reset the lamp timer")
    assert fixed.resolution == "Replaced the lamp" and not fixed.is_open
    assert format_downtime(fixed.downtime(clock.now())) == "1 d 5 h"
    piece = library.equipment.get(pid)
    assert piece.status is EquipmentStatus.IN_SERVICE and piece.open_faults == 0


def test_a_fault_that_still_works_leaves_it_in_service_with_no_downtime(
    library: Library, clock: FixedClock
) -> None:
    pid = projector(library)
    fault = library.equipment.report_fault(pid, "Fan is noisy", still_works=True)
    clock.advance(days=2)
    assert library.equipment.get(pid).status is EquipmentStatus.IN_SERVICE
    assert fault.downtime(clock.now()) == timedelta(0)


def test_fixing_one_of_two_faults_keeps_it_out_of_order(library: Library) -> None:
    pid = projector(library)
    first = library.equipment.report_fault(pid, "No picture")
    library.equipment.report_fault(pid, "Remote dead")
    library.equipment.fix(first.id, "New lamp")
    assert library.equipment.get(pid).status is EquipmentStatus.OUT_OF_ORDER


def test_a_fixed_fault_cannot_be_fixed_again(library: Library) -> None:
    fault = library.equipment.report_fault(projector(library), "No picture")
    library.equipment.fix(fault.id, "New lamp")
    with pytest.raises(EquipmentRefused, match="already fixed"):
        library.equipment.fix(fault.id, "Again")
    with pytest.raises(InvalidInput, match="how the fault was fixed"):
        library.equipment.fix(library.equipment.report_fault(1, "x").id, "  ")


# -- maintenance ------------------------------------------------------------------------


def test_maintenance_by_days_is_reminded_within_the_warning(
    library: Library, clock: FixedClock
) -> None:
    pid = projector(library)
    due = library.equipment.add_maintenance(pid, "Clean the filter", every_days=30)
    assert due.due_on == date(2026, 4, 1) and not due.due
    clock.advance(days=24)  # 26 March: 6 days ahead, within the default 7
    [reminder] = library.equipment.due_maintenance()
    assert reminder.task.name == "Clean the filter" and not reminder.overdue
    assert library.equipment.due_maintenance(within_days=3) == []
    clock.advance(days=7)
    [late] = library.equipment.due_maintenance()
    assert late.overdue and library.equipment.get(pid).maintenance_due

    done = library.equipment.maintenance_done(late.task.id)
    assert done.due_on == date(2026, 5, 2) and not done.due
    assert library.equipment.due_maintenance() == []


def test_maintenance_by_hours_falls_due_when_the_meter_reaches_it(library: Library) -> None:
    pid = projector(library)
    library.equipment.record_hours(pid, 1000)
    library.equipment.add_maintenance(pid, "Lamp", every_hours=2000)
    library.equipment.record_hours(pid, 2999)
    assert library.equipment.due_maintenance() == []
    library.equipment.record_hours(pid, 3000)
    [due] = library.equipment.due_maintenance()
    assert due.due_hours == 3000 and not due.overdue
    with pytest.raises(InvalidInput, match="would go back"):
        library.equipment.record_hours(pid, 10)


def test_maintenance_needs_an_interval() -> None:
    task = MaintenanceTask(1, 1, "P", "Service", None, 100, None, None)
    assert maintenance_due(task, 0, date(2026, 3, 2), 7).due  # never done: due at once


def test_retired_pieces_are_not_reminded(library: Library, clock: FixedClock) -> None:
    pid = projector(library)
    library.equipment.add_maintenance(pid, "Service", every_days=1)
    library.equipment.set_status(pid, EquipmentStatus.RETIRED)
    clock.advance(days=5)
    assert library.equipment.due_maintenance() == []
    with pytest.raises(InvalidInput, match="needs an interval"):
        library.equipment.add_maintenance(pid, "Nothing")


# -- lending ----------------------------------------------------------------------------


def test_the_first_lendable_piece_makes_its_item_type_and_loan_rules(library: Library) -> None:
    piece = library.equipment.add(EquipmentDraft("Camera", model="Canon R50"))
    made = library.equipment.make_lendable(piece.id, LAPTOP_CODE, "battery, charger, strap")
    assert made.item.item_type_code == "equipment" and made.item.title == "Camera (Canon R50)"
    assert made.equipment.accessories == ("battery", "charger", "strap")
    assert any("item type 'equipment'" in note for note in made.notes)
    assert any("7 days, 1 renewal, 1 at a time" in note for note in made.notes)
    other = library.equipment.add(EquipmentDraft("Camera 2"))
    second = library.equipment.make_lendable(other.id, item_code(901))
    assert second.notes == ()


def test_a_laptop_lent_and_returned_with_its_charger(
    library: Library, make_patron: Callable[..., Patron]
) -> None:
    lid = lendable_laptop(library)
    teacher = make_patron("Rossi, Ana", category="teacher")
    loan = library.circulation.checkout(teacher.barcode, LAPTOP_CODE)
    assert loan.due == date(2026, 3, 9)

    result = library.circulation.checkin(LAPTOP_CODE)
    assert result.accessories == ("charger", "bag")
    missing = library.equipment.record_accessory_check(LAPTOP_CODE, {"charger": True, "bag": True})
    assert missing == ()
    assert library.equipment.accessory_checks(loan.id) == [("charger", True), ("bag", True)]
    assert library.equipment.get(lid).status is EquipmentStatus.IN_SERVICE
    with pytest.raises(EquipmentRefused, match="already checked"):
        library.equipment.record_accessory_check(loan.id, {"charger": False})


def test_a_laptop_returned_without_its_charger_opens_a_fault(
    library: Library, make_patron: Callable[..., Patron]
) -> None:
    lid = lendable_laptop(library)
    loan = library.circulation.checkout(make_patron().barcode, LAPTOP_CODE)
    library.circulation.checkin(LAPTOP_CODE)

    missing = library.equipment.record_accessory_check(loan.id, {"bag": True})
    assert missing == ("charger",)
    [fault] = library.equipment.faults(lid, open_only=True)
    assert fault.symptom == "Returned without: charger"
    assert library.equipment.get(lid).status is EquipmentStatus.OUT_OF_ORDER
    assert library.catalogue.item(LAPTOP_CODE).status is ItemStatus.IN_REPAIR

    library.equipment.fix(fault.id, "Charger handed in next day")
    assert library.catalogue.item(LAPTOP_CODE).status is ItemStatus.AVAILABLE


def test_a_book_has_no_accessories(
    library: Library, make_patron: Callable[..., Patron], make_item: Callable[..., Item]
) -> None:
    book = make_item("Dune")
    library.circulation.checkout(make_patron().barcode, book.barcode)
    assert library.circulation.checkin(book.barcode).accessories == ()


def test_equipment_out_of_order_or_retired_cannot_be_lent(
    library: Library, make_patron: Callable[..., Patron]
) -> None:
    lid = lendable_laptop(library)
    patron = make_patron()
    library.equipment.report_fault(lid, "Screen cracked")
    with pytest.raises(ItemNotLoanable, match="in repair"):
        library.circulation.checkout(patron.barcode, LAPTOP_CODE)
    library.equipment.set_status(lid, EquipmentStatus.RETIRED)
    assert library.catalogue.item(LAPTOP_CODE).status is ItemStatus.WITHDRAWN
    library.equipment.set_status(lid, EquipmentStatus.IN_SERVICE)
    assert library.circulation.checkout(patron.barcode, LAPTOP_CODE).item_barcode == LAPTOP_CODE


def test_a_piece_is_lendable_once_with_a_free_barcode(
    library: Library, make_patron: Callable[..., Patron]
) -> None:
    lid = lendable_laptop(library)
    with pytest.raises(EquipmentRefused, match="already lent as item"):
        library.equipment.make_lendable(lid, item_code(5))
    card = make_patron().barcode
    other = library.equipment.add(EquipmentDraft("Tablet"))
    with pytest.raises(DuplicateBarcode, match="patron's card"):
        library.equipment.make_lendable(other.id, card)
    assert not library.equipment.get(other.id).lendable


def test_accessory_check_refuses_an_unknown_accessory_and_changes_nothing(
    library: Library, make_patron: Callable[..., Patron]
) -> None:
    lid = lendable_laptop(library)
    loan = library.circulation.checkout(make_patron().barcode, LAPTOP_CODE)
    library.circulation.checkin(LAPTOP_CODE)
    with pytest.raises(InvalidInput, match="no accessory mouse"):
        library.equipment.record_accessory_check(loan.id, {"mouse": True})
    assert library.equipment.accessory_checks(loan.id) == []
    assert library.equipment.faults(lid) == []


def test_parse_accessories_drops_blanks_and_repeats() -> None:
    assert parse_accessories(" charger, bag,,Charger\nmouse ") == ("charger", "bag", "mouse")


def test_a_laptop_reported_broken_while_out_goes_to_repair_at_check_in_not_to_a_hold(
    library: Library, make_patron: Callable[..., Patron]
) -> None:
    piece = lendable_laptop(library)
    borrower, waiting = make_patron("Lender, Lee"), make_patron("Holder, Hana")
    library.circulation.checkout(borrower.barcode, LAPTOP_CODE)
    library.holds.place(waiting.barcode, item_barcode=LAPTOP_CODE)
    library.equipment.report_fault(piece, "Screen cracked (the borrower phoned)")

    result = library.circulation.checkin(LAPTOP_CODE)

    assert result.accessories == ("charger", "bag")
    assert result.trap is None
    assert library.catalogue.item(LAPTOP_CODE).status is ItemStatus.IN_REPAIR
