"""Patron ID cards from the Patrons tab (Ctrl+Shift+C): preview, a PDF at CR80 size
(85.6 × 54 mm) whose barcode decodes and whose text names the patron, and the printer
at exact size."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.card_dialog import CardDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab

from .conftest import Stock

#: CR80: 85.6 × 54 mm in points.
CARD_PT = (85.6 / 25.4 * 72, 54 / 25.4 * 72)


def _decoder() -> Callable[[Path], list[list[Any]]]:
    """The label PDF tests' rasteriser and zxing-cpp decoder (tests/integration/conftest.py)."""
    path = Path(__file__).parents[1] / "integration" / "conftest.py"
    spec = importlib.util.spec_from_file_location("label_pdf_decoding", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    decode: Callable[[Path], list[list[Any]]] = module.decode_pdf_barcodes
    return decode


decode_pdf = _decoder()


@pytest.fixture
def tab(
    qtbot: QtBot,
    library: Library,
    runner: TaskRunner,
    sounds: RecordingSoundPlayer,
    stock: Stock,
) -> PatronsTab:
    widget = PatronsTab(library.patrons, library.circulation, runner, sounds, labels=library.labels)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignals([widget.search_finished, widget.patron_opened], timeout=5000):
        qtbot.keyClicks(widget.ui.scan_edit, stock.patron)
        qtbot.keyClick(widget.ui.scan_edit, Qt.Key.Key_Return)
    return widget


def open_card(qtbot: QtBot, tab: PatronsTab, runner: TaskRunner) -> CardDialog:
    """Print card… for the selected patron; wait for the preview."""
    tab.ui.card_button.click()
    dialog = tab.dialogs.card
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview_image is not None, timeout=10000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return dialog


def test_the_card_is_previewed_and_saved_at_cr80_size_with_a_barcode_that_scans(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, stock: Stock, tmp_path: Path
) -> None:
    assert tab.ui.card_button.isEnabled()
    assert "&card" in tab.ui.card_button.text()
    dialog = open_card(qtbot, tab, runner)

    assert dialog.parent() is tab and dialog.isVisible()
    image = dialog.preview_image
    assert image is not None
    assert abs(image.width() / image.height() - 85.6 / 54) < 0.02  # the card's proportions
    assert "Okafor, Ada" in dialog.status_text
    out = tmp_path / "cards" / "card.pdf"
    with qtbot.waitSignal(dialog.pdf_written, timeout=10000) as saved:
        dialog.save_pdf(out)

    assert saved.args == [str(out)]
    [page] = PdfReader(out).pages
    assert float(page.mediabox.width) == pytest.approx(CARD_PT[0], abs=0.2)
    assert float(page.mediabox.height) == pytest.approx(CARD_PT[1], abs=0.2)
    assert "Okafor, Ada" in page.extract_text()
    [found] = decode_pdf(out)
    assert [barcode.text.strip("ABCDabcd") for barcode in found] == [stock.patron]


def test_ctrl_shift_c_opens_the_same_dialog_for_the_next_patron(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, stock: Stock
) -> None:
    first = open_card(qtbot, tab, runner)
    first.reject()
    with qtbot.waitSignals([tab.search_finished, tab.patron_opened], timeout=5000):
        tab.search(stock.other_patron)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5000)
    tab.focus_scan_field()

    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_C, ctrl_shift)
    qtbot.waitUntil(
        lambda: tab.dialogs.card is not None and tab.dialogs.card.isVisible(), timeout=5000
    )
    assert tab.dialogs.card is first  # made once, reused
    qtbot.waitUntil(lambda: "Lindqvist, Per" in first.status_text, timeout=10000)


def test_the_card_prints_on_a_card_sized_page_with_no_margins(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = open_card(qtbot, tab, runner)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))

    with qtbot.waitSignal(dialog.printed, timeout=10000) as printed:
        dialog.print_card(printer)

    assert printed.args == [1]
    assert printer.pageLayout().margins().isNull()
    [page] = PdfReader(out).pages
    # The printer's page is the card, landscape: 85.6 × 54 mm.
    assert float(page.mediabox.width) == pytest.approx(CARD_PT[0], abs=1.0)
    assert float(page.mediabox.height) == pytest.approx(CARD_PT[1], abs=1.0)


def test_without_a_selected_patron_the_button_waits(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> None:
    widget = PatronsTab(library.patrons, library.circulation, runner, sounds, labels=library.labels)
    qtbot.addWidget(widget)

    assert not widget.ui.card_button.isEnabled()
    assert widget.dialogs.open_card() is None
    assert "select a patron" in widget.ui.message_label.text()


def test_without_the_label_service_there_is_no_card_button(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> None:
    widget = PatronsTab(library.patrons, library.circulation, runner, sounds)
    qtbot.addWidget(widget)

    assert not widget.ui.card_button.isVisibleTo(widget)


def _green_share(image: Any) -> float:
    """How much of the card's top-left corner (where the logo goes) is the logo's green."""
    width, height = image.width(), image.height()
    corner = [
        image.pixelColor(x, y) for x in range(0, width // 4, 2) for y in range(0, height // 4, 2)
    ]
    green = [c for c in corner if c.green() > 80 and c.red() < 40 and c.blue() < 40]
    return len(green) / len(corner)


def test_a_logo_chosen_here_appears_on_the_card_and_can_be_removed(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, library: Library, tmp_path: Path
) -> None:
    from PIL import Image

    crest = tmp_path / "crest.png"
    Image.new("RGB", (300, 300), (0, 120, 0)).save(crest)
    dialog = open_card(qtbot, tab, runner)
    assert _green_share(dialog.preview_image) == 0

    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.choose_logo(crest)

    assert _green_share(dialog.preview_image) > 0.05
    assert library.labels.logo() is not None
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.ui.clear_logo_button.click()
    assert _green_share(dialog.preview_image) == 0
    assert library.labels.logo() is None


def test_a_file_that_is_not_a_picture_is_refused_in_the_dialog(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, library: Library, tmp_path: Path
) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("shopping list")
    dialog = open_card(qtbot, tab, runner)

    with qtbot.waitSignal(dialog.failed, timeout=5000) as refused:
        dialog.choose_logo(notes)

    assert refused.args == ["notes.png is not an image this program can read (use PNG or JPEG)."]
    assert dialog.status_text == refused.args[0]
    assert library.labels.logo() is None
