"""Import MARC from the Catalogue tab: a file, its first records, the import and its report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pymarc import Field, Indicators, Record, Subfield
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.app import catalogue_services
from libtech_desktop.library import Library
from libtech_desktop.services.marc_import import ImportReport
from libtech_desktop.ui.dialogs.marc_import_dialog import MarcImportDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import Job, TaskRunner
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueTab

DATA = Path(__file__).parents[1] / "data" / "marc"
TEST_DAT = DATA / "test.dat"
BAD_RECORDS = DATA / "bad_records.mrc"


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> CatalogueTab:
    widget = CatalogueTab(catalogue_services(library), runner, sounds)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.search_finished, timeout=5000):
        widget.show()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    return widget


def open_dialog(qtbot: QtBot, tab: CatalogueTab) -> MarcImportDialog:
    """Ctrl+Shift+I in the tab, as a technician would."""
    tab.focus_scan_field()
    qtbot.keyClick(
        tab.ui.scan_edit,
        Qt.Key.Key_I,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = tab.dialogs.import_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.ui.path_edit.hasFocus, timeout=5000)
    return dialog


def type_path_and_preview(qtbot: QtBot, dialog: MarcImportDialog, path: Path) -> None:
    dialog.ui.path_edit.clear()
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        qtbot.keyClicks(dialog.ui.path_edit, str(path))
        qtbot.keyClick(dialog.ui.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)


def press_import(qtbot: QtBot, dialog: MarcImportDialog) -> ImportReport:
    """Alt+I, the Import button's mnemonic; wait for the report."""
    assert dialog.ui.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20000) as done:
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=5000)
    report: ImportReport = done.args[0]
    return report


