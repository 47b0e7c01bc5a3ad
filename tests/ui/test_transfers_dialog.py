"""The Transfers dialog: ask for moves by scanning, the pick list in walking order (printed
as PDF), and arrival scanning at the destination, from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import ItemDraft
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.transfers_dialog import TransfersDialog
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock
from .test_print_off_thread import cancel_while_saving, pages_gated


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def placed(library: Library, stock: Stock) -> Stock:
    """The stock in two locations: Dune and Emma in Stacks, Beloved in the Annex."""
    for code, location in zip(stock.items[:3], ("Stacks", "Stacks", "Annex"), strict=True):
        item = library.catalogue.item(code)
        draft = ItemDraft(code, item.call_number, item.item_type_code, location)
        library.catalogue.update_item(code, draft)
    return stock


@pytest.fixture
def dialog(
    qtbot: QtBot, host: QWidget, library: Library, runner: TaskRunner, placed: Stock
) -> TransfersDialog:
    widget = TransfersDialog(host, library.transfers, runner)
    with qtbot.waitSignal(widget.list_loaded, timeout=5000):
        widget.open()
    return widget


def scan(qtbot: QtBot, dialog: TransfersDialog, field: QLineEdit, code: str) -> None:
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        qtbot.keyClicks(field, code)
        qtbot.keyClick(field, Qt.Key.Key_Return)


def test_moves_requested_listed_in_walking_order_and_completed_on_arrival(
    qtbot: QtBot, dialog: TransfersDialog, library: Library, placed: Stock, tmp_path: Path
) -> None:
    ui = dialog.ui
    assert ui.item_edit.hasFocus()
    assert [ui.to_combo.itemText(n) for n in range(ui.to_combo.count())] == ["Annex", "Stacks"]
    ui.to_combo.setEditText("Display")
    for code in (placed.items[1], placed.items[2], placed.items[0]):
        scan(qtbot, dialog, ui.item_edit, code)
    assert "is to go to Display" in dialog.status_text

    # Annex first, then Stacks in shelf order: FIC DUN before FIC EMM.
    walk = [placed.items[2], placed.items[0], placed.items[1]]
    assert [t.barcode for t in dialog.picks.rows] == walk
    with qtbot.waitSignal(dialog.pdf_written, timeout=5000) as written:
        dialog.save_pdf(tmp_path / "picks.pdf")
    text = " ".join(PdfReader(written.args[0]).pages[0].extract_text().split())
    assert "Transfers pick list" in text and "3 items to move" in text
    assert text.index(placed.items[2]) < text.index(placed.items[0]) < text.index(placed.items[1])

    scan(qtbot, dialog, ui.arrive_edit, placed.items[0])

    assert "arrived: now in Display" in dialog.status_text
    assert library.catalogue.item(placed.items[0]).location == "Display"
    assert [t.barcode for t in dialog.picks.rows] == [placed.items[2], placed.items[1]]
    assert ui.arrive_edit.text() == ""


def test_a_refusal_is_said_inline_and_the_field_keeps_focus(
    qtbot: QtBot, dialog: TransfersDialog, library: Library, placed: Stock
) -> None:
    library.circulation.checkout(placed.patron, placed.items[0])
    dialog.ui.to_combo.setEditText("Display")

    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        qtbot.keyClicks(dialog.ui.item_edit, placed.items[0])
        qtbot.keyClick(dialog.ui.item_edit, Qt.Key.Key_Return)

    assert "on loan" in failed.args[0]
    assert dialog.ui.item_edit.hasFocus()
    assert library.transfers.pick_list() == []


def test_arrival_of_an_item_not_being_moved_is_refused(
    qtbot: QtBot, dialog: TransfersDialog, library: Library, placed: Stock
) -> None:
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        qtbot.keyClicks(dialog.ui.arrive_edit, placed.items[0])
        qtbot.keyClick(dialog.ui.arrive_edit, Qt.Key.Key_Return)

    assert "not being moved" in failed.args[0]
    assert library.catalogue.item(placed.items[0]).location == "Stacks"


def test_delete_cancels_the_chosen_move(
    qtbot: QtBot,
    dialog: TransfersDialog,
    library: Library,
    placed: Stock,
    qtmodeltester: ModelTester,
) -> None:
    library.transfers.request(placed.items[0], "Storage")
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialog.refresh()
    qtmodeltester.check(dialog.picks)
    dialog.ui.pick_view.setFocus()

    with qtbot.waitSignal(dialog.list_loaded, timeout=5000) as loaded:
        qtbot.keyClick(dialog.ui.pick_view, Qt.Key.Key_Delete)

    assert loaded.args == [0]
    assert "cancelled" in dialog.status_text
    assert library.catalogue.item(placed.items[0]).location == "Stacks"


def test_the_pick_list_prints_on_the_runner_once_the_printer_is_chosen(
    qtbot: QtBot, dialog: TransfersDialog, placed: Stock, tmp_path: Path
) -> None:
    dialog.ui.to_combo.setEditText("Display")
    scan(qtbot, dialog, dialog.ui.item_edit, placed.items[2])
    out = tmp_path / "printed.pdf"
    printer = dialog.list_printer.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))

    dialog.print_list()
    print_dialog = dialog.list_printer.dialog
    assert print_dialog is not None and print_dialog.isVisible()
    print_dialog.accept()
    qtbot.waitUntil(lambda: dialog.list_printer.job is None, timeout=20000)

    assert dialog.status_text == "The pick list went to the printer (1 page)."
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Transfers pick list 1 item to move ✓ From Call number Title Barcode To" in text
    assert "Annex" in text and placed.items[2] in text and "Display" in text
    assert text.endswith("Page 1 of 1")


def test_a_cancelled_save_keeps_the_older_pdf_and_a_second_save_writes_every_move(
    qtbot: QtBot,
    host: QWidget,
    library: Library,
    runner: TaskRunner,
    placed: Stock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for code in placed.items[:3]:
        library.transfers.request(code, "Display")
    dialog = TransfersDialog(host, library.transfers, runner, progress_after_ms=0)
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialog.open()
    out = tmp_path / "out" / "picks.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF this morning's pick list")
    written: list[str] = []
    dialog.pdf_written.connect(written.append)

    with pages_gated(monkeypatch) as gate:
        dialog.save_pdf(out)
        assert dialog.status_text == f"Saving the pick list as {out}…"
        cancel_while_saving(qtbot, dialog.pdf_saver, gate)

    assert dialog.status_text == f"Cancelled: the pick list was not saved; {out} is as it was."
    assert out.read_bytes() == b"%PDF this morning's pick list"
    assert [p.name for p in out.parent.iterdir()] == ["picks.pdf"]
    assert written == []

    with qtbot.waitSignal(dialog.printout_ready, timeout=10_000) as ready:
        dialog.save_pdf(out)
    assert written == [str(out)]
    assert len(ready.args[0].rows) == 3
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "3 items to move" in text
    assert all(code in text for code in placed.items[:3])
    assert dialog.status_text == f"Saved the pick list as {out}."
