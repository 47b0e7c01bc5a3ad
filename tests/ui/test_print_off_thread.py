"""Long lists print off the GUI thread (issue 9): the printer is chosen in the print
dialog, the pages are laid out and painted on the runner, with a progress bar and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.ui.printing import ListPrinter
from libtech_desktop.ui.runner import TaskRunner


def long_list(rows: int) -> str:
    body = "".join(
        f"<tr><td>☐</td><td>FIC {n:05d}</td><td>Title {n}</td></tr>" for n in range(rows)
    )
    return f"<html><body><h1>Pull list</h1><table>{body}</table></body></html>"


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
    printing.print_html(long_list(400), "The pull list")
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
    printing.print_html(long_list(10), "The pick list")
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
    assert printing.print_html(long_list(5), "The shelf list") is False
    assert said == [("The shelf list: still printing the last one.", True)]
    gate.set()
    qtbot.waitUntil(lambda: printing.job is None, timeout=20000)
    assert said[-1][0] == "The shelf list went to the printer (1 page)."
