"""Bookmobile → Current stop / Load and unload the truck / Routes and stops (issue 7),
and the status-bar label that shows the stop the desk is at."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget

from libtech_desktop.domain.routes import Stop
from libtech_desktop.services.routes import RouteService
from libtech_desktop.services.truck import TruckService
from libtech_desktop.ui.dialogs.stop_dialog import StopDialog, stop_label_text
from libtech_desktop.ui.feedback import RecordingSoundPlayer, SoundPlayer
from libtech_desktop.ui.runner import TaskRunner

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.routes_dialog import RoutesDialog
    from libtech_desktop.ui.dialogs.truck_dialog import TruckDialog


class RouteDialogs:
    def __init__(
        self,
        window: QWidget,
        routes: RouteService,
        truck: TruckService,
        runner: TaskRunner,
        on_changed: Callable[[], object],
        sounds: SoundPlayer | None = None,
    ) -> None:
        self._window, self._routes, self._truck, self._runner = window, routes, truck, runner
        self._on_changed = on_changed
        #: Silent unless the desk's sound player is given.
        self._sounds: SoundPlayer = sounds if sounds is not None else RecordingSoundPlayer()
        #: A permanent status-bar widget: the stop this desk is at today, if any.
        self.stop_label = QLabel("")
        self.stop_label.setAccessibleName("The bookmobile stop this desk is at")
        self.stop_dialog: StopDialog | None = None
        self.truck_dialog: TruckDialog | None = None
        self.routes_dialog: RoutesDialog | None = None
        # A stop is set for one day: look again now and then, so it lapses at midnight.
        self._timer = QTimer(self.stop_label)
        self._timer.setInterval(5 * 60 * 1000)
        self._timer.timeout.connect(self.refresh_stop)
        self._timer.start()
        self.refresh_stop()

    def refresh_stop(self) -> None:
        """Read the stop the desk is at (it lapses at midnight) into the status bar."""
        routes = self._routes
        self._runner.submit(
            routes.current_stop, self._show_stop, lambda _error: None, owner=self.stop_label
        )

    def choose_stop(self) -> None:
        """Say which stop the bookmobile is at (loans made here fall due on its visits)."""
        if self.stop_dialog is None:
            self.stop_dialog = StopDialog(self._window, self._routes, self._runner)
            self.stop_dialog.stop_chosen.connect(self._stop_chosen)
        self.stop_dialog.open()

    def open_truck(self) -> None:
        """Scan items onto or off the truck."""
        if self.truck_dialog is None:
            from libtech_desktop.ui.dialogs.truck_dialog import TruckDialog

            self.truck_dialog = TruckDialog(
                self._window, self._truck, self._runner, self._sounds, self._on_changed
            )
        self.truck_dialog.open()

    def open_routes(self) -> None:
        """Define routes and stops with their schedule; statistics per stop."""
        if self.routes_dialog is None:
            from libtech_desktop.ui.dialogs.routes_dialog import RoutesDialog

            self.routes_dialog = RoutesDialog(
                self._window, self._routes, self._runner, self._routes.today
            )
            self.routes_dialog.changed.connect(lambda _what: self._after_route_change())
        self.routes_dialog.open()

    def _after_route_change(self) -> None:
        self.refresh_stop()
        self._on_changed()

    def _stop_chosen(self, stop: Stop | None) -> None:
        self._show_stop(stop)
        self._on_changed()

    def _show_stop(self, stop: Stop | None) -> None:
        self.stop_label.setText(stop_label_text(stop))
        self.stop_label.setToolTip(stop.address or "" if stop else "")
