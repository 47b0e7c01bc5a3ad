"""Repairs: the repair desk. Flag damaged items (they leave circulation), work through the
tickets (start, log time and materials, repaired), withdraw or replace, and see each
item's condition history and the replacement list.

No mouse needed: scan the item, the focus jumps to the note, type what is wrong and
press Enter. (With a note already typed, the scan alone marks the item.) Withdraw…,
Order replacement and Record condition… act on the item just scanned, else on the
selected ticket's item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.repairs import (
    REPAIR_TYPES,
    ConditionEntry,
    Repair,
    RepairStatus,
    Replacement,
    Withdrawal,
    WithdrawalReason,
)
from libtech_desktop.scanning import Scan
from libtech_desktop.services.repairs import RepairService
from libtech_desktop.ui._generated.ui_repairs_tab import Ui_RepairsTab
from libtech_desktop.ui.dialogs.condition_dialog import ConditionDialog
from libtech_desktop.ui.dialogs.repair_ticket_dialog import RepairTicketDialog
from libtech_desktop.ui.dialogs.withdraw_dialog import WithdrawDialog
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner

D = TypeVar("D", bound=QDialog)

NO_ITEM = "No item scanned"
#: The ticket filter: what the "Show" list offers, and which tickets each means.
SHOW: tuple[tuple[str, str], ...] = (
    ("Not done", "open"),
    ("Queued", RepairStatus.QUEUED.value),
    ("In progress", RepairStatus.IN_PROGRESS.value),
    ("Done", RepairStatus.DONE.value),
    ("All", "all"),
)


def _when(row: Any) -> str:
    return to_local(row).strftime("%d %b %Y %H:%M")


def tickets_model() -> RowTableModel[Repair]:
    return RowTableModel(
        [
            Column("Reported", lambda r: _when(r.reported)),
            Column("Barcode", lambda r: r.item_barcode),
            Column("Title", lambda r: r.title),
            Column("Type", lambda r: r.repair_type or ""),
            Column("Status", lambda r: r.status.label),
            Column("Who", lambda r: r.assigned_to or ""),
            Column("Time", lambda r: f"{r.minutes_spent} min", align_right=True),
            Column("Materials", lambda r: format_money(r.materials_minor), align_right=True),
            Column("Note", lambda r: r.note),
        ]
    )


def history_model() -> RowTableModel[ConditionEntry]:
    return RowTableModel(
        [
            Column("When", lambda e: _when(e.recorded)),
            Column("Condition", lambda e: e.condition.value),
            Column("Noted at", lambda e: e.source),
            Column("By", lambda e: e.recorded_by),
            Column("Note", lambda e: e.note or ""),
        ]
    )


def replacements_model() -> RowTableModel[Replacement]:
    return RowTableModel(
        [
            Column("Requested", lambda r: _when(r.requested)),
            Column("Title", lambda r: r.title),
            Column("Copy", lambda r: r.item_barcode or ""),
            Column("Reason", lambda r: r.reason),
        ]
    )


class RepairsTab(QWidget):
    item_damaged = Signal(object)  # Repair
    repair_resolved = Signal(object)  # Repair, done: repaired (or withdrawn)
    #: A ticket was started or had work logged: (the Repair).
    ticket_changed = Signal(object)
    withdrawn = Signal(object)  # Withdrawal
    replacement_ordered = Signal(object)  # Replacement
    condition_recorded = Signal(object)  # ConditionEntry
    queue_refreshed = Signal(object)  # list[Repair]
    #: The condition history shown: (the item barcode, list[ConditionEntry]).
    history_shown = Signal(str, object)

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
        ui = self.ui
        self.queue = tickets_model()
        self.history = history_model()
        self.replacements = replacements_model()
        show_model(ui.queue_view, self.queue, stretch=8)
        show_model(ui.history_view, self.history, stretch=4)
        show_model(ui.replacements_view, self.replacements, stretch=3)
        ui.type_combo.addItems(["", *REPAIR_TYPES])
        for text, status in SHOW:
            ui.status_combo.addItem(text, status)
        #: The dialogs, made on first use and reused.
        self.ticket_dialog: RepairTicketDialog | None = None
        self.withdraw_dialog: WithdrawDialog | None = None
        self.condition_dialog: ConditionDialog | None = None
        #: The item scanned and waiting for its condition note.
        self._pending: str | None = None
        #: A "mark damaged" is on its way: a second Enter must not send it twice.
        self._marking = False
        #: Whose condition history is shown.
        self._history_of: str | None = None
        ui.scan_edit.scanned.connect(self._on_scanned)
        ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        ui.note_edit.returnPressed.connect(self.mark_damaged)
        ui.mark_button.clicked.connect(self.mark_damaged)
        ui.status_combo.currentIndexChanged.connect(self._on_filter_changed)
        ui.queue_view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        ui.start_button.clicked.connect(self.start_selected)
        ui.work_button.clicked.connect(self.log_work)
        ui.repaired_button.clicked.connect(self.mark_repaired)
        ui.withdraw_button.clicked.connect(self.withdraw_selected)
        ui.replace_button.clicked.connect(self.order_replacement)
        ui.condition_button.clicked.connect(self.record_condition)

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

    def _on_filter_changed(self, _index: int) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Reload the tickets shown and the replacement list from the library."""
        self._submit(lambda: None, lambda _: None)

    def _on_scanned(self, scan: Scan) -> None:
        self._set_pending(scan.code)
        self._load_history(scan.code)
        if self.ui.note_edit.text().strip():
            self.mark_damaged()
            return
        self.feedback.success(
            f"Scanned {scan.code}. Now type what is wrong and press Enter "
            "(or Withdraw…, Order replacement, Record condition…)."
        )
        self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()

    def mark_damaged(self) -> None:
        """Take the scanned item out of circulation with the note (and type) typed."""
        if self._marking:
            return
        barcode = self._pending or self.ui.scan_edit.text().strip()
        if not barcode:
            self.feedback.warning("Scan the damaged item first.")
            self.focus_scan_field()
            return
        note, kind, repairs = (
            self.ui.note_edit.text(),
            self.ui.type_combo.currentText(),
            self._repairs,
        )
        self._marking = True
        self._submit(
            lambda: repairs.mark_damaged(barcode, note, kind or None),
            self._on_marked,
            on_error=self._on_mark_failed,
        )

    def _on_marked(self, repair: Repair) -> None:
        self._marking = False
        self._set_pending(None)
        self.ui.scan_edit.clear()
        self.ui.note_edit.clear()
        self.ui.type_combo.setCurrentIndex(0)
        self._select(repair.id)
        self._load_history(repair.item_barcode)
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
        self._on_selection_changed()

    # -- the tickets ----------------------------------------------------------------------

    def selected_repair(self) -> Repair | None:
        rows = self.ui.queue_view.selectionModel().selectedRows()
        return self.queue.row(rows[0].row()) if rows else None

    def _selected_open(self) -> Repair | None:
        ticket = self.selected_repair()
        if ticket is None or ticket.status is RepairStatus.DONE:
            self.feedback.warning("Select a ticket that is not done yet.")
            return None
        return ticket

    def start_selected(self) -> None:
        """Start work on the selected ticket: it is the acting staff member's."""
        ticket, repairs = self._selected_open(), self._repairs
        if ticket is not None:
            self._submit(lambda: repairs.start(ticket.id), self._on_ticket_changed, ticket.id)

    def log_work(self) -> RepairTicketDialog | None:
        """Add time spent and materials cost to the selected ticket."""
        ticket = self._selected_open()
        if ticket is not None:
            self._ticket_dialog().log(ticket)
            return self._open(self._ticket_dialog())
        return None

    def mark_repaired(self) -> RepairTicketDialog | None:
        """The selected ticket's item is mended: last time and cost, its condition now."""
        ticket = self._selected_open()
        if ticket is not None:
            self._ticket_dialog().finish(ticket)
            return self._open(self._ticket_dialog())
        return None

    def _ticket_dialog(self) -> RepairTicketDialog:
        if self.ticket_dialog is None:
            self.ticket_dialog = RepairTicketDialog(self)
            self.ticket_dialog.work_given.connect(self._on_work_given)
            self.ticket_dialog.finished.connect(self._after_dialog)
        return self.ticket_dialog

    def _on_work_given(
        self, ticket_id: int, minutes: int, cost: int, condition: str, note: str
    ) -> None:
        repairs = self._repairs
        if not condition:
            self._submit(
                lambda: repairs.log_work(ticket_id, minutes, cost),
                self._on_ticket_changed,
                ticket_id,
            )
            return
        self._submit(
            lambda: repairs.finish(
                ticket_id, condition=condition, minutes=minutes, materials_minor=cost, note=note
            ),
            self._on_resolved,
        )

    def _on_ticket_changed(self, ticket: Repair) -> None:
        self.feedback.success(
            f"Ticket {ticket.id} ({ticket.item_barcode}): {ticket.status.label.lower()}, "
            f"{ticket.assigned_to or 'nobody'}, {ticket.minutes_spent} min, "
            f"materials {format_money(ticket.materials_minor)}."
        )
        self.ticket_changed.emit(ticket)

    def _on_resolved(self, repair: Repair) -> None:
        self._load_history(repair.item_barcode)
        self.feedback.success(
            f"{repair.item_barcode} “{repair.title}” repaired — back on the shelf "
            f"({repair.minutes_spent} min, materials {format_money(repair.materials_minor)})."
        )
        self.repair_resolved.emit(repair)

    # -- withdraw, replace, condition ------------------------------------------------------

    def target(self) -> tuple[str, str] | None:
        """(barcode, title) of the item scanned, else of the selected ticket's item."""
        if self._pending:
            return self._pending, ""
        ticket = self.selected_repair()
        return (ticket.item_barcode, f"“{ticket.title}”") if ticket else None

    def _require_target(self) -> tuple[str, str] | None:
        found = self.target()
        if found is None:
            self.feedback.warning("Scan an item or select a ticket first.")
            self.focus_scan_field()
        return found

    def withdraw_selected(self) -> WithdrawDialog | None:
        """Ask the reason (and whether to replace), then withdraw the item for good."""
        found = self._require_target()
        if found is None:
            return None
        if self.withdraw_dialog is None:
            self.withdraw_dialog = WithdrawDialog(self)
            self.withdraw_dialog.withdraw_given.connect(self._withdraw)
            self.withdraw_dialog.finished.connect(self._after_dialog)
        reason = WithdrawalReason.DAMAGED if self.selected_repair() else WithdrawalReason.WEEDED
        self.withdraw_dialog.start(*found, reason)
        return self._open(self.withdraw_dialog)

    def _withdraw(self, barcode: str, reason: str, note: str, replace: bool) -> None:
        repairs = self._repairs
        self._submit(
            lambda: repairs.withdraw(barcode, reason, note, replace=replace), self._on_withdrawn
        )

    def _on_withdrawn(self, done: Withdrawal) -> None:
        self._set_pending(None)
        self.ui.note_edit.clear()
        also = " Its title is on the replacement list." if done.replacement_id else ""
        self.feedback.warning(
            f"{done.item_barcode} “{done.title}” withdrawn ({done.reason.value}).{also}"
        )
        self._load_history(done.item_barcode)
        self.withdrawn.emit(done)

    def order_replacement(self) -> None:
        """Put the item's title on the replacement list."""
        found, repairs = self._require_target(), self._repairs
        if found is not None:
            barcode = found[0]
            self._submit(lambda: repairs.order_replacement(barcode), self._on_replacement)

    def _on_replacement(self, wanted: Replacement) -> None:
        self.feedback.success(f"“{wanted.title}” is on the replacement list.")
        self.replacement_ordered.emit(wanted)

    def record_condition(self) -> ConditionDialog | None:
        """Note the item's condition now (its status does not change)."""
        found = self._require_target()
        if found is None:
            return None
        if self.condition_dialog is None:
            self.condition_dialog = ConditionDialog(self)
            self.condition_dialog.condition_given.connect(self._record_condition)
            self.condition_dialog.finished.connect(self._after_dialog)
        self.condition_dialog.start(*found)
        return self._open(self.condition_dialog)

    def _record_condition(self, barcode: str, condition: str, note: str) -> None:
        repairs = self._repairs

        def done(entry: ConditionEntry) -> None:
            self.feedback.success(f"{barcode}: {entry.condition.value} condition recorded.")
            self._load_history(barcode)
            self.condition_recorded.emit(entry)

        self._submit(lambda: repairs.record_condition(barcode, condition, note), done)

    # -- loading and showing ----------------------------------------------------------------

    def _open(self, dialog: D) -> D:
        dialog.open()
        return dialog

    def _after_dialog(self) -> None:
        if self._pending:
            self.ui.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ui.queue_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        select: int | None = None,
        on_error: Callable[[LibtechError], None] | None = None,
    ) -> None:
        """Run ``work`` then reload the lists (the tickets the filter shows, the
        replacement list); ``done`` gets its result after the reload."""
        repairs, show = self._repairs, str(self.ui.status_combo.currentData())

        def job() -> tuple[Any, tuple[list[Repair], list[Replacement]]]:
            value = work()
            if show == "open":
                tickets = repairs.queue()
            else:
                tickets = repairs.tickets(None if show == "all" else show)
            return value, (tickets, repairs.replacements())

        def shown(result: tuple[Any, tuple[list[Repair], list[Replacement]]]) -> None:
            value, lists = result
            chosen = select if select is not None else self._selected_id()
            self._show(lists, select=chosen)
            done(value)

        self._runner.submit(job, shown, on_error or self._on_error)

    def _selected_id(self) -> int | None:
        ticket = self.selected_repair()
        return ticket.id if ticket else None

    def _show(
        self, lists: tuple[list[Repair], list[Replacement]], select: int | None = None
    ) -> None:
        queue, wanted = lists
        self.queue.set_rows(queue)
        self.replacements.set_rows(wanted)
        waiting = sum(1 for t in queue if t.status is not RepairStatus.DONE)
        self.ui.count_label.setText(f"{waiting} item{'s' if waiting != 1 else ''} waiting")
        self._select(select)
        self._on_selection_changed()
        self.queue_refreshed.emit(queue)

    def _select(self, ticket_id: int | None) -> None:
        for row, repair in enumerate(self.queue.rows):
            if repair.id == ticket_id:
                self.ui.queue_view.selectRow(row)

    def _on_selection_changed(self, *_: QItemSelection) -> None:
        ticket = self.selected_repair()
        open_ = ticket is not None and ticket.status is not RepairStatus.DONE
        ui = self.ui
        ui.start_button.setEnabled(ticket is not None and ticket.status is RepairStatus.QUEUED)
        ui.work_button.setEnabled(open_)
        ui.repaired_button.setEnabled(open_)
        has_target = self._pending is not None or ticket is not None
        for button in (ui.withdraw_button, ui.replace_button, ui.condition_button):
            button.setEnabled(has_target)
        if ticket is not None and not self._pending and ticket.item_barcode != self._history_of:
            self._load_history(ticket.item_barcode)

    def _load_history(self, barcode: str) -> None:
        """Show the item's condition history, newest first."""
        repairs = self._repairs
        self._history_of = barcode
        self.ui.history_caption_label.setText(f"Condition &history of {barcode}")

        def shown(history: list[ConditionEntry]) -> None:
            self.history.set_rows(history)
            self.history_shown.emit(barcode, history)

        def unknown(_error: LibtechError) -> None:
            self.history.set_rows([])  # an unknown item: the scan itself says so

        self._runner.submit(lambda: repairs.condition_history(barcode), shown, unknown)

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)
