"""Long lists print off the GUI thread (issue 9): the printer is chosen in the print
dialog, the pages are laid out and painted on the runner, with a progress bar and Cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QPagedPaintDevice, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)
from libtech_desktop.ui import shelf_list_printing
from libtech_desktop.ui.list_printing import Cell, ListColumn, ListPrinter, ListPrintout, paint_list
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.shelf_list_printing import ListPdfSaver, write_pdf


def long_list(rows: int) -> ListPrintout:
    return ListPrintout(
        "Pull list",
        f"{rows} copies",
        [ListColumn("✓"), ListColumn("Call number", "call"), ListColumn("Title")],
        [["☐", f"FIC {n:05d}", f"Title {n}"] for n in range(rows)],
    )


class PageGate:
    """Holds a PDF being saved at its first painted page until the test lets it go: the
    test sees the progress dialog, presses Cancel in it, and lets the job go on to its
    next report, where the cancel is heard, half the file written."""

    def __init__(self) -> None:
        self.reached, self.released = threading.Event(), threading.Event()

    def gate(self, progress: ProgressFn) -> ProgressFn:
        def report(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if what == "Pages" and not self.reached.is_set():
                self.reached.set()
                assert self.released.wait(30), "the test never let the job go"
                progress(done, total, what)  # a cancel is heard here

        return report


@contextmanager
def pages_gated(monkeypatch: pytest.MonkeyPatch) -> Iterator[PageGate]:
    """Every PDF saved meanwhile stops at its first painted page (see :class:`PageGate`)."""
    gate, real = PageGate(), shelf_list_printing.paint_list

    def gated(
        printout: ListPrintout,
        device: QPagedPaintDevice,
        progress: ProgressFn = no_progress,
        should_cancel: CancelFn = never_cancel,
    ) -> int:
        return real(printout, device, gate.gate(progress), should_cancel)

    monkeypatch.setattr(shelf_list_printing, "paint_list", gated)
    try:
        yield gate
    finally:
        gate.released.set()  # never leave the runner waiting


def cancel_while_saving(qtbot: QtBot, saver: ListPdfSaver, gate: PageGate) -> None:
    """Wait for the PDF to stop at its first page with the progress dialog up, press
    Escape (Cancel) in it, and let the job go on: it hears the cancel at once."""
    qtbot.waitUntil(gate.reached.is_set, timeout=20_000)
    progress = saver.progress
    assert progress is not None
    qtbot.waitUntil(lambda: progress.dialog is not None and progress.dialog.isVisible())
    assert progress.dialog is not None
    qtbot.keyClick(progress.dialog, Qt.Key.Key_Escape)
    gate.released.set()
    qtbot.waitUntil(lambda: not saver.busy, timeout=20_000)


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_print_dialog_chooses_the_printer_then_the_pages_print_on_the_runner(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    said: list[tuple[str, bool]] = []
    printing = ListPrinter(parent, runner, lambda text, error: said.append((text, error)))
    target = tmp_path / "printed.pdf"
    printing.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printing.printer.setOutputFileName(str(target))
    printing.print_list(long_list(400), "The pull list")
    dialog = printing.dialog
    assert dialog is not None and dialog.isVisible()  # window-modal, the GUI thread's
    assert printing.job is None  # nothing is laid out before a printer is chosen
    dialog.accept()
    job = printing.job
    assert job is not None and job.long
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    text, error = said[0]
    assert not error and text.startswith("The pull list went to the printer (")
    pages = int(text.split("(")[1].split()[0])
    assert pages > 1
    assert target.stat().st_size > 0
    assert printing.job is None


def test_the_print_dialog_cancelled_prints_nothing(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, bool]] = []
    printing = ListPrinter(parent, runner, lambda text, error: said.append((text, error)))
    printing.print_list(long_list(10), "The pick list")
    assert printing.dialog is not None
    printing.dialog.reject()
    assert said == [("Printing cancelled.", False)]
    assert printing.job is None


def test_cancel_stops_the_printout_and_says_so(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, bool]] = []
    printing = ListPrinter(parent, runner, lambda text, error: said.append((text, error)))
    gate = threading.Event()
    runner.submit(gate.wait)  # the runner is busy: the printout waits its turn
    job = printing.print_on(pdf_printer(tmp_path / "x.pdf"), long_list(2000), "The shelf list")
    job.cancel()  # Cancel in the progress dialog
    gate.set()
    qtbot.waitUntil(lambda: bool(said), timeout=20000)
    assert said == [("Printing cancelled: nothing was sent to the printer.", False)]
    assert printing.job is None


def test_a_second_print_while_one_is_going_is_refused(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, bool]] = []
    printing = ListPrinter(parent, runner, lambda text, error: said.append((text, error)))
    gate = threading.Event()
    runner.submit(gate.wait)
    printing.print_on(pdf_printer(tmp_path / "x.pdf"), long_list(5), "The shelf list")
    assert printing.print_list(long_list(5), "The shelf list") is False
    assert said == [("The shelf list: still printing the last one.", True)]
    gate.set()
    qtbot.waitUntil(lambda: printing.job is None, timeout=20000)
    assert said[-1][0] == "The shelf list went to the printer (1 page)."


# -- a list laid out a page at a time (ListPrintout) ---------------------------------------

COLUMNS = [
    ListColumn("✓"),
    ListColumn("Call number", "call"),
    ListColumn("Title"),
    ListColumn("Author"),
    ListColumn("Barcode"),
    ListColumn("Status"),
]


def shelf_rows(rows: int) -> ListPrintout:
    """Rows of one to four lines: every seventh title is long enough to wrap."""
    return ListPrintout(
        "Shelf list — Main",
        f"from the top; {rows} items",
        COLUMNS,
        [
            [
                "☐",
                f"FIC {n:05d}",
                f"start{n} " + "a rather long title " * (6 * (n % 7 == 0)) + f"end{n}",
                "Smith, Zadie",
                f"3100{n:06d}",
                Cell("On loan", "off") if n % 5 == 0 else "Available",
            ]
            for n in range(rows)
        ],
    )


def page_texts(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def print_to_pdf(
    qtbot: QtBot, runner: TaskRunner, path: Path, printout: ListPrintout
) -> list[tuple[str, bool]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, bool]] = []
    printing = ListPrinter(parent, runner, lambda text, error: said.append((text, error)))
    printer = pdf_printer(path)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printing.print_on(printer, printout, "The shelf list")
    qtbot.waitUntil(lambda: printing.job is None, timeout=60000)
    return said


def test_a_long_list_prints_every_row_once_in_order_under_its_column_names(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    target = tmp_path / "shelf.pdf"
    said = print_to_pdf(qtbot, runner, target, shelf_rows(300))
    pages = page_texts(target)
    assert said == [(f"The shelf list went to the printer ({len(pages)} pages).", False)]
    assert len(pages) >= 5
    text = " ".join(pages)
    found = [int(word[len("start") :]) for word in text.split() if word.startswith("start")]
    assert found == list(range(300))  # every row once, in order
    assert pages[0].startswith("Shelf list — Main from the top; 300 items")
    for number, page in enumerate(pages, start=1):
        assert "✓ Call number Title Author Barcode Status" in page  # on every page
        assert page.endswith(f"Page {number} of {len(pages)}")
        if number > 1:
            assert page.startswith("Shelf list — Main (continued)")
    assert "Smith, Zadie" in pages[0]  # a short column is not wrapped for a long one


def test_no_row_is_cut_between_pages(qtbot: QtBot, runner: TaskRunner, tmp_path: Path) -> None:
    target = tmp_path / "shelf.pdf"
    print_to_pdf(qtbot, runner, target, shelf_rows(300))
    for page in page_texts(target):
        words = page.split()
        starts = [w[len("start") :] for w in words if w.startswith("start")]
        ends = [w[len("end") :] for w in words if w.startswith("end")]
        assert starts == ends  # a wrapped title ends on the page it starts on


def test_the_columns_stand_at_the_same_place_on_every_page(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    """Long titles on the first pages only, long names on the last ones: the columns
    are sized for the whole list, not page by page."""
    rows = [
        [
            "☐",
            f"FIC {n:05d}",
            "A title long enough to wrap " * 3 if n < 60 else f"Title {n}",
            "Featherstonehaugh-Worthington, Bartholomew" if n >= 200 else "Li, Wei",
            f"3100{n:06d}",
            "Available",
        ]
        for n in range(300)
    ]
    target = tmp_path / "shelf.pdf"
    print_to_pdf(qtbot, runner, target, ListPrintout("Shelf list", "300 items", COLUMNS, rows))
    heads: list[tuple[float, ...]] = []
    for page in PdfReader(target).pages:
        at: dict[str, float] = {}

        def visit(
            text: str, cm: list[float], tm: list[float], *_: object, at: dict[str, float] = at
        ) -> None:
            for name in ("Title", "Author", "Barcode", "Status"):
                if text.strip() == name and name not in at:
                    at[name] = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]

        page.extract_text(visitor_text=visit)
        heads.append(tuple(round(at[name]) for name in ("Title", "Author", "Barcode", "Status")))
    assert len(set(heads)) == 1, heads


def test_cancel_while_pages_are_painted_drops_the_printout(qapp: object, tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []

    def cancel_after_two_pages() -> bool:
        return seen[-1][2] == "Pages" and seen[-1][0] >= 2

    with pytest.raises(Cancelled) as cancelled:
        paint_list(
            shelf_rows(300),
            pdf_printer(tmp_path / "x.pdf"),
            lambda done, total, what: seen.append((done, total, what)),
            cancel_after_two_pages,
        )
    pages = seen[-1][1]
    assert str(cancelled.value) == (
        f"Printing cancelled after 2 of {pages} pages: nothing is printed."
    )
    assert seen[0] == (0, 300, "Rows laid out")
    assert (300, 300, "Rows laid out") in seen  # every row laid out before a page is painted


def test_a_cancelled_pdf_leaves_no_file_and_an_older_one_as_it_was(
    qapp: object, tmp_path: Path
) -> None:
    target = tmp_path / "shelf.pdf"
    target.write_bytes(b"the older list")
    laid_out: list[int] = []

    def cancel_once_a_page_is_laid_out() -> bool:
        return bool(laid_out)

    with pytest.raises(Cancelled):
        write_pdf(
            shelf_rows(300),
            target,
            progress=lambda done, total, what: laid_out.append(done) if done else None,
            should_cancel=cancel_once_a_page_is_laid_out,
        )
    assert target.read_bytes() == b"the older list"
    assert [p.name for p in tmp_path.iterdir()] == ["shelf.pdf"]


def test_the_pdf_and_the_printout_have_the_same_pages(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    printed, saved = tmp_path / "printed.pdf", tmp_path / "saved.pdf"
    print_to_pdf(qtbot, runner, printed, shelf_rows(120))
    write_pdf(shelf_rows(120), saved)
    assert PdfReader(saved).metadata.title == "Shelf list — Main"
    assert page_texts(saved) == page_texts(printed)


def test_an_empty_list_prints_its_heading_on_one_page(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "empty.pdf"
    write_pdf(ListPrintout("Holds pull list", "0 copies to fetch", COLUMNS, []), target)
    assert page_texts(target) == [
        "Holds pull list 0 copies to fetch ✓ Call number Title Author Barcode Status Page 1 of 1"
    ]


def test_a_second_save_while_one_is_going_is_refused(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[tuple[str, bool]] = []
    saved: list[Path] = []
    saver = ListPdfSaver(
        parent,
        runner,
        lambda text, error: said.append((text, error)),
        on_saved=lambda _printout, path: saved.append(path),
    )
    gate = threading.Event()
    runner.submit(gate.wait)  # the runner is busy: the save waits its turn
    target = tmp_path / "pull.pdf"
    assert saver.save(lambda: shelf_rows(5), target, "the pull list") is not None
    assert saver.save(lambda: shelf_rows(5), tmp_path / "other.pdf", "the pull list") is None
    assert said == [("Still saving the pull list as a PDF: wait for it to finish.", True)]
    gate.set()
    qtbot.waitUntil(lambda: not saver.busy, timeout=20_000)
    assert said[-1] == (f"Saved the pull list as {target}.", False)
    assert saved == [target]
    assert [p.name for p in tmp_path.iterdir()] == ["pull.pdf"]
