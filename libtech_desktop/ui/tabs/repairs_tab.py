"""Repairs: mark damaged items (they leave circulation), work through the repair queue.

No mouse needed: scan the item, the focus jumps to the note, type what is wrong and
press Enter. (With a note already typed, the scan alone marks the item.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.repairs import Repair, RepairOutcome
from libtech_desktop.scanning import Scan
from libtech_desktop.services.repairs import RepairService
from libtech_desktop.ui._generated.ui_repairs_tab import Ui_RepairsTab
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.repairs import repairs_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.runner import TaskRunner

NO_ITEM = "No item scanned"


class RepairsTab(QWidget):
    item_damaged = Signal(object)  # Repair
    repair_resolved = Signal(object)  # Repair, with its outcome
    queue_refreshed = Signal(object)  # list[Repair]

    def __init__(
        self,
        repairs: RepairService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_RepairsTab()
        self.ui.setupUi(self)
        self._repairs = repairs
        self._runner = runner
        self.feedback = Feedback(self.ui.message_label, sounds)
        self.queue = repairs_model()
        ui = self.ui
        show_model(ui.queue_view, self.queue, stretch=4)
        #: The item scanned and waiting for its condition note.
        self._pending: str | None = None
        #: A "mark damaged" is on its way: a second Enter must not send it twice.
        self._marking = False
        ui.scan_edit.scanned.connect(self._on_scanned)
        ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        ui.note_edit.returnPressed.connect(self.mark_damaged)
        ui.mark_button.clicked.connect(self.mark_damaged)
        ui.queue_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.repaired_button.clicked.connect(self.mark_repaired)
        ui.withdraw_button.clicked.connect(self.withdraw_selected)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # shown as a tab, not the window coming back
            self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Escape forgets a scanned item that is still waiting for its note.
        if event.matches(QKeySequence.StandardKey.Cancel) and self._pending:
            self._set_pending(None)
            self.feedback.warning("Scan cancelled; nothing was marked.")
            self.focus_scan_field()
            return
        super().keyPressEvent(event)

    # -- marking damaged ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the repair queue from the library."""
        self._runner.submit(self._repairs.queue, self._show_queue, self._on_error)

    def _on_scanned(self, scan: Scan) -> None:
        self._set_pending(scan.code)
        if self.ui.note_edit.text().strip():
            self.mark_damaged()
            return
        self.feedback.success(f"Scanned {scan.code}. Now type what is wrong and press Enter.")
        self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()

    def mark_damaged(self) -> None:
        """Take the scanned item out of circulation with the note typed."""
        if self._marking:
            return
        barcode = self._pending or self.ui.scan_edit.text().strip()
        if not barcode:
            self.feedback.warning("Scan the damaged item first.")
            self.focus_scan_field()
            return
        note, repairs = self.ui.note_edit.text(), self._repairs

        def work() -> tuple[Repair, list[Repair]]:
            return repairs.mark_damaged(barcode, note), repairs.queue()

        self._marking = True
        self._runner.submit(work, self._on_marked, self._on_mark_failed)

    def _on_marked(self, result: tuple[Repair, list[Repair]]) -> None:
        repair, queue = result
        self._marking = False
        self._set_pending(None)
        self.ui.scan_edit.clear()
        self.ui.note_edit.clear()
        self._show_queue(queue, select=repair.item_barcode)
        self.feedback.success(
            f"{repair.item_barcode} “{repair.title}” is in the repair queue: {repair.note}"
        )
        self.focus_scan_field()
        self.item_damaged.emit(repair)

    def _on_mark_failed(self, error: LibtechError) -> None:
        self._marking = False
        self.feedback.error(error.message)
        if self._pending and not self.ui.note_edit.text().strip():
            self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the note is missing
        else:
            self._set_pending(None)
            self.focus_scan_field()

    def _set_pending(self, barcode: str | None) -> None:
        self._pending = barcode
        self.ui.pending_label.setText(f"Item {barcode}" if barcode else NO_ITEM)

    # -- the queue ----------------------------------------------------------------------

    def selected_repair(self) -> Repair | None:
        rows = self.ui.queue_view.selectionModel().selectedRows()
        return self.queue.row(rows[0].row()) if rows else None

    def mark_repaired(self) -> None:
        """The selected item is mended: back to available."""
        self._resolve(RepairOutcome.REPAIRED)

    def withdraw_selected(self) -> QMessageBox | None:
        """Ask first (withdrawing is for good), then withdraw the selected item.

        Returns the confirmation box, shown with ``open()`` so nothing blocks."""
        repair = self.selected_repair()
        if repair is None:
            self.feedback.warning("Select an item in the repair queue first.")
            return None
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Withdraw item")
        box.setText(f"Withdraw {repair.item_barcode} “{repair.title}” from the collection?")
        box.setInformativeText("It will never be lent again. Press W to withdraw, Esc to keep it.")
        withdraw = box.addButton("&Withdraw", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.buttonClicked.connect(self._withdraw_when(withdraw, repair.item_barcode))
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def _withdraw_when(
        self, button: QAbstractButton, barcode: str
    ) -> Callable[[QAbstractButton], None]:
        def clicked(which: QAbstractButton) -> None:
            if which is button:
                self._resolve(RepairOutcome.WITHDRAWN, barcode)

        return clicked

    def _resolve(self, outcome: RepairOutcome, barcode: str | None = None) -> None:
        if barcode is None:
            repair = self.selected_repair()
            if repair is None:
                self.feedback.warning("Select an item in the repair queue first.")
                return
            barcode = repair.item_barcode
        code, repairs = barcode, self._repairs

        def work() -> tuple[Repair, list[Repair]]:
            return repairs.resolve(code, outcome), repairs.queue()

        self._runner.submit(work, self._on_resolved, self._on_error)

    def _on_resolved(self, result: tuple[Repair, list[Repair]]) -> None:
        repair, queue = result
        self._show_queue(queue)
        if repair.outcome is RepairOutcome.WITHDRAWN:
            self.feedback.warning(f"{repair.item_barcode} “{repair.title}” withdrawn.")
        else:
            self.feedback.success(
                f"{repair.item_barcode} “{repair.title}” repaired — back on the shelf."
            )
        self.repair_resolved.emit(repair)

    def _show_queue(self, queue: list[Repair], select: str | None = None) -> None:
        self.queue.set_rows(queue)
        count = len(queue)
        self.ui.count_label.setText(f"{count} item{'s' if count != 1 else ''} waiting")
        for row, repair in enumerate(queue):
            if repair.item_barcode == select:
                self.ui.queue_view.selectRow(row)
        self._on_selection_changed()
        self.queue_refreshed.emit(queue)

    def _on_selection_changed(self, *_: QItemSelection) -> None:
        selected = self.selected_repair() is not None
        self.ui.repaired_button.setEnabled(selected)
        self.ui.withdraw_button.setEnabled(selected)

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)
