"""Administration → Back up now and Restore from a backup (issue 8), by keyboard; the
scheduled backup and the one at close."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from libtech_desktop.library import Library
from libtech_desktop.ui.backup_dialogs import BackupDialogs
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def dialogs(window: QMainWindow, library: Library, runner: TaskRunner, tmp_path: Path):
    holder = BackupDialogs(
        window, library.backups, runner, WorkstationSettings(tmp_path / "ws.ini")
    )
    holder.closed = []  # type: ignore[attr-defined]
    holder.after_restore = lambda: holder.closed.append(True)  # type: ignore[attr-defined]
    return holder


def _backups(db_path: Path) -> list[Path]:
    return sorted((db_path.parent / "backups").glob("lib-*.sqlite3"))


def test_back_up_now_shows_where_the_checked_backup_went(qtbot, dialogs, db_path, window):
    dialog = dialogs.back_up_now()
    qtbot.waitUntil(lambda: dialog.ui.back_up_button.isEnabled())

    [made] = _backups(db_path)
    text = dialog.ui.status_label.text()
    assert text.startswith(f"Backed up to {made} (") and text.endswith("checked).")
    assert window.statusBar().currentMessage() == text
    assert dialog.ui.progress_bar.value() == dialog.ui.progress_bar.maximum()

    # Alt+B backs up again; Escape closes.
    qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: len(_backups(db_path)) == 2 and dialog.ui.back_up_button.isEnabled())
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialogs.back_up_now() is dialog  # made once, reused


def test_a_failed_backup_is_said_in_red(qtbot, dialogs, library, db_path):
    (db_path.parent / "blocked").write_text("a file where the folder should be")
    library.settings.set("backup.folder", str(db_path.parent / "blocked"))
    dialog = dialogs.back_up_now()
    qtbot.waitUntil(lambda: dialog.ui.back_up_button.isEnabled())
    assert dialog.ui.status_label.text().startswith("No backup: Cannot make the backup folder")
    assert "color" in dialog.ui.status_label.styleSheet()


def _confirm_box(dialog) -> QMessageBox:
    return dialog.confirm_box


def test_restore_by_keyboard_names_what_is_replaced_then_closes_the_program(
    qtbot, dialogs, library, db_path, make_patron
):
    first = library.backups.back_up().path
    make_patron("Lovelace, Ada")  # after the backup: gone once it is restored
    dialog = dialogs.open_restore()
    view = dialog.ui.backups_view
    qtbot.waitUntil(lambda: view.topLevelItemCount() == 1 and dialog.ui.restore_button.isEnabled())
    assert view.currentItem().text(3) == str(first)
    assert view.currentItem().text(1).endswith("KB")
    assert QApplication.focusWidget() is view

    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    box = _confirm_box(dialog)
    # Its mnemonics work once it is the active window (activation comes after showing).
    qtbot.waitUntil(lambda: box.isVisible() and QApplication.activeWindow() is box)
    assert str(db_path) in box.text() and str(first) in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # &Replace the library

    qtbot.waitUntil(lambda: dialogs.restored_box is not None and dialogs.restored_box.isVisible())
    assert "kept as" in dialogs.restored_box.text()
    assert library.patrons.search("Lovelace") == []
    assert list(db_path.parent.glob("lib.sqlite3.replaced-*"))
    qtbot.keyClick(dialogs.restored_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialogs.closed == [True])


def test_a_damaged_file_is_refused_in_the_dialog_and_nothing_changes(
    qtbot, dialogs, library, db_path, tmp_path, make_patron
):
    make_patron("Lovelace, Ada")
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a library at all")
    dialog = dialogs.open_restore()
    qtbot.waitUntil(lambda: dialog.ui.other_file_button.isEnabled())
    assert "No backups in" in dialog.ui.status_label.text()
    dialog.file_dialog.fileSelected.emit(str(bad))  # as if chosen in the file dialog
    box = _confirm_box(dialog)
    qtbot.waitUntil(box.isVisible)
    box.button(QMessageBox.StandardButton.Yes).click()

    qtbot.waitUntil(lambda: "Not restored" in dialog.ui.status_label.text())
    assert "not a LibTech Desk library" in dialog.ui.status_label.text()
    assert dialogs.closed == []
    assert len(library.patrons.search("Lovelace")) == 1


def test_cancel_in_the_confirmation_restores_nothing(qtbot, dialogs, library, db_path):
    library.backups.back_up()
    dialog = dialogs.open_restore()
    qtbot.waitUntil(lambda: dialog.ui.restore_button.isEnabled())
    qtbot.keyClick(dialog.ui.backups_view, Qt.Key.Key_Return)
    box = _confirm_box(dialog)
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not box.isVisible()
    assert list(db_path.parent.glob("lib.sqlite3.replaced-*")) == []


def test_the_schedule_follows_the_setting_and_says_a_backup_quietly(
    qtbot, dialogs, library, runner, db_path, window
):
    library.settings.set("backup.every_hours", "2")
    dialogs.start_schedule()
    qtbot.waitUntil(lambda: dialogs.timer is not None and dialogs.timer.isActive())
    assert dialogs.timer.interval() == 2 * 3_600_000

    with qtbot.waitSignal(runner.job_finished):
        dialogs.scheduled_backup()
    [made] = _backups(db_path)
    assert window.statusBar().currentMessage().startswith(f"Backed up to {made}")


def test_a_scheduled_failure_is_said_in_the_status_bar(qtbot, dialogs, library, db_path, window):
    (db_path.parent / "blocked").write_text("x")
    library.settings.set("backup.folder", str(db_path.parent / "blocked"))
    with qtbot.waitSignal(dialogs._runner.job_finished):
        dialogs.scheduled_backup()
    assert window.statusBar().currentMessage().startswith("The scheduled backup failed:")


def test_no_schedule_when_every_hours_is_zero(qtbot, dialogs, library):
    library.settings.set("backup.every_hours", "0")
    dialogs.start_schedule()
    qtbot.waitUntil(lambda: dialogs.timer is not None)
    assert not dialogs.timer.isActive()


def test_the_backup_at_close_is_made_and_a_failure_never_stops_the_close(dialogs, library, db_path):
    report = dialogs.back_up_at_close()
    assert report is not None and _backups(db_path) == [report.path]
    (db_path.parent / "blocked").write_text("x")
    library.settings.set("backup.folder", str(db_path.parent / "blocked"))
    assert dialogs.back_up_at_close() is None
