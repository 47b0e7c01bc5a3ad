"""Where a slip goes: always a PDF, then the slip printer or a print preview as the desk
is set; a printer that refuses leaves the PDF saved and says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.ui import slip_output
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.slip_output import SlipOutput

SLIP = "<html><body><p><b>Test Library</b></p><p>39999000000017 Dune</p></body></html>"


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def settings(tmp_path: Path) -> WorkstationSettings:
    return WorkstationSettings(tmp_path / "workstation.ini")


def text_of(path: Path) -> str:
    return " ".join(page.extract_text() for page in PdfReader(path).pages)


def test_by_default_a_slip_is_only_saved(
    owner: QWidget, settings: WorkstationSettings, tmp_path: Path
) -> None:
    path = tmp_path / "slips" / "checkin.pdf"
    said = SlipOutput(owner, settings).deliver(SLIP, path, "Check-in slip (1 item)")
    assert said == f"Check-in slip (1 item) saved: {path}"
    assert "39999000000017" in text_of(path)


def test_print_mode_prints_on_the_chosen_slip_printer(
    owner: QWidget, settings: WorkstationSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.slip_delivery = "print"
    settings.slip_printer = "Receipt printer"
    chosen: list[str] = []

    def pdf_printer(name: str) -> QPrinter:
        chosen.append(name)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return printer

    monkeypatch.setattr(slip_output, "slip_printer", pdf_printer)
    path = tmp_path / "checkin.pdf"

    said = SlipOutput(owner, settings).deliver(SLIP, path, "Check-in slip (1 item)")

    assert chosen == ["Receipt printer"]
    assert said == f"Check-in slip (1 item) printed on Receipt printer and saved: {path}"
    assert "39999000000017" in text_of(tmp_path / "printed.pdf")
    assert "39999000000017" in text_of(path)


def test_a_printer_that_refuses_leaves_the_pdf_and_says_so(
    owner: QWidget, settings: WorkstationSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.slip_delivery = "print"

    def broken(_slip: str, _printer: QPrinter, _paper: str) -> None:
        raise OSError("the printer could not be opened")

    monkeypatch.setattr(slip_output, "print_slip", broken)
    path = tmp_path / "checkin.pdf"

    said = SlipOutput(owner, settings).deliver(SLIP, path, "Check-in slip (1 item)")

    assert said == (
        f"Check-in slip (1 item) saved: {path} — but NOT printed (the printer could not be opened)."
    )
    assert path.exists()


def test_preview_mode_shows_the_slip_in_one_reused_preview(
    owner: QWidget, settings: WorkstationSettings, tmp_path: Path
) -> None:
    settings.slip_delivery = "preview"
    output = SlipOutput(owner, settings)

    output.deliver(SLIP, tmp_path / "one.pdf", "Check-in slip (1 item)")
    first = output.preview_dialog
    output.deliver(SLIP.replace("Dune", "Emma"), tmp_path / "two.pdf", "Check-in slip (1 item)")

    assert first is not None and output.preview_dialog is first and first.parent() is owner
    preview = first.findChild(QPrintPreviewWidget)
    assert preview is not None
    preview.updatePreview()
    assert preview.pageCount() == 1
    first.close()
