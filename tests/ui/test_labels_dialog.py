"""The Labels dialog: the queue, the preview, the PDF and the printer at exact size,
start position and per-printer offset (remembered per template), and "mark printed"
only once the technician says the labels came out right."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.app import catalogue_services
from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.labels import get_template
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.labels_dialog import LabelsDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueTab


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
TITLES = ("Dune", "Emma", "Beloved")
LETTER, A4 = "avery-5160", "avery-l7160"


@pytest.fixture
def queued(library: Library) -> list[str]:
    """Three new items: in the label queue, in shelf order."""
    codes = []
    for number, title in enumerate(TITLES, start=1):
        biblio = library.catalogue.add_biblio(title=title, author="Author, Some")
        code = with_check_digit(f"399990000000{number}")
        library.catalogue.add_item(biblio.id, barcode=code, call_number=f"FIC {title[:3].upper()}")
        codes.append(code)
    return codes


@pytest.fixture
def settings(tmp_path: Path) -> WorkstationSettings:
    return WorkstationSettings(tmp_path / "workstation.ini")


#: Two printers on this desk, as the system would list them.
DESK_PRINTERS = (["Front desk laser", "Workroom inkjet"], "Front desk laser")


def open_dialog(
    qtbot: QtBot, library: Library, runner: TaskRunner, settings: WorkstationSettings
) -> LabelsDialog:
    widget = LabelsDialog(library.labels, runner, settings, printers=lambda: DESK_PRINTERS)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.queue_loaded, timeout=5000):
        widget.start()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return widget


@pytest.fixture
def dialog(
    qtbot: QtBot,
    library: Library,
    queued: list[str],
    runner: TaskRunner,
    settings: WorkstationSettings,
) -> LabelsDialog:
    return open_dialog(qtbot, library, runner, settings)


def choose_template(dialog: LabelsDialog, name: str) -> None:
    combo = dialog.ui.template_combo
    combo.setCurrentIndex(combo.findText(name))
    assert dialog.template() is not None and dialog.template().name == name  # type: ignore[union-attr]


def test_the_queue_lists_the_waiting_items_all_selected(
    dialog: LabelsDialog, queued: list[str], qtmodeltester: ModelTester
) -> None:
    model = dialog.queue
    assert sorted(model.data(model.index(row, 0)) for row in range(model.rowCount())) == sorted(
        queued
    )
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Barcode",
        "Call number",
        "Title",
    ]
    assert sorted(dialog.selected_barcodes()) == sorted(queued)
    assert "3 items wait for labels" in dialog.status_text
    combo = dialog.ui.template_combo
    assert combo.count() >= 8 and combo.findText(LETTER) >= 0
    qtmodeltester.check(model)


@pytest.mark.parametrize(("name", "width", "height"), [(LETTER, 215.9, 279.4), (A4, 210, 297)])
def test_preview_shows_the_first_sheet_at_the_paper_s_proportions(
    qtbot: QtBot, dialog: LabelsDialog, name: str, width: float, height: float
) -> None:
    choose_template(dialog, name)
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000) as shown:
        qtbot.mouseClick(dialog.ui.preview_button, Qt.MouseButton.LeftButton)
    image = shown.args[0]
    assert not image.isNull() and image is dialog.preview_image
    assert image.width() / image.height() == pytest.approx(width / height, rel=0.01)
    assert not dialog.ui.preview_label.pixmap().isNull()
    assert f"3 items on 1 sheet of {name}" in dialog.status_text


def boxes(pdf: Path) -> dict[str, tuple[float, float, float, float]]:
    """Each barcode's box on the one page, by code (Codabar's start/stop letters dropped)."""
    (page,) = decode_pdf(pdf)
    return {_code(found.text): found.box_mm for found in page}


def _code(scanned: str) -> str:
    return scanned[1:-1] if scanned[:1].isalpha() and scanned[-1:].isalpha() else scanned


def inside(
    box: tuple[float, ...], cell: tuple[float, float, float, float], dx: float, dy: float
) -> bool:
    x, y, w, h = cell
    left, top, right, bottom = box
    return (
        left >= x + dx - 1
        and top >= y + dy - 1
        and right <= x + dx + w + 1
        and bottom <= y + dy + h + 1
    )


def test_save_pdf_puts_each_barcode_in_its_cell_from_the_start_position_and_offset(
    qtbot: QtBot, dialog: LabelsDialog, tmp_path: Path
) -> None:
    choose_template(dialog, LETTER)
    template = get_template(LETTER)
    codes = dialog.selected_barcodes()
    plain = tmp_path / "plain.pdf"
    with qtbot.waitSignal(dialog.pdf_written, timeout=10000):
        dialog.save_pdf(plain)
    dialog.ui.start_spin.setValue(7)
    dialog.ui.offset_x_spin.setValue(3.0)
    dialog.ui.offset_y_spin.setValue(-2.0)
    moved = tmp_path / "out" / "moved.pdf"
    with qtbot.waitSignal(dialog.pdf_written, timeout=10000) as written:
        dialog.save_pdf(moved)
    assert written.args == [str(moved)]
    assert f"as {moved}" in dialog.status_text
    before, after = boxes(plain), boxes(moved)
    assert set(before) == set(after) == set(codes)
    for position, code in enumerate(codes):
        assert inside(before[code], template.cell_rect(position), 0, 0)
        assert inside(after[code], template.cell_rect(6 + position), 3.0, -2.0)
    # Same column, two rows down, plus the offset: the whole sheet moved, nothing else.
    first_before, first_after = before[codes[0]], after[codes[0]]
    (x0, y0, *_), (x6, y6, *_) = template.cell_rect(0), template.cell_rect(6)
    assert first_after[0] - first_before[0] == pytest.approx(x6 - x0 + 3.0, abs=0.5)
    assert first_after[1] - first_before[1] == pytest.approx(y6 - y0 - 2.0, abs=0.5)


def test_printing_lays_the_pages_out_at_exact_size_then_asks_before_marking(
    qtbot: QtBot, dialog: LabelsDialog, library: Library, tmp_path: Path
) -> None:
    choose_template(dialog, A4)
    dialog.ui.start_spin.setValue(4)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    codes = dialog.selected_barcodes()
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.print_labels(printer)
    found = boxes(tmp_path / "printed.pdf")
    template = get_template(A4)
    assert set(found) == set(codes)
    for position, code in enumerate(codes):
        assert inside(found[code], template.cell_rect(3 + position), 0, 0)
    assert dialog.confirm_shown
    assert "Did the 3 labels print correctly?" in dialog.ui.confirm_label.text()
    assert library.labels.waiting() == 3  # printing never takes items off by itself


def test_mark_printed_takes_items_off_only_once_confirmed(
    qtbot: QtBot, dialog: LabelsDialog, library: Library, runner: TaskRunner
) -> None:
    view = dialog.ui.queue_view
    view.clearSelection()
    view.selectRow(1)
    chosen = dialog.selected_barcodes()
    assert len(chosen) == 1
    qtbot.mouseClick(dialog.ui.mark_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.confirm_shown
        and "Did the 1 label print correctly?" in dialog.ui.confirm_label.text()
    )
    qtbot.mouseClick(dialog.ui.confirm_no_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirm_shown
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert library.labels.waiting() == 3
    qtbot.mouseClick(dialog.ui.mark_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.queue_loaded, timeout=5000) as loaded:
        qtbot.mouseClick(dialog.ui.confirm_yes_button, Qt.MouseButton.LeftButton)
    assert loaded.args == [2]
    assert library.labels.waiting() == 2
    assert chosen[0] not in [row.barcode for row in dialog.queue.rows]
    assert "1 item taken off the label queue" in dialog.status_text
    assert not dialog.confirm_shown


def test_offsets_are_remembered_per_template_with_the_template_last_used(
    qtbot: QtBot, library: Library, queued: list[str], runner: TaskRunner, tmp_path: Path
) -> None:
    ini = tmp_path / "workstation.ini"
    first = open_dialog(qtbot, library, runner, WorkstationSettings(ini))
    choose_template(first, LETTER)
    first.ui.offset_x_spin.setValue(2.5)
    first.ui.offset_y_spin.setValue(-1.0)
    choose_template(first, A4)
    assert (first.ui.offset_x_spin.value(), first.ui.offset_y_spin.value()) == (0.0, 0.0)
    assert first.ui.start_spin.maximum() == get_template(A4).per_sheet
    first.ui.offset_y_spin.setValue(1.5)
    first.options()  # what a print would use
    assert first.options().offset_y_mm == 1.5
    WorkstationSettings(ini).sync()
    again = open_dialog(qtbot, library, runner, WorkstationSettings(ini))
    assert again.template() is not None and again.template().name == A4  # type: ignore[union-attr]
    assert (again.ui.offset_x_spin.value(), again.ui.offset_y_spin.value()) == (0.0, 1.5)
    choose_template(again, LETTER)
    assert (again.ui.offset_x_spin.value(), again.ui.offset_y_spin.value()) == (2.5, -1.0)
    assert again.ui.start_spin.maximum() == 30


def test_the_calibration_page_is_previewed_and_printed_at_the_sheet_s_size(
    qtbot: QtBot, dialog: LabelsDialog, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    choose_template(dialog, LETTER)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "calibration.pdf"))
    with qtbot.waitSignal(dialog.preview_shown, timeout=10000):
        dialog.print_calibration(printer)
    assert "calibration page went to the printer" in dialog.status_text
    (page,) = PdfReader(tmp_path / "calibration.pdf").pages
    assert float(page.mediabox.width) * 25.4 / 72 == pytest.approx(215.9, abs=0.3)
    assert float(page.mediabox.height) * 25.4 / 72 == pytest.approx(279.4, abs=0.3)
    assert not dialog.confirm_shown  # a calibration page marks nothing


def test_an_empty_queue_is_said_inline(
    qtbot: QtBot, library: Library, runner: TaskRunner, settings: WorkstationSettings
) -> None:
    dialog = open_dialog(qtbot, library, runner, settings)
    assert dialog.status_text == "Nothing waits for labels."
    with qtbot.waitSignal(dialog.failed, timeout=1000):
        qtbot.mouseClick(dialog.ui.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.status_text == "Nothing waits for labels."


def test_ctrl_b_opens_the_labels_dialog_from_the_catalogue_tab(
    qtbot: QtBot,
    library: Library,
    queued: list[str],
    runner: TaskRunner,
    settings: WorkstationSettings,
) -> None:
    tab = CatalogueTab(
        catalogue_services(library), runner, RecordingSoundPlayer(), settings=settings
    )
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    qtbot.keyClick(tab, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.labels
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.queue.rowCount() == 3, timeout=5000)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    dialog.reject()
    qtbot.mouseClick(tab.ui.labels_button, Qt.MouseButton.LeftButton)
    assert tab.dialogs.labels is dialog  # made once, reused
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    dialog.reject()


def test_a_spine_prefix_typed_in_the_dialog_prints_above_each_call_number(
    qtbot: QtBot, dialog: LabelsDialog, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    choose_template(dialog, LETTER)
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("spine"))
    qtbot.keyClicks(dialog.ui.prefix_edit, "REF")
    out = tmp_path / "ref.pdf"

    with qtbot.waitSignal(dialog.pdf_written, timeout=10000):
        dialog.save_pdf(out)

    words = " ".join(page.extract_text() for page in PdfReader(out).pages).split()
    assert words.count("REF") == len(dialog.selected_barcodes())
    assert words[0] == "REF"  # each spine starts with its prefix line


def choose_printer(dialog: LabelsDialog, name: str) -> None:
    combo = dialog.ui.printer_combo
    combo.setCurrentIndex(combo.findData(name))
    assert dialog.printer_choice.printer() == name


def test_each_printer_keeps_its_own_offset_for_each_template(
    qtbot: QtBot, library: Library, queued: list[str], runner: TaskRunner, tmp_path: Path
) -> None:
    ini = tmp_path / "workstation.ini"
    first = open_dialog(qtbot, library, runner, WorkstationSettings(ini))
    combo = first.ui.printer_combo
    listed = [combo.itemText(i) for i in range(combo.count())]
    assert listed == ["Front desk laser (default)", "Workroom inkjet", "No printer (PDF only)"]
    assert first.printer_choice.printer() == "Front desk laser"
    choose_template(first, LETTER)
    first.ui.offset_x_spin.setValue(1.5)
    choose_printer(first, "Workroom inkjet")
    assert (first.ui.offset_x_spin.value(), first.ui.offset_y_spin.value()) == (0.0, 0.0)
    first.ui.offset_y_spin.setValue(-2.0)
    assert (first.options().offset_x_mm, first.options().offset_y_mm) == (0.0, -2.0)
    choose_printer(first, "Front desk laser")
    assert (first.options().offset_x_mm, first.options().offset_y_mm) == (1.5, 0.0)
    choose_printer(first, "Workroom inkjet")
    WorkstationSettings(ini).sync()

    again = open_dialog(qtbot, library, runner, WorkstationSettings(ini))
    # The printer last used on this desk, with its own offset for the sheet.
    assert again.printer_choice.printer() == "Workroom inkjet"
    assert (again.options().offset_x_mm, again.options().offset_y_mm) == (0.0, -2.0)


def test_a_barcode_range_prints_new_barcodes_and_nothing_is_taken_off_the_queue(
    qtbot: QtBot, dialog: LabelsDialog, library: Library, tmp_path: Path
) -> None:
    choose_template(dialog, LETTER)
    with qtbot.waitSignal(dialog.ui.range_check.toggled):  # a mnemonic clicks after a beat
        qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    assert dialog.range_mode and not dialog.ui.queue_view.isEnabled()
    assert dialog.focusWidget() is dialog.ui.range_first_edit
    first = with_check_digit("3999900000100")
    qtbot.keyClicks(dialog.ui.range_first_edit, first)
    dialog.ui.range_count_spin.setValue(5)
    out = tmp_path / "range.pdf"

    with qtbot.waitSignal(dialog.pdf_written, timeout=10000):
        dialog.save_pdf(out)

    expected = [with_check_digit(f"{3999900000100 + n}") for n in range(5)]
    assert dialog.last_job is not None and list(dialog.last_job.barcodes) == expected
    found = boxes(out)
    assert set(found) == set(expected)
    template = get_template(LETTER)
    for position, code in enumerate(expected):
        assert inside(found[code], template.cell_rect(position), 0, 0)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.printed, timeout=20000):
        dialog.print_labels(printer)
    assert not dialog.confirm_shown and not dialog.ui.mark_button.isEnabled()
    assert library.labels.waiting() == 3


def test_a_range_over_an_existing_item_is_refused_inline(
    qtbot: QtBot, dialog: LabelsDialog, queued: list[str], tmp_path: Path
) -> None:
    dialog.ui.range_check.setChecked(True)
    dialog.ui.range_first_edit.setText(queued[0])
    dialog.ui.range_count_spin.setValue(2)
    out = tmp_path / "range.pdf"

    with qtbot.waitSignal(dialog.failed, timeout=10000) as refused:
        dialog.save_pdf(out)

    assert queued[0] in refused.args[0] and "nothing was printed" in refused.args[0]
    assert not out.exists()


def test_without_a_first_barcode_the_range_asks_for_one(dialog: LabelsDialog) -> None:
    dialog.ui.range_check.setChecked(True)
    dialog.preview()
    assert dialog.status_text == "Scan or type the first barcode of the range."
