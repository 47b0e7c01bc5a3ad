"""The serial background runner: every service call from the GUI goes through it.

One worker thread takes jobs in the order they were submitted, so scans are
processed in the order they were made, the window never freezes, and SQLite never
sees two writers from this process. Results come back on the GUI thread by signal.
"""

from __future__ import annotations

import logging
import queue
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from libtech_desktop.domain.errors import LibtechError

log = logging.getLogger(__name__)

ProgressFn = Callable[[int, int, str], None]


class Cancelled(LibtechError):
    code = "cancelled"

    def __init__(self) -> None:
        super().__init__("Cancelled.")


class Job(QObject):
    """One submitted call. Lives on the GUI thread; the worker only emits ``_outcome``
    and ``_raw_progress``, which Qt queues to this object's thread, so every public
    signal below fires on the GUI thread."""

    succeeded = Signal(object)
    failed = Signal(object)  # a LibtechError: an expected problem
    crashed = Signal(object, str)  # anything else: a bug, with its traceback
    progressed = Signal(int, int, str)  # done, total, what
    finished = Signal()

    _outcome = Signal(str, object, str)
    _raw_progress = Signal(int, int, str)

    def __init__(self, fn: Callable[..., Any], long: bool, owner: QObject | None = None) -> None:
        super().__init__()
        self.fn = fn
        self.long = long
        self._owner = owner
        self._cancel_requested = False
        self._outcome.connect(self._deliver)
        self._raw_progress.connect(self.progressed)

    def cancel(self) -> None:
        self._cancel_requested = True

    def should_cancel(self) -> bool:
        return self._cancel_requested

    def _report_progress(self, done: int, total: int, what: str = "") -> None:
        self._raw_progress.emit(done, total, what)
        if self._cancel_requested:
            raise Cancelled()

    def run(self) -> None:
        """Called on the worker thread."""
        try:
            if self.long:
                result = self.fn(progress=self._report_progress, should_cancel=self.should_cancel)
            else:
                result = self.fn()
        except LibtechError as exc:
            self._outcome.emit("failed", exc, "")
        except Exception as exc:
            log.exception("Bug in background job %r", self.fn)
            self._outcome.emit("crashed", exc, traceback.format_exc())
        else:
            self._outcome.emit("succeeded", result, "")

    @Slot(str, object, str)
    def _deliver(self, kind: str, payload: object, trace: str) -> None:
        if self._owner is not None and not shiboken6.isValid(self._owner):
            # The widget that asked has been closed: nobody is left to show the result.
            self.finished.emit()
            return
        if kind == "succeeded":
            self.succeeded.emit(payload)
        elif kind == "failed":
            self.failed.emit(payload)
        else:
            self.crashed.emit(payload, trace)
        self.finished.emit()


class _Worker(QThread):
    def __init__(self, jobs: queue.Queue[Job | None]) -> None:
        super().__init__()
        self._jobs = jobs

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            job.run()


class TaskRunner(QObject):
    """Submit callables; get their results back on the GUI thread, in order."""

    busy_changed = Signal(bool)
    #: A job raised something that is not a LibtechError: a bug (summary, traceback).
    bug_raised = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._pending: set[Job] = set()
        self._worker = _Worker(self._queue)
        self._worker.start()

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None] | None = None,
        on_error: Callable[[LibtechError], None] | None = None,
        *,
        long: bool = False,
        owner: QObject | None = None,
    ) -> Job:
        """Run ``fn`` on the worker. ``long`` jobs get ``progress`` and ``should_cancel``.

        With ``owner``, the callbacks are skipped if that widget is gone by the time the
        result arrives (the job itself still completes: its work is committed).
        """
        job = Job(fn, long, owner)
        if on_success is not None:
            job.succeeded.connect(on_success)
        if on_error is not None:
            job.failed.connect(on_error)
        job.crashed.connect(self._on_crashed)
        job.finished.connect(lambda: self._on_finished(job))
        was_idle = not self._pending
        self._pending.add(job)
        if was_idle:
            self.busy_changed.emit(True)
        self._queue.put(job)
        return job

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def shutdown(self) -> None:
        """Finish what was submitted (nothing confirmed is lost), then stop the worker."""
        self._queue.put(None)
        self._worker.wait()

    def _on_crashed(self, exc: BaseException, trace: str) -> None:
        self.bug_raised.emit(f"{type(exc).__name__}: {exc}", trace)

    def _on_finished(self, job: Job) -> None:
        self._pending.discard(job)
        if not self._pending:
            self.busy_changed.emit(False)
