"""Bookmobile → Current stop…: which stop the desk is at today. Today's stops come first,
then every other active stop; Enter chooses the highlighted one, "At the branch" clears it.
Loans made at a stop fall due on its visits and count in its statistics.

Created once by :class:`~libtech_desktop.ui.route_dialogs.RouteDialogs` and reused.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.routes import Stop
from libtech_desktop.services.routes import RouteService
from libtech_desktop.ui._generated.ui_stop_dialog import Ui_StopDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

_NAME = Qt.ItemDataRole.UserRole


def stop_label_text(stop: Stop | None) -> str:
    """The status bar's words for the stop the desk is at ("" at the branch)."""
    return f"Stop: {stop.name} (until {stop.ends_at})" if stop else ""


def _heading(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    return item


class StopDialog(QDialog):
    #: The desk's stop changed: (the Stop, or None at the branch).
    stop_chosen = Signal(object)
    #: The list was read: (how many stops can be chosen).
    list_loaded = Signal(int)
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, routes: RouteService, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_StopDialog()
        self.ui.setupUi(self)
        self._routes = routes
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self.ui.choose_button.clicked.connect(self.choose)
        self.ui.branch_button.clicked.connect(lambda: self._set(None))
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.stop_list.itemDoubleClicked.connect(lambda _item: self.choose())

    def open(self) -> None:
        self.show()
        self.activateWindow()
        self.ui.stop_list.setFocus(Qt.FocusReason.OtherFocusReason)
        routes = self._routes

        def read() -> tuple[list[Stop], list[Stop], Stop | None]:
            return routes.today_stops(), routes.stops(), routes.current_stop()

        self._jobs.submit(read, lambda r: self._show(*r), self._on_error)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def stop_names(self) -> list[str]:
        """The choosable stops, in the order shown."""
        found = (self.ui.stop_list.item(n) for n in range(self.ui.stop_list.count()))
        return [item.data(_NAME) for item in found if item.data(_NAME)]

    def choose(self) -> None:
        item = self.ui.stop_list.currentItem()
        name = item.data(_NAME) if item is not None else None
        if not name:
            self._show_error("Choose a stop in the list, or “At the branch”.")
            return
        self._set(name)

    def _set(self, name: str | None) -> None:
        routes = self._routes
        self._jobs.submit(lambda: routes.set_current_stop(name), self._chosen, self._on_error)

    def _chosen(self, stop: Stop | None) -> None:
        self.stop_chosen.emit(stop)
        self.accept()

    def _show(self, today: list[Stop], every: list[Stop], current: Stop | None) -> None:
        view = self.ui.stop_list
        view.clear()
        todays = {s.id for s in today}
        others = [s for s in every if s.active and s.id not in todays]
        if today:
            view.addItem(_heading("Today"))
            for stop in today:
                view.addItem(self._entry(stop, current))
        if others:
            view.addItem(_heading("Other stops"))
            for stop in others:
                view.addItem(self._entry(stop, current))
        chosen = [n for n in range(view.count()) if view.item(n).data(_NAME)]
        if chosen:
            mark = next(
                (n for n in chosen if current and view.item(n).data(_NAME) == current.name),
                chosen[0],
            )
            view.setCurrentRow(mark)
        where = f"Now at {current.name}." if current else "Now at the branch."
        self._say(where if chosen else "No stops yet: add them in Routes and stops….")
        self.list_loaded.emit(len(chosen))

    @staticmethod
    def _entry(stop: Stop, current: Stop | None) -> QListWidgetItem:
        here = "  ← now" if current and current.id == stop.id else ""
        item = QListWidgetItem(f"{stop.name} — {stop.route_name}, {stop.schedule}{here}")
        item.setData(_NAME, stop.name)
        return item

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.choose_button, self.ui.branch_button):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
