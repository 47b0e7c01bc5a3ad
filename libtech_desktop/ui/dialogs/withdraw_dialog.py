"""Withdraw an item for good: a reason, a note (the CREW/MUSTIE criteria in words), and
whether to order a replacement."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.repairs import WithdrawalReason
from libtech_desktop.ui._generated.ui_withdraw_dialog import Ui_WithdrawDialog


class WithdrawDialog(QDialog):
    """Made once by the tab and reused. ``withdraw_given`` carries (item barcode, reason,
    note, order a replacement)."""

    withdraw_given = Signal(str, str, str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WithdrawDialog()
        self.ui.setupUi(self)
        for reason in WithdrawalReason:
            self.ui.reason_combo.addItem(reason.value.capitalize(), reason.value)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._barcode = ""

    def start(self, barcode: str, title: str, reason: WithdrawalReason) -> None:
        self._barcode = barcode
        self.setWindowTitle(f"Withdraw — {barcode}")
        self.ui.item_label.setText(
            f"Withdraw {barcode} “{title}” from the collection? It will never be lent again; "
            "its record stays for the statistics."
        )
        self.ui.reason_combo.setCurrentIndex(self.ui.reason_combo.findData(reason.value))
        self.ui.note_edit.clear()
        self.ui.replace_check.setChecked(False)
        self.ui.reason_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        super().accept()
        self.withdraw_given.emit(
            self._barcode,
            str(self.ui.reason_combo.currentData()),
            self.ui.note_edit.text(),
            self.ui.replace_check.isChecked(),
        )
