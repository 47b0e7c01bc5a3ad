"""A patron's incident log, and recording a new incident (with a suspension, if any)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.incidents import Incident
from libtech_desktop.services.patrons import PatronService
from libtech_desktop.ui._generated.ui_incidents_dialog import Ui_IncidentsDialog
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def incidents_model() -> RowTableModel[Incident]:
    return RowTableModel(
        [
            Column("On", lambda i: i.occurred_on.isoformat()),
            Column("What happened", lambda i: i.what),
            Column("Action taken", lambda i: i.action or ""),
            Column(
                "Suspended until",
                lambda i: i.suspended_until.isoformat() if i.suspended_until else "",
                alert=lambda i: i.suspended_until is not None,
            ),
            Column("Recorded by", lambda i: i.recorded_by),
        ]
    )


class IncidentsDialog(QDialog):
    """Made once by the Patrons tab and reused: ``start(barcode, name, today)``."""

    loaded = Signal()
    #: An incident was recorded (carries the :class:`Incident`).
    recorded = Signal(object)

    def __init__(
        self, patrons: PatronService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentsDialog()
        self.ui.setupUi(self)
        self._patrons = patrons
        self._jobs = WidgetJobs(runner, self, self._on_busy, self._show_error)
        self.incidents = incidents_model()
        show_model(self.ui.incidents_view, self.incidents, stretch=1)
        self._barcode = ""
        self.ui.suspend_check.toggled.connect(self.ui.suspend_edit.setEnabled)
        self.ui.record_button.clicked.connect(self.record)
        self.ui.close_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.record)

    def start(self, barcode: str, name: str, today: date) -> None:
        self._barcode = barcode
        self.setWindowTitle(f"Incidents — {name}")
        ui = self.ui
        ui.occurred_edit.setMaximumDate(_qdate(today))
        ui.occurred_edit.setDate(_qdate(today))
        ui.suspend_edit.setMinimumDate(_qdate(today + timedelta(days=1)))
        ui.suspend_edit.setDate(_qdate(today + timedelta(days=14)))
        ui.suspend_check.setChecked(False)
        ui.what_edit.clear()
        ui.action_edit.clear()
        self._show_error("")
        self.incidents.set_rows([])
        ui.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._reload()

    def _reload(self) -> None:
        barcode, patrons = self._barcode, self._patrons
        self._jobs.submit(lambda: patrons.incidents(barcode), self._on_loaded, self._on_error)

    def _on_loaded(self, incidents: list[Incident]) -> None:
        self.incidents.set_rows(incidents)
        self.loaded.emit()

    def record(self) -> None:
        if self._jobs.running:
            return
        ui = self.ui
        barcode, patrons = self._barcode, self._patrons
        what, action = ui.what_edit.text(), ui.action_edit.text()
        occurred: date = ui.occurred_edit.date().toPython()  # type: ignore[assignment]
        until: date | None = (
            ui.suspend_edit.date().toPython()  # type: ignore[assignment]
            if ui.suspend_check.isChecked()
            else None
        )

        def save() -> tuple[Incident, list[Incident]]:
            incident = patrons.record_incident(
                barcode, what, action, occurred_on=occurred, suspended_until=until
            )
            return incident, patrons.incidents(barcode)

        self._jobs.submit(save, self._on_recorded, self._on_error)

    def _on_recorded(self, result: tuple[Incident, list[Incident]]) -> None:
        incident, incidents = result
        self.incidents.set_rows(incidents)
        self.ui.what_edit.clear()
        self.ui.action_edit.clear()
        self.ui.suspend_check.setChecked(False)
        suspended = (
            f" No borrowing until {incident.suspended_until.isoformat()}."
            if incident.suspended_until
            else ""
        )
        self._show_error("")
        self.ui.error_label.setText(f"Recorded.{suspended}")
        self.ui.what_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.recorded.emit(incident)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)

    def _on_busy(self, busy: bool) -> None:
        self.ui.record_button.setEnabled(not busy)

    @property
    def message(self) -> str:
        return self.ui.error_label.text()
