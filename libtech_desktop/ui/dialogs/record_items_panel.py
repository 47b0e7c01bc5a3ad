"""The record editor's Items tab: the copies of the record, the panel that edits the
selected one (Alt+V saves its fields and, if it changed, its status; Alt+Q puts it
back in the label queue, for a damaged or lost label), and the add-copies dialog.

A QObject child of the editor, so it lives exactly as long as the editor's widgets
it connects to; the runner's callbacks are plain job attributes (``owner`` is the
panel) and the add-copies dialog is the editor's child, made once and reused. The
editor shows the outcomes in its banner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.catalogue import Item, ItemDraft, ItemStatus, ItemType
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.records import RecordService
from libtech_desktop.ui._generated.ui_record_editor import Ui_RecordEditor
from libtech_desktop.ui.dialogs.add_copies_dialog import AddCopiesDialog
from libtech_desktop.ui.feedback import Tone, mark_field
from libtech_desktop.ui.models.items import fill_item_types
from libtech_desktop.ui.models.record_items import record_items_model, with_item
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.runner import TaskRunner

#: The acquisition date edit shows this for "not known".
NO_DATE = QDate(1900, 1, 1)
_STRETCH_COLUMN = 6


class RecordItemsPanel(QObject):
    #: A copy was changed (its fields or status): (Item).
    item_saved = Signal(object)
    #: Copies were added with the add-copies dialog: (list[Item]).
    copies_added = Signal(object)
    #: A copy went back in the label queue: (its barcode).
    label_requeued = Signal(str)
    #: Saving a copy was refused: (message).
    failed = Signal(str)

    def __init__(
        self,
        ui: Ui_RecordEditor,
        records: RecordService,
        runner: TaskRunner,
        editor: QWidget,
        *,
        today: Callable[[], date] | None = None,
        labels: LabelService | None = None,
    ) -> None:
        super().__init__(editor)
        self._ui, self._records, self._runner = ui, records, runner
        #: Without the label service the "Queue label again" button stays hidden.
        self._labels = labels
        self._editor, self._today = editor, today
        #: Set by the editor while the record itself is being saved: a copy waits.
        self.record_saving = False
        self.model = record_items_model()
        self._item_types: list[ItemType] = []
        self._copies_dialog: AddCopiesDialog | None = None
        show_model(ui.items_view, self.model, stretch=_STRETCH_COLUMN)
        ui.items_view.selectionModel().currentRowChanged.connect(self._on_item_selected)
        ui.items_view.activated.connect(self._on_item_activated)
        ui.item_acquired_edit.setMinimumDate(NO_DATE)
        for status in ItemStatus:
            ui.item_status_combo.addItem(status.label, status.value)
        for edit in (
            ui.item_barcode_edit,
            ui.item_call_number_edit,
            ui.item_location_edit,
            ui.item_price_edit,
        ):
            edit.returnPressed.connect(self.save_item)
        ui.save_item_button.clicked.connect(self.save_item)
        ui.requeue_label_button.clicked.connect(self.requeue_label)
        ui.requeue_label_button.setVisible(labels is not None)
        self.show_item(None)

    def set_item_types(self, types: Sequence[ItemType]) -> None:
        self._item_types = list(types)
        fill_item_types(self._ui.item_type_combo, types)
        if self._copies_dialog is not None:
            self._copies_dialog.set_item_types(types)

    def show_items(self, items: Sequence[Item]) -> None:
        self.model.set_rows(items)
        self.show_item(None)

    def selected_item(self) -> Item | None:
        index = self._ui.items_view.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def show_item(self, item: Item | None) -> None:
        """Fill the copy panel with ``item`` (``None``: empty and disabled)."""
        ui = self._ui
        ui.item_box.setEnabled(item is not None)
        ui.save_item_button.setEnabled(item is not None)
        ui.requeue_label_button.setEnabled(item is not None)
        ui.items_problem_label.clear()
        mark_field(ui.item_price_edit, None)
        ui.item_barcode_edit.setText(item.barcode if item else "")
        ui.item_call_number_edit.setText(item.call_number or "" if item else "")
        ui.item_location_edit.setText(item.location or "" if item else "")
        ui.item_price_edit.setText(format_money(item.price_minor) if item else "")
        ui.item_acquired_edit.setDate(_qdate(item.acquired_on if item else None))
        combo = ui.item_type_combo
        combo.setCurrentIndex(max(combo.findData(item.item_type_code), 0) if item else -1)
        status = ui.item_status_combo
        status.setCurrentIndex(status.findData(item.status.value) if item else -1)
        # An item goes on and off loan only at the desk (checkout, check-in).
        status.setEnabled(item is None or item.status is not ItemStatus.ON_LOAN)

    def save_item(self) -> None:
        """Save the selected copy's fields and, if it changed, its status."""
        item = self.selected_item()
        if item is None or self.record_saving:
            return
        try:
            draft = self._draft(item)
        except LibtechError as exc:
            mark_field(self._ui.item_price_edit, Tone.ERROR)
            self._ui.items_problem_label.setText(f"✖  {exc}")
            return
        status = ItemStatus(self._ui.item_status_combo.currentData() or item.status.value)
        records, old = self._records, item.barcode

        def run() -> tuple[str, Item]:
            updated = records.update_item(old, draft)
            if status is not updated.status:
                updated = records.set_item_status(updated.barcode, status)
            return old, updated

        self._ui.items_problem_label.clear()
        self._runner.submit(run, self._on_item_saved, self._on_item_failed, owner=self)

    def requeue_label(self) -> None:
        """Put the selected copy back in the label queue (its label is damaged or lost)."""
        item, labels = self.selected_item(), self._labels
        if item is None or labels is None:
            return
        barcode = item.barcode

        def run() -> str:
            labels.requeue([barcode])
            return barcode

        self._ui.items_problem_label.clear()
        self._runner.submit(run, self.label_requeued.emit, self._on_item_failed, owner=self)

    def open_add_copies(self, biblio_id: int, title: str, call_number: str) -> AddCopiesDialog:
        """The add-copies dialog for the saved record ``biblio_id``, shown."""
        if self._copies_dialog is None:
            # Parented to the editor and reused: it lives exactly as long as the editor.
            self._copies_dialog = AddCopiesDialog(self._records, self._runner, self._editor)
            self._copies_dialog.set_item_types(self._item_types)
            self._copies_dialog.copies_added.connect(self._on_copies_added)
        dialog = self._copies_dialog
        today = self._today() if self._today is not None else None
        dialog.start(biblio_id, title, call_number, today=today)
        dialog.open()
        return dialog

    # -- outcomes -----------------------------------------------------------------------

    def _draft(self, item: Item) -> ItemDraft:
        """The copy as the panel says; a LibtechError for a price that is not one."""
        ui = self._ui
        price = parse_money(ui.item_price_edit.text())
        mark_field(ui.item_price_edit, None)
        code: Any = ui.item_type_combo.currentData()
        return ItemDraft(
            barcode=ui.item_barcode_edit.text(),
            call_number=ui.item_call_number_edit.text(),
            item_type_code=str(code) if code else item.item_type_code,
            location=ui.item_location_edit.text(),
            price_minor=price,
            acquired_on=_date(ui.item_acquired_edit.date()),
        )

    def _on_item_saved(self, outcome: tuple[str, Item]) -> None:
        old, item = outcome
        view = self._ui.items_view
        row = view.currentIndex().row()
        self.model.set_rows(with_item(self.model.rows, item, old))
        view.selectRow(max(row, 0))
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.item_saved.emit(item)

    def _on_item_failed(self, error: LibtechError) -> None:
        self._ui.items_problem_label.setText(f"✖  {error}")
        self.failed.emit(error.message)

    def _on_copies_added(self, items: list[Item]) -> None:
        self.model.set_rows([*self.model.rows, *items])
        self._ui.items_view.selectRow(self.model.rowCount() - 1)
        self.copies_added.emit(items)

    def _on_item_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_item(self.model.row(current.row()) if current.isValid() else None)

    def _on_item_activated(self, _index: QModelIndex) -> None:
        self._ui.item_barcode_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._ui.item_barcode_edit.selectAll()


def _qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else NO_DATE


def _date(day: QDate) -> date | None:
    return None if day == NO_DATE else date(day.year(), day.month(), day.day())
