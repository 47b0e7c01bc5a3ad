"""The Stocktake dialog: start, scan a shelf at scanner speed, read the report, put an item
right, mark missing, print — all from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.inventory import StockItems, Stocktake, StocktakeReport
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.inventory_dialog import InventoryDialog
from libtech_desktop.ui.runner import TaskRunner

from ..conftest import NOON
from .test_print_off_thread import cancel_while_saving, pages_gated

CALL_NUMBERS = ("823.1 ADA", "823.2 BAR", "823.3 COE", "823.4 DOY", "823.99 SMI")
PATRON = with_check_digit("2999900000001")


@pytest.fixture
def shelf(library: Library) -> list[str]:
    """Five books at Main, in shelf order."""
    barcodes = []
    for n, call_number in enumerate(CALL_NUMBERS, start=1):
        biblio = library.catalogue.add_biblio(title=f"Novel {n}", author="Author, Some")
        barcode = with_check_digit(f"399990000010{n}")
        library.catalogue.add_item(biblio.id, barcode, call_number, location="Main")
        barcodes.append(barcode)
    return barcodes


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def dialog(host: QWidget, library: Library, runner: TaskRunner) -> InventoryDialog:
    return InventoryDialog(host, library.inventory, runner)


def start(qtbot: QtBot, dialog: InventoryDialog, location: str, low: str, high: str) -> None:
    dialog.open()
    qtbot.waitUntil(lambda: dialog.ui.location_combo.count() > 1, timeout=5000)
    qtbot.waitUntil(dialog.ui.start_button.isEnabled, timeout=5000)
    dialog.ui.location_combo.setCurrentText(location)
    qtbot.keyClicks(dialog.ui.from_edit, low)
    qtbot.keyClicks(dialog.ui.to_edit, high)
    with qtbot.waitSignal(dialog.started, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.ui.scan_edit.hasFocus()


def scan_all(qtbot: QtBot, dialog: InventoryDialog, codes: list[str]) -> None:
    """Scan at scanner speed: every code typed before any is recorded."""
    last = None
    with qtbot.waitSignals([dialog.scanned] * len(codes), timeout=10000):
        for code in codes:
            qtbot.keyClicks(dialog.ui.scan_edit, code)
            qtbot.keyClick(dialog.ui.scan_edit, Qt.Key.Key_Return)
            last = code
    assert last is not None


def read_report(qtbot: QtBot, dialog: InventoryDialog) -> None:
    with qtbot.waitSignal(dialog.report_ready, timeout=5000):
        qtbot.keyClick(dialog.ui.report_view, Qt.Key.Key_F5)


def test_a_stocktake_shows_one_missing_and_one_misshelved(
    qtbot: QtBot, dialog: InventoryDialog, shelf: list[str]
) -> None:
    a, b, c, d, e = shelf
    start(qtbot, dialog, "Main", "823", "823.99")
    assert dialog.ui.session_label.text().endswith("Main, 823 to 823.99")

    scan_all(qtbot, dialog, [a, c, "BOGUS", d, b])  # e not there; b out of place

    assert dialog.ui.count_label.text() == "5 scanned"
    assert dialog.status_text == f"{b} 823.2 BAR “Novel 2”"  # the scanning went on
    assert [o.barcode for o in dialog.scans.rows] == [b, d, "BOGUS", c, a]
    assert dialog.scans.index(2, 4).data() == "No item has this barcode."
    assert dialog.ui.scan_edit.hasFocus() and dialog.ui.scan_edit.text() == ""

    with qtbot.waitSignal(dialog.report_ready, timeout=5000):
        qtbot.mouseClick(dialog.ui.report_button, Qt.MouseButton.LeftButton)

    found = [(r.finding, r.barcode, r.detail) for r in dialog.findings.rows]
    assert found == [
        ("Missing", e, "not scanned"),
        ("Misshelved", b, f"belongs between 823.1 ADA ({a}) and 823.3 COE ({c})"),
        ("Unknown barcode", "BOGUS", "no item has it"),
    ]
    assert dialog.status_text.startswith("5 scanned of 5 expected: 1 missing, 1 misshelved")


def test_a_repeated_scan_is_flagged_and_ignored(
    qtbot: QtBot, dialog: InventoryDialog, shelf: list[str]
) -> None:
    start(qtbot, dialog, "Main", "", "")
    scan_all(qtbot, dialog, [shelf[0], shelf[0]])

    assert dialog.status_text.endswith("Already scanned: ignored.")
    assert dialog.ui.count_label.text() == "1 scanned"


def test_an_item_on_loan_found_on_the_shelf_is_put_right(
    qtbot: QtBot, dialog: InventoryDialog, library: Library, shelf: list[str]
) -> None:
    library.patrons.register(barcode=PATRON, name="Okafor, Ada", category="adult")
    library.circulation.checkout(PATRON, shelf[2])
    start(qtbot, dialog, "Main", "", "")
    scan_all(qtbot, dialog, shelf)
    assert dialog.status_text == f"{shelf[4]} 823.99 SMI “Novel 5”"
    read_report(qtbot, dialog)
    [row] = dialog.findings.rows
    assert (row.finding, row.barcode, row.fixable) == ("On loan, on the shelf", shelf[2], True)

    dialog.ui.report_view.setFocus()
    with qtbot.waitSignal(dialog.report_ready, timeout=5000):
        qtbot.keyClick(dialog.ui.report_view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)

    assert library.catalogue.item(shelf[2]).status is ItemStatus.AVAILABLE
    assert dialog.findings.rows == ()
    assert dialog.status_text.startswith(f"{shelf[2]} “Novel 3” checked in: available. 5 scanned")


def test_mark_missing_finishes_the_stocktake(
    qtbot: QtBot, dialog: InventoryDialog, library: Library, shelf: list[str]
) -> None:
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) is None
    start(qtbot, dialog, "Main", "", "")
    scan_all(qtbot, dialog, shelf[:3])
    read_report(qtbot, dialog)

    with qtbot.waitSignal(dialog.report_ready, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)

    assert asked == ["Mark 2 items missing and finish stocktake 1?"]
    assert dialog.status_text.startswith("Marked 2 items missing; the stocktake is finished.")
    assert library.catalogue.item(shelf[3]).status is ItemStatus.MISSING
    assert library.catalogue.item(shelf[4]).status is ItemStatus.MISSING
    assert not dialog.ui.scan_edit.isEnabled()
    assert not dialog.ui.mark_missing_button.isEnabled()


def test_the_report_saves_as_a_pdf(
    qtbot: QtBot, dialog: InventoryDialog, shelf: list[str], tmp_path: Path
) -> None:
    start(qtbot, dialog, "Main", "", "")
    scan_all(qtbot, dialog, [shelf[1], shelf[0]])
    read_report(qtbot, dialog)
    out = tmp_path / "stocktake.pdf"

    with qtbot.waitSignal(dialog.pdf_written, timeout=5000):
        dialog.save_pdf(out)

    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "Stocktake 1: Main" in text
    assert "2 scanned of 5 expected: 3 missing, 1 misshelved" in text
    assert f"belongs after 823.1 ADA ({shelf[0]})" in text


def test_the_report_prints_on_the_runner_once_the_printer_is_chosen(
    qtbot: QtBot, dialog: InventoryDialog, shelf: list[str], tmp_path: Path
) -> None:
    start(qtbot, dialog, "Main", "", "")
    scan_all(qtbot, dialog, [shelf[1], shelf[0]])
    read_report(qtbot, dialog)
    out = tmp_path / "printed.pdf"
    printer = dialog.list_printer.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))

    with qtbot.waitSignal(dialog.printout_ready, timeout=10000):  # rows made on the runner
        dialog.print_report()
    print_dialog = dialog.list_printer.dialog
    assert print_dialog is not None and print_dialog.isVisible()
    assert dialog.list_printer.job is None  # nothing laid out before the printer is chosen
    print_dialog.accept()

    qtbot.waitUntil(lambda: dialog.list_printer.job is None, timeout=20000)
    assert dialog.ui.status_label.text().startswith("The stocktake report went to the printer")
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "2 scanned of 5 expected: 3 missing, 1 misshelved" in text


def test_enter_in_the_location_starts_the_stocktake(
    qtbot: QtBot, dialog: InventoryDialog, shelf: list[str]
) -> None:
    dialog.open()
    qtbot.waitUntil(lambda: dialog.ui.location_combo.count() > 1, timeout=5000)
    qtbot.waitUntil(dialog.ui.start_button.isEnabled, timeout=5000)
    edit = dialog.ui.location_combo.lineEdit()
    assert edit is not None and edit.hasFocus()
    edit.clear()
    qtbot.keyClicks(edit, "Main")
    with qtbot.waitSignal(dialog.started, timeout=5000) as started:
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert started.args[0].location == "Main"
    assert dialog.ui.scan_edit.hasFocus()


def test_scanning_before_a_start_says_what_to_do(
    qtbot: QtBot, dialog: InventoryDialog, shelf: list[str]
) -> None:
    dialog.open()
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.scan(shelf[0])
    assert dialog.status_text.startswith("Start a stocktake first")
    qtbot.waitUntil(dialog.ui.start_button.isEnabled, timeout=5000)
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.status_text.startswith("Name the location")


def test_a_big_report_makes_only_the_rows_the_table_shows(
    qtbot: QtBot, dialog: InventoryDialog
) -> None:
    stocktake = Stocktake(7, "Stacks", None, None, None, None, NOON, "desk", None)
    missing = StockItems(
        (n, f"B{n:05d}", f"Book {n}", f"823.{n:05d}", "Stacks", "available", f"823 {n:05d}")
        for n in range(1, 20_001)
    )
    report = StocktakeReport(stocktake, 20_000, 0, missing, (), (), (), (), (), ("NOSUCH",))
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.findings.set_report(report)
    dialog.ui.report_view.setCurrentIndex(dialog.findings.index(0, 0))
    qtbot.waitUntil(lambda: dialog.findings.rows_made > 0, timeout=5000)
    dialog.ui.report_view.viewport().repaint()

    assert dialog.findings.rowCount() == 20_001
    assert dialog.findings.rows_made < 1000  # the rows shown and sized, not 20,001
    last = dialog.findings.index(20_000, 0)
    assert [dialog.findings.index(20_000, c).data() for c in (0, 3, 4)] == [
        "Unknown barcode",
        "NOSUCH",
        "no item has it",
    ]
    assert last.isValid()
    assert dialog.findings.index(19_999, 3).data() == "B20000"
    assert dialog.findings.index(0, 1).data() == "823.00001"
    selected = dialog.selected_finding()
    assert selected is not None and (selected.finding, selected.barcode) == ("Missing", "B00001")


def test_a_cancelled_save_keeps_the_older_pdf_and_a_second_save_writes_every_finding(
    qtbot: QtBot,
    host: QWidget,
    library: Library,
    runner: TaskRunner,
    shelf: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = InventoryDialog(host, library.inventory, runner, progress_after_ms=0)
    start(qtbot, dialog, "Main", "", "")
    scan_all(qtbot, dialog, [shelf[1], shelf[0]])
    read_report(qtbot, dialog)
    out = tmp_path / "out" / "stocktake.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF the last stocktake")
    written: list[str] = []
    dialog.pdf_written.connect(written.append)

    with pages_gated(monkeypatch) as gate:
        dialog.save_pdf(out)
        assert dialog.status_text == f"Saving the report as {out}…"
        progress = dialog.pdf_saver.progress
        cancel_while_saving(qtbot, dialog.pdf_saver, gate)

    assert progress is not None and progress.dialog is None
    assert dialog.status_text == f"Cancelled: the report was not saved; {out} is as it was."
    assert out.read_bytes() == b"%PDF the last stocktake"
    assert [p.name for p in out.parent.iterdir()] == ["stocktake.pdf"]
    assert written == []
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # focus back on it

    with qtbot.waitSignal(dialog.printout_ready, timeout=10_000) as ready:
        dialog.save_pdf(out)
    assert written == [str(out)]
    rows = ready.args[0].rows
    assert len(rows) == len(dialog.findings.rows)  # every finding shown, on paper
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "2 scanned of 5 expected: 3 missing, 1 misshelved" in text
    assert all(code in text for code in shelf)
    assert dialog.status_text == f"Saved the report as {out}."
