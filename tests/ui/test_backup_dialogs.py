"""Administration → Back up now and Restore from a backup (issue 8), by keyboard; the
scheduled backup and the one at close."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from libtech_desktop.db import backup as db_backup
from libtech_desktop.library import Library
from libtech_desktop.services.backups import REPLACING, RESTORE_CANCELLED
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


# -- issue 9: progress and Cancel --------------------------------------------------------


class _Gated:
    """``library.backups`` whose backup or restore stops at the first report of
    ``words`` until the test lets it go (``release``), so the test can press Cancel while
    it runs."""

    def __init__(self, backups: object, words: str) -> None:
        self._backups, self._words = backups, words
        self.reached, self.released = threading.Event(), threading.Event()

    def __getattr__(self, name: str) -> object:
        return getattr(self._backups, name)

    def _gate(self, progress):
        def report(done: int, total: int, what: str) -> None:
            progress(done, total, what)
            if what.startswith(self._words) and not self.reached.is_set():
                self.reached.set()
                assert self.released.wait(30), "the test never let the job go"
                progress(done, total, what)  # a cancel is heard here

        return report

    def back_up(self, dest=None, progress=None, should_cancel=None):
        return self._backups.back_up(
            dest, progress=self._gate(progress), should_cancel=should_cancel
        )

    def restore(self, src, progress=None, should_cancel=None):
        return self._backups.restore(
            src, progress=self._gate(progress), should_cancel=should_cancel
        )


def _gated_dialogs(window, library, runner, tmp_path, words, **kwargs):
    gated = _Gated(library.backups, words)
    holder = BackupDialogs(
        window, gated, runner, WorkstationSettings(tmp_path / "ws.ini"), **kwargs
    )
    holder.closed = []  # type: ignore[attr-defined]
    holder.after_restore = lambda: holder.closed.append(True)  # type: ignore[attr-defined]
    return holder, gated


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*"))


def _start_restore(qtbot, dialogs):
    dialog = dialogs.open_restore()
    qtbot.waitUntil(lambda: dialog.ui.restore_button.isEnabled())
    qtbot.keyClick(dialog.ui.backups_view, Qt.Key.Key_Return)
    box = _confirm_box(dialog)
    qtbot.waitUntil(lambda: box.isVisible() and QApplication.activeWindow() is box)
    qtbot.keyClick(box, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    return dialog


@pytest.mark.parametrize("key", ["Alt+N", "Escape"])
def test_a_restore_shows_its_progress_and_cancel_leaves_the_library_as_it_was(
    qtbot, window, library, runner, db_path, tmp_path, make_patron, monkeypatch, key
):
    monkeypatch.setattr(db_backup, "STEP_PAGES", 4)
    library.backups.back_up()
    make_patron("Lovelace, Ada")  # after the backup: still there after a cancelled restore
    dialogs, gated = _gated_dialogs(window, library, runner, tmp_path, "Step 2 of 3")
    before = _files(db_path.parent)
    dialog = _start_restore(qtbot, dialogs)

    qtbot.waitUntil(
        lambda: "copying the backup next to the library" in dialog.ui.status_label.text()
    )
    bar = dialog.ui.progress_bar
    assert bar.isVisible() and bar.maximum() > 0 and 0 < bar.value() <= bar.maximum()
    assert dialog.ui.status_label.text().endswith(" MB")
    assert not dialog.ui.restore_button.isEnabled() and not dialog.ui.other_file_button.isEnabled()
    dialog.activateWindow()  # as the window manager does once the confirmation closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.ui.cancel_button
    if key == "Escape":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.ui.cancel_button.text() == "Cancelling…")
    assert dialog.isVisible()  # Escape cancels the restore; it does not hide it
    assert dialog.ui.status_label.text() == "Cancelling the restore…"
    gated.released.set()

    qtbot.waitUntil(lambda: not dialog.restoring)
    assert dialog.ui.status_label.text() == RESTORE_CANCELLED
    assert "color" not in dialog.ui.status_label.styleSheet()  # said, not an error
    assert not bar.isVisible() and not dialog.ui.cancel_button.isVisible()
    assert dialog.ui.restore_button.isEnabled()
    assert _files(db_path.parent) == before  # nothing replaced, nothing left beside it
    assert len(library.patrons.search("Lovelace")) == 1
    assert dialogs.closed == [] and dialogs.restored_box is None
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # once it has ended, Escape closes
    assert not dialog.isVisible()


def test_once_the_backup_goes_in_place_cancel_is_off_and_the_restore_ends(
    qtbot, window, library, runner, db_path, tmp_path
):
    library.backups.back_up()
    dialogs, gated = _gated_dialogs(window, library, runner, tmp_path, "Step 3 of 3")
    dialog = _start_restore(qtbot, dialogs)

    qtbot.waitUntil(lambda: dialog.ui.status_label.text() == REPLACING)
    assert not dialog.ui.cancel_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # heard by nobody now
    gated.released.set()

    qtbot.waitUntil(lambda: dialogs.restored_box is not None and dialogs.restored_box.isVisible())
    assert list(db_path.parent.glob("lib.sqlite3.replaced-*"))
    assert not list(db_path.parent.glob("*.restoring*"))


def test_back_up_now_can_be_cancelled_and_leaves_no_file(
    qtbot, window, library, runner, db_path, tmp_path
):
    dialogs, gated = _gated_dialogs(window, library, runner, tmp_path, "Step 1 of 2")
    dialog = dialogs.back_up_now()
    qtbot.waitUntil(lambda: "copying the library" in dialog.ui.status_label.text())
    assert dialog.ui.cancel_button.isEnabled() and not dialog.ui.back_up_button.isEnabled()
    assert dialog.ui.progress_bar.maximum() > 0
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    qtbot.keyClick(dialog, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    # A mnemonic clicks its button after a short animation: wait for the click.
    qtbot.waitUntil(lambda: dialog.ui.cancel_button.text() == "Cancelling…")
    gated.released.set()

    qtbot.waitUntil(lambda: dialog.ui.back_up_button.isEnabled())
    assert dialog.ui.status_label.text() == "Backup cancelled: no backup was made."
    assert not dialog.ui.cancel_button.isEnabled()
    assert _files(db_path.parent / "backups") == []


def test_a_scheduled_backup_runs_on_the_background_runner_with_its_progress_said(
    qtbot, window, library, runner, db_path, tmp_path
):
    background = TaskRunner()
    try:
        dialogs, gated = _gated_dialogs(
            window, library, runner, tmp_path, "Step 1 of 2", background=background
        )
        job = dialogs.scheduled_backup()
        qtbot.waitUntil(
            lambda: (
                window.statusBar()
                .currentMessage()
                .startswith("Scheduled backup — Step 1 of 2: copying the library: ")
            )
        )
        assert not runner.busy  # the desk's own jobs are not held up
        with qtbot.waitSignal(runner.job_finished):
            runner.submit(lambda: None)  # one goes through meanwhile
        assert dialogs.scheduled_backup() is None  # not a second one meanwhile
        gated.released.set()
        qtbot.waitUntil(lambda: job.done)
        [made] = _backups(db_path)
        assert window.statusBar().currentMessage().startswith(f"Backed up to {made}")
    finally:
        background.shutdown()


def test_the_backup_at_close_shows_a_window_and_skip_leaves_nothing(
    qtbot, window, library, runner, db_path, tmp_path, caplog
):
    dialogs, gated = _gated_dialogs(window, library, runner, tmp_path, "Step 1 of 2")
    dialogs.close_show_after_s = 0
    seen: list[str] = []

    def skip_when_shown() -> None:
        shown = dialogs.close_progress
        if shown is None or QApplication.activeWindow() is not shown or not gated.reached.is_set():
            return
        poll.stop()
        seen.append(shown.labelText())
        qtbot.keyClick(shown, Qt.Key.Key_Escape)  # Skip
        gated.released.set()

    poll = QTimer()
    poll.timeout.connect(skip_when_shown)
    poll.start(10)
    with caplog.at_level(logging.INFO):
        assert dialogs.back_up_at_close() is None  # returns only once it is skipped
    poll.stop()

    assert seen and seen[0].startswith("Backing up before closing…\nStep 1 of 2: copying")
    assert dialogs.close_progress.windowModality() == Qt.WindowModality.ApplicationModal
    assert not dialogs.close_progress.isVisible()
    assert _files(db_path.parent / "backups") == []
    assert "The backup at close was skipped" in caplog.text
    assert "no backup was made" in caplog.text


def test_a_quick_backup_at_close_shows_no_window(dialogs, db_path):
    report = dialogs.back_up_at_close()
    assert report is not None and _backups(db_path) == [report.path]
    assert dialogs.close_progress is None
