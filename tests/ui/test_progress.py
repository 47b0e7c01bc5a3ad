"""Long jobs: a progress dialog after a moment, and Cancel that really stops the job."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.progress import CancelFn, Cancelled, ProgressFn
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import Job, TaskRunner


def finished(job: Job):  # type: ignore[no-untyped-def]
    return lambda done: done is job


def test_quick_long_job_never_shows_a_dialog(qtbot: QtBot, runner: TaskRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[int] = []

    def quick(progress: ProgressFn, should_cancel: CancelFn) -> int:
        progress(1, 1, "Done")
        return 7

    with qtbot.waitSignal(runner.job_finished, timeout=5000):
        job = runner.submit(quick, results.append, long=True)
        watcher = JobProgress(runner, job, parent, "Working…")
    assert results == [7]
    assert watcher.dialog is None


def test_cancel_in_the_dialog_stops_the_job(qtbot: QtBot, runner: TaskRunner) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    started = threading.Event()
    pace = threading.Event()  # never set: wait(timeout) is the worker's own pace

    def endless(progress: ProgressFn, should_cancel: CancelFn) -> str:
        done = 0
        while True:
            done += 1
            progress(done % 100, 100, "Rows")  # raises Cancelled once Cancel is pressed
            started.set()
            pace.wait(0.005)

    errors: list[LibtechError] = []
    job = runner.submit(endless, None, errors.append, long=True)
    try:
        watcher = JobProgress(runner, job, parent, "Working…", show_after_ms=0)
        qtbot.waitUntil(lambda: watcher.dialog is not None and watcher.dialog.isVisible())
        assert started.wait(5)
        assert watcher.dialog is not None
        cancel_button = watcher.dialog.findChild(QPushButton)

        with qtbot.waitSignal(runner.job_finished, timeout=5000, check_params_cb=finished(job)):
            qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
    finally:
        job.cancel()  # never leave an endless job behind a failed assertion

    assert job.outcome == "failed"
    assert len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert not runner.busy
    assert watcher.dialog is None  # closed with the job


# -- issue 9: the technician is back in their window when the progress dialog closes -------


class Gate:
    """A long job that stops at its first report until the test lets it go."""

    def __init__(self) -> None:
        self.reached, self.released = threading.Event(), threading.Event()

    def __call__(self, progress: ProgressFn, should_cancel: CancelFn) -> str:
        progress(1, 2, "Rows")
        self.reached.set()
        assert self.released.wait(30), "the test never let the job go"
        return "done"


def refresh_dialog(qtbot: QtBot) -> tuple[QDialog, QLineEdit, QPushButton, list[int]]:
    """A dialog with a search field (focused) and a Refresh button on Alt+R."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = QLineEdit(dialog)
    button = QPushButton("&Refresh", dialog)
    clicks: list[int] = []
    button.clicked.connect(lambda: clicks.append(1))
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(button)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field.setFocus()
    return dialog, field, button, clicks


def run_with_progress_dialog(
    qtbot: QtBot, runner: TaskRunner, parent: QWidget, meanwhile: Callable[[], None] = print
) -> JobProgress:
    gate = Gate()
    job = runner.submit(gate, None, long=True)
    try:
        watcher = JobProgress(runner, job, parent, "Working…", show_after_ms=0)
        qtbot.waitUntil(lambda: watcher.dialog is not None and watcher.dialog.isVisible())
        assert gate.reached.wait(5)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is watcher.dialog)
        meanwhile()
        with qtbot.waitSignal(runner.job_finished, timeout=5000, check_params_cb=finished(job)):
            gate.released.set()
    finally:
        gate.released.set()
    assert watcher.dialog is None
    return watcher


def test_after_the_progress_dialog_the_window_it_covered_has_the_keyboard_again(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    dialog, field, button, clicks = refresh_dialog(qtbot)

    run_with_progress_dialog(qtbot, runner, field)

    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is field  # typing goes on where it was
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert button.isDown()  # its mnemonic works without a click …
    qtbot.waitUntil(lambda: clicks == [1])  # … and clicks a moment later


def test_a_window_the_technician_went_to_meanwhile_keeps_the_keyboard(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    dialog, _field, button, clicks = refresh_dialog(qtbot)
    other = QLineEdit()
    qtbot.addWidget(other)

    def go_elsewhere() -> None:
        other.show()
        other.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is other)

    run_with_progress_dialog(qtbot, runner, dialog, meanwhile=go_elsewhere)

    assert QApplication.activeWindow() is other
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert not button.isDown() and clicks == []  # it did not take the keyboard back
