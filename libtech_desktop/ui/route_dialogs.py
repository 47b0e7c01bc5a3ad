"""Bookmobile → Current stop / Load and unload the truck / Routes and stops (issue 7),
and the status-bar label that shows the stop the desk is at."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from libtech_desktop.services.routes import RouteService
from libtech_desktop.services.truck import TruckService
from libtech_desktop.ui.runner import TaskRunner


class RouteDialogs:
    def __init__(
        self,
        window: QWidget,
        routes: RouteService,
        truck: TruckService,
        runner: TaskRunner,
        on_changed: Callable[[], object],
    ) -> None:
        self._window, self._routes, self._truck, self._runner = window, routes, truck, runner
        self._on_changed = on_changed
        #: A permanent status-bar widget: the stop this desk is at today, if any.
        self.stop_label = QLabel("")

    def choose_stop(self) -> None:
        """Say which stop the bookmobile is at (loans made here fall due on its visits)."""

    def open_truck(self) -> None:
        """Scan items onto or off the truck."""

    def open_routes(self) -> None:
        """Define routes and stops with their schedule; statistics per stop."""
