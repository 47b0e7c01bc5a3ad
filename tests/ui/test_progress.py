"""Long jobs: a progress dialog after a moment, and Cancel that really stops the job."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
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
