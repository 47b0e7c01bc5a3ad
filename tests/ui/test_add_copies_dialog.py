"""Adding several copies at once: scanned first label, consecutive barcodes, confirmations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.add_copies_dialog import AddCopiesDialog, barcodes_preview
from libtech_desktop.ui.runner import TaskRunner

FIRST = with_check_digit("3999900000010")  # 39999000000107
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def biblio_id(library: Library) -> int:
    return library.catalogue.add_biblio("Emma", "Austen, Jane", year=1815).id


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, runner: TaskRunner, biblio_id: int) -> AddCopiesDialog:
    window = AddCopiesDialog(library.records, runner)
    qtbot.addWidget(window)
    window.set_item_types(library.catalogue.item_types())
    window.start(biblio_id, "Emma", "FIC AUS", today=date(2026, 3, 2))
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window


def scan(qtbot: QtBot, dialog: AddCopiesDialog, code: str) -> None:
    qtbot.keyClicks(dialog.ui.first_barcode_edit, code)
    qtbot.keyClick(dialog.ui.first_barcode_edit, Qt.Key.Key_Return)


def test_three_copies_from_a_scanned_label_get_consecutive_valid_barcodes(
    qtbot: QtBot, dialog: AddCopiesDialog, library: Library, biblio_id: int
) -> None:
    assert dialog.ui.first_barcode_edit.hasFocus()
    assert dialog.ui.call_number_edit.text() == "FIC AUS"

    scan(qtbot, dialog, FIRST)
    assert dialog.isVisible()  # the scanner's Enter moves on, it does not add
    assert dialog.ui.count_spin.hasFocus()
    qtbot.keyClicks(dialog.ui.count_spin, "3")
    assert dialog.barcodes_text == "39999000000107 … 39999000000123 (3 copies)"

    dialog.ui.location_edit.setText("Adult fiction")
    qtbot.keyClicks(dialog.ui.price_edit, "12.99")
    with qtbot.waitSignal(dialog.copies_added, timeout=5000) as added:
        qtbot.keyClick(dialog.ui.price_edit, Qt.Key.Key_Return)

    items = added.args[0]
    codes = [item.barcode for item in items]
    assert codes == ["39999000000107", "39999000000115", "39999000000123"]
    assert all(is_valid_luhn(code) for code in codes)
    assert [int(code[:-1]) for code in codes] == [3999900000010, 3999900000011, 3999900000012]
    stored = library.records.record(biblio_id).items
    assert [i.barcode for i in stored] == codes
    assert {(i.price_minor, i.call_number, i.location) for i in stored} == {
        (1299, "FIC AUS", "Adult fiction")
    }
    assert {i.acquired_on for i in stored} == {date(2026, 3, 2)}
    assert {i.status for i in stored} == {ItemStatus.AVAILABLE}
    assert dialog.isHidden()


def test_no_call_number_needs_add_anyway(
    qtbot: QtBot, dialog: AddCopiesDialog, library: Library, biblio_id: int
) -> None:
    dialog.ui.call_number_edit.clear()
    scan(qtbot, dialog, FIRST)
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        qtbot.keyClick(dialog.ui.count_spin, Qt.Key.Key_Return)
    assert "no call number" in dialog.warning_text
    assert dialog.ui.add_anyway_button.hasFocus()
    assert library.records.record(biblio_id).items == ()

    with qtbot.waitSignal(dialog.copies_added, timeout=5000) as added:
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    assert [i.call_number for i in added.args[0]] == [None]
    assert len(library.records.record(biblio_id).items) == 1


def test_a_barcode_already_taken_refuses_the_lot_inline(
    qtbot: QtBot,
    dialog: AddCopiesDialog,
    library: Library,
    biblio_id: int,
    snapshot: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    library.catalogue.add_item(biblio_id, with_check_digit("3999900000011"))
    before = snapshot()
    scan(qtbot, dialog, FIRST)
    dialog.ui.count_spin.setValue(3)
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        qtbot.keyClick(dialog.ui.count_spin, Qt.Key.Key_Return)
    assert "39999000000115 already belongs to another item" in dialog.error_text
    assert dialog.isVisible()
    assert snapshot() == before


def test_a_price_that_is_not_one_is_refused_before_anything_is_asked(
    qtbot: QtBot, dialog: AddCopiesDialog, runner: TaskRunner
) -> None:
    scan(qtbot, dialog, FIRST)
    dialog.ui.price_edit.setText("12.999")
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        qtbot.keyClick(dialog.ui.price_edit, Qt.Key.Key_Return)
    assert "like 12.99" in dialog.error_text
    assert "solid" in dialog.ui.price_edit.styleSheet()
    assert not runner.busy


def test_a_bad_check_digit_is_refused_at_the_scan(qtbot: QtBot, dialog: AddCopiesDialog) -> None:
    bad = FIRST[:-1] + str((int(FIRST[-1]) + 1) % 10)
    scan(qtbot, dialog, bad)
    assert "check digit wrong" in dialog.error_text.lower()
    assert dialog.ui.first_barcode_edit.text() == ""

    scan(qtbot, dialog, FIRST)  # rescanned: the complaint goes with the bad code
    assert dialog.error_text == ""
    assert dialog.ui.first_barcode_edit.text() == FIRST


@pytest.mark.parametrize(
    ("first", "count", "shown"),
    [
        ("B0098", 3, "B0098 … B0100 (3 copies)"),
        ("B0098", 1, "B0098 (1 copy)"),
        ("B0098", 2, "B0098, B0099 (2 copies)"),
    ],
)
def test_the_barcodes_to_be_made_are_previewed(first: str, count: int, shown: str) -> None:
    assert barcodes_preview(first, count) == shown


def test_a_first_barcode_without_a_number_says_why(qtbot: QtBot, dialog: AddCopiesDialog) -> None:
    dialog.ui.first_barcode_edit.setText("ABC")
    dialog.ui.count_spin.setValue(2)
    assert "does not end in a number" in dialog.barcodes_text
