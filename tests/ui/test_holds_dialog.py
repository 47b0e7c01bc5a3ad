"""The Holds dialog: a patron's holds; place, cancel, freeze from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.holds import HoldStatus
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.holds_dialog import HoldsDialog
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The tab the dialog belongs to (a stand-in)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(
    qtbot: QtBot, host: QWidget, library: Library, runner: TaskRunner, stock: Stock
) -> HoldsDialog:
    widget = HoldsDialog(host, library.holds, runner)
    with qtbot.waitSignal(widget.holds_loaded, timeout=5000):
        widget.open_for(stock.patron)
    return widget


def type_and_enter(qtbot: QtBot, dialog: HoldsDialog, text: str) -> None:
    with qtbot.waitSignal(dialog.holds_loaded, timeout=5000):
        qtbot.keyClicks(dialog.ui.place_edit, text)
        qtbot.keyClick(dialog.ui.place_edit, Qt.Key.Key_Return)


def test_opens_on_the_patron_with_no_holds(dialog: HoldsDialog) -> None:
    assert dialog.ui.patron_label.text().startswith("Holds of Okafor, Ada")
    assert dialog.status_text == "0 open holds."
    assert dialog.holds.rowCount() == 0
    assert dialog.ui.place_edit.hasFocus()


def test_scanning_a_copy_places_a_hold_on_its_record(
    qtbot: QtBot, dialog: HoldsDialog, library: Library, stock: Stock
) -> None:
    type_and_enter(qtbot, dialog, stock.items[1])

    [hold] = library.holds.holds(stock.patron)
    assert hold.title == "Emma" and hold.item_id is None
    assert "placed on “Emma” (any copy): number 1" in dialog.status_text
    assert dialog.holds.rowCount() == 1
    assert dialog.holds.index(0, 3).data() == "Waiting"
    assert dialog.ui.place_edit.text() == ""


def test_unchecking_any_copy_holds_that_copy_only(
    qtbot: QtBot, dialog: HoldsDialog, library: Library, stock: Stock
) -> None:
    assert "&Any copy" in dialog.ui.any_copy_check.text()
    qtbot.keyClick(dialog.ui.any_copy_check, Qt.Key.Key_Space)
    assert not dialog.ui.any_copy_check.isChecked()
    dialog.ui.place_edit.setFocus()
    type_and_enter(qtbot, dialog, stock.items[2])

    [hold] = library.holds.holds(stock.patron)
    assert hold.item_barcode == stock.items[2]
    assert dialog.holds.index(0, 2).data() == stock.items[2]


def test_a_record_number_and_a_refusal(
    qtbot: QtBot, dialog: HoldsDialog, library: Library, stock: Stock
) -> None:
    dune = library.catalogue.item(stock.items[0])
    type_and_enter(qtbot, dialog, f"#{dune.biblio_id}")
    assert library.holds.holds(stock.patron)[0].title == "Dune"

    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        qtbot.keyClicks(dialog.ui.place_edit, stock.items[0])
        qtbot.keyClick(dialog.ui.place_edit, Qt.Key.Key_Return)
    assert "already has hold" in failed.args[0]
    assert dialog.status_text == failed.args[0]
    assert len(library.holds.holds(stock.patron)) == 1

    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.ui.place_edit.setText("#twelve")
        dialog.place()


def test_freeze_then_cancel_from_the_keyboard(
    qtbot: QtBot, dialog: HoldsDialog, library: Library, stock: Stock
) -> None:
    type_and_enter(qtbot, dialog, stock.items[1])
    dialog.ui.holds_view.setFocus()

    with qtbot.waitSignal(dialog.holds_loaded, timeout=5000):
        qtbot.keyClick(dialog.ui.holds_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.holds.index(0, 3).data() == "Frozen"
    assert library.holds.holds(stock.patron)[0].frozen

    with qtbot.waitSignal(dialog.holds_loaded, timeout=5000):
        qtbot.keyClick(dialog.ui.holds_view, Qt.Key.Key_Delete)
    assert dialog.holds.rowCount() == 0
    assert library.holds.holds(stock.patron) == []
    assert "cancelled" in dialog.status_text


def test_a_trapped_hold_shows_its_pickup_day(
    qtbot: QtBot, dialog: HoldsDialog, library: Library, stock: Stock
) -> None:
    type_and_enter(qtbot, dialog, stock.items[1])
    library.circulation.checkin(stock.items[1])

    with qtbot.waitSignal(dialog.holds_loaded, timeout=5000):
        dialog.refresh()

    assert dialog.holds.row(0).status is HoldStatus.TRAPPED
    assert dialog.holds.index(0, 3).data() == "On hold shelf"
    assert dialog.holds.index(0, 5).data() == "2026-03-09"


def test_the_model_passes_the_model_tester(qtmodeltester, dialog: HoldsDialog) -> None:
    qtmodeltester.check(dialog.holds)
