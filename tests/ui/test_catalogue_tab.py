"""The Catalogue tab: find records by scanning or typing, add and edit records and items."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.item_dialog import ItemDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueTab

from .conftest import Stock

NEW_ITEM = with_check_digit("3999900000099")


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> CatalogueTab:
    widget = CatalogueTab(library.catalogue, runner, sounds, library.marc_import)
    qtbot.addWidget(widget)
    # Shown for the first time, the tab lists the newest records; let that settle.
    with qtbot.waitSignal(widget.search_finished, timeout=5000):
        widget.show()
    wait_idle(qtbot, runner)
    widget.focus_scan_field()
    return widget


def wait_idle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Wait until every service call submitted so far has come back."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def find(qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, text: str) -> None:
    """Type or scan into the search field and press Enter; wait for the record's items."""
    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, text)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)


def add_item_dialog(qtbot: QtBot, tab: CatalogueTab) -> ItemDialog:
    dialog = tab.open_add_item_dialog()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.ui.item_type_combo.count() == 3, timeout=5000)
    return dialog


def test_scanning_an_item_barcode_finds_its_record_and_items(
    qtbot: QtBot, tab: CatalogueTab, stock: Stock, qtmodeltester: ModelTester
) -> None:
    with qtbot.waitSignal(tab.items_loaded, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, stock.items[2])
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    assert [b.title for b in tab.results.rows] == ["Beloved"]
    assert tab.selected_record() == tab.results.row(0)
    assert [i.barcode for i in tab.items.rows] == [stock.items[2]]
    assert tab.items.data(tab.items.index(0, 4)) == "Available"
    assert tab.items.data(tab.items.index(0, 1)) == "FIC BEL"
    # The scanned copy is the one highlighted, and the field is ready for the next scan.
    assert tab.ui.items_view.selectionModel().selectedRows()[0].row() == 0
    assert tab.ui.scan_edit.text() == ""
    assert tab.ui.edit_record_button.isEnabled()
    qtmodeltester.check(tab.results)
    qtmodeltester.check(tab.items)


def test_typing_words_searches_titles_and_authors(
    qtbot: QtBot, tab: CatalogueTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    library.catalogue.add_biblio("Persuasion", "Austen, Jane", year=1817)
    library.catalogue.add_biblio("Emma", "Austen, Jane", isbn="978-0-14-143958-7", year=1815)

    with qtbot.waitSignal(tab.items_loaded, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, "austen")
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    assert [b.title for b in tab.results.rows] == ["Emma", "Persuasion"]
    row = [tab.results.data(tab.results.index(0, c)) for c in range(5)]
    assert row == ["Emma", "Austen, Jane", "1815", "9780141439587", ""]
    assert "2 records found" in tab.ui.message_label.text()
    assert sounds.played == [Tone.SUCCESS]

    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, "no such book")
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    assert tab.results.rowCount() == 0
    assert tab.items.rowCount() == 0
    assert "Nothing found" in tab.ui.message_label.text()
    assert not tab.ui.add_item_button.isEnabled()


def test_new_record_saves_with_a_normalised_isbn(
    qtbot: QtBot, tab: CatalogueTab, library: Library
) -> None:
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.record_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.ui.title_edit.hasFocus, timeout=5000)

    qtbot.keyClicks(dialog.ui.title_edit, "  The Mill   on the Floss ")
    qtbot.keyClicks(dialog.ui.author_edit, "Eliot, George")
    qtbot.keyClicks(dialog.ui.isbn_edit, "0-14-143962-9")  # an ISBN-10, typed with hyphens
    qtbot.keyClicks(dialog.ui.year_edit, "1860")
    qtbot.keyClicks(dialog.ui.publisher_edit, "Penguin")
    with qtbot.waitSignal(tab.record_saved, timeout=5000) as saved:
        qtbot.keyClick(dialog.ui.publisher_edit, Qt.Key.Key_Return)

    biblio = saved.args[0]
    stored = library.catalogue.get_biblio(biblio.id)
    assert stored.title == "The Mill on the Floss"
    assert stored.isbn == "9780141439624"
    assert (stored.year, stored.publisher) == (1860, "Penguin")
    assert dialog.isHidden()
    assert tab.results.row(0) == stored
    assert tab.selected_record() == stored
    assert "Saved “The Mill on the Floss”" in tab.ui.message_label.text()


def test_invalid_isbn_is_shown_in_the_dialog_and_nothing_is_saved(
    qtbot: QtBot,
    tab: CatalogueTab,
    runner: TaskRunner,
    library: Library,
    sounds: RecordingSoundPlayer,
) -> None:
    dialog = tab.open_new_record_dialog()
    qtbot.keyClicks(dialog.ui.title_edit, "Middlemarch")
    qtbot.keyClicks(dialog.ui.isbn_edit, "9780141439540")  # check digit wrong
    qtbot.keyClick(dialog.ui.title_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)

    assert "not a valid ISBN" in dialog.error_text
    assert "not a valid ISBN" in tab.ui.message_label.text()
    assert sounds.played == [Tone.ERROR]
    assert dialog.isVisible()  # still open, to correct the digits
    assert library.catalogue.search("") == []

    # A year that is not a number never reaches the library either.
    dialog.ui.isbn_edit.clear()
    dialog.ui.year_edit.setText("18x0")
    qtbot.keyClick(dialog.ui.title_edit, Qt.Key.Key_Return)
    assert "The year must be digits" in dialog.error_text
    assert library.catalogue.search("") == []

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isHidden()
    assert library.catalogue.search("") == []


