"""Bookmobile → Routes and stops…: the routes, the stops with their schedule and next
visit, a form to add or change a stop (or retire it), and statistics per stop for a
period. Every service call runs on the runner; refusals are said in the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.routes import Route, Stop, StopStatistics
from libtech_desktop.services.routes import RouteService
from libtech_desktop.ui._generated.ui_routes_dialog import Ui_RoutesDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

_ALL = "All routes"


@dataclass(frozen=True)
class StopRow:
    stop: Stop
    next_visit: date | None


def stops_model() -> RowTableModel[StopRow]:
    return RowTableModel(
        [
            Column("Stop", lambda r: r.stop.name),
            Column("Route", lambda r: r.stop.route_name),
            Column("Schedule", lambda r: r.stop.schedule),
            Column(
                "Next visit",
                lambda r: r.next_visit.strftime("%a %d %b %Y") if r.next_visit else "—",
            ),
            Column("Address", lambda r: r.stop.address or ""),
            Column("Active", lambda r: "yes" if r.stop.active else "retired"),
        ]
    )


def stats_model() -> RowTableModel[StopStatistics]:
    return RowTableModel(
        [
            Column("Stop", lambda s: s.stop),
            Column("Route", lambda s: s.route),
            Column("Check-outs", lambda s: str(s.checkouts), align_right=True),
            Column("Check-ins", lambda s: str(s.checkins), align_right=True),
            Column("Renewals", lambda s: str(s.renewals), align_right=True),
            Column("Borrowers", lambda s: str(s.borrowers), align_right=True),
        ]
    )


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class RoutesDialog(QDialog):
    #: The stops were read: (how many).
    stops_loaded = Signal(int)
    #: Statistics were counted: (how many stops).
    stats_loaded = Signal(int)
    #: A route or stop was added or changed: (the Route or Stop).
    changed = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        routes: RouteService,
        runner: TaskRunner,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RoutesDialog()
        self.ui.setupUi(self)
        self._routes, self._today = routes, today
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self.stops = stops_model()
        self.stats = stats_model()
        show_model(self.ui.stops_view, self.stops, stretch=2)
        show_model(self.ui.stats_view, self.stats, stretch=0)
        ui = self.ui
        ui.routes_combo.activated.connect(lambda _n: self.refresh())
        ui.add_route_button.clicked.connect(self.add_route)
        ui.rename_route_button.clicked.connect(self.rename_route)
        ui.stops_view.selectionModel().currentRowChanged.connect(lambda i, _p: self._fill(i.row()))
        ui.new_stop_button.clicked.connect(self.clear_form)
        ui.add_stop_button.clicked.connect(self.add_stop)
        ui.save_stop_button.clicked.connect(self.save_stop)
        ui.retire_button.clicked.connect(self.retire_stop)
        ui.stats_button.clicked.connect(self.count)
        ui.close_button.clicked.connect(self.reject)

    # -- what the main window and the tests use ----------------------------------------

    def open(self) -> None:
        self.show()
        self.activateWindow()
        today = self._today()
        self.ui.first_visit_edit.setDate(_qdate(today))
        self.ui.from_edit.setDate(_qdate(today.replace(day=1)))
        self.ui.to_edit.setDate(_qdate(today))
        self.ui.routes_combo.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def refresh(self, then: str | None = None, select: str | None = None) -> None:
        routes, shown = self._routes, self._route_shown()

        def read() -> tuple[list[Route], list[StopRow]]:
            found = routes.stops(shown)
            return routes.routes(), [StopRow(s, routes.next_visit(s)) for s in found]

        self._jobs.submit(read, lambda r: self._show(r[0], r[1], then, select), self._on_error)

    def add_route(self) -> None:
        name, routes = self.ui.route_name_edit.text(), self._routes
        self._submit(lambda: routes.add_route(name), lambda r: f"Added route {r.name}.")

    def rename_route(self) -> None:
        shown, name, routes = self._route_shown(), self.ui.route_name_edit.text(), self._routes
        if shown is None:
            self._show_error("Choose the route to rename in “Route”, then type its new name.")
            return
        self._submit(
            lambda: routes.rename_route(shown, name), lambda r: f"Renamed the route {r.name}."
        )

    def add_stop(self) -> None:
        form, routes = self._form(), self._routes
        self._submit(
            lambda: routes.add_stop(**form),
            lambda s: f"Added stop {s.name}: {s.schedule}.",
            select=True,
        )

    def save_stop(self) -> None:
        chosen = self.chosen_stop()
        if chosen is None:
            self._show_error("Choose the stop to change in the table.")
            return
        form, routes = self._form(), self._routes
        form["new_name"] = form.pop("name")
        form.pop("position")

        def save() -> Stop:
            return routes.update_stop(chosen.name, **form)

        self._submit(save, lambda s: f"Saved stop {s.name}: {s.schedule}.", select=True)

    def retire_stop(self) -> None:
        chosen = self.chosen_stop()
        if chosen is None:
            self._show_error("Choose the stop to retire in the table.")
            return
        routes = self._routes
        self._submit(
            lambda: routes.retire_stop(chosen.name),
            lambda s: f"Retired stop {s.name}: no longer visited, its history kept.",
        )

    def count(self) -> None:
        start, end = _day(self.ui.from_edit.date()), _day(self.ui.to_edit.date())
        routes, shown = self._routes, self._route_shown()

        def counted(found: list[StopStatistics]) -> None:
            self.stats.set_rows(found)
            lent = sum(s.checkouts for s in found)
            self._say(f"{start} to {end}: {lent} check-outs at {len(found)} stops.")
            self.stats_loaded.emit(len(found))

        self._jobs.submit(
            lambda: routes.stop_statistics(start, end, shown), counted, self._on_error
        )

    def chosen_stop(self) -> Stop | None:
        index = self.ui.stops_view.currentIndex()
        return self.stops.row(index.row()).stop if index.isValid() else None

    def clear_form(self) -> None:
        ui = self.ui
        for field in (ui.name_edit, ui.starts_edit, ui.ends_edit, ui.address_edit):
            field.clear()
        ui.every_spin.setValue(1)
        ui.stops_view.clearSelection()
        ui.stops_view.setCurrentIndex(self.stops.index(-1, -1))
        ui.name_edit.setFocus()

    # -- the form --------------------------------------------------------------------

    def _form(self) -> dict[str, Any]:
        ui = self.ui
        return {
            "route": ui.route_combo.currentText(),
            "name": ui.name_edit.text(),
            "weekday": ui.weekday_combo.currentIndex(),
            "starts_at": ui.starts_edit.text(),
            "ends_at": ui.ends_edit.text(),
            "first_visit": _day(ui.first_visit_edit.date()),
            "every_weeks": ui.every_spin.value(),
            "address": ui.address_edit.text(),
            "position": None,
        }

    def _fill(self, row: int) -> None:
        if row < 0 or row >= self.stops.rowCount():
            return
        stop, ui = self.stops.row(row).stop, self.ui
        ui.name_edit.setText(stop.name)
        ui.route_combo.setCurrentText(stop.route_name)
        ui.weekday_combo.setCurrentIndex(stop.weekday)
        ui.starts_edit.setText(stop.starts_at)
        ui.ends_edit.setText(stop.ends_at)
        ui.first_visit_edit.setDate(_qdate(stop.first_visit))
        ui.every_spin.setValue(stop.every_weeks)
        ui.address_edit.setText(stop.address or "")

    # -- outcomes -------------------------------------------------------------------

    def _submit(
        self, fn: Callable[[], Any], words: Callable[[Any], str], select: bool = False
    ) -> None:
        def done(result: Route | Stop) -> None:
            self.changed.emit(result)
            name = result.name if select else None
            self.refresh(then=words(result), select=name)

        self._jobs.submit(fn, done, self._on_error)

    def _route_shown(self) -> str | None:
        text = self.ui.routes_combo.currentText()
        return None if text in ("", _ALL) else text

    def _show(
        self, routes: list[Route], rows: list[StopRow], then: str | None, select: str | None
    ) -> None:
        ui, shown = self.ui, self._route_shown()
        names = [r.name for r in routes]
        ui.routes_combo.clear()
        ui.routes_combo.addItems([_ALL, *names])
        ui.routes_combo.setCurrentText(shown if shown in names else _ALL)
        typed = ui.route_combo.currentText()
        ui.route_combo.clear()
        ui.route_combo.addItems(names)
        if typed in names:
            ui.route_combo.setCurrentText(typed)
        self.stops.set_rows(rows)
        for n, row in enumerate(rows):
            if row.stop.name == select:
                ui.stops_view.setCurrentIndex(self.stops.index(n, 0))
        count = len(rows)
        self._say(then or f"{count} stop{'s' if count != 1 else ''}.")
        self.stops_loaded.emit(count)

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for button in (ui.add_stop_button, ui.save_stop_button, ui.retire_button, ui.stats_button):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
