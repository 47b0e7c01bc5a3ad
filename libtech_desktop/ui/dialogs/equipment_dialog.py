"""The library's equipment: the list (status, warranty, open faults, maintenance due),
a piece added or edited, its status changed; its faults reported, troubleshooting
steps noted as they are tried and fixed with a resolution (downtime shown); its
maintenance scheduled and marked done, with what is due soon said at the top; and a
piece made lendable (an item of type equipment, with its accessories).

Created once by its owner, parented to it, and reused: ``open()``. Every service call
runs on the runner through ``WidgetJobs``; refusals are said in the status line.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.equipment import (
    EQUIPMENT_KINDS,
    Equipment,
    EquipmentDraft,
    EquipmentStatus,
    Fault,
    MaintenanceDue,
    format_downtime,
)
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.services.equipment import EquipmentDetails, EquipmentService, Lendable
from libtech_desktop.ui._generated.ui_equipment_dialog import Ui_EquipmentDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

_REMIND_STYLE = "QLabel { color:#8a4b00; font-weight:bold; }"


def _day(d: date | None) -> str:
    return d.isoformat() if d else ""


def equipment_model() -> RowTableModel[Equipment]:
    return RowTableModel(
        [
            Column("Name", lambda e: e.name),
            Column("Kind", lambda e: e.kind or ""),
            Column("Model", lambda e: e.model or ""),
            Column("Serial", lambda e: e.serial or ""),
            Column("Location", lambda e: e.location or ""),
            Column(
                "Status",
                lambda e: e.status.label,
                alert=lambda e: e.status is not EquipmentStatus.IN_SERVICE,
            ),
            Column("Warranty", lambda e: _day(e.warranty_until)),
            Column(
                "Open faults",
                lambda e: str(e.open_faults or ""),
                alert=lambda e: e.open_faults > 0,
                align_right=True,
            ),
            Column(
                "Maintenance due",
                lambda e: ("DUE " if e.maintenance_due else "") + _day(e.maintenance_due_on),
                alert=lambda e: e.maintenance_due,
            ),
            Column("Item", lambda e: e.item_barcode or ""),
        ]
    )


def faults_model(now: list[datetime]) -> RowTableModel[Fault]:
    """``now`` holds the instant downtime of open faults is counted to (set per load)."""
    return RowTableModel(
        [
            Column("Fault", lambda f: str(f.id), align_right=True),
            Column("Symptom", lambda f: f.symptom),
            Column("Reported", lambda f: to_local(f.reported_at).strftime("%Y-%m-%d %H:%M")),
            Column("Steps", lambda f: str(len(f.steps_tried)), align_right=True),
            Column("State", lambda f: "Open" if f.is_open else "Fixed", alert=lambda f: f.is_open),
            Column("Downtime", lambda f: format_downtime(f.downtime(now[0])) if now else ""),
            Column("Resolution", lambda f: f.resolution or ""),
        ]
    )


def maintenance_model() -> RowTableModel[MaintenanceDue]:
    def every(d: MaintenanceDue) -> str:
        t = d.task
        parts = [
            f"{t.every_days} days" if t.every_days else "",
            f"{t.every_hours} h" if t.every_hours else "",
        ]
        return " or ".join(p for p in parts if p)

    return RowTableModel(
        [
            Column("Task", lambda d: d.task.name),
            Column("Every", every),
            Column("Last done", lambda d: _day(d.task.last_done_on)),
            Column(
                "Next due",
                lambda d: ("OVERDUE " if d.overdue else "DUE " if d.due else "") + d.when_text(),
                alert=lambda d: d.due,
            ),
        ]
    )


def _parse_day(text: str, what: str) -> date | None:
    value = text.strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{what}: {value!r} is not a date like 2026-09-01.") from None


class EquipmentDialog(QDialog):
    #: The list was read and shown: (how many pieces).
    pieces_loaded = Signal(int)
    #: The selected piece's details were shown: (EquipmentDetails).
    details_loaded = Signal(object)
    #: Something was saved, reported, fixed…: (what was said).
    changed = Signal(str)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self, parent: QWidget | None, equipment: EquipmentService, runner: TaskRunner
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_EquipmentDialog()
        self.ui.setupUi(self)
        self._service = equipment
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self._now: list[datetime] = []
        self.details: EquipmentDetails | None = None
        self._listing = False
        self.pieces = equipment_model()
        self.faults = faults_model(self._now)
        self.maintenance = maintenance_model()
        ui = self.ui
        show_model(ui.equipment_view, self.pieces, stretch=0)
        show_model(ui.faults_view, self.faults, stretch=1)
        show_model(ui.maintenance_view, self.maintenance, stretch=0)
        ui.kind_combo.addItems(["", *EQUIPMENT_KINDS])
        for status in EquipmentStatus:
            ui.status_combo.addItem(status.label, status)
        ui.equipment_view.selectionModel().currentRowChanged.connect(self._on_piece_chosen)
        ui.faults_view.selectionModel().currentRowChanged.connect(self._on_fault_chosen)
        for signal, slot in (
            (ui.save_button.clicked, self.save),
            (ui.name_edit.returnPressed, self.save),
            (ui.new_button.clicked, self.new_piece),
            (ui.status_button.clicked, self.set_status),
            (ui.report_button.clicked, self.report_fault),
            (ui.symptom_edit.returnPressed, self.report_fault),
            (ui.step_button.clicked, self.add_step),
            (ui.step_edit.returnPressed, self.add_step),
            (ui.fix_button.clicked, self.fix),
            (ui.resolution_edit.returnPressed, self.fix),
            (ui.schedule_button.clicked, self.schedule),
            (ui.task_edit.returnPressed, self.schedule),
            (ui.done_button.clicked, self.done_today),
            (ui.remove_task_button.clicked, self.remove_task),
            (ui.lend_button.clicked, self.lend),
            (ui.barcode_edit.returnPressed, self.lend),
            (ui.accessories_edit.returnPressed, self.lend),
            (ui.close_button.clicked, self.reject),
        ):
            signal.connect(slot)
        QShortcut(QKeySequence("Ctrl+S"), self, self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_piece)
        QShortcut(QKeySequence("Ctrl+D"), self, self.done_today)

    # -- what the owner and the tests use ---------------------------------------------

    def open(self) -> None:
        """Show the dialog with the equipment list (QDialog.open, without modality)."""
        self._say("Reading the equipment…")
        self.show()
        self.activateWindow()
        self.ui.equipment_view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def selected(self) -> Equipment | None:
        index = self.ui.equipment_view.currentIndex()
        return self.pieces.row(index.row()) if index.isValid() else None

    def selected_fault(self) -> Fault | None:
        index = self.ui.faults_view.currentIndex()
        return self.faults.row(index.row()) if index.isValid() else None

    def selected_task(self) -> MaintenanceDue | None:
        index = self.ui.maintenance_view.currentIndex()
        return self.maintenance.row(index.row()) if index.isValid() else None

    def refresh(self, select_id: int | None = None, then: str | None = None) -> None:
        service = self._service
        current = self.selected()
        wanted = select_id if select_id is not None else (current.id if current else None)
        self._jobs.submit(
            lambda: (service.pieces(), service.due_maintenance()),
            lambda r: self._show_list(r[0], r[1], wanted, then),
            self._on_error,
        )

    # -- the piece ----------------------------------------------------------------------

    def new_piece(self) -> None:
        self.ui.equipment_view.clearSelection()
        self.ui.equipment_view.setCurrentIndex(QModelIndex())
        self.details = None
        self._fill_form(None)
        self.ui.detail_tabs.setCurrentWidget(self.ui.piece_tab)
        self.ui.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._say("A new piece: fill in the form, then Save (Ctrl+S).")

    def save(self) -> None:
        ui = self.ui
        try:
            draft = EquipmentDraft(
                ui.name_edit.text(),
                ui.kind_combo.currentText() or None,
                ui.model_edit.text() or None,
                ui.serial_edit.text() or None,
                ui.location_edit.text() or None,
                _parse_day(ui.purchased_edit.text(), "Bought on"),
                _parse_day(ui.warranty_edit.text(), "Warranty until"),
                ui.notes_edit.text() or None,
            )
        except InvalidInput as exc:
            self._on_error(exc)
            return
        piece, hours, service = self.details, ui.hours_spin.value(), self._service

        def save() -> Equipment:
            saved = service.update(piece.equipment.id, draft) if piece else service.add(draft)
            if hours != saved.hours_used:
                saved = service.record_hours(saved.id, hours)
            return saved

        verb = "Saved" if piece else "Added"
        self._jobs.submit(save, lambda e: self._changed(e.id, f"{verb} {e.name}."), self._on_error)

    def set_status(self) -> None:
        piece = self._require_piece()
        if piece is None:
            return
        status = self.ui.status_combo.currentData()
        service = self._service
        self._jobs.submit(
            lambda: service.set_status(piece.id, status),
            lambda e: self._changed(e.id, f"{e.name} is now {e.status.label.lower()}."),
            self._on_error,
        )

    # -- faults -------------------------------------------------------------------------

    def report_fault(self) -> None:
        piece = self._require_piece()
        if piece is None:
            return
        symptom, works = self.ui.symptom_edit.text(), self.ui.still_works_check.isChecked()
        service = self._service

        def done(f: Fault) -> None:
            self.ui.symptom_edit.clear()
            self.ui.still_works_check.setChecked(False)
            self._changed(f.equipment_id, f"Fault {f.id} reported on {f.equipment_name}.")

        self._jobs.submit(
            lambda: service.report_fault(piece.id, symptom, still_works=works), done, self._on_error
        )

    def add_step(self) -> None:
        fault = self._require_fault()
        if fault is None:
            return
        tried, service = self.ui.step_edit.text(), self._service

        def done(f: Fault) -> None:
            self.ui.step_edit.clear()
            self._changed(f.equipment_id, f"Fault {f.id}: step {len(f.steps_tried)} noted.")

        self._jobs.submit(lambda: service.add_step(fault.id, tried), done, self._on_error)

    def fix(self) -> None:
        fault = self._require_fault()
        if fault is None:
            return
        resolution, service = self.ui.resolution_edit.text(), self._service

        def done(f: Fault) -> None:
            self.ui.resolution_edit.clear()
            self._changed(f.equipment_id, f"Fault {f.id} fixed: {f.resolution}")

        self._jobs.submit(lambda: service.fix(fault.id, resolution), done, self._on_error)

    # -- maintenance ----------------------------------------------------------------------

    def schedule(self) -> None:
        piece = self._require_piece()
        if piece is None:
            return
        ui, service = self.ui, self._service
        name = ui.task_edit.text()
        days, hours = ui.every_days_spin.value() or None, ui.every_hours_spin.value() or None

        def done(d: MaintenanceDue) -> None:
            ui.task_edit.clear()
            ui.every_days_spin.setValue(0)
            ui.every_hours_spin.setValue(0)
            self._changed(d.task.equipment_id, f"{d.task.name}: next due {d.when_text()}.")

        self._jobs.submit(
            lambda: service.add_maintenance(piece.id, name, every_days=days, every_hours=hours),
            done,
            self._on_error,
        )

    def done_today(self) -> None:
        due = self.selected_task()
        if due is None:
            self._show_error("Choose the maintenance done in the Maintenance list.")
            return
        service = self._service
        self._jobs.submit(
            lambda: service.maintenance_done(due.task.id),
            lambda d: self._changed(
                d.task.equipment_id, f"{d.task.name} done; next due {d.when_text()}."
            ),
            self._on_error,
        )

    def remove_task(self) -> None:
        due = self.selected_task()
        if due is None:
            self._show_error("Choose the maintenance task to remove.")
            return
        service, task = self._service, due.task
        self._jobs.submit(
            lambda: service.remove_maintenance(task.id),
            lambda _: self._changed(task.equipment_id, f"{task.name} no longer scheduled."),
            self._on_error,
        )

    # -- lending ------------------------------------------------------------------------

    def lend(self) -> None:
        piece = self._require_piece()
        if piece is None:
            return
        barcode, accessories = self.ui.barcode_edit.text(), self.ui.accessories_edit.text()
        service = self._service
        if piece.lendable:
            self._jobs.submit(
                lambda: service.set_accessories(piece.id, accessories),
                lambda e: self._changed(e.id, f"Accessories of {e.name} saved."),
                self._on_error,
            )
            return

        def done(made: Lendable) -> None:
            said = " ".join(
                (f"{made.equipment.name} is lendable as {made.item.barcode}.", *made.notes)
            )
            self._changed(made.equipment.id, said)

        self._jobs.submit(
            lambda: service.make_lendable(piece.id, barcode, accessories), done, self._on_error
        )

    # -- outcomes -------------------------------------------------------------------------

    def _show_list(
        self,
        pieces: list[Equipment],
        due: list[MaintenanceDue],
        wanted: int | None,
        then: str | None,
    ) -> None:
        # Choosing the row here loads its details once, not again by the row-changed slot.
        self._listing = True
        self.pieces.set_rows(pieces)
        ids = [p.id for p in pieces]
        if ids:
            row = ids.index(wanted) if wanted in ids else 0
            self.ui.equipment_view.setCurrentIndex(self.pieces.index(row, 0))
        self._listing = False
        if ids:
            self._load_details(pieces[row].id)
        else:
            self._fill_form(None)
        reminder = "; ".join(
            f"{d.task.equipment_name} — {d.task.name} ({d.when_text()})" for d in due
        )
        self.ui.reminders_label.setText(f"Maintenance due: {reminder}" if due else "")
        self.ui.reminders_label.setStyleSheet(_REMIND_STYLE if due else "")
        count = len(pieces)
        self._say(then or f"{count} piece{'s' if count != 1 else ''} of equipment.")
        self.pieces_loaded.emit(count)

    def _on_piece_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if (
            not self._listing
            and current.isValid()
            and (
                self.details is None
                or self.details.equipment.id != self.pieces.row(current.row()).id
            )
        ):
            self._load_details(self.pieces.row(current.row()).id)

    def _load_details(self, equipment_id: int) -> None:
        service = self._service
        self._jobs.submit(lambda: service.details(equipment_id), self._show_details, self._on_error)

    def _show_details(self, details: EquipmentDetails) -> None:
        current = self.selected()
        if current is not None and current.id != details.equipment.id:
            return  # another piece was chosen meanwhile
        self.details = details
        self._now[:] = [details.as_of]
        self._fill_form(details.equipment)
        self.faults.set_rows(details.faults)
        self.maintenance.set_rows(details.maintenance)
        if details.faults:
            self.ui.faults_view.setCurrentIndex(self.faults.index(0, 0))
        self._on_fault_chosen(self.ui.faults_view.currentIndex(), QModelIndex())
        self.details_loaded.emit(details)

    def _fill_form(self, piece: Equipment | None) -> None:
        ui = self.ui
        if piece is None:
            self.details = None
            self.faults.set_rows([])
            self.maintenance.set_rows([])
        ui.name_edit.setText(piece.name if piece else "")
        ui.kind_combo.setCurrentText(piece.kind or "" if piece else "")
        ui.model_edit.setText(piece.model or "" if piece else "")
        ui.serial_edit.setText(piece.serial or "" if piece else "")
        ui.location_edit.setText(piece.location or "" if piece else "")
        ui.purchased_edit.setText(_day(piece.purchased_on) if piece else "")
        ui.warranty_edit.setText(_day(piece.warranty_until) if piece else "")
        ui.hours_spin.setValue(piece.hours_used if piece else 0)
        ui.notes_edit.setText(piece.notes or "" if piece else "")
        if piece is not None:
            ui.status_combo.setCurrentIndex(ui.status_combo.findData(piece.status))
        lendable = piece is not None and piece.lendable
        ui.barcode_edit.setEnabled(not lendable)
        ui.barcode_edit.setText(piece.item_barcode or "" if piece else "")
        ui.accessories_edit.setText(", ".join(piece.accessories) if piece else "")
        ui.lend_button.setText("Save a&ccessories" if lendable else "Make &lendable")
        ui.lending_label.setText(
            f"Lent as item {piece.item_barcode}; its accessories are checked at return."
            if piece and lendable
            else "Not lendable: scan a new barcode label to lend it through circulation."
        )

    def _on_fault_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        fault = self.faults.row(current.row()) if current.isValid() else None
        if fault is None:
            self.ui.steps_label.setText("")
            return
        steps = "; ".join(f"{n}. {s}" for n, s in enumerate(fault.steps_tried, 1))
        by = f"reported by {fault.reported_by}"
        fixed = f", fixed by {fault.fixed_by}" if fault.fixed_by else ""
        self.ui.steps_label.setText(
            f"Fault {fault.id} ({by}{fixed}) — tried: {steps or 'nothing yet'}"
        )

    def _changed(self, equipment_id: int, message: str) -> None:
        self.changed.emit(message)
        self.details = None
        self.refresh(select_id=equipment_id, then=message)

    def _require_piece(self) -> Equipment | None:
        piece = self.details.equipment if self.details else None
        if piece is None:
            self._show_error("Choose a piece in the list first (or save the new one).")
        return piece

    def _require_fault(self) -> Fault | None:
        fault = self.selected_fault()
        if fault is None:
            self._show_error("Choose the fault in the Faults list.")
        return fault

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for button in (
            ui.save_button,
            ui.status_button,
            ui.report_button,
            ui.step_button,
            ui.fix_button,
            ui.schedule_button,
            ui.done_button,
            ui.remove_task_button,
            ui.lend_button,
        ):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
