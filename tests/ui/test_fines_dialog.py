"""A patron's account in the fines dialog, from the keyboard: the charges owed, a
partial payment and its slip, a waiver with its reason, a correction, a manual charge,
and refusals said inline."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.fines_dialog import FinesDialog
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock


@pytest.fixture
def owing(library: Library, clock: FixedClock, stock: Stock) -> Stock:
    """The patron returned Dune 8 days late (2.00) and owes a 3.00 damage charge."""
    library.circulation.checkout(stock.patron, stock.items[0])
    clock.advance(days=29)
    library.circulation.checkin(stock.items[0])
    clock.advance(hours=1)
    library.fines.charge(stock.patron, 300, "damage", "Torn cover", stock.items[1])
    return stock


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    """The Patrons tab the dialog belongs to (a stand-in)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(
    qtbot: QtBot, host: QWidget, library: Library, runner: TaskRunner, owing: Stock, tmp_path: Path
) -> FinesDialog:
    widget = FinesDialog(
        host, library.fines, runner, receipts_dir=tmp_path / "slips", library_name="Springfield"
    )
    with qtbot.waitSignal(widget.account_shown, timeout=5000):
        widget.open_for(owing.patron)
    return widget


def select_rows(dialog: FinesDialog, *rows: int) -> None:
    view = dialog.ui.fines_view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in rows:
        view.selectionModel().select(dialog.owed.index(row, 0), flags)


def test_the_account_shows_the_charges_owed_and_prefills_the_total(
    dialog: FinesDialog, owing: Stock
) -> None:
    assert "Okafor, Ada" in dialog.ui.patron_label.text()
    assert [(f.kind, f.outstanding_minor) for f in dialog.owed.rows] == [
        ("overdue", 200),
        ("damage", 300),
    ]
    assert dialog.ui.totals_label.text().startswith("Owed: 5.00.")
    assert dialog.ui.amount_edit.text() == "5.00"
    assert dialog.ui.amount_edit.hasFocus()
    assert dialog.owed.index(1, 1).data() == f"{owing.items[1]} Emma"


def test_a_partial_payment_by_keyboard_then_the_slip(
    qtbot: QtBot, dialog: FinesDialog, tmp_path: Path
) -> None:
    qtbot.keyClicks(dialog.ui.amount_edit, "2.50")  # replaces the selected total
    dialog.ui.method_combo.setCurrentIndex(1)  # card
    with qtbot.waitSignal(dialog.account_shown, timeout=5000):
        qtbot.keyClick(dialog.ui.amount_edit, Qt.Key.Key_Return)

    assert dialog.last_receipt is not None
    assert dialog.last_receipt.still_owed_minor == 250
    assert "Paid 2.50 by card. Still owed: 2.50." in dialog.status_text
    assert [f.outstanding_minor for f in dialog.owed.rows] == [250]
    assert dialog.ui.receipt_button.isEnabled()
    assert [s.balance_minor for s in dialog.statement.rows] == [200, 500, 300, 250]

    with qtbot.waitSignal(dialog.receipt_written, timeout=5000) as written:
        qtbot.keyClick(dialog.ui.receipt_button, Qt.Key.Key_Space)
    path = written.args[0]
    assert path.parent == tmp_path / "slips"
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())
    assert "Payment receipt" in text and "Okafor, Ada" in text
    assert "Total paid (card) 2.50" in text
    assert "Torn cover" in text and "Still owed 2.50" in text


def test_paying_more_than_is_owed_is_said_inline(qtbot: QtBot, dialog: FinesDialog) -> None:
    dialog.ui.amount_edit.setText("9.00")
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.pay()
    assert "the most that can be paid is 5.00" in dialog.status_text
    assert dialog.last_receipt is None


def test_waive_needs_a_selection_and_a_reason_then_waives(
    qtbot: QtBot, dialog: FinesDialog, library: Library, owing: Stock
) -> None:
    with qtbot.waitSignal(dialog.failed):
        dialog.waive_selected()
    assert "Select the charge" in dialog.status_text
    select_rows(dialog, 0)
    with qtbot.waitSignal(dialog.failed):
        dialog.waive_selected()
    assert "reason" in dialog.status_text
    assert dialog.ui.reason_edit.hasFocus()

    qtbot.keyClicks(dialog.ui.reason_edit, "Book drop was jammed")
    with qtbot.waitSignal(dialog.account_shown, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)

    assert "Waived 1 charge." in dialog.status_text
    assert [f.kind for f in dialog.owed.rows] == ["damage"]
    assert dialog.statement.rows[-1].description.endswith("Book drop was jammed")
    assert library.fines.balance(owing.patron).owed_minor == 300


def test_correct_and_add_a_charge(qtbot: QtBot, dialog: FinesDialog) -> None:
    select_rows(dialog, 1)
    dialog.ui.reason_edit.setText("Only the jacket")
    dialog.ui.adjust_amount_edit.setText("1.00")
    with qtbot.waitSignal(dialog.account_shown, timeout=5000):
        dialog.correct_selected()
    assert [f.outstanding_minor for f in dialog.owed.rows] == [200, 100]

    dialog.ui.reason_edit.setText("Replacement card")
    dialog.ui.adjust_amount_edit.setText("2")
    with qtbot.waitSignal(dialog.account_shown, timeout=5000):
        dialog.add_charge()
    assert [(f.kind, f.outstanding_minor) for f in dialog.owed.rows][-1] == ("manual", 200)
    assert dialog.ui.amount_edit.text() == "5.00"


def test_pay_only_the_selected_charge(qtbot: QtBot, dialog: FinesDialog) -> None:
    select_rows(dialog, 1)
    dialog.ui.selected_check.setChecked(True)
    dialog.ui.amount_edit.setText("3.00")
    with qtbot.waitSignal(dialog.account_shown, timeout=5000):
        dialog.pay()
    assert [(f.kind, f.outstanding_minor) for f in dialog.owed.rows] == [("overdue", 200)]


def test_the_dialog_is_reused_for_another_patron(
    qtbot: QtBot, dialog: FinesDialog, owing: Stock
) -> None:
    with qtbot.waitSignal(dialog.account_shown, timeout=5000):
        dialog.open_for(owing.other_patron)
    assert dialog.owed.rows == ()
    assert dialog.ui.amount_edit.text() == "0.00"
    assert "Lindqvist, Per" in dialog.ui.patron_label.text()
