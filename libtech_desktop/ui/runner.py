"""The serial background runner: every service call from the GUI goes through it.

One worker thread takes jobs in the order they were submitted, so scans are
processed in the order they were made, the window never freezes, and SQLite never
sees two writers from this process. Results come back on the GUI thread by signal.

Jobs are plain Python objects; only the runner is a QObject. The worker emits the
runner's private signals, which Qt queues to the GUI thread, where the job's
callbacks run. No per-job QObject means no object whose lifetime Python and Qt
could disagree about. For the same reason a dialog that wants to hear how a job
ended uses ``JobEndWatcher``, a plain object, rather than connecting itself to the
long-lived runner.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.progress import Cancelled

log = logging.getLogger(__name__)


class Job:
    """One submitted call, with what to do with its outcome on the GUI thread."""

    def __init__(
        self,
        fn: Callable[..., Any],
        long: bool,
        on_success: Callable[[Any], None] | None,
        on_error: Callable[[LibtechError], None] | None,
        owner: QObject | None,
    ) -> None:
        self.fn = fn
        self.long = long
        self.on_success = on_success
        self.on_error = on_error
        self.owner = owner
        self._cancel = threading.Event()
        #: Filled on the GUI thread when the outcome is delivered.
        self.outcome: str | None = None
        self.result: Any = None

    def cancel(self) -> None:
        """Ask a long job to stop at its next progress report; its work is rolled back."""
        self._cancel.set()

    def should_cancel(self) -> bool:
        return self._cancel.is_set()

    @property
    def done(self) -> bool:
        return self.outcome is not None


class _Worker(QThread):
    def __init__(self, runner: TaskRunner, jobs: queue.Queue[Job | None]) -> None:
        super().__init__()
        self._runner = runner
        self._jobs = jobs

    def run(self) -> None:
        while (job := self._jobs.get()) is not None:
            self._run(job)

    def _run(self, job: Job) -> None:
        def report(done: int, total: int, what: str = "") -> None:
            self._runner._progress.emit(job, done, total, what)
            if job.should_cancel():
                raise Cancelled()

        try:
            if job.long:
                result = job.fn(progress=report, should_cancel=job.should_cancel)
            else:
                result = job.fn()
        except LibtechError as exc:
            self._runner._outcome.emit(job, "failed", exc, "")
        except Exception as exc:
            log.exception("Bug in background job %r", job.fn)
            self._runner._outcome.emit(job, "crashed", exc, traceback.format_exc())
        else:
            self._runner._outcome.emit(job, "succeeded", result, "")


class TaskRunner(QObject):
    """Submit callables; get their results back on the GUI thread, in order."""

    busy_changed = Signal(bool)
    #: A job raised something that is not a LibtechError: a bug (summary, traceback).
    bug_raised = Signal(str, str)
    #: A long job's report: (job, done, total, what).
    progressed = Signal(object, int, int, str)
    #: After a job's callbacks have run: (job). ``job.outcome`` says how it ended.
    job_finished = Signal(object)

    _outcome = Signal(object, str, object, str)
    _progress = Signal(object, int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: queue.Queue[Job | None] = queue.Queue()
        self._pending = 0
        self._outcome.connect(self._deliver)
        self._progress.connect(self._relay_progress)
        self._worker = _Worker(self, self._queue)
        self._worker.start()

    def submit(
        self,
        fn: Callable[..., Any],
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
        job = Job(fn, long, on_success, on_error, owner)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._queue.put(job)
        return job

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def shutdown(self) -> None:
        """Finish what was submitted (nothing confirmed is lost), then stop the worker."""
        self._queue.put(None)
        self._worker.wait()

    @Slot(object, int, int, str)
    def _relay_progress(self, job: Job, done: int, total: int, what: str) -> None:
        self.progressed.emit(job, done, total, what)

    @Slot(object, str, object, str)
    def _deliver(self, job: Job, kind: str, payload: Any, trace: str) -> None:
        job.outcome, job.result = kind, payload
        owner_gone = job.owner is not None and not shiboken6.isValid(job.owner)
        try:
            if kind == "crashed":
                self.bug_raised.emit(f"{type(payload).__name__}: {payload}", trace)
            elif owner_gone:
                pass  # the widget that asked has been closed: nobody is left to tell
            elif kind == "succeeded" and job.on_success is not None:
                job.on_success(payload)
            elif kind == "failed" and job.on_error is not None:
                job.on_error(payload)
        finally:
            self._pending -= 1
            self.job_finished.emit(job)
            if self._pending == 0:
                self.busy_changed.emit(False)


#: What a dialog says when its job ended in a bug (the bug dialog has the details).
JOB_CRASHED_MESSAGE = "Something went wrong (the details are in the error window)."


class JobEndWatcher:
    """Calls ``callback(job)`` once ``job`` has ended, however it ended (a bug included),
    if ``widget`` still exists. Plain Python: it drops its connection when the job ends.

    A signal holds only a weak reference to a plain object's bound method, so the
    watcher keeps itself alive (in ``_live``) until its job has ended.
    """

    _live: ClassVar[set[JobEndWatcher]] = set()

    def __init__(
        self, runner: TaskRunner, job: Job, widget: QObject, callback: Callable[[Job], None]
    ) -> None:
        self._runner, self._job, self._widget, self._callback = runner, job, widget, callback
        runner.job_finished.connect(self._on_job_finished)
        self._live.add(self)

    def _on_job_finished(self, job: Job) -> None:
        if job is not self._job:
            return
        self._runner.job_finished.disconnect(self._on_job_finished)
        self._live.discard(self)
        if shiboken6.isValid(self._widget):
            self._callback(job)


class WidgetJobs:
    """The jobs one dialog has in flight: busy while any runs, a bug said inline.

    ``on_busy(bool)`` is told whenever that changes (buttons wait while a job runs: a
    second click is not a second job); ``on_crash(message)`` when a job ended in a
    bug; ``on_ended(job)``, if given, after every job. Plain Python, held by its dialog.
    """

    def __init__(
        self,
        runner: TaskRunner,
        widget: QObject,
        on_busy: Callable[[bool], None],
        on_crash: Callable[[str], None],
        on_ended: Callable[[Job], None] | None = None,
    ) -> None:
        self._runner, self._widget = runner, widget
        self._on_busy, self._on_crash, self._on_ended = on_busy, on_crash, on_ended
        self.running = 0

    def submit(
        self,
        fn: Callable[[], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[LibtechError], None],
    ) -> Job:
        self.running += 1
        self._on_busy(True)
        job = self._runner.submit(fn, on_success, on_error, owner=self._widget)
        JobEndWatcher(self._runner, job, self._widget, self._ended)
        return job

    def _ended(self, job: Job) -> None:
        self.running -= 1
        self._on_busy(self.running > 0)
        if job.outcome == "crashed":
            self._on_crash(JOB_CRASHED_MESSAGE)
        if self._on_ended is not None:
            self._on_ended(job)
