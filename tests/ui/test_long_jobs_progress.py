"""Issue 9: importing a bookmobile package, drawing a batch of labels, a stocktake's long
steps and exporting the audit log run on the runner with a progress dialog and Cancel;
a cancel leaves nothing half-done and the dialog says what was kept.

Each service is wrapped so that its job stops at its first report of some words until the
test lets it go: the test sees the progress dialog, presses Escape in it (Cancel), then
lets the job go on to its next report, where the cancel is heard.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import ItemDraft, ItemStatus
from libtech_desktop.library import Library, open_library
from libtech_desktop.ui.dialogs.audit_dialog import AuditDialog
from libtech_desktop.ui.dialogs.import_package_dialog import ImportPackageDialog
from libtech_desktop.ui.dialogs.inventory_dialog import InventoryDialog
from libtech_desktop.ui.dialogs.labels_dialog import LabelsDialog
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import TaskRunner

from .conftest import Stock

PASS = "correct horse battery"


class Gated:
    """A service whose calls stop at their first report starting with ``words`` until
    ``release`` is set; every other attribute is the service's own."""

    def __init__(self, service: object, words: str) -> None:
        self._service, self._words = service, words
        self.reached, self.released = threading.Event(), threading.Event()

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._service, name)
        if not callable(attr):
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            if kwargs.get("progress") is not None:
                kwargs["progress"] = self._gate(kwargs["progress"])
            return attr(*args, **kwargs)

        return call

    def _gate(self, progress: Callable[[int, int, str], None]) -> Callable[..., None]:
        def report(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if what.startswith(self._words) and not self.reached.is_set():
                self.reached.set()
                assert self.released.wait(30), "the test never let the job go"
                progress(done, total, what)  # a cancel is heard here

        return report


@pytest.fixture
def host(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cancel_in_progress_dialog(qtbot: QtBot, progress: JobProgress | None, gated: Gated) -> None:
    """Wait for the job to stop at its gate with the progress dialog up, press Escape
    (Cancel) in it, and let the job go on: it hears the cancel at its next report."""
    qtbot.waitUntil(gated.reached.is_set, timeout=10_000)
    assert progress is not None
    qtbot.waitUntil(lambda: progress.dialog is not None and progress.dialog.isVisible())
    assert progress.dialog is not None
    qtbot.keyClick(progress.dialog, Qt.Key.Key_Escape)
    gated.released.set()


# -- Bookmobile → Import package -------------------------------------------------------------


@pytest.fixture
def package(library: Library, stock: Stock, tmp_path: Path) -> Path:
    for code in stock.items[:2]:
        item = library.catalogue.item(code)
        library.catalogue.update_item(
            code, ItemDraft(code, item.call_number, item.item_type_code, "Bookmobile")
        )
    out = tmp_path / "trip.lbp"
    library.packages.prepare(out, PASS)
    return out


def test_a_cancelled_package_import_leaves_the_laptop_as_it_was(
    qtbot: QtBot, host: QWidget, package: Path, runner: TaskRunner, tmp_path: Path, clock: Any
) -> None:
    laptop = open_library(tmp_path / "laptop.sqlite3", clock=clock)
    try:
        gated = Gated(laptop.packages, "Patrons")
        dialog = ImportPackageDialog(host, gated, runner, progress_after_ms=0)  # type: ignore[arg-type]
        dialog.open()
        ui = dialog.ui
        with qtbot.waitSignal(dialog.header_read, timeout=5000):
            qtbot.keyClicks(ui.file_edit, str(package))
            qtbot.keyClick(ui.file_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(ui.passphrase_edit, PASS)

        with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
            qtbot.keyClick(ui.passphrase_edit, Qt.Key.Key_Return)
            assert not ui.import_button.isEnabled()  # a second Enter is not a second import
            cancel_in_progress_dialog(qtbot, dialog.progress, gated)

        assert failed.args[0] == (
            "Import cancelled: nothing was changed; this laptop keeps what it had."
        )
        assert ui.status_label.text() == failed.args[0]
        with sqlite3.connect(laptop.path) as db:
            counts = db.execute(
                "SELECT (SELECT count(*) FROM items), (SELECT count(*) FROM patrons)"
            )
            assert counts.fetchone() == (0, 0)
        qtbot.waitUntil(ui.import_button.isEnabled)
        assert dialog.progress is not None and dialog.progress.dialog is None  # closed
    finally:
        laptop.close()


# -- Labels: a batch drawn to PDF --------------------------------------------------------------


def test_a_cancelled_label_batch_leaves_no_pdf_and_marks_nothing_printed(
    qtbot: QtBot, library: Library, stock: Stock, runner: TaskRunner, tmp_path: Path
) -> None:
    gated = Gated(library.labels, "Drawing")
    dialog = LabelsDialog(
        gated,  # type: ignore[arg-type]
        runner,
        None,
        printers=lambda: ([], ""),
        progress_after_ms=0,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.queue_loaded, timeout=5000):
        dialog.start()
    qtbot.waitUntil(lambda: not runner.busy)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "labels.pdf"

    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        dialog.save_pdf(out)
        assert not dialog.ui.pdf_button.isEnabled()
        cancel_in_progress_dialog(qtbot, dialog.progress, gated)

    assert failed.args[0] == (
        "Cancelled: no labels were drawn or saved, and none were marked printed."
    )
    assert list(folder.iterdir()) == []
    assert not dialog.confirm_shown
    assert len(library.labels.queue()) == len(stock.items)  # all still wait for labels
    qtbot.waitUntil(dialog.ui.pdf_button.isEnabled)

    # Not cancelled, the same batch is saved whole.
    with qtbot.waitSignal(dialog.pdf_written, timeout=10_000):
        dialog.save_pdf(out)
    assert out.read_bytes().startswith(b"%PDF")


# -- Stocktake: Mark missing -------------------------------------------------------------------


def test_a_cancelled_mark_missing_marks_nothing_and_scanning_goes_on(
    qtbot: QtBot, host: QWidget, library: Library, stock: Stock, runner: TaskRunner
) -> None:
    for code in stock.items:
        item = library.catalogue.item(code)
        library.catalogue.update_item(
            code, ItemDraft(code, item.call_number, item.item_type_code, "Main")
        )
    gated = Gated(library.inventory, "Items marked missing")
    dialog = InventoryDialog(host, gated, runner, progress_after_ms=0)  # type: ignore[arg-type]
    dialog.confirm = lambda text: True
    dialog.open()
    qtbot.waitUntil(lambda: dialog.ui.location_combo.count() > 1, timeout=5000)
    dialog.ui.location_combo.setCurrentText("Main")
    with qtbot.waitSignal(dialog.started, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(dialog.report_ready, timeout=5000):
        qtbot.keyClick(dialog.ui.report_view, Qt.Key.Key_F5)
    qtbot.waitUntil(dialog.ui.mark_missing_button.isEnabled)

    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: dialog.long_job is not None)  # a mnemonic clicks a moment later
        cancel_in_progress_dialog(qtbot, dialog.progress, gated)

    assert failed.args[0] == "Cancelled: no item was marked missing; the stocktake is still open."
    assert {library.catalogue.item(code).status for code in stock.items} == {ItemStatus.AVAILABLE}
    qtbot.waitUntil(dialog.ui.mark_missing_button.isEnabled)
    assert dialog.ui.scan_edit.isEnabled()  # still open: the scanning goes on


# -- Administration → Audit log: export --------------------------------------------------------


def test_a_cancelled_audit_export_leaves_no_file(
    qtbot: QtBot, host: QWidget, library: Library, stock: Stock, runner: TaskRunner, tmp_path: Path
) -> None:
    library.patrons.block(stock.patron, "Shouted at staff")
    library.patrons.unblock(stock.patron)
    gated = Gated(library.audit, "Entries written")
    dialog = AuditDialog(host, gated, runner, progress_after_ms=0)  # type: ignore[arg-type]
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "audit.csv"
    dialog.ask_path = lambda: out
    with qtbot.waitSignal(dialog.entries_loaded, timeout=5000):
        dialog.open_log()

    with qtbot.waitSignal(dialog.failed, timeout=10_000) as failed:
        qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        cancel_in_progress_dialog(qtbot, dialog.progress, gated)

    assert failed.args[0] == "Export cancelled: no file was written."
    assert list(folder.iterdir()) == []
    assert library.audit.entries(action="audit.export") == []
    qtbot.waitUntil(dialog.ui.export_button.isEnabled)
