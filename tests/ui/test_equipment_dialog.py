"""The Equipment dialog: add a piece, log a projector fault through to its fix,
schedule and do maintenance, make a laptop lendable — all from the keyboard."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.equipment import EquipmentDraft, EquipmentStatus
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.equipment_dialog import EquipmentDialog
from libtech_desktop.ui.runner import TaskRunner

LAPTOP = "39999000009991"


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def projector_id(library: Library) -> int:
    return library.equipment.add(
        EquipmentDraft("Projector 2", kind="projector", serial="X4K9", location="Room 2")
    ).id


@pytest.fixture
def dialog(qtbot: QtBot, host: QWidget, library: Library, runner: TaskRunner) -> EquipmentDialog:
    return EquipmentDialog(host, library.equipment, runner)


def open_dialog(qtbot: QtBot, dialog: EquipmentDialog) -> None:
    with qtbot.waitSignal(dialog.details_loaded, timeout=5000):
        dialog.open()


def type_enter(qtbot: QtBot, dialog: EquipmentDialog, field: QWidget, text: str) -> None:
    with qtbot.waitSignal(dialog.details_loaded, timeout=5000):
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_a_new_piece_typed_in_and_saved(
    qtbot: QtBot, dialog: EquipmentDialog, library: Library
) -> None:
    with qtbot.waitSignal(dialog.pieces_loaded, timeout=5000):
        dialog.open()
    assert dialog.status_text == "0 pieces of equipment."
    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ui.name_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.name_edit, "Copier, ground floor")
    dialog.ui.warranty_edit.setText("2028-01-31")
    with qtbot.waitSignal(dialog.details_loaded, timeout=5000):
        qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)

    [piece] = library.equipment.pieces()
    assert piece.name == "Copier, ground floor" and piece.warranty_until == date(2028, 1, 31)
    assert dialog.status_text == "Added Copier, ground floor."
    assert dialog.pieces.index(0, 6).data() == "2028-01-31"


def test_a_bad_date_is_refused_inline(
    qtbot: QtBot, dialog: EquipmentDialog, library: Library
) -> None:
    with qtbot.waitSignal(dialog.pieces_loaded, timeout=5000):
        dialog.open()
    dialog.new_piece()
    dialog.ui.name_edit.setText("Camera")
    dialog.ui.purchased_edit.setText("last May")
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.save()
    assert "Bought on: 'last May' is not a date" in dialog.status_text
    assert library.equipment.pieces() == []


def test_a_projector_fault_through_to_its_fix(
    qtbot: QtBot,
    dialog: EquipmentDialog,
    library: Library,
    clock: FixedClock,
    projector_id: int,
) -> None:
    open_dialog(qtbot, dialog)
    type_enter(qtbot, dialog, dialog.ui.symptom_edit, "No picture")
    assert dialog.pieces.index(0, 5).data() == "Out of order"
    assert dialog.pieces.index(0, 7).data() == "1"
    assert dialog.faults.index(0, 4).data() == "Open"

    type_enter(qtbot, dialog, dialog.ui.step_edit, "Reseated the lamp")
    assert "tried: 1. Reseated the lamp" in dialog.ui.steps_label.text()
    clock.advance(hours=26)
    type_enter(qtbot, dialog, dialog.ui.resolution_edit, "Replaced the lamp")

    assert library.equipment.get(projector_id).status is EquipmentStatus.IN_SERVICE
    assert dialog.pieces.index(0, 5).data() == "In service"
    assert dialog.faults.index(0, 4).data() == "Fixed"
    assert dialog.faults.index(0, 5).data() == "1 d 2 h"
    assert dialog.faults.index(0, 6).data() == "Replaced the lamp"


def test_maintenance_scheduled_reminded_and_done_today(
    qtbot: QtBot,
    dialog: EquipmentDialog,
    library: Library,
    clock: FixedClock,
    projector_id: int,
) -> None:
    library.equipment.add_maintenance(projector_id, "Clean the filter", every_days=10)
    clock.advance(days=5)  # due on 12 March: within the 7 days' warning
    open_dialog(qtbot, dialog)
    assert "Projector 2 — Clean the filter (2026-03-12)" in dialog.ui.reminders_label.text()
    assert dialog.maintenance.index(0, 3).data() == "DUE 2026-03-12"

    dialog.ui.detail_tabs.setCurrentWidget(dialog.ui.maintenance_tab)
    dialog.ui.maintenance_view.setCurrentIndex(dialog.maintenance.index(0, 0))
    with qtbot.waitSignal(dialog.details_loaded, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert dialog.maintenance.index(0, 2).data() == "2026-03-07"
    assert dialog.ui.reminders_label.text() == ""

    dialog.ui.every_hours_spin.setValue(2000)
    type_enter(qtbot, dialog, dialog.ui.task_edit, "Lamp")
    assert [d.task.name for d in dialog.maintenance.rows] == ["Clean the filter", "Lamp"]


def test_a_laptop_made_lendable_with_its_accessories(
    qtbot: QtBot, dialog: EquipmentDialog, library: Library
) -> None:
    library.equipment.add(EquipmentDraft("Laptop 1", kind="laptop"))
    open_dialog(qtbot, dialog)
    dialog.ui.detail_tabs.setCurrentWidget(dialog.ui.lending_tab)
    dialog.ui.barcode_edit.setText(LAPTOP)
    type_enter(qtbot, dialog, dialog.ui.accessories_edit, "charger, bag")

    assert "Laptop 1 is lendable as 39999000009991." in dialog.status_text
    assert "Added loan rules for equipment" in dialog.status_text
    assert library.catalogue.item(LAPTOP).item_type_code == "equipment"
    assert dialog.pieces.index(0, 9).data() == LAPTOP
    assert not dialog.ui.barcode_edit.isEnabled()
    assert dialog.ui.accessories_edit.text() == "charger, bag"


def test_a_fault_needs_a_chosen_piece(qtbot: QtBot, dialog: EquipmentDialog) -> None:
    with qtbot.waitSignal(dialog.pieces_loaded, timeout=5000):
        dialog.open()
    with qtbot.waitSignal(dialog.failed, timeout=1000):
        dialog.report_fault()
    assert dialog.status_text.startswith("Choose a piece")
