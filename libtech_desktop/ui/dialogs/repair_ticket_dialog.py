"""Work on a repair ticket: log time spent and materials cost, or finish it (the item is
mended: its condition now, and a note)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.domain.repairs import Condition, Repair
from libtech_desktop.ui._generated.ui_repair_ticket_dialog import Ui_RepairTicketDialog


class RepairTicketDialog(QDialog):
    """Made once by the tab and reused, in one of two modes (:meth:`log` or :meth:`finish`).

    ``work_given`` carries (ticket id, minutes, materials in minor units, condition —
    '' when only logging work —, note)."""

    work_given = Signal(int, int, int, str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RepairTicketDialog()
        self.ui.setupUi(self)
        self.ui.condition_combo.addItems([Condition.GOOD.value, Condition.FAIR.value])
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._ticket_id = 0
        self._finishing = False

    def log(self, ticket: Repair) -> None:
        """Add time and materials to an open ticket."""
        self._start(ticket, finishing=False)
        self.setWindowTitle(f"Log work — ticket {ticket.id}")

    def finish(self, ticket: Repair) -> None:
        """The item is mended: last time and materials, its condition now, a note."""
        self._start(ticket, finishing=True)
        self.setWindowTitle(f"Repaired — ticket {ticket.id}")

    def _start(self, ticket: Repair, *, finishing: bool) -> None:
        self._ticket_id, self._finishing = ticket.id, finishing
        so_far = f"{ticket.minutes_spent} min, {format_money(ticket.materials_minor)} so far"
        what = ticket.repair_type or "repair"
        self.ui.item_label.setText(f"{ticket.item_barcode} “{ticket.title}” — {what} ({so_far}).")
        self.ui.minutes_spin.setValue(0)
        self.ui.cost_edit.clear()
        self.ui.condition_combo.setCurrentIndex(0)
        self.ui.note_edit.clear()
        self.ui.message_label.clear()
        for widget in (
            self.ui.condition_caption_label,
            self.ui.condition_combo,
            self.ui.note_caption_label,
            self.ui.note_edit,
        ):
            widget.setVisible(finishing)
        self.ui.minutes_spin.selectAll()
        self.ui.minutes_spin.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        try:
            cost = parse_money(self.ui.cost_edit.text()) or 0
        except InvalidInput as exc:
            self.ui.message_label.setText(exc.message)
            self.ui.cost_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        minutes = self.ui.minutes_spin.value()
        if not self._finishing and not (minutes or cost):
            self.ui.message_label.setText("Type the time spent or the materials cost.")
            return
        condition = self.ui.condition_combo.currentText() if self._finishing else ""
        super().accept()
        self.work_given.emit(self._ticket_id, minutes, cost, condition, self.ui.note_edit.text())
