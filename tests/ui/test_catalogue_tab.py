"""The Catalogue tab: find records by scanning or typing, add and edit records and items."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.app import catalogue_services
from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import ItemDraft, ItemStatus
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.add_copies_dialog import AddCopiesDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.models.merge import KEEP
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueTab

from .conftest import Stock

NEW_ITEM = with_check_digit("3999900000099")


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> CatalogueTab:
    # The tab as it was before holds: Reserve is offered only with the hold service.
    widget = CatalogueTab(replace(catalogue_services(library), holds=None), runner, sounds)
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


def add_copies_dialog(qtbot: QtBot, tab: CatalogueTab) -> AddCopiesDialog:
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.add_copies
    assert dialog is not None and dialog.isVisible()
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
    assert row == ["Emma", "Austen, Jane", "1815", "978-0-14-143958-7", ""]
    assert "2 records found" in tab.ui.message_label.text()
    assert sounds.played == [Tone.SUCCESS]

    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, "no such book")
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    assert tab.results.rowCount() == 0
    assert tab.items.rowCount() == 0
    assert "Nothing found" in tab.ui.message_label.text()
    assert not tab.ui.add_item_button.isEnabled()


def test_new_record_is_catalogued_in_the_editor_and_listed_first(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library
) -> None:
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = tab.dialogs.record_editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(editor.ui.title_edit.hasFocus, timeout=5000)

    qtbot.keyClicks(editor.ui.title_edit, "The Mill on the Floss")
    qtbot.keyClicks(editor.ui.main_entry_edit, "Eliot, George")
    qtbot.keyClicks(editor.ui.isbns_edit, "0-14-143962-9")  # an ISBN-10, typed with hyphens
    qtbot.keyClicks(editor.ui.publisher_edit, "Penguin")
    qtbot.keyClicks(editor.ui.date_edit, "1860")
    with qtbot.waitSignal(tab.record_saved, timeout=5000) as saved:
        qtbot.keyClick(editor.ui.date_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, runner)

    biblio = saved.args[0]
    stored = library.catalogue.get_biblio(biblio.id)
    assert stored.title == "The Mill on the Floss"
    assert stored.isbn == "9780141439624"
    assert (stored.year, stored.publisher) == (1860, "Penguin")
    assert library.records.record(biblio.id).marc.first("245").indicator2 == "4"
    assert tab.results.row(0) == stored
    assert tab.selected_record() == stored
    assert tab.results.data(tab.results.index(0, 3)) == "978-0-14-143962-4"  # as printed
    assert "Saved “The Mill on the Floss”" in tab.ui.message_label.text()


def test_a_scanned_isbn_not_in_the_catalogue_opens_a_new_record_with_it(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    find(qtbot, tab, runner, "9780141439624")  # the EAN on the back cover

    editor = tab.dialogs.record_editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: editor.ui.isbns_edit.toPlainText() != "", timeout=5000)
    assert editor.ui.isbns_edit.toPlainText().strip() == "9780141439624"
    assert editor.biblio_id is None
    assert "a new record is open" in tab.ui.message_label.text()


def test_a_scanned_isbn_in_the_catalogue_finds_its_record(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library
) -> None:
    biblio = library.catalogue.add_biblio("Middlemarch", "Eliot, George", isbn="0141439548")

    find(qtbot, tab, runner, "9780141439549")

    assert tab.selected_record() == library.catalogue.get_biblio(biblio.id)
    assert tab.dialogs.record_editor is None  # nothing opened


def test_typed_words_that_find_nothing_open_nothing(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner
) -> None:
    find(qtbot, tab, runner, "nonesuch")

    assert tab.dialogs.record_editor is None
    assert "Nothing found" in tab.ui.message_label.text()


def test_enter_on_a_record_opens_it_in_the_editor(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    find(qtbot, tab, runner, "Emma")
    tab.ui.results_view.setFocus()
    qtbot.keyClick(tab.ui.results_view, Qt.Key.Key_Return)
    editor = tab.dialogs.record_editor
    assert editor is not None and editor.isVisible()
    qtbot.waitUntil(lambda: editor.ui.title_edit.text() == "Emma", timeout=5000)
    assert editor.ui.main_entry_edit.text() == "Author, Some"

    qtbot.keyClicks(editor.ui.date_edit, "1815")
    with qtbot.waitSignal(tab.record_saved, timeout=5000):
        qtbot.keyClick(editor.ui.date_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, runner)

    (emma,) = library.catalogue.search("Emma")
    assert emma.year == 1815
    assert tab.results.row(0) == emma
    assert [i.barcode for i in tab.items.rows] == [stock.items[1]]


def test_add_copies_to_the_selected_record(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    find(qtbot, tab, runner, "Dune")
    dialog = add_copies_dialog(qtbot, tab)
    assert "Dune" in dialog.ui.record_label.text()
    assert dialog.ui.first_barcode_edit.hasFocus()
    assert dialog.ui.call_number_edit.text() == "FIC DUN"  # the record's copies' number

    # The scanner's Enter moves on to the next field instead of adding half a form.
    qtbot.keyClicks(dialog.ui.first_barcode_edit, NEW_ITEM)
    qtbot.keyClick(dialog.ui.first_barcode_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.ui.count_spin.setValue(2)
    dialog.ui.item_type_combo.setCurrentIndex(dialog.ui.item_type_combo.findData("dvd"))
    qtbot.keyClicks(dialog.ui.location_edit, "Teen")
    qtbot.keyClicks(dialog.ui.price_edit, "12.99")
    with qtbot.waitSignal(tab.item_added, timeout=5000):
        dialog.accept()
    wait_idle(qtbot, runner)

    second = with_check_digit(str(int(NEW_ITEM[:-1]) + 1))
    stored = [library.catalogue.item(code) for code in (NEW_ITEM, second)]
    assert {(i.call_number, i.item_type_code, i.location, i.price_minor) for i in stored} == {
        ("FIC DUN", "dvd", "Teen", 1299)
    }
    assert all(i.status is ItemStatus.AVAILABLE for i in stored)
    assert sorted(i.barcode for i in tab.items.rows) == sorted([stock.items[0], NEW_ITEM, second])
    assert "Added 2 copies of “Dune”" in tab.ui.message_label.text()
    assert dialog.isHidden()


def test_a_taken_barcode_refuses_the_copies_inline(
    qtbot: QtBot,
    tab: CatalogueTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    snapshot: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    find(qtbot, tab, runner, "Dune")
    dialog = add_copies_dialog(qtbot, tab)
    before = snapshot()
    qtbot.keyClicks(dialog.ui.first_barcode_edit, stock.items[3])  # Middlemarch's barcode
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        dialog.accept()
    wait_idle(qtbot, runner)

    assert "already belongs to another item" in dialog.error_text
    assert dialog.isVisible()
    assert [i.barcode for i in tab.items.rows] == [stock.items[0]]
    assert snapshot() == before


def test_enter_on_an_item_edits_it(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    library.catalogue.add_item(
        library.catalogue.search("Emma")[0].id, NEW_ITEM, "FIC AUS", "dvd", "Stack"
    )
    bought = ItemDraft(NEW_ITEM, "FIC AUS", "dvd", "Stack", 999, date(2026, 1, 5))
    library.records.update_item(NEW_ITEM, bought)
    find(qtbot, tab, runner, NEW_ITEM)
    assert tab.items.row(tab.ui.items_view.currentIndex().row()).barcode == NEW_ITEM
    tab.ui.items_view.setFocus()
    qtbot.keyClick(tab.ui.items_view, Qt.Key.Key_Return)
    dialog = tab.dialogs.item_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.item_type_combo.count() == 3, timeout=5000)
    # The copy's own type is shown, not the default.
    assert dialog.ui.item_type_combo.currentData() == "dvd"
    assert dialog.ui.call_number_edit.text() == "FIC AUS"

    dialog.ui.location_edit.clear()
    qtbot.keyClicks(dialog.ui.location_edit, "Audiovisual")
    with qtbot.waitSignals([tab.item_saved, tab.items_loaded], timeout=5000):
        qtbot.keyClick(dialog.ui.location_edit, Qt.Key.Key_Return)

    stored = library.catalogue.item(NEW_ITEM)
    assert (stored.location, stored.item_type_code) == ("Audiovisual", "dvd")
    # What this form does not show is kept: the price and the acquisition date.
    assert (stored.price_minor, stored.acquired_on) == (999, date(2026, 1, 5))
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


def test_ctrl_d_shows_the_records_duplicates_and_a_merge_refreshes_the_list(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library
) -> None:
    cat = library.catalogue
    keep = cat.add_biblio("Cien años de soledad", "García Márquez, Gabriel", year=1967)
    dupe = cat.add_biblio("Cien anos de soledad.", "Garcia Marquez, Gabriel", year=1967)
    cat.add_item(dupe.id, barcode="4002")
    find(qtbot, tab, runner, "soledad")
    tab.ui.results_view.selectRow([b.id for b in tab.results.rows].index(dupe.id))

    qtbot.keyClick(tab.ui.results_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.merge_dialog
    assert dialog is not None and dialog.isVisible()
    wait_idle(qtbot, runner)
    model = dialog.records
    assert model.rowCount() == 2  # this record and the older one, accents aside
    model.setData(model.index(1, KEEP), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dialog.plan == (
        f"The 1 item of record {dupe.id} moves onto record {keep.id}; record {dupe.id} is deleted."
    )

    qtbot.mouseClick(dialog.ui.merge_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        qtbot.mouseClick(dialog.ui.confirm_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, runner)

    assert [b.id for b in tab.results.rows] == [keep.id]
    assert [i.barcode for i in library.catalogue.items_of(keep.id)] == ["4002"]
    assert f"Merged into record {keep.id}" in tab.ui.message_label.text()


def test_ctrl_l_lists_the_shelves_in_call_number_order(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library
) -> None:
    shelved = {"823.92 SMI": "S1", "823.914 ALI": "S2", "PS3545.I345 Z5 1990": "S3"}
    biblio = library.catalogue.add_biblio("Shelf test", "Reader, A.")
    for call_number, barcode in shelved.items():
        library.catalogue.add_item(biblio.id, barcode=barcode, call_number=call_number)

    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.shelf_list
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.entries.rowCount() >= 3, timeout=5000)
    wait_idle(qtbot, runner)

    order = [e.barcode for e in dialog.entries.rows if e.barcode in shelved.values()]
    assert order == ["S2", "S1", "S3"]  # 823.914 before 823.92; Dewey before LC


def test_ctrl_h_browses_the_headings_in_use(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, library: Library
) -> None:
    from libtech_desktop.domain.record_fields import RecordFields, write_fields

    marc = write_fields(
        library.records.new_record().marc,
        RecordFields(title="Cats at home", main_entry="Paws, P.", subjects=("Cats -- Behavior",)),
    )
    library.records.save(None, marc, override_warnings=True)

    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.headings
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.headings.rowCount() >= 1, timeout=5000)
    wait_idle(qtbot, runner)

    assert [(r.heading, r.records) for r in dialog.headings.rows] == [("Cats -- Behavior", 1)]


# ------------------------------------------------------------------ holds (issue 5)


@pytest.fixture
def reserving_tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> CatalogueTab:
    services = replace(catalogue_services(library), holds=library.holds)
    widget = CatalogueTab(services, runner, sounds)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.search_finished, timeout=5000):
        widget.show()
    wait_idle(qtbot, runner)
    widget.focus_scan_field()
    return widget


def test_ctrl_r_reserves_the_selected_record_for_a_scanned_card(
    qtbot: QtBot, reserving_tab: CatalogueTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    tab = reserving_tab
    find(qtbot, tab, runner, stock.items[1])
    assert tab.ui.reserve_button.isEnabled()

    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.reserve
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Reserve “Emma” (any copy)"
    with qtbot.waitSignal(tab.hold_placed, timeout=5000) as placed:
        qtbot.keyClicks(dialog.line_edit, stock.other_patron)
        qtbot.keyClick(dialog.line_edit, Qt.Key.Key_Return)

    hold = placed.args[0]
    assert (hold.patron_barcode, hold.title, hold.item_id) == (stock.other_patron, "Emma", None)
    assert library.holds.holds(stock.other_patron) == [hold]
    assert "Hold 1 for Lindqvist, Per on “Emma”: number 1 in the queue." in (
        tab.ui.message_label.text()
    )


def test_a_refused_reserve_is_said_in_the_tab(
    qtbot: QtBot,
    reserving_tab: CatalogueTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
) -> None:
    tab = reserving_tab
    library.patrons.block(stock.patron, "Unpaid fines")
    find(qtbot, tab, runner, stock.items[0])

    dialog = tab.open_reserve_dialog()
    assert dialog is tab.dialogs.reserve and dialog is not None
    tab.dialogs.reserve.setTextValue(stock.patron)
    tab.dialogs.reserve.accept()
    wait_idle(qtbot, runner)

    assert "Unpaid fines" in tab.ui.message_label.text()
    assert sounds.played[-1] is Tone.ERROR
    assert library.holds.holds() == []


def test_reserve_is_off_without_the_holds_service(
    qtbot: QtBot, tab: CatalogueTab, runner: TaskRunner, stock: Stock
) -> None:
    find(qtbot, tab, runner, stock.items[0])
    assert not tab.ui.reserve_button.isEnabled()
    assert tab.open_reserve_dialog() is None
