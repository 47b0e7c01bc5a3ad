"""Duplicates and merge: the record beside its likely duplicates, keep one, confirm, merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.errors import UnknownRecord
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.merge_dialog import MergeDialog
from libtech_desktop.ui.models.merge import KEEP, MERGE
from libtech_desktop.ui.runner import TaskRunner


@pytest.fixture
def records(library: Library) -> dict[str, int]:
    cat = library.catalogue
    keep = cat.add_biblio("Cien años de soledad", "García Márquez, Gabriel", year=1967)
    dupe = cat.add_biblio("CIEN ANOS DE SOLEDAD", "Garcia Marquez, Gabriel", year=1967)
    third = cat.add_biblio("Cien años de soledad.", "García Márquez, Gabriel", year=1967)
    other = cat.add_biblio("El otoño del patriarca", "García Márquez, Gabriel", year=1975)
    cat.add_item(keep.id, barcode="4001")
    cat.add_item(dupe.id, barcode="4002", call_number="863 GAR")
    cat.add_item(dupe.id, barcode="4003", call_number="863 GAR")
    return {"keep": keep.id, "dupe": dupe.id, "third": third.id, "other": other.id}


def open_dialog(qtbot: QtBot, library: Library, runner: TaskRunner, biblio_id: int) -> MergeDialog:
    dialog = MergeDialog(library.catalogue, runner, biblio_id)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.show()
    return dialog


def shown(dialog: MergeDialog) -> list[tuple[str, ...]]:
    model = dialog.records
    return [
        tuple(model.data(model.index(r, c)) for c in range(2, model.columnCount()))
        for r in range(model.rowCount())
    ]


def test_the_record_and_its_duplicates_side_by_side(
    qtbot: QtBot,
    library: Library,
    runner: TaskRunner,
    records: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    dialog = open_dialog(qtbot, library, runner, records["dupe"])
    keep, dupe, third = records["keep"], records["dupe"], records["third"]

    assert shown(dialog) == [
        (
            f"{dupe} (this record)",
            "CIEN ANOS DE SOLEDAD",
            "Garcia Marquez, Gabriel",
            "1967",
            "",
            "",
            "2",
        ),
        (f"{keep}", "Cien años de soledad", "García Márquez, Gabriel", "1967", "", "", "1"),
        (f"{third}", "Cien años de soledad.", "García Márquez, Gabriel", "1967", "", "", "0"),
    ]
    assert "2 likely duplicates" in dialog.ui.summary_label.text()
    # At first the record itself is kept and both duplicates would merge into it.
    assert dialog.plan == (
        f"The 1 item of record {keep} moves onto record {dupe}; "
        f"records {keep} and {third} are deleted."
    )
    qtmodeltester.check(dialog.records)


def test_keep_the_older_record_confirm_and_merge(
    qtbot: QtBot, library: Library, runner: TaskRunner, records: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, library, runner, records["dupe"])
    keep, dupe, third = records["keep"], records["dupe"], records["third"]
    model = dialog.records
    # Keep the older record; leave the third one alone.
    assert model.setData(
        model.index(1, KEEP), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert model.setData(
        model.index(2, MERGE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert (
        model.data(model.index(0, MERGE), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert dialog.plan == (
        f"The 2 items of record {dupe} move onto record {keep}; record {dupe} is deleted."
    )

    qtbot.mouseClick(dialog.ui.merge_button, Qt.MouseButton.LeftButton)
    assert dialog.ui.confirm_frame.isVisible()
    assert dialog.ui.confirm_label.text().startswith(dialog.plan)
    assert library.catalogue.items_of(dupe)  # nothing happens before the confirmation

    with qtbot.waitSignal(dialog.merged, timeout=5000) as merged, qtbot.waitSignal(dialog.loaded):
        qtbot.mouseClick(dialog.ui.confirm_button, Qt.MouseButton.LeftButton)

    assert merged.args == [keep]
    assert dialog.message_text.endswith(
        f"Merged: The 2 items of record {dupe} moved onto record {keep}; record {dupe} was deleted."
    )
    assert [i.barcode for i in library.catalogue.items_of(keep)] == ["4001", "4002", "4003"]
    with pytest.raises(UnknownRecord):
        library.catalogue.get_biblio(dupe)
    # The dialog now shows the kept record; the third record is still a likely duplicate.
    assert dialog.biblio_id == keep
    assert [row[0] for row in shown(dialog)] == [f"{keep} (this record)", f"{third}"]


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, library: Library, runner: TaskRunner, records: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, library, runner, records["keep"])
    dialog.ask_to_merge()
    assert dialog.ui.confirm_frame.isVisible()
    assert not dialog.ui.merge_button.isEnabled()
    qtbot.mouseClick(dialog.ui.cancel_confirm_button, Qt.MouseButton.LeftButton)
    assert not dialog.ui.confirm_frame.isVisible()
    assert dialog.ui.merge_button.isEnabled()
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)
    assert len(library.catalogue.find_duplicates(records["keep"])) == 2


def test_unticking_every_duplicate_leaves_nothing_to_merge(
    qtbot: QtBot, library: Library, runner: TaskRunner, records: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, library, runner, records["keep"])
    model = dialog.records
    for row in (1, 2):
        model.setData(
            model.index(row, MERGE), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
        )
    assert dialog.plan == "Tick at least one record to merge."
    assert not dialog.ui.merge_button.isEnabled()


def test_no_duplicates_is_a_plain_message_not_an_error(
    qtbot: QtBot, library: Library, runner: TaskRunner, records: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, library, runner, records["other"])
    assert [row[0] for row in shown(dialog)] == [f"{records['other']} (this record)"]
    assert dialog.ui.summary_label.text().startswith(
        f"No likely duplicates of record {records['other']}"
    )
    assert dialog.message_text == ""
    assert dialog.plan == ""  # no plan to state, and nothing to tick
    assert not dialog.ui.merge_button.isEnabled()
    assert "El otoño del patriarca" in dialog.ui.record_label.text()


def test_an_unknown_record_is_reported_inline(
    qtbot: QtBot, library: Library, runner: TaskRunner
) -> None:
    dialog = MergeDialog(library.catalogue, runner, 999)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.failed, timeout=5000) as failed:
        dialog.show()
    assert "999" in failed.args[0]
    assert failed.args[0] in dialog.message_text
