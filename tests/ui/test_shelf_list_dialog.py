"""The shelf list dialog: items in shelf order, fetched a page at a time, a location
filter, "Go to call number", and a printable list (saved as PDF here)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.shelf_list_dialog import ShelfListDialog
from libtech_desktop.ui.runner import TaskRunner

from .test_print_off_thread import cancel_while_saving, pages_gated

COPIES = [
    ("823.92 SMI", "White Teeth", "Main"),
    ("QA100 .B3", "Basic Algebra", "Main"),
    ("823.914 SMI", "Swing Time", "Branch"),
    (None, "Uncatalogued gift", "Main"),
    ("QA76 .A1", "Computing Annals", "Main"),
    ("FIC SMI", "On Beauty", "Branch"),
    ("005.133 PYT", "Python Pocket Reference", "Main"),
]
ORDER = [
    "005.133 PYT",
    "823.914 SMI",
    "823.92 SMI",
    "QA76 .A1",
    "QA100 .B3",
    "FIC SMI",
    "(no call number)",
]


@pytest.fixture
def shelves(library: Library) -> Library:
    for n, (call_number, title, location) in enumerate(COPIES, start=1):
        biblio = library.catalogue.add_biblio(title=title, author="Smith, Zadie")
        library.catalogue.add_item(
            biblio.id, barcode=f"3100{n}", call_number=call_number, location=location
        )
    return library


@pytest.fixture
def dialog(qtbot: QtBot, shelves: Library, runner: TaskRunner) -> ShelfListDialog:
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda busy: not busy):
        widget = ShelfListDialog(shelves.shelf_list, runner, page_size=3)
        qtbot.addWidget(widget)
        widget.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return widget


def call_numbers(dialog: ShelfListDialog) -> list[str]:
    model = dialog.entries
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def fetch_all(qtbot: QtBot, dialog: ShelfListDialog) -> None:
    """Scroll to the end: fetch page after page (the view may be fetching one already)."""
    model = dialog.entries
    while not model.at_end:
        qtbot.waitUntil(lambda: not model.fetching, timeout=5000)
        if model.canFetchMore(QModelIndex()):
            with qtbot.waitSignal(model.page_loaded, timeout=5000):
                model.fetchMore(QModelIndex())


def test_pages_arrive_in_shelf_order_as_the_list_is_scrolled(
    qtbot: QtBot, dialog: ShelfListDialog, qtmodeltester: ModelTester
) -> None:
    assert dialog.entries.rowCount() >= 3  # the first page; the view may ask for more
    assert call_numbers(dialog)[:3] == ORDER[:3]
    fetch_all(qtbot, dialog)
    assert call_numbers(dialog) == ORDER
    assert dialog.entries.at_end
    assert "7 items shown." in dialog.status_text
    model = dialog.entries
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Call number",
        "Title",
        "Author",
    ]
    assert model.data(model.index(1, 1)) == "Swing Time"
    qtmodeltester.check(model)


def test_the_model_passes_the_model_tester_while_pages_arrive(
    qtbot: QtBot, shelves: Library, runner: TaskRunner, qtmodeltester: ModelTester
) -> None:
    widget = ShelfListDialog(shelves.shelf_list, runner, page_size=2)
    qtbot.addWidget(widget)
    qtmodeltester.check(widget.entries)  # checks again on every insert that follows
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    fetch_all(qtbot, widget)
    assert call_numbers(widget) == ORDER


def test_go_to_a_call_number_from_the_keyboard(
    qtbot: QtBot, dialog: ShelfListDialog, runner: TaskRunner
) -> None:
    edit = dialog.ui.goto_edit
    assert edit.hasFocus()
    with qtbot.waitSignal(dialog.entries.page_loaded, timeout=5000):
        qtbot.keyClicks(edit, "qa76")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert call_numbers(dialog)[:3] == ["QA76 .A1", "QA100 .B3", "FIC SMI"]
    assert "from qa76" in dialog.status_text
    assert dialog.ui.shelf_view.currentIndex().row() == 0
    # Blank and Enter: back to the top.
    edit.clear()
    with qtbot.waitSignal(dialog.entries.page_loaded, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert call_numbers(dialog)[0] == "005.133 PYT"


def test_a_location_lists_only_its_items(
    qtbot: QtBot, dialog: ShelfListDialog, runner: TaskRunner
) -> None:
    combo = dialog.ui.location_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["All locations", "Branch", "Main"]
    with qtbot.waitSignal(dialog.entries.page_loaded, timeout=5000):
        combo.setCurrentIndex(1)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    fetch_all(qtbot, dialog)
    assert call_numbers(dialog) == ["823.914 SMI", "FIC SMI"]
    assert dialog.status_text == "2 items at Branch shown."


def test_nothing_after_the_last_call_number_is_said_plainly(
    qtbot: QtBot, dialog: ShelfListDialog
) -> None:
    with qtbot.waitSignal(dialog.entries.page_loaded, timeout=5000):
        dialog.ui.location_combo.setCurrentIndex(1)  # Branch: no uncatalogued items
    dialog.ui.goto_edit.setText("ZZZ 999")
    with qtbot.waitSignal(dialog.entries.page_loaded, timeout=5000):
        dialog.go_to()
    assert dialog.entries.rowCount() == 0
    assert dialog.status_text == "No items at Branch from ZZZ 999."


def test_save_as_pdf_lays_out_the_list_from_where_it_starts(
    qtbot: QtBot, dialog: ShelfListDialog, tmp_path: Path
) -> None:
    dialog.ui.goto_edit.setText("823.92")
    with qtbot.waitSignal(dialog.entries.page_loaded, timeout=5000):
        dialog.go_to()
    target = tmp_path / "out" / "shelf.pdf"
    with qtbot.waitSignal(dialog.pdf_written, timeout=10000) as written:
        dialog.save_pdf(target)
    assert written.args == [str(target)]
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    assert "Shelf list" in text and "from 823.92" in text
    assert text.index("823.92 SMI") < text.index("QA76 .A1") < text.index("FIC SMI")
    assert "005.133" not in text  # before the starting point
    assert "(no call number)" in text
    assert "5 items" in text
    assert f"Saved the shelf list as {target}" in dialog.status_text


def test_print_lays_out_the_list_and_prints_it_once_the_printer_is_chosen(
    qtbot: QtBot, dialog: ShelfListDialog, shelves: Library, tmp_path: Path
) -> None:
    out = tmp_path / "printed.pdf"
    printer = dialog.list_printer.printer
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(dialog.printout_ready, timeout=10000) as ready:
        dialog.print_list()
    printout = ready.args[0]
    assert printout.heading == "Shelf list"
    assert [row[1] for row in printout.rows] == ORDER
    print_dialog = dialog.list_printer.dialog
    assert print_dialog is not None and print_dialog.isVisible()
    print_dialog.accept()
    qtbot.waitUntil(lambda: dialog.list_printer.job is None, timeout=20000)

    assert dialog.status_text == "The shelf list went to the printer (1 page)."
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    assert text.startswith("Shelf list from the") and "call number; 7 items" in text
    assert "✓ Call number Title Author Barcode Status" in text
    assert text.index("005.133 PYT") < text.index("QA100 .B3") < text.index("Uncatalogued")
    assert text.endswith("Page 1 of 1")


# -- Save as PDF: on the runner, with a progress bar and Cancel --------------------------


@pytest.fixture
def long_shelf(qtbot: QtBot, library: Library, runner: TaskRunner) -> ShelfListDialog:
    """The shelf list of 150 items (some four pages), its progress shown at once."""
    for n in range(150):
        biblio = library.catalogue.add_biblio(title=f"Sea stories {n}", author="Conrad, J")
        library.catalogue.add_item(biblio.id, barcode=f"3200{n:04d}", call_number=f"FIC {n:04d}")
    widget = ShelfListDialog(library.shelf_list, runner, progress_after_ms=0)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return widget


def test_a_long_list_saves_with_a_progress_bar_and_every_row(
    qtbot: QtBot,
    long_shelf: ShelfListDialog,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = long_shelf
    reports: list[tuple[int, int, str]] = []
    runner.progressed.connect(lambda _job, done, total, what: reports.append((done, total, what)))
    target = tmp_path / "out" / "shelf.pdf"
    with pages_gated(monkeypatch) as gate:
        dialog.save_pdf(target)
        assert dialog.status_text == f"Saving the shelf list as {target}…"
        qtbot.waitUntil(gate.reached.is_set, timeout=20_000)
        progress = dialog.pdf_saver.progress
        assert progress is not None
        qtbot.waitUntil(lambda: progress.dialog is not None and progress.dialog.isVisible())
        assert progress.dialog is not None
        assert progress.dialog.labelText().startswith("Saving the shelf list as a PDF…")
        assert not target.exists()  # not until it is whole
        with qtbot.waitSignal(dialog.pdf_written, timeout=20_000):
            gate.released.set()

    assert progress.dialog is None  # closed once saved
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # back to the list
    assert dialog.status_text == f"Saved the shelf list as {target}."
    assert (150, 150, "Rows laid out") in reports
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(target).pages)
    positions = [text.index(f"FIC {n:04d}") for n in range(150)]
    assert positions == sorted(positions)  # every row, in shelf order
    assert "150 items" in text and "Page 1 of" in text
    assert [p.name for p in target.parent.iterdir()] == ["shelf.pdf"]


@pytest.mark.parametrize("older", [True, False])
def test_a_cancelled_save_leaves_no_file_and_an_older_one_as_it_was(
    qtbot: QtBot,
    long_shelf: ShelfListDialog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    older: bool,
) -> None:
    dialog = long_shelf
    target = tmp_path / "out" / "shelf.pdf"
    if older:
        target.parent.mkdir()
        target.write_bytes(b"%PDF last week's list")
    written: list[str] = []
    dialog.pdf_written.connect(written.append)
    with pages_gated(monkeypatch) as gate:
        dialog.save_pdf(target)
        qtbot.waitUntil(gate.reached.is_set, timeout=20_000)
        assert (target.parent / ".shelf.pdf.part").exists()  # half written when cancelled
        cancel_while_saving(qtbot, dialog.pdf_saver, gate)

    kept = f"{target} is as it was" if older else "no file was written"
    assert dialog.status_text == f"Cancelled: the shelf list was not saved; {kept}."
    assert written == []
    if older:
        assert target.read_bytes() == b"%PDF last week's list"
        assert [p.name for p in target.parent.iterdir()] == ["shelf.pdf"]
    else:
        assert not target.exists() and not target.with_name(".shelf.pdf.part").exists()
    # Saved again, not cancelled, it is written whole.
    with qtbot.waitSignal(dialog.pdf_written, timeout=20_000):
        dialog.save_pdf(target)
    assert "150 items" in " ".join(PdfReader(target).pages[0].extract_text().split())


def test_a_save_into_a_file_instead_of_a_folder_says_which_and_why(
    qtbot: QtBot, dialog: ShelfListDialog, runner: TaskRunner, tmp_path: Path
) -> None:
    blocker = tmp_path / "lists"
    blocker.write_text("a file where the folder should be")
    dialog.save_pdf(blocker / "shelf.pdf")
    qtbot.waitUntil(lambda: not dialog.pdf_saver.busy, timeout=10_000)
    assert dialog.status_text == (
        f"The PDF could not be written to {blocker / 'shelf.pdf'}: not a folder."
    )
    assert blocker.read_text() == "a file where the folder should be"
