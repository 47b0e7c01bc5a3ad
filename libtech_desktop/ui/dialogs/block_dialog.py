"""Block a patron: a reason the desk shows (required) and an optional end date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from libtech_desktop.ui._generated.ui_block_dialog import Ui_BlockDialog

_PROMPT = "Why is {name} blocked? The desk will show this."


class BlockDialog(QDialog):
    """Made once by the tab and reused. ``block_given`` carries (card, reason, ends on
    or ``None``) once there is a reason; a blank reason keeps the dialog open."""

    block_given = Signal(str, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_BlockDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.until_check.toggled.connect(self.ui.until_edit.setEnabled)
        self._barcode = ""
        self._prompt = ""

    @property
    def line_edit(self) -> QLineEdit:
        return self.ui.reason_edit

    # Named as QInputDialog's, which this dialog replaced.
    def labelText(self) -> str:
        return self.ui.prompt_label.text()

    def start(self, barcode: str, name: str, reason: str | None, today: date) -> None:
        self._barcode = barcode
        self._prompt = _PROMPT.format(name=name)
        self.setWindowTitle(f"Block patron — {name}")
        self.ui.prompt_label.setText(self._prompt)
        self.ui.reason_edit.setText(reason or "")
        self.ui.until_check.setChecked(False)
        tomorrow = today + timedelta(days=1)
        self.ui.until_edit.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        week = today + timedelta(days=7)
        self.ui.until_edit.setDate(QDate(week.year, week.month, week.day))
        self.ui.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        reason = " ".join(self.ui.reason_edit.text().split())
        if not reason:
            self.ui.prompt_label.setText(f"A reason is required. {self._prompt}")
            return
        until: date | None = None
        if self.ui.until_check.isChecked():
            until = self.ui.until_edit.date().toPython()  # type: ignore[assignment]
        super().accept()
        self.block_given.emit(self._barcode, reason, until)
