"""The holds pull list: copies on the shelf to fetch for waiting holds, printable."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.pull_list_dialog import PullListDialog
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
def dialog(host: QWidget, library: Library, runner: TaskRunner) -> PullListDialog:
    return PullListDialog(host, library.holds, runner)


def test_lists_the_copies_to_fetch_in_shelf_order(
    qtbot: QtBot, dialog: PullListDialog, library: Library, stock: Stock
) -> None:
    # Shelf order of the stock: FIC BEL (Beloved), FIC DUN (Dune), FIC EMM (Emma).
    for code in (stock.items[1], stock.items[0]):
        biblio = library.catalogue.item(code).biblio_id
        library.holds.place(stock.patron, biblio_id=biblio)
    beloved = library.catalogue.item(stock.items[2])
    library.holds.place(stock.other_patron, biblio_id=beloved.biblio_id)
    library.circulation.checkout(stock.patron, stock.items[3])  # not wanted: no hold

    with qtbot.waitSignal(dialog.list_loaded, timeout=5000) as loaded:
        dialog.open()

    assert loaded.args == [3]
    assert dialog.isVisible()
    assert [r.item_barcode for r in dialog.entries.rows] == [
        stock.items[2],
        stock.items[0],
        stock.items[1],
    ]
    assert dialog.entries.index(0, 1).data() == "FIC BEL"
    assert "Lindqvist, Per" in dialog.entries.index(0, 4).data()
    assert dialog.status_text == "3 copies to fetch, in shelf order."


def test_an_empty_list_says_so_and_refreshes_with_f5(
    qtbot: QtBot, dialog: PullListDialog, library: Library, stock: Stock
) -> None:
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialog.open()
    assert dialog.status_text.startswith("Nothing to pull")

    library.holds.place(stock.patron, item_barcode=stock.items[0])
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000) as loaded:
        qtbot.keyClick(dialog.ui.pull_view, Qt.Key.Key_F5)
    assert loaded.args == [1]


def test_saves_the_list_as_a_pdf_with_boxes_to_tick(
    qtbot: QtBot, dialog: PullListDialog, library: Library, stock: Stock, tmp_path: Path
) -> None:
    library.holds.place(stock.patron, item_barcode=stock.items[1])
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialog.open()
    out = tmp_path / "out" / "pull.pdf"

    with qtbot.waitSignal(dialog.pdf_written, timeout=5000):
        dialog.save_pdf(out)

    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Holds pull list" in text and "1 copy to fetch" in text
    assert "FIC EMM" in text and "Emma" in text and stock.items[1] in text
    assert str(out) in dialog.status_text


def test_the_model_passes_the_model_tester(qtmodeltester, dialog: PullListDialog) -> None:
    qtmodeltester.check(dialog.entries)


def test_prints_the_list_on_the_runner_once_the_printer_is_chosen(
    qtbot: QtBot, dialog: PullListDialog, library: Library, stock: Stock, tmp_path: Path
) -> None:
    library.holds.place(stock.patron, item_barcode=stock.items[1])
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialog.open()
    out = tmp_path / "printed.pdf"
    printer = dialog.list_printer.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))

    dialog.print_list()
    print_dialog = dialog.list_printer.dialog
    assert print_dialog is not None and print_dialog.isVisible()
    print_dialog.accept()
    qtbot.waitUntil(lambda: dialog.list_printer.job is None, timeout=20000)

    assert dialog.status_text == "The pull list went to the printer (1 page)."
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "Holds pull list 1 copy to fetch ✓ Location Call number Title Barcode Hold" in text
    assert "FIC EMM" in text and stock.items[1] in text and text.endswith("Page 1 of 1")


def test_a_cancelled_save_keeps_the_older_pdf_and_a_second_save_writes_every_copy(
    qtbot: QtBot,
    host: QWidget,
    library: Library,
    runner: TaskRunner,
    stock: Stock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = PullListDialog(host, library.holds, runner, progress_after_ms=0)
    for code in stock.items[:3]:
        library.holds.place(stock.patron, item_barcode=code)
    with qtbot.waitSignal(dialog.list_loaded, timeout=5000):
        dialog.open()
    out = tmp_path / "out" / "pull.pdf"
    out.parent.mkdir()
    out.write_bytes(b"%PDF yesterday's pull list")
    written: list[str] = []
    dialog.pdf_written.connect(written.append)

    with pages_gated(monkeypatch) as gate:
        dialog.save_pdf(out)
        assert dialog.status_text == f"Saving the pull list as {out}…"
        cancel_while_saving(qtbot, dialog.pdf_saver, gate)

    assert dialog.status_text == f"Cancelled: the pull list was not saved; {out} is as it was."
    assert out.read_bytes() == b"%PDF yesterday's pull list"
    assert [p.name for p in out.parent.iterdir()] == ["pull.pdf"]
    assert written == []

    with qtbot.waitSignal(dialog.printout_ready, timeout=10_000) as ready:
        dialog.save_pdf(out)
    assert written == [str(out)]
    assert len(ready.args[0].rows) == 3
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert "3 copies to fetch" in text
    assert all(code in text for code in stock.items[:3])
    assert dialog.status_text == f"Saved the pull list as {out}."
