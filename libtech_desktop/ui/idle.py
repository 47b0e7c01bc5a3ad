"""Noticing an idle desk (issue 8): no keyboard or mouse input anywhere in the program for
a while, and :attr:`IdleWatcher.idle` fires (the desk session locks the desk).

One application-wide event filter restarts a single-shot QTimer on every input event; the
tests give it a short interval and wait for the signal, without sleeping.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Fires :attr:`idle` after ``interval_ms`` without input; 0 never fires."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._interval = 0
        self._installed = False

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(0, minutes) * 60_000)

    def set_interval_ms(self, interval: int) -> None:
        """Start watching (again) with this idle period; 0 stops watching."""
        self._interval = interval
        app = QApplication.instance()
        if interval > 0 and not self._installed and app is not None:
            app.installEventFilter(self)
            self._installed = True
        self.restart()

    @property
    def interval_ms(self) -> int:
        return self._interval

    @property
    def watching(self) -> bool:
        return self._timer.isActive()

    def restart(self) -> None:
        """Count the idle period from now."""
        if self._interval > 0:
            self._timer.start(self._interval)
        else:
            self._timer.stop()

    def pause(self) -> None:
        """Stop counting (the desk is locked already) until :meth:`restart`."""
        self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        app = QApplication.instance()
        if self._installed and app is not None:
            app.removeEventFilter(self)
        self._installed = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT and self._timer.isActive():
            self._timer.start(self._interval)
        return False