def test_enter_on_a_record_edits_it(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    find(qtbot, tab, runner, "Emma")
    tab.ui.results_view.setFocus()
    qtbot.keyClick(tab.ui.results_view, Qt.Key.Key_Return)
    dialog = tab.record_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.title_edit.text() == "Emma"
    assert dialog.ui.author_edit.text() == "Author, Some"

    dialog.ui.year_edit.clear()
    qtbot.keyClicks(dialog.ui.year_edit, "1815")
    with qtbot.waitSignals([tab.record_saved, tab.items_loaded], timeout=5000):
        qtbot.keyClick(dialog.ui.year_edit, Qt.Key.Key_Return)

    (emma,) = library.catalogue.search("Emma")
    assert emma.year == 1815
    assert tab.results.rows == (emma,)
    assert [i.barcode for i in tab.items.rows] == [stock.items[1]]


def test_add_item_to_the_selected_record(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    find(qtbot, tab, runner, "Dune")
    dialog = add_item_dialog(qtbot, tab)
    assert "Dune" in dialog.ui.record_label.text()
    assert dialog.ui.barcode_edit.hasFocus()

    # The scanner's Enter moves on to the next field instead of saving half a form.
    qtbot.keyClicks(dialog.ui.barcode_edit, NEW_ITEM)
    qtbot.keyClick(dialog.ui.barcode_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.ui.call_number_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.call_number_edit, "SF HER")
    dialog.ui.item_type_combo.setCurrentIndex(dialog.ui.item_type_combo.findData("dvd"))
    qtbot.keyClicks(dialog.ui.location_edit, "Teen")
    with qtbot.waitSignal(tab.item_added, timeout=5000):
        qtbot.keyClick(dialog.ui.location_edit, Qt.Key.Key_Return)

    stored = library.catalogue.item(NEW_ITEM)
    assert (stored.call_number, stored.item_type_code, stored.location) == ("SF HER", "dvd", "Teen")
    assert stored.status is ItemStatus.AVAILABLE
    assert sorted(i.barcode for i in tab.items.rows) == sorted([stock.items[0], NEW_ITEM])
    selected = tab.ui.items_view.selectionModel().selectedRows()[0].row()
    assert tab.items.row(selected).barcode == NEW_ITEM
    assert dialog.isHidden()


def test_duplicate_item_barcode_is_refused_inline(
    qtbot: QtBot,
    tab: CatalogueTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    snapshot: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    find(qtbot, tab, runner, "Dune")
    dialog = add_item_dialog(qtbot, tab)
    before = snapshot()
    qtbot.keyClicks(dialog.ui.barcode_edit, stock.items[3])  # Middlemarch's barcode
    qtbot.keyClick(dialog.ui.call_number_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)

    assert "already has the barcode" in dialog.error_text
    assert "already has the barcode" in tab.ui.message_label.text()
    assert dialog.isVisible()
    assert [i.barcode for i in tab.items.rows] == [stock.items[0]]
    assert snapshot() == before


def test_enter_on_an_item_edits_it(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    library.catalogue.add_item(
        library.catalogue.search("Emma")[0].id, NEW_ITEM, "FIC AUS", "dvd", "Stack"
    )
    find(qtbot, tab, runner, NEW_ITEM)
    assert tab.items.row(tab.ui.items_view.currentIndex().row()).barcode == NEW_ITEM
    tab.ui.items_view.setFocus()
    qtbot.keyClick(tab.ui.items_view, Qt.Key.Key_Return)
    dialog = tab.item_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.item_type_combo.count() == 3, timeout=5000)
    # The copy's own type is shown, not the default.
    assert dialog.ui.item_type_combo.currentData() == "dvd"
    assert dialog.ui.call_number_edit.text() == "FIC AUS"

    dialog.ui.location_edit.clear()
    qtbot.keyClicks(dialog.ui.location_edit, "Audiovisual")
    with qtbot.waitSignal(tab.item_saved, timeout=5000):
        qtbot.keyClick(dialog.ui.location_edit, Qt.Key.Key_Return)

    stored = library.catalogue.item(NEW_ITEM)
    assert (stored.location, stored.item_type_code) == ("Audiovisual", "dvd")
    assert {i.barcode: i.location for i in tab.items.rows}[NEW_ITEM] == "Audiovisual"


def test_first_showing_lists_the_newest_records_quietly(
    stock: Stock, tab: CatalogueTab, sounds: RecordingSoundPlayer
) -> None:
    # The stock fixture ran before the tab was shown: its records are listed, newest first.
    assert [b.title for b in tab.results.rows] == list(reversed(stock.titles))
    assert "newest records" in tab.ui.message_label.text()
    assert sounds.played == []


def test_field_search_and_a_broken_query_in_the_search_field(
    qtbot: QtBot, stock: Stock, tab: CatalogueTab, sounds: RecordingSoundPlayer
) -> None:
    def type_and_enter(text: str) -> None:
        qtbot.keyClicks(tab.ui.scan_edit, text)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        type_and_enter("ti:midd")
    assert [b.title for b in tab.results.rows] == ["Middlemarch"]

    sounds.played.clear()
    type_and_enter('"middle')
    qtbot.waitUntil(lambda: sounds.played == [Tone.ERROR], timeout=5000)
    assert "never closed" in tab.ui.message_label.text()
    assert [b.title for b in tab.results.rows] == ["Middlemarch"]  # the last results stay
    assert tab.ui.scan_edit.hasFocus()
