"""Patrons tab → Import from CSV: guessed columns, a preview per row, then the good
rows imported and the bad ones listed with their reasons."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.patron_import import Field
from libtech_desktop.library import Library
from libtech_desktop.services.patron_import import PatronImportService, RowAction
from libtech_desktop.ui.dialogs.patron_import_dialog import PatronImportDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab

from .conftest import Stock

ROSTER = "Card;Surname;First name;E-mail;Grade\nS1;Núñez;José;jose@school.org;5\nS2;;;;4\n"


@pytest.fixture
def roster(tmp_path: Path, stock: Stock) -> Path:
    path = tmp_path / "roster.csv"
    # Windows-1252, as a spreadsheet on a school office PC saves it; Ada's card updates her.
    path.write_bytes((ROSTER + f"{stock.patron};Okafor;Adaeze;;6\n").encode("cp1252"))
    return path


@pytest.fixture
def tab(qtbot: QtBot, library: Library, runner: TaskRunner) -> PatronsTab:
    widget = PatronsTab(
        library.patrons,
        library.circulation,
        runner,
        RecordingSoundPlayer(),
        importer=PatronImportService(library.context),
    )
    qtbot.addWidget(widget)
    widget.show()
    return widget


def open_with(qtbot: QtBot, tab: PatronsTab, path: Path) -> PatronImportDialog:
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5000)
    qtbot.keyClick(tab, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "clicks" the button after a short animation.
    qtbot.waitUntil(lambda: tab.dialogs.importer is not None, timeout=5000)
    dialog = tab.dialogs.importer
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.category_combo.count() == 5, timeout=5000)
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        dialog.load_file(path)
    return dialog


def test_preview_then_import_the_good_rows(
    qtbot: QtBot, tab: PatronsTab, library: Library, roster: Path, stock: Stock
) -> None:
    dialog = open_with(qtbot, tab, roster)
    assert dialog.combo(Field.BARCODE).currentText() == "Card"
    assert dialog.combo(Field.SURNAME).currentText() == "Surname"
    assert dialog.combo(Field.EMAIL).currentText() == "E-mail"
    assert [(r.row, r.action) for r in dialog.plan.rows] == [
        (2, RowAction.NEW),
        (3, RowAction.ERROR),
        (4, RowAction.UPDATE),
    ]
    assert dialog.plan.data(dialog.plan.index(1, 4)) == "A patron needs a name (Last, First)."
    assert "1 new patrons, 1 updates, 1 rows with errors" in dialog.summary
    assert library.patrons.search("Núñez") == []  # a preview changes nothing

    dialog.ui.category_combo.setCurrentIndex(dialog.ui.category_combo.findData("child"))
    with qtbot.waitSignal(dialog.previewed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(dialog.imported, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)

    jose = library.patrons.get("S1")
    assert (jose.name, jose.category_code, jose.notes) == ("Núñez, José", "child", "Grade: 5")
    assert library.patrons.get(stock.patron).name == "Okafor, Adaeze"
    assert "Imported: 1 new patrons, 1 updated; 1 rows refused." in dialog.summary
    assert not dialog.ui.import_button.isEnabled()
    qtbot.waitUntil(lambda: "Patrons imported" in tab.ui.message_label.text(), timeout=5000)


def test_changing_a_column_asks_for_a_new_preview(
    qtbot: QtBot, tab: PatronsTab, library: Library, roster: Path
) -> None:
    dialog = open_with(qtbot, tab, roster)
    qtbot.waitUntil(dialog.ui.import_button.isEnabled, timeout=5000)
    combo = dialog.combo(Field.BARCODE)
    combo.setCurrentIndex(combo.findText("(not in the file)"))
    assert not dialog.ui.import_button.isEnabled()

    dialog.preview()
    qtbot.waitUntil(lambda: "card barcodes" in dialog.summary, timeout=5000)
    assert library.patrons.search("Núñez") == []


def test_the_import_button_is_hidden_without_an_importer(
    qtbot: QtBot, library: Library, runner: TaskRunner
) -> None:
    widget = PatronsTab(library.patrons, library.circulation, runner, RecordingSoundPlayer())
    qtbot.addWidget(widget)
    assert widget.ui.import_button.isHidden()
    assert widget.dialogs.open_import() is None


def test_the_preview_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, tab: PatronsTab, roster: Path
) -> None:
    dialog = open_with(qtbot, tab, roster)
    assert dialog.plan.rowCount() == 3
    qtmodeltester.check(dialog.plan)  # type: ignore[attr-defined]
