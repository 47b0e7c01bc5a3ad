"""The record editor as a technician uses it: form and MARC view of one record,
checks shown on the field, warnings confirmed, copies edited."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.marc import format_subfields
from libtech_desktop.domain.record_fields import RecordFields, write_fields
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.record_editor import (
    ITEMS_TAB,
    MARC_TAB,
    RECORD_TAB,
    RecordEditor,
    nonfiling_of,
)
from libtech_desktop.ui.models.marc_fields import IND1, IND2, SUBFIELDS, TAG
from libtech_desktop.ui.runner import TaskRunner

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def editor(qtbot: QtBot, library: Library, runner: TaskRunner) -> Iterator[RecordEditor]:
    dialog = RecordEditor(library.records, runner, library.catalogue.item_types)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    yield dialog
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def saved_record(library: Library, **fields: Any) -> int:
    """A record catalogued earlier, as the service stores it."""
    blank = library.records.new_record()
    marc = write_fields(blank.marc, RecordFields(**fields))
    saved = library.records.save(None, marc, override_warnings=True)
    assert saved.biblio is not None
    return saved.biblio.id


def open_new(qtbot: QtBot, editor: RecordEditor, isbn: str | None = None) -> None:
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.open_new(isbn)


def open_record(qtbot: QtBot, editor: RecordEditor, biblio_id: int) -> None:
    with qtbot.waitSignal(editor.loaded, timeout=5000):
        editor.open_record(biblio_id)


def marc_row(editor: RecordEditor, tag: str) -> list[str]:
    model = editor.marc_fields
    row = model.row_of_tag(tag)
    assert row is not None, f"no {tag} in the MARC view"
    return [model.data(model.index(row, c)) for c in (TAG, IND1, IND2, SUBFIELDS)]


def press_save(qtbot: QtBot, editor: RecordEditor, signal: Any) -> list[Any]:
    with qtbot.waitSignal(signal, timeout=5000) as blocker:
        qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_S, CTRL)
    return list(blocker.args or [])


def test_a_title_typed_in_the_form_is_the_245_of_the_marc_view(
    qtbot: QtBot, editor: RecordEditor, qtmodeltester: ModelTester
) -> None:
    open_new(qtbot, editor, "0306406152")
    assert editor.windowTitle() == "New record"
    assert editor.ui.isbns_edit.toPlainText() == "0306406152"
    assert editor.ui.title_edit.hasFocus()

    qtbot.keyClicks(editor.ui.title_edit, "The cat in the hat")
    assert editor.ui.nonfiling_spin.value() == 4  # "The " suggested as non-filing
    qtbot.keyClicks(editor.ui.main_entry_edit, "Seuss, Dr.")
    qtbot.keyClick(editor, Qt.Key.Key_M, ALT)

    assert editor.ui.tabs.currentIndex() == MARC_TAB
    assert marc_row(editor, "245") == ["245", "1", "4", "$aThe cat in the hat"]
    assert marc_row(editor, "100") == ["100", "1", "#", "$aSeuss, Dr."]
    assert marc_row(editor, "020")[3] == "$a0306406152"
    qtmodeltester.check(editor.marc_fields)

    # Back in the form, an edit made in the MARC view is there.
    model = editor.marc_fields
    row = model.row_of_tag("245")
    assert row is not None
    model.setData(model.index(row, SUBFIELDS), "$aThe cat in the hat comes back")
    qtbot.keyClick(editor, Qt.Key.Key_R, ALT)
    assert editor.ui.tabs.currentIndex() == RECORD_TAB
    assert editor.ui.title_edit.text() == "The cat in the hat comes back"


def test_a_field_added_in_the_marc_view_survives_the_save(
    qtbot: QtBot, editor: RecordEditor, library: Library, qtmodeltester: ModelTester
) -> None:
    biblio_id = saved_record(
        library, main_entry="Eliot, George", title="Middlemarch", publisher="Penguin", date="1994"
    )
    open_record(qtbot, editor, biblio_id)
    assert editor.windowTitle() == f"Record {biblio_id} — Middlemarch"
    assert not editor.is_dirty()
    editor.ui.tabs.setCurrentIndex(MARC_TAB)
    view = editor.ui.marc_view
    view.setFocus()
    before = editor.marc_fields.rowCount()

    qtbot.keyClick(view, Qt.Key.Key_Insert, CTRL)  # a new line, its tag being edited
    assert editor.marc_fields.rowCount() == before + 1
    qtbot.keyClicks(QApplication.focusWidget(), "590")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.marc_fields.line(before).tag == "590", timeout=5000)
    row = view.currentIndex().row()
    assert "subfields start with $" in editor.ui.marc_problem_label.text()
    assert editor.marc_fields.setData(editor.marc_fields.index(row, SUBFIELDS), "$aSigned copy.")
    assert editor.ui.marc_problem_label.text() == ""
    qtmodeltester.check(editor.marc_fields)
    assert editor.is_dirty()

    assert press_save(qtbot, editor, editor.saved) == [biblio_id]

    stored = library.records.record(biblio_id).marc
    assert [format_subfields(f) for f in stored.get_fields("590")] == ["$aSigned copy."]
    assert stored.first("245") is not None
    assert not editor.is_dirty()
    assert "Saved record" in editor.message_text


def test_a_bad_marc_line_is_named_and_keeps_the_technician_in_the_marc_view(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    biblio_id = saved_record(library, main_entry="Austen, Jane", title="Emma", date="1815")
    open_record(qtbot, editor, biblio_id)
    editor.ui.tabs.setCurrentIndex(MARC_TAB)
    model = editor.marc_fields
    row = model.row_of_tag("245")
    assert row is not None
    model.setData(model.index(row, TAG), "24")
    assert "Line" in editor.ui.marc_problem_label.text()
    assert "is not a tag" in editor.ui.marc_problem_label.text()
    assert model.data(model.index(row, TAG), Qt.ItemDataRole.ToolTipRole).startswith("“24”")

    editor.ui.tabs.setCurrentIndex(RECORD_TAB)
    assert editor.ui.tabs.currentIndex() == MARC_TAB
    assert "Fix this line" in editor.message_text

    with qtbot.waitSignal(editor.save_refused, timeout=5000):
        editor.save()
    assert "is not a tag" in editor.message_text
    assert library.records.record(biblio_id).marc.first("245") is not None

    model.setData(model.index(row, TAG), "245")
    editor.ui.tabs.setCurrentIndex(RECORD_TAB)
    assert editor.ui.tabs.currentIndex() == RECORD_TAB
    assert editor.ui.title_edit.text() == "Emma"


def test_a_wrong_isbn_check_digit_is_marked_on_the_isbn_field_and_nothing_is_saved(
    qtbot: QtBot,
    editor: RecordEditor,
    library: Library,
    snapshot: Callable[[], dict[str, list[tuple[Any, ...]]]],
) -> None:
    before = snapshot()
    open_new(qtbot, editor)
    qtbot.keyClicks(editor.ui.title_edit, "Emma")
    qtbot.keyClicks(editor.ui.main_entry_edit, "Austen, Jane")
    qtbot.keyClicks(editor.ui.publisher_edit, "Penguin")
    editor.ui.isbns_edit.setFocus()
    qtbot.keyClicks(editor.ui.isbns_edit, "0306406153 (pbk.)")  # the check digit is 2

    with qtbot.waitSignal(editor.checked, timeout=5000):
        qtbot.keyClick(editor.ui.isbns_edit, Qt.Key.Key_Tab)  # leaving the field checks it
    assert "0306406153 is not a valid ISBN" in editor.marked(editor.ui.isbns_edit)
    assert editor.marked(editor.ui.title_edit) == ""
    assert "not a valid ISBN" in editor.message_text

    press_save(qtbot, editor, editor.save_refused)
    assert "Not saved" in editor.message_text
    assert "0306406153 is not a valid ISBN" in editor.marked(editor.ui.isbns_edit)
    assert editor.ui.isbns_edit.hasFocus()
    assert editor.warnings_text == ""  # an error cannot be overridden
    assert snapshot() == before

    # Corrected, the mark goes and the record is saved.
    editor.ui.isbns_edit.setPlainText("0306406152 (pbk.)")
    press_save(qtbot, editor, editor.saved)
    assert editor.marked(editor.ui.isbns_edit) == ""
    found = library.catalogue.search("isbn:9780306406157")
    assert [b.title for b in found] == ["Emma"]


def test_a_warning_is_saved_only_after_save_anyway(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    open_new(qtbot, editor)
    qtbot.keyClicks(editor.ui.title_edit, "Beowulf")
    qtbot.keyClicks(editor.ui.date_edit, "1999")

    press_save(qtbot, editor, editor.save_refused)
    assert "no author" in editor.warnings_text
    assert "no author" in editor.marked(editor.ui.main_entry_edit)
    assert editor.ui.save_anyway_button.hasFocus()
    assert library.catalogue.search("beowulf") == []

    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_A, ALT)
    biblio_id = saved.args[0]
    assert [b.id for b in library.catalogue.search("beowulf")] == [biblio_id]
    assert editor.warnings_text == ""
    assert editor.windowTitle() == f"Record {biblio_id} — Beowulf"
    assert library.records.record(biblio_id).marc.first("245") is not None


def test_a_duplicate_warning_names_the_other_record(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    other = saved_record(
        library, main_entry="Eliot, George", title="Middlemarch", publisher="Penguin", date="1994"
    )
    open_new(qtbot, editor)
    qtbot.keyClicks(editor.ui.title_edit, "Middlemarch")
    qtbot.keyClicks(editor.ui.main_entry_edit, "Eliot, George")
    qtbot.keyClicks(editor.ui.date_edit, "1994")

    press_save(qtbot, editor, editor.save_refused)
    assert f"record {other}, “Middlemarch”" in editor.warnings_text
    assert len(library.catalogue.search("middlemarch")) == 1


def test_a_heading_the_authority_list_rejects_is_marked_with_the_one_to_use(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    library.authorities.add_authority("Cats", references=("Felines",))
    open_new(qtbot, editor)
    qtbot.keyClicks(editor.ui.title_edit, "Felines at home")
    qtbot.keyClicks(editor.ui.main_entry_edit, "Paws, P.")
    qtbot.keyClicks(editor.ui.subjects_edit, "Felines -- Behavior")

    press_save(qtbot, editor, editor.save_refused)

    assert "use “Cats -- Behavior”" in editor.warnings_text
    assert "use “Cats -- Behavior”" in editor.marked(editor.ui.subjects_edit)
    assert library.catalogue.search("felines") == []


def test_esc_with_unsaved_changes_asks_before_discarding(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    biblio_id = saved_record(library, main_entry="Austen, Jane", title="Emma", date="1815")
    open_record(qtbot, editor, biblio_id)
    # Going through every tab without typing changes nothing.
    for tab in (MARC_TAB, ITEMS_TAB, RECORD_TAB):
        editor.ui.tabs.setCurrentIndex(tab)
    assert not editor.is_dirty()

    qtbot.keyClicks(editor.ui.edition_edit, "2nd ed")
    qtbot.keyClick(editor.ui.edition_edit, Qt.Key.Key_Escape)
    assert editor.isVisible()
    assert not editor.ui.discard_frame.isHidden()
    assert editor.ui.keep_editing_button.hasFocus()

    qtbot.keyClick(editor, Qt.Key.Key_K, ALT)  # keep editing
    qtbot.waitUntil(editor.ui.discard_frame.isHidden, timeout=5000)
    assert editor.isVisible()

    qtbot.keyClick(editor.ui.edition_edit, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the second Esc discards
    assert editor.isHidden()
    assert library.records.record(biblio_id).fields.edition == ""


def test_an_item_is_set_missing_from_the_items_tab(
    qtbot: QtBot, editor: RecordEditor, library: Library, qtmodeltester: ModelTester
) -> None:
    biblio_id = saved_record(library, main_entry="Austen, Jane", title="Emma", date="1815")
    barcode = with_check_digit("3999900000010")
    library.catalogue.add_item(biblio_id, barcode, call_number="FIC AUS")
    open_record(qtbot, editor, biblio_id)
    qtbot.keyClick(editor, Qt.Key.Key_I, ALT)
    assert editor.ui.tabs.currentIndex() == ITEMS_TAB
    assert editor.items.rowCount() == 1
    qtmodeltester.check(editor.items)

    view = editor.ui.items_view
    view.setFocus()
    view.selectRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter on a row edits it
    assert editor.ui.item_barcode_edit.hasFocus()
    status = editor.ui.item_status_combo
    status.setCurrentIndex(status.findData(ItemStatus.MISSING.value))
    editor.ui.item_price_edit.setText("12,50")
    with qtbot.waitSignal(editor.item_saved, timeout=5000) as saved:
        qtbot.keyClick(editor, Qt.Key.Key_V, ALT)  # Save copy

    assert saved.args[0].status is ItemStatus.MISSING
    stored = library.records.record(biblio_id).items[0]
    assert (stored.status, stored.price_minor) == (ItemStatus.MISSING, 1250)
    row = [editor.items.data(editor.items.index(0, c)) for c in range(7)]
    assert row[0] == barcode and row[4] == "12.50" and row[6] == "Missing"
    assert "Saved copy" in editor.message_text


def test_copies_are_added_to_a_saved_record_only(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    open_new(qtbot, editor)
    editor.ui.tabs.setCurrentIndex(ITEMS_TAB)
    assert editor.open_add_copies() is None
    assert "Save the new record first" in editor.message_text

    biblio_id = saved_record(
        library, main_entry="Austen, Jane", title="Emma", date="1815", classification="823.7"
    )
    open_record(qtbot, editor, biblio_id)
    dialog = editor.open_add_copies()
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.call_number_edit.text() == "823.7"  # from the classification
    qtbot.keyClicks(dialog.ui.first_barcode_edit, with_check_digit("3999900000010"))
    qtbot.keyClick(dialog.ui.first_barcode_edit, Qt.Key.Key_Return)
    dialog.ui.count_spin.setValue(2)
    with qtbot.waitSignal(editor.copies_added, timeout=5000):
        qtbot.keyClick(dialog.ui.price_edit, Qt.Key.Key_Return)
    assert editor.items.rowCount() == 2
    assert editor.ui.tabs.currentIndex() == ITEMS_TAB
    assert "Added 2 copies" in editor.message_text


def test_articles_give_the_non_filing_count() -> None:
    assert [nonfiling_of(t) for t in ("The cat", "An owl", "A bee", "Anna", "Theory")] == [
        4,
        3,
        2,
        0,
        0,
    ]


def test_the_non_filing_count_set_by_hand_is_kept(qtbot: QtBot, editor: RecordEditor) -> None:
    open_new(qtbot, editor)
    editor.ui.nonfiling_spin.setValue(2)
    qtbot.keyClicks(editor.ui.title_edit, "The world")
    assert editor.ui.nonfiling_spin.value() == 2


def test_suggestions_fill_the_classification_and_the_subjects(
    qtbot: QtBot, library: Library, runner: TaskRunner
) -> None:
    from libtech_desktop.ui.widgets.suggestions_panel import SuggestionsPanel

    panel = SuggestionsPanel(library.suggestions, runner)
    dialog = RecordEditor(library.records, runner, [], suggestions=panel)
    qtbot.addWidget(dialog)
    dialog.show()
    open_new(qtbot, dialog)
    assert isinstance(panel, QWidget) and panel.parentWidget() is dialog.ui.suggestions_container
    dialog.ui.subjects_edit.setPlainText("Cats")
    panel.class_number_chosen.emit("636.8")
    panel.subject_chosen.emit("Cats -- Behavior")
    panel.subject_chosen.emit("Cats")  # already there: not twice
    assert dialog.ui.classification_edit.text() == "636.8"
    assert dialog.ui.subjects_edit.toPlainText() == "Cats\nCats -- Behavior"
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_save_anyway_after_a_change_checks_the_record_again(
    qtbot: QtBot, editor: RecordEditor, library: Library
) -> None:
    open_new(qtbot, editor)
    qtbot.keyClicks(editor.ui.title_edit, "Beowulf")
    press_save(qtbot, editor, editor.save_refused)
    assert "no author" in editor.warnings_text

    editor.ui.title_edit.setText("BEOWULF")  # a new warning the technician has not seen
    with qtbot.waitSignal(editor.save_refused, timeout=5000):
        editor.save_anyway()
    assert "all in capitals" in editor.warnings_text
    assert library.catalogue.search("beowulf") == []

    with qtbot.waitSignal(editor.saved, timeout=5000):
        editor.save_anyway()
    assert len(library.catalogue.search("beowulf")) == 1


def test_new_copies_are_acquired_on_the_editors_today(
    qtbot: QtBot, library: Library, runner: TaskRunner
) -> None:
    dialog = RecordEditor(library.records, runner, [], today=lambda: date(2024, 3, 1))
    qtbot.addWidget(dialog)
    dialog.show()
    biblio_id = saved_record(library, main_entry="Austen, Jane", title="Emma", date="1815")
    open_record(qtbot, dialog, biblio_id)
    copies = dialog.open_add_copies()
    assert copies is not None
    assert copies.ui.acquired_date_edit.date() == QDate(2024, 3, 1)
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_a_copy_whose_label_was_damaged_goes_back_in_the_label_queue(
    qtbot: QtBot, library: Library, runner: TaskRunner
) -> None:
    dialog = RecordEditor(
        library.records, runner, library.catalogue.item_types, labels=library.labels
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    biblio_id = saved_record(library, main_entry="Austen, Jane", title="Emma", date="1815")
    barcode = with_check_digit("3999900000010")
    library.catalogue.add_item(biblio_id, barcode, call_number="FIC AUS")
    library.labels.mark_printed([barcode])
    open_record(qtbot, dialog, biblio_id)
    qtbot.keyClick(dialog, Qt.Key.Key_I, ALT)
    button = dialog.ui.requeue_label_button
    assert button.isVisibleTo(dialog)

    dialog.ui.items_view.setFocus()
    dialog.ui.items_view.selectRow(0)
    assert button.isEnabled() and button.text() == "&Queue label again"
    with qtbot.waitSignal(dialog.label_requeued, timeout=5000) as requeued:
        qtbot.keyClick(dialog, Qt.Key.Key_Q, ALT)

    assert requeued.args == [barcode]
    assert [label.barcode for label in library.labels.queue()] == [barcode]
    assert "back in the label queue" in dialog.message_text
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_without_the_label_service_there_is_no_queue_label_button(editor: RecordEditor) -> None:
    assert not editor.ui.requeue_label_button.isVisibleTo(editor)
