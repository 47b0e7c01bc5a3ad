"""A patron's holds: the open ones with status, place in the queue and pickup day; place
a hold by scanning a copy (its whole record, or that copy only) or typing ``#record``;
cancel; freeze and unfreeze.

Created once by its tab, parented to it, and reused: ``open_for(patron_barcode)``.
Every service call runs on the runner through ``WidgetJobs``; refusals are said in
the dialog's status line, never in a second modal box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.holds import Hold, HoldStatus
from libtech_desktop.services.holds import HoldService, PatronHolds
from libtech_desktop.ui._generated.ui_holds_dialog import Ui_HoldsDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs


def holds_model() -> RowTableModel[Hold]:
    return RowTableModel(
        [
            Column("Hold", lambda h: str(h.id), align_right=True),
            Column("Title", lambda h: h.title),
            Column("Copy", lambda h: h.item_shown or "any copy"),
            Column(
                "Status", lambda h: h.status_text, alert=lambda h: h.status is HoldStatus.TRAPPED
            ),
            Column("In queue", lambda h: str(h.position or ""), align_right=True),
            Column("Pick up by", lambda h: h.pickup_by.isoformat() if h.pickup_by else ""),
            Column("Placed", lambda h: to_local(h.placed_at).strftime("%Y-%m-%d")),
        ]
    )


def parse_target(text: str) -> tuple[int | None, str | None]:
    """``#12`` (or ``#12`` with spaces) is record 12; anything else an item barcode."""
    value = text.strip()
    if not value:
        raise InvalidInput("Scan or type an item barcode, or #record number, to reserve.")
    if value.startswith("#"):
        number = value[1:].strip()
        if not number.isdigit():
            raise InvalidInput(f"{value} is not a record number: type # and the number, #12.")
        return int(number), None
    return None, value


class HoldsDialog(QDialog):
    #: The holds were read and shown: (how many).
    holds_loaded = Signal(int)
    #: A hold was placed, cancelled, frozen or unfrozen: (the Hold as it is now).
    hold_changed = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, holds: HoldService, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_HoldsDialog()
        self.ui.setupUi(self)
        self._service = holds
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self._patron = ""
        self.holds = holds_model()
        show_model(self.ui.holds_view, self.holds, stretch=1)
        ui = self.ui
        ui.place_edit.returnPressed.connect(self.place)
        ui.place_button.clicked.connect(self.place)
        ui.cancel_hold_button.clicked.connect(self.cancel_selected)
        ui.freeze_button.clicked.connect(self.toggle_freeze_selected)
        ui.close_button.clicked.connect(self.reject)
        # Only on the list: Delete in the Reserve field deletes a character.
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.holds_view, self.cancel_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence("Ctrl+F"), self, self.toggle_freeze_selected)

    # -- what the tab and the tests use ------------------------------------------------

    def open_for(self, patron_barcode: str) -> None:
        """Show this patron's holds (and the dialog)."""
        self._patron = patron_barcode.strip()
        self.ui.patron_label.setText(f"Holds of {self._patron}")
        self.holds.set_rows([])
        self.ui.place_edit.clear()
        self._say("Reading the holds…")
        self.show()
        self.activateWindow()
        self.ui.place_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def refresh(self, then: str | None = None) -> None:
        patron, service = self._patron, self._service
        self._jobs.submit(
            lambda: service.patron_holds(patron), lambda r: self._show(r, then), self._on_error
        )

    def place(self) -> None:
        """Place a hold for what is typed in the Reserve field."""
        try:
            biblio_id, barcode = parse_target(self.ui.place_edit.text())
        except InvalidInput as exc:
            self._on_error(exc)
            return
        patron, service = self._patron, self._service
        any_copy = self.ui.any_copy_check.isChecked()

        def place() -> Hold:
            return service.place(
                patron, biblio_id=biblio_id, item_barcode=barcode, any_copy=any_copy
            )

        def placed(hold: Hold) -> None:
            self.ui.place_edit.clear()
            copy = f"copy {hold.item_barcode}" if hold.item_barcode else "any copy"
            self._changed(
                hold, f"Hold {hold.id} placed on “{hold.title}” ({copy}): number {hold.position}."
            )

        self._jobs.submit(place, placed, self._on_error)

    def selected(self) -> Hold | None:
        index = self.ui.holds_view.currentIndex()
        return self.holds.row(index.row()) if index.isValid() else None

    def cancel_selected(self) -> None:
        hold = self.selected()
        if hold is None:
            self._show_error("Choose the hold to cancel in the list.")
            return
        service = self._service
        self._jobs.submit(
            lambda: service.cancel(hold.id),
            lambda h: self._changed(h, f"Hold {h.id} on “{h.title}” cancelled."),
            self._on_error,
        )

    def toggle_freeze_selected(self) -> None:
        hold = self.selected()
        if hold is None:
            self._show_error("Choose the hold to freeze or unfreeze in the list.")
            return
        service, frozen = self._service, not hold.frozen

        def done(h: Hold) -> None:
            state = "frozen: it keeps its place" if h.frozen else "unfrozen"
            self._changed(h, f"Hold {h.id} on “{h.title}” {state}.")

        self._jobs.submit(lambda: service.freeze(hold.id, frozen), done, self._on_error)

    # -- outcomes -------------------------------------------------------------------

    def _show(self, result: PatronHolds, then: str | None) -> None:
        patron = result.patron
        self.ui.patron_label.setText(f"Holds of {patron.name} ({patron.barcode})")
        self.setWindowTitle(f"Holds — {patron.name}")
        current = self.selected()
        self.holds.set_rows(result.holds)
        ids = [h.id for h in result.holds]
        if ids:
            row = ids.index(current.id) if current and current.id in ids else 0
            self.ui.holds_view.setCurrentIndex(self.holds.index(row, 0))
        count = len(ids)
        self._say(then or f"{count} open hold{'s' if count != 1 else ''}.")
        self.holds_loaded.emit(count)

    def _changed(self, hold: Hold, message: str) -> None:
        self.hold_changed.emit(hold)
        self.refresh(then=message)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.place_button, self.ui.cancel_hold_button, self.ui.freeze_button):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
