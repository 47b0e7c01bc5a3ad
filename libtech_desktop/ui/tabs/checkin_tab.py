"""Check in (discharge): scan items one after another; a running list of what came back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.clock import Clock, to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.scanning import Scan
from libtech_desktop.services.circulation import CheckinResult, CirculationService
from libtech_desktop.ui._generated.ui_checkin_tab import Ui_CheckinTab
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner


@dataclass(frozen=True)
class ReturnedRow:
    at: datetime
    barcode: str
    title: str
    patron: str
    note: str
    overdue: bool


def returned_model() -> RowTableModel[ReturnedRow]:
    return RowTableModel(
        [
            Column("Time", lambda r: to_local(r.at).strftime("%H:%M:%S")),
            Column("Barcode", lambda r: r.barcode),
            Column("Title", lambda r: r.title),
            Column("Returned by", lambda r: r.patron),
            Column("Note", lambda r: r.note, alert=lambda r: r.overdue),
        ]
    )


class CheckinTab(QWidget):
    checked_in = Signal(object)  # CheckinResult
    scan_handled = Signal()

    def __init__(
        self,
        circulation: CirculationService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CheckinTab()
        self.ui.setupUi(self)
        self._circulation = circulation
        self._runner = runner
        self._clock = clock
        self.feedback = Feedback(self.ui.message_label, sounds)
        self.returned = returned_model()
        show_model(self.ui.returned_view, self.returned, stretch=2)
        self.ui.scan_edit.scanned.connect(self._on_scanned)
        self.ui.scan_edit.scan_rejected.connect(self._on_rejected)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_scanned(self, scan: Scan) -> None:
        code = scan.code
        self._runner.submit(
            lambda: self._circulation.checkin(code),
            self._on_checked_in,
            self._on_rejected_error,
            owner=self,
        )

    def _on_checked_in(self, result: CheckinResult) -> None:
        title = f"“{result.item.title}” ({result.item.barcode})"
        if result.loan is None:
            self.feedback.warning(f"{title}: {result.message}")
        elif result.days_overdue:
            self.feedback.warning(f"Checked in {title}. {result.message}")
        else:
            self.feedback.success(f"Checked in {title}. {result.message}")
        self.returned.prepend(
            ReturnedRow(
                at=self._clock.now(),
                barcode=result.item.barcode,
                title=result.item.title,
                patron=result.loan.patron_name if result.loan else "",
                note=" ".join(result.notes),
                overdue=result.days_overdue > 0,
            )
        )
        count = sum(1 for row in self.returned.rows if row.patron)
        self.ui.count_label.setText(f"{count} returned this session")
        self.checked_in.emit(result)
        self.focus_scan_field()
        self.scan_handled.emit()

    def _on_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()
        self.scan_handled.emit()

    def _on_rejected_error(self, error: LibtechError) -> None:
        self._on_rejected(error.message)
