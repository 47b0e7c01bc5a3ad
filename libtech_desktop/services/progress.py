"""How long jobs report progress and hear a cancel, in plain Python.

A long service call takes ``progress(done, total, what)`` and ``should_cancel()``.
The GUI's runner passes its own (a progress dialog with Cancel); the CLI and the
Python API may pass nothing. A cancelled job raises :class:`Cancelled` from inside
its transaction, so nothing of it is kept.
"""

from __future__ import annotations

from collections.abc import Callable

from libtech_desktop.domain.errors import LibtechError

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


class Cancelled(LibtechError):
    code = "cancelled"

    def __init__(self, message: str = "Cancelled — nothing was changed.") -> None:
        super().__init__(message)


def no_progress(done: int, total: int, what: str) -> None:
    """The default reporter: nobody is watching."""


def never_cancel() -> bool:
    return False


class Ticker:
    """Counts steps, reports every ``every`` of them, and raises on a cancel."""

    def __init__(
        self, total: int, progress: ProgressFn, should_cancel: CancelFn, every: int = 25
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._should_cancel = should_cancel
        self._every = every

    def step(self, what: str) -> None:
        self.done += 1
        if self.done % self._every == 0 or self.done == self.total:
            self._progress(min(self.done, self.total), self.total, what)
        if self._should_cancel():
            raise Cancelled()
