"""Record an item's condition by hand (its status does not change)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.repairs import Condition
from libtech_desktop.ui._generated.ui_condition_dialog import Ui_ConditionDialog


class ConditionDialog(QDialog):
    """Made once by the tab and reused. ``condition_given`` carries (item barcode,
    condition, note)."""

    condition_given = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConditionDialog()
        self.ui.setupUi(self)
        self.ui.condition_combo.addItems([c.value for c in Condition])
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._barcode = ""

    def start(self, barcode: str, title: str) -> None:
        self._barcode = barcode
        self.setWindowTitle(f"Record condition — {barcode}")
        self.ui.item_label.setText(f"The condition of {barcode} {title}".rstrip() + " now:")
        self.ui.condition_combo.setCurrentIndex(0)
        self.ui.note_edit.clear()
        self.ui.condition_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        super().accept()
        self.condition_given.emit(
            self._barcode, self.ui.condition_combo.currentText(), self.ui.note_edit.text()
        )
