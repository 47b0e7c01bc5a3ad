"""The Bindery dialog: prepare volumes by scanning, group and send them with their binding
slips, receive them back by scanning, all from the keyboard."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.bindery import ShipmentStatus
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.bindery_dialog import BinderyDialog
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(
    qtbot: QtBot, host: QWidget, library: Library, runner: TaskRunner, tmp_path: Path, stock: Stock
) -> BinderyDialog:
    widget = BinderyDialog(host, library.bindery, runner, slips_dir=tmp_path / "slips")
    with qtbot.waitSignal(widget.shipments_loaded, timeout=5000):
        widget.open()
    return widget


def scan(qtbot: QtBot, dialog: BinderyDialog, field: QLineEdit, code: str) -> None:
    with qtbot.waitSignal(dialog.shipments_loaded, timeout=5000):
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def status(library: Library, barcode: str) -> ItemStatus:
    return library.catalogue.item(barcode).status


def test_two_volumes_sent_and_received_back(
    qtbot: QtBot, dialog: BinderyDialog, library: Library, stock: Stock, tmp_path: Path
) -> None:
    ui = dialog.ui
    assert ui.scan_edit.hasFocus()
    qtbot.keyClicks(ui.binding_type_edit, "buckram")
    qtbot.keyClicks(ui.colour_edit, "green")
    qtbot.keyClicks(ui.lettering_edit, "DUNE")
    qtbot.keyClick(ui.lettering_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.lettering_edit, "HERBERT")
    scan(qtbot, dialog, ui.scan_edit, stock.items[0])
    assert "prepared for binding" in dialog.status_text
    assert ui.lettering_edit.toPlainText() == ""  # each volume has its own lettering
    scan(qtbot, dialog, ui.scan_edit, stock.items[1])
    assert [v.barcode for v in dialog.prepared.rows] == [stock.items[0], stock.items[1]]
    assert dialog.prepared.rows[0].lettering_lines == ("DUNE", "HERBERT")
    assert dialog.prepared.rows[1].colour == "green"

    qtbot.keyClicks(ui.bindery_edit, "Acme Bindery")
    with qtbot.waitSignal(dialog.shipments_loaded, timeout=5000):
        qtbot.mouseClick(ui.group_button, Qt.MouseButton.LeftButton)
    assert ui.tabs_widget.currentIndex() == 1
    assert dialog.prepared.rowCount() == 0
    [shipment] = dialog.shipments.rows
    assert shipment.status is ShipmentStatus.PREPARING and shipment.bindery == "Acme Bindery"

    ui.sent_date_edit.setDate(QDate(2026, 3, 4))
    with qtbot.waitSignal(dialog.slips_written, timeout=5000) as written:
        qtbot.mouseClick(ui.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sent on 2026-03-04" in dialog.status_text, timeout=5000)
    assert status(library, stock.items[0]) is ItemStatus.AT_BINDERY
    assert library.bindery.shipment(shipment.id).sent_on == date(2026, 3, 4)
    pdf = PdfReader(written.args[0])
    assert len(pdf.pages) == 2  # one slip per volume
    first = " ".join(pdf.pages[0].extract_text().split())
    assert "BINDING SLIP" in first and stock.items[0] in first and "HERBERT" in first

    ui.cost_edit.setText("12.50")
    scan(qtbot, dialog, ui.receive_edit, stock.items[1])
    assert f"Still at the bindery: {stock.items[0]}" in dialog.status_text
    assert status(library, stock.items[1]) is ItemStatus.AVAILABLE
    assert ui.volumes_label.text().endswith("1 still at the bindery")
    scan(qtbot, dialog, ui.receive_edit, stock.items[0])

    assert "received: all volumes are back. Cost so far 25.00" in dialog.status_text
    assert status(library, stock.items[0]) is ItemStatus.AVAILABLE
    assert library.bindery.shipment(shipment.id).status is ShipmentStatus.RECEIVED
    assert dialog.shipments.rowCount() == 0
    assert ui.receive_edit.text() == ""


def test_a_refused_volume_is_said_inline_and_the_scan_field_keeps_focus(
    qtbot: QtBot, dialog: BinderyDialog, library: Library, stock: Stock
) -> None:
    library.circulation.checkout(stock.patron, stock.items[2])

    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        qtbot.keyClicks(dialog.ui.scan_edit, stock.items[2])
        qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_Return)

    assert "on loan" in failed.args[0]
    assert dialog.status_text == failed.args[0]
    assert dialog.ui.scan_edit.hasFocus()
    assert dialog.ui.scan_edit.selectedText() == stock.items[2]
    assert library.bindery.prepared() == []


def test_receive_all_records_the_cost_of_each(
    qtbot: QtBot, dialog: BinderyDialog, library: Library, stock: Stock
) -> None:
    library.bindery.send_items(stock.items[:2])
    with qtbot.waitSignal(dialog.shipments_loaded, timeout=5000):
        dialog.refresh()
    dialog.ui.tabs_widget.setCurrentIndex(1)
    dialog.ui.cost_edit.setText("7")

    with qtbot.waitSignal(dialog.shipments_loaded, timeout=5000):
        qtbot.mouseClick(dialog.ui.receive_all_button, Qt.MouseButton.LeftButton)

    [back] = library.bindery.shipments(include_received=True)
    assert back.status is ShipmentStatus.RECEIVED
    assert back.total_cost_minor == 1400


def test_a_bad_cost_is_refused_before_anything_changes(
    qtbot: QtBot, dialog: BinderyDialog, library: Library, stock: Stock
) -> None:
    library.bindery.send_items(stock.items[:1])
    with qtbot.waitSignal(dialog.shipments_loaded, timeout=5000):
        dialog.refresh()
    dialog.ui.cost_edit.setText("twelve")

    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.receive_all()

    assert status(library, stock.items[0]) is ItemStatus.AT_BINDERY


def test_removing_a_prepared_volume_with_delete(
    qtbot: QtBot, dialog: BinderyDialog, library: Library, stock: Stock
) -> None:
    scan(qtbot, dialog, dialog.ui.scan_edit, stock.items[0])
    dialog.ui.prepared_view.setFocus()
    dialog.ui.prepared_view.setCurrentIndex(dialog.prepared.index(0, 0))

    with qtbot.waitSignal(dialog.prepared_loaded, timeout=5000) as loaded:
        qtbot.keyClick(dialog.ui.prepared_view, Qt.Key.Key_Delete)

    assert loaded.args == [0]
    assert "taken out" in dialog.status_text
    assert library.bindery.prepared() == []


def test_the_lists_are_sound_models(
    qtbot: QtBot,
    dialog: BinderyDialog,
    library: Library,
    stock: Stock,
    qtmodeltester: ModelTester,
) -> None:
    library.bindery.send_items(stock.items[:2])
    library.bindery.prepare(stock.items[2])
    with qtbot.waitSignal(dialog.shipments_loaded, timeout=5000):
        dialog.refresh()

    assert dialog.volumes.rowCount() == 2
    for model in (dialog.prepared, dialog.shipments, dialog.volumes):
        qtmodeltester.check(model)
