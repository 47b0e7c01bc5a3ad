"""The damage dialog on its own: what it asks, what it refuses."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.repairs import Borrower, DamageContext
from libtech_desktop.ui.dialogs.damage_dialog import DamageDialog

ITEM = Item(
    id=1,
    biblio_id=1,
    barcode="39999000000014",
    title="Dune",
    author=None,
    call_number="FIC HER",
    item_type_code="book",
    location=None,
    status=ItemStatus.AVAILABLE,
    condition_note=None,
    acquired_on=date(2020, 1, 1),
)
ADA = Borrower(patron_id=1, barcode="29999000000011", name="Okafor, Ada", loan_id=7)


@pytest.fixture
def dialog(qtbot: QtBot) -> DamageDialog:
    window = DamageDialog()
    qtbot.addWidget(window)
    return window


def test_a_bad_or_missing_amount_keeps_it_open(qtbot: QtBot, dialog: DamageDialog) -> None:
    dialog.start(DamageContext(ITEM, ADA))
    dialog.show()
    given: list[tuple[str, str, str, int]] = []
    dialog.damage_given.connect(lambda *args: given.append(args))
    qtbot.keyClicks(dialog.ui.note_edit, "Cover  torn")
    dialog.ui.charge_check.setChecked(True)
    assert dialog.ui.charge_edit.isEnabled()

    qtbot.keyClick(dialog.ui.charge_edit, Qt.Key.Key_Return)
    assert "Type the amount" in dialog.ui.message_label.text()
    qtbot.keyClicks(dialog.ui.charge_edit, "twelve")
    qtbot.keyClick(dialog.ui.charge_edit, Qt.Key.Key_Return)
    assert "is not a price" in dialog.ui.message_label.text()
    assert given == [] and dialog.isVisible()

    dialog.ui.charge_edit.setText("12,50")
    qtbot.keyClick(dialog.ui.charge_edit, Qt.Key.Key_Return)
    assert given == [(ITEM.barcode, "Cover torn", "tape spine", 1250)]
    assert not dialog.isVisible()


def test_reused_it_starts_clean_and_without_a_charge_when_nobody_can_be_charged(
    qtbot: QtBot, dialog: DamageDialog
) -> None:
    dialog.start(DamageContext(ITEM, ADA))
    dialog.ui.note_edit.setText("Old note")
    dialog.ui.charge_check.setChecked(True)
    dialog.ui.charge_edit.setText("3.00")

    dialog.start(DamageContext(ITEM, None))
    dialog.show()
    given: list[tuple[str, str, str, int]] = []
    dialog.damage_given.connect(lambda *args: given.append(args))
    assert dialog.ui.note_edit.text() == ""
    assert not dialog.ui.charge_check.isVisibleTo(dialog)
    assert "No charge" in dialog.ui.message_label.text()
    qtbot.keyClicks(dialog.ui.note_edit, "Disc scratched")
    dialog.ui.type_combo.setCurrentText("clean disc")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return)
    assert given == [(ITEM.barcode, "Disc scratched", "clean disc", 0)]