def shown_problems(dialog: MarcImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.problems
    return [
        (
            model.data(model.index(row, 0)),
            model.data(model.index(row, 1)),
            model.data(model.index(row, 2)),
        )
        for row in range(model.rowCount())
    ]


def test_preview_then_import_from_the_keyboard(
    qtbot: QtBot,
    tab: CatalogueTab,
    runner: TaskRunner,
    library: Library,
    qtmodeltester: ModelTester,
    snapshot: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    before = snapshot()
    dialog = open_dialog(qtbot, tab)
    type_path_and_preview(qtbot, dialog, TEST_DAT)

    titles = [dialog.preview_rows.data(dialog.preview_rows.index(r, 1)) for r in range(3)]
    assert titles == [
        "ActivePerl with ASP and ADO",
        "Programming the Perl DBI",
        "Perl : programmer's reference",
    ]
    assert dialog.preview_rows.rowCount() == 10
    assert dialog.preview_rows.data(dialog.preview_rows.index(0, 3)) == "9780471383147"
    assert "about 10 records" in dialog.report_text
    assert snapshot() == before  # a preview writes nothing
    qtmodeltester.check(dialog.preview_rows)

    with qtbot.waitSignal(tab.search_finished, timeout=20000):  # the tab refreshes itself
        report = press_import(qtbot, dialog)

    assert (report.added, report.merged, report.skipped, report.failed) == (10, 0, 0, 0)
    assert not report.cancelled
    assert "added 10, merged 0, skipped as duplicates 0, failed 0" in dialog.report_text
    assert len(library.catalogue.search("perl")) >= 9
    assert [b.title for b in library.catalogue.search("isbn:9781565926998")] == [
        "Programming the Perl DBI"
    ]
    assert "ActivePerl with ASP and ADO" in [b.title for b in tab.results.rows]
    assert "10 added" in tab.ui.message_label.text()
    assert not dialog.ui.import_button.isEnabled()  # not twice by accident
    qtmodeltester.check(dialog.problems)

    # The same file again, matched on ISBN: the nine with an ISBN are duplicates.
    type_path_and_preview(qtbot, dialog, TEST_DAT)
    again = press_import(qtbot, dialog)
    assert (again.added, again.skipped) == (1, 9)
    assert "added 1, merged 0, skipped as duplicates 9" in dialog.report_text

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isHidden()


def test_broken_records_are_reported_and_the_rest_goes_in(
    qtbot: QtBot, tab: CatalogueTab, library: Library, qtmodeltester: ModelTester
) -> None:
    dialog = open_dialog(qtbot, tab)
    type_path_and_preview(qtbot, dialog, BAD_RECORDS)
    preview = dialog.preview_rows
    problems_in_preview = [preview.data(preview.index(r, 6)) for r in range(preview.rowCount())]
    assert problems_in_preview[0] == ""
    assert "base address" in problems_in_preview[1]
    assert "(7 of them cannot be imported)" in dialog.report_text
    qtmodeltester.check(preview)

    report = press_import(qtbot, dialog)

    assert (report.added, report.failed) == (2, 7)  # records 1 and 8 (no ISBN to match)
    assert report.added + report.merged + report.skipped + report.failed == report.read
    assert f"failed {report.failed}" in dialog.report_text
    assert f"added {report.added}, merged {report.merged}" in dialog.report_text
    expected = [("error", e) for e in report.errors] + [("warning", w) for w in report.warnings]
    assert shown_problems(dialog) == [
        (str(problem.record), kind, problem.reason) for kind, problem in expected
    ]
    assert {int(number) for number, kind, _ in shown_problems(dialog) if kind == "error"} == {
        2,
        3,
        4,
        5,
        6,
        7,
        9,
    }
    assert library.catalogue.search("pragmatic programmer")
    assert dialog.ui.problems_view.hasFocus()  # the keyboard is on the report
    qtmodeltester.check(dialog.problems)


def test_a_file_that_is_not_marc_is_refused_inline(
    qtbot: QtBot,
    tab: CatalogueTab,
    tmp_path: Path,
    snapshot: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    before = snapshot()
    not_marc = tmp_path / "notes.txt"
    not_marc.write_text("Shopping list: milk, eggs\n", encoding="utf-8")
    dialog = open_dialog(qtbot, tab)

    for path, reason in [
        (not_marc, "neither MARC 21"),
        (tmp_path / "missing.mrc", "Cannot read"),
    ]:
        dialog.ui.path_edit.clear()
        with qtbot.waitSignal(dialog.failed, timeout=5000):
            qtbot.keyClicks(dialog.ui.path_edit, str(path))
            qtbot.keyClick(dialog.ui.path_edit, Qt.Key.Key_Return)
        assert reason in dialog.error_text
        assert "Nothing was imported" in dialog.report_text
        assert dialog.preview_rows.rowCount() == 0
        assert not dialog.ui.import_button.isEnabled()
        assert dialog.isVisible()

    # Nothing typed at all.
    dialog.ui.path_edit.clear()
    qtbot.keyClick(dialog.ui.path_edit, Qt.Key.Key_Return)
    assert "path of a MARC file" in dialog.error_text
    assert snapshot() == before


def test_cancel_keeps_the_committed_batches_and_says_so(
    qtbot: QtBot, library: Library, runner: TaskRunner, tmp_path: Path
) -> None:
    big = tmp_path / "big.mrc"
    with big.open("wb") as fh:
        for number in range(1, 20_001):
            record = Record(force_utf8=True)
            title = Subfield("a", f"Generated record {number}")
            record.add_field(Field("245", Indicators("0", "0"), [title]))
            fh.write(record.as_marc())
    dialog = MarcImportDialog(library.marc_import, runner, batch_size=50, progress_after_ms=0)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    type_path_and_preview(qtbot, dialog, big)
    dialog.ui.match_combo.setCurrentIndex(dialog.ui.match_combo.findData("none"))

    progressed: list[int] = []

    def on_progress(job: Job, done: int, total: int, what: str) -> None:
        progressed.append(done)

    runner.progressed.connect(on_progress)
    try:
        with qtbot.waitSignal(dialog.imported, timeout=30000) as done:
            qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
            watcher = dialog.progress
            assert watcher is not None
            qtbot.waitUntil(
                lambda: watcher.dialog is not None and watcher.dialog.isVisible(), timeout=5000
            )
            qtbot.waitUntil(lambda: any(n >= 200 for n in progressed), timeout=10000)
            assert watcher.dialog is not None
            cancel_button = watcher.dialog.findChild(QPushButton)
            qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    finally:
        runner.progressed.disconnect(on_progress)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)

    report: ImportReport = done.args[0]
    assert report.cancelled
    assert 200 <= report.added < 20_000
    assert report.added % 50 == 0  # whole batches only
    assert "Import cancelled" in dialog.report_text
    assert f"added {report.added}" in dialog.report_text
    kept = library.catalogue.search("generated", limit=20_000)
    assert len(kept) == report.added
    assert watcher.dialog is None  # closed with the job
