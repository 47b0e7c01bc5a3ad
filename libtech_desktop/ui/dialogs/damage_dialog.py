"""Flag a returned item damaged: a condition note, a repair type, and — where the
library charges damage and the item had a borrower — an optional charge to that borrower.

Keyboard only: type the note, Tab to the type (pick or type your own words), Alt+H to
charge, Tab to the amount, Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.money import parse_money
from libtech_desktop.domain.repairs import REPAIR_TYPES, DamageContext
from libtech_desktop.ui._generated.ui_damage_dialog import Ui_DamageDialog


class DamageDialog(QDialog):
    """Made once by the tab and reused. ``damage_given`` carries (item barcode, note,
    repair type, charge in minor units — 0 for none) once the form is complete; a blank
    note or a bad amount keeps the dialog open and says why."""

    damage_given = Signal(str, str, str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_DamageDialog()
        self.ui.setupUi(self)
        self.ui.type_combo.addItems(list(REPAIR_TYPES))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.charge_check.toggled.connect(self._on_charge_toggled)
        self._barcode = ""
        self._can_charge = False

    def start(self, context: DamageContext) -> None:
        """Ask about this item (the form is cleared)."""
        item = context.item
        self._barcode = item.barcode
        self.setWindowTitle(f"Damaged — {item.barcode}")
        self.ui.item_label.setText(
            f"{item.barcode} “{item.title}” goes to the repair queue with a ticket."
        )
        self.ui.note_edit.clear()
        self.ui.type_combo.setCurrentIndex(0)
        self.ui.charge_check.setChecked(False)
        self.ui.charge_edit.clear()
        borrower = context.chargeable
        self._can_charge = borrower is not None
        for widget in (self.ui.charge_check, self.ui.charge_edit):
            widget.setVisible(borrower is not None)
        if borrower is not None:
            self.ui.charge_check.setText(f"C&harge {borrower.name}:")
        self.ui.message_label.setText(
            ""
            if borrower
            else "No charge: the item has no borrower to charge, or the "
            "library does not charge for damage."
        )
        self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_charge_toggled(self, on: bool) -> None:
        self.ui.charge_edit.setEnabled(on)
        if on:
            self.ui.charge_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        note = " ".join(self.ui.note_edit.text().split())
        if not note:
            self._refuse("Say what is wrong with the item (a short condition note).")
            self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        charge = 0
        if self._can_charge and self.ui.charge_check.isChecked():
            try:
                charge = parse_money(self.ui.charge_edit.text()) or 0
            except InvalidInput as exc:
                self._refuse(exc.message)
                return
            if charge <= 0:
                self._refuse("Type the amount to charge (more than 0.00), or untick the charge.")
                self.ui.charge_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                return
        super().accept()
        self.damage_given.emit(self._barcode, note, self.ui.type_combo.currentText(), charge)

    def _refuse(self, message: str) -> None:
        self.ui.message_label.setText(message)
