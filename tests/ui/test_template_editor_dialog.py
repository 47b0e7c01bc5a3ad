"""The template editor: a library's own sheet stock from a copy of any template, checked
as it is typed, previewed as its calibration page, saved into the library file and
offered at once in the Labels dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.labels import get_template
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.labels_dialog import LabelsDialog
from libtech_desktop.ui.dialogs.template_editor_dialog import TemplateEditorDialog
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


@pytest.fixture
def editor(qtbot: QtBot, library: Library, runner: TaskRunner) -> TemplateEditorDialog:
    dialog = TemplateEditorDialog(library.labels, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=5000):
        dialog.start("avery-5160")
    settle(qtbot, runner)
    return dialog


def choose(editor: TemplateEditorDialog, name: str) -> None:
    combo = editor.ui.based_on_combo
    combo.setCurrentIndex(combo.findText(name))


def test_based_on_copies_every_field_under_a_new_name(editor: TemplateEditorDialog) -> None:
    choose(editor, "avery-l7651")
    shipped = get_template("avery-l7651")

    copy = editor.template()
    assert copy.name == "avery-l7651-copy"
    assert copy == shipped.__class__(**{**shipped.__dict__, "name": "avery-l7651-copy"})
    assert editor.ui.label_width_spin.decimals() == 2
    assert editor.problem is None and editor.ui.save_button.isEnabled()
    assert not editor.ui.delete_button.isEnabled()  # nothing of the library's to delete


def test_impossible_geometry_says_why_and_save_waits(
    qtbot: QtBot, editor: TemplateEditorDialog
) -> None:
    editor.ui.rows_spin.setValue(12)  # 12 rows of 25.4 mm do not fit on Letter

    assert "past the page height" in editor.status_text
    assert not editor.ui.save_button.isEnabled()
    editor.ui.rows_spin.setValue(10)
    assert editor.problem is None and editor.ui.save_button.isEnabled()

    editor.ui.name_edit.setText("avery-5160")
    assert "name of a shipped template" in editor.status_text
    assert not editor.ui.save_button.isEnabled()
    editor.ui.name_edit.setText("Our Stock")
    assert "lower-case letters and digits" in editor.status_text
    assert not editor.ui.save_button.isEnabled()


def test_preview_shows_the_calibration_page_at_the_paper_s_proportions(
    qtbot: QtBot, editor: TemplateEditorDialog
) -> None:
    choose(editor, "avery-l7160")
    with qtbot.waitSignal(editor.preview_shown, timeout=10000) as shown:
        qtbot.keyClick(editor, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    image = shown.args[0]
    assert image.width() / image.height() == pytest.approx(210 / 297, rel=0.01)
    assert not editor.ui.preview_label.pixmap().isNull()


def test_ctrl_s_saves_and_delete_removes_a_library_template(
    qtbot: QtBot, editor: TemplateEditorDialog, library: Library, runner: TaskRunner
) -> None:
    editor.ui.name_edit.setText("our-stock")
    editor.ui.columns_spin.setValue(2)
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        qtbot.keyClick(editor.ui.rows_spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, runner)

    assert saved.args == ["our-stock"]
    assert library.labels.get("our-stock").columns == 2
    assert editor.ui.based_on_combo.currentText() == "our-stock"
    assert "Saved the library template our-stock" in editor.status_text
    assert editor.ui.name_edit.text() == "our-stock"  # a library template: edited in place
    assert editor.ui.delete_button.isEnabled()

    with qtbot.waitSignal(editor.deleted, timeout=5000):
        qtbot.mouseClick(editor.ui.delete_button, Qt.MouseButton.LeftButton)
    settle(qtbot, runner)
    assert "our-stock" not in [t.name for t in library.labels.templates()]
    assert editor.ui.based_on_combo.findText("our-stock") == -1


def test_a_saved_template_appears_in_the_labels_dialog(
    qtbot: QtBot, library: Library, runner: TaskRunner, tmp_path: Path
) -> None:
    labels = LabelsDialog(library.labels, runner, WorkstationSettings(tmp_path / "ws.ini"))
    qtbot.addWidget(labels)
    labels.show()
    with qtbot.waitSignal(labels.queue_loaded, timeout=5000):
        labels.start()
    settle(qtbot, runner)
    assert labels.ui.templates_button.text() == "&Edit templates…"

    with qtbot.waitSignal(labels.ui.templates_button.clicked):
        qtbot.keyClick(labels, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    editor = labels.template_editor
    assert editor is not None and editor.parent() is labels
    qtbot.waitUntil(lambda: editor.ui.based_on_combo.count() >= 8, timeout=5000)
    settle(qtbot, runner)
    editor.ui.name_edit.setText("our-stock")
    with qtbot.waitSignal(labels.templates_loaded, timeout=5000):
        editor.save()
    settle(qtbot, runner)

    assert labels.ui.template_combo.findText("our-stock") >= 0
    assert labels.edit_templates() is editor  # made once, reused
    editor.close()
