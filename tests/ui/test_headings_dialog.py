"""The subject heading browser: type a prefix, read the counts, keep the authority list
and put variants right in the records, all from the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from pymarc import MARCWriter
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.headings_dialog import HeadingsDialog
from libtech_desktop.ui.runner import TaskRunner

from ..marc_builders import marc_record

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def dialog(qtbot: QtBot, library: Library, runner: TaskRunner, tmp_path: Path) -> HeadingsDialog:
    path = tmp_path / "cats.mrc"
    with path.open("wb") as fh:
        writer = MARCWriter(fh)
        for record in (
            marc_record("The cat book", "Cats", "Cats -- Behavior"),
            marc_record("Cat care", "cats.", "Felines"),
            marc_record("Felines of the world", "Felines"),
            marc_record("Good dogs", "Dogs"),
        ):
            writer.write(record)
    library.marc_import.import_file(path, match="none")
    widget = HeadingsDialog(library.authorities, runner)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.browsed, timeout=5000):
        widget.start()
    return widget


def table(dialog: HeadingsDialog) -> list[tuple[str, str, str]]:
    model = dialog.headings
    return [
        tuple(model.data(model.index(row, column)) for column in range(3))  # type: ignore[misc]
        for row in range(model.rowCount())
    ]


def select(qtbot: QtBot, dialog: HeadingsDialog, heading: str) -> None:
    """Type the heading in the browse box and go down to the list (Enter)."""
    dialog.ui.browse_edit.clear()
    with qtbot.waitSignal(dialog.browsed, timeout=5000):
        qtbot.keyClicks(dialog.ui.browse_edit, heading)
    qtbot.waitUntil(lambda: dialog.selected() is not None, timeout=5000)
    qtbot.keyClick(dialog.ui.browse_edit, Qt.Key.Key_Return)
    selected = dialog.selected()
    assert dialog.ui.headings_view.hasFocus()
    assert selected is not None and selected.heading == heading


def test_the_list_follows_the_prefix_as_it_is_typed(
    qtbot: QtBot, dialog: HeadingsDialog, qtmodeltester: ModelTester
) -> None:
    assert table(dialog) == [
        ("Cats", "2", ""),
        ("Cats -- Behavior", "1", ""),
        ("Dogs", "1", ""),
        ("Felines", "2", ""),
    ]
    qtmodeltester.check(dialog.headings)
    qtbot.keyClicks(dialog.ui.browse_edit, "fel")
    qtbot.waitUntil(lambda: [r[0] for r in table(dialog)] == ["Felines"], timeout=5000)
    qtbot.keyClicks(dialog.ui.browse_edit, "x")
    qtbot.waitUntil(lambda: table(dialog) == [], timeout=5000)
    assert "No heading starts with “felx”" in dialog.status_text
    assert not dialog.ui.records_button.isEnabled()
    qtbot.keyClick(dialog.ui.browse_edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: [r[0] for r in table(dialog)] == ["Felines"], timeout=5000)
    assert "No heading" not in dialog.status_text


def test_authorise_then_add_a_use_reference_from_the_keyboard(
    qtbot: QtBot, dialog: HeadingsDialog, library: Library
) -> None:
    select(qtbot, dialog, "Cats")
    assert dialog.ui.authorise_button.isEnabled()
    assert not dialog.ui.reference_button.isEnabled()
    with qtbot.waitSignal(dialog.browsed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    assert "“Cats” is now an authorised heading." in dialog.status_text
    assert table(dialog)[0] == ("Cats", "2", "✓ authorised")
    assert not dialog.ui.authorise_button.isEnabled()  # not twice

    qtbot.keyClick(dialog, Qt.Key.Key_V, ALT)
    assert dialog.ui.variant_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.variant_edit, "Kitties")
    with qtbot.waitSignal(dialog.changed, timeout=5000):
        qtbot.keyClick(dialog.ui.variant_edit, Qt.Key.Key_Return)
    assert dialog.ui.variant_edit.text() == ""
    assert library.authorities.check_heading("kitties").use == "Cats"

    dialog.ui.browse_edit.clear()
    with qtbot.waitSignal(dialog.browsed, timeout=5000):
        qtbot.keyClicks(dialog.ui.browse_edit, "kit")
    assert table(dialog) == [("Kitties", "0", "use Cats")]


def test_a_refusal_is_shown_inline(qtbot: QtBot, dialog: HeadingsDialog) -> None:
    select(qtbot, dialog, "Cats")
    with qtbot.waitSignal(dialog.browsed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_A, ALT)
    qtbot.keyClicks(dialog.ui.variant_edit, "CATS.")
    with qtbot.waitSignal(dialog.failed, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_U, ALT)
    assert "is the authorised heading itself" in dialog.error_text
    assert dialog.isVisible()


def test_replace_a_variant_in_every_record_after_a_confirming_press(
    qtbot: QtBot, dialog: HeadingsDialog, library: Library
) -> None:
    library.authorities.add_authority("Cats", references=["Felines"])
    select(qtbot, dialog, "Felines")
    assert table(dialog) == [("Felines", "2", "use Cats")]
    assert dialog.ui.replace_button.isEnabled()

    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)  # the first press only says what will change
    qtbot.waitUntil(lambda: dialog.ui.replace_button.text() == "Confirm &replace", timeout=5000)
    assert "Replace “Felines” with “Cats” in 2 records?" in dialog.status_text
    assert len(library.authorities.records_with_heading("Felines")) == 2

    with qtbot.waitSignal(dialog.browsed, timeout=10000):
        qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)
    assert "Replaced “Felines” with “Cats” in 2 records." in dialog.status_text
    assert table(dialog) == [("Felines", "0", "use Cats")]
    assert library.authorities.records_with_heading("Felines") == []
    assert len(library.authorities.records_with_heading("Cats")) == 3
    assert not dialog.ui.replace_button.isEnabled()


def test_moving_to_another_heading_cancels_a_pending_replace(
    qtbot: QtBot, dialog: HeadingsDialog, library: Library
) -> None:
    library.authorities.add_authority("Cats", references=["Felines"])
    with qtbot.waitSignal(dialog.browsed, timeout=5000):
        dialog.refresh()
    assert dialog.select_key("felines")
    qtbot.keyClick(dialog, Qt.Key.Key_R, ALT)  # a mnemonic clicks after a short delay
    qtbot.waitUntil(lambda: dialog.ui.replace_button.text() == "Confirm &replace", timeout=5000)
    dialog.ui.headings_view.setFocus()
    qtbot.keyClick(dialog.ui.headings_view, Qt.Key.Key_Up)
    assert dialog.ui.replace_button.text() == "&Replace in records"
    assert len(library.authorities.records_with_heading("Felines")) == 2


def test_enter_in_the_list_shows_the_records(
    qtbot: QtBot, dialog: HeadingsDialog, qtmodeltester: ModelTester
) -> None:
    select(qtbot, dialog, "Cats")
    with qtbot.waitSignal(dialog.records_shown, timeout=5000):
        qtbot.keyClick(dialog.ui.headings_view, Qt.Key.Key_Return)
    model = dialog.records
    assert [model.data(model.index(r, 0)) for r in range(model.rowCount())] == [
        "The cat book",
        "Cat care",
    ]
    assert "2 records with “Cats”." in dialog.status_text
    qtmodeltester.check(model)


def test_a_long_list_is_fetched_a_page_at_a_time(
    qtbot: QtBot, library: Library, runner: TaskRunner, qtmodeltester: ModelTester
) -> None:
    for n in range(7):
        library.authorities.add_authority(f"Heading {n}")
    dialog = HeadingsDialog(library.authorities, runner, page_size=3)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.browsed, timeout=5000):
        dialog.start()
    assert dialog.headings.rowCount() == 3
    assert dialog.headings.canFetchMore()
    dialog.headings.fetchMore()
    qtbot.waitUntil(lambda: dialog.headings.rowCount() == 6, timeout=5000)
    dialog.headings.fetchMore()
    qtbot.waitUntil(lambda: dialog.headings.rowCount() == 7, timeout=5000)
    assert not dialog.headings.canFetchMore()
    assert [r[0] for r in table(dialog)] == [f"Heading {n}" for n in range(7)]
    qtmodeltester.check(dialog.headings)
