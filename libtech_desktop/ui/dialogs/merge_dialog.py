"""Duplicates and merge: a record beside its likely duplicates; keep one, merge the others.

The records are read through the runner (CatalogueService.find_duplicates and
item_counts). The technician ticks the record to keep and the records to merge into
it; the dialog always states exactly what Merge will do, and asks once more inline
("Yes, merge" / "No") before doing it: a merge deletes records and cannot be undone.
The outcome is reported inline and the list is read again around the kept record.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.catalogue import CatalogueService
from libtech_desktop.ui._generated.ui_merge_dialog import Ui_MergeDialog
from libtech_desktop.ui.feedback import Tone, show_message
from libtech_desktop.ui.models.merge import MergeRecordsModel, MergeRow, done_text, plan_text
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.runner import TaskRunner

TITLE_COLUMN = 3


@dataclass(frozen=True)
class _Found:
    record: Biblio
    rows: tuple[MergeRow, ...]


class MergeDialog(QDialog):
    #: Records were merged: (the kept record's id).
    merged = Signal(int)
    #: The record and its duplicates are shown: (how many duplicates).
    loaded = Signal(int)
    #: Reading or merging was refused: (message).
    failed = Signal(str)

    def __init__(
        self,
        catalogue_service: CatalogueService,
        runner: TaskRunner,
        biblio_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MergeDialog()
        self.ui.setupUi(self)
        self._service = catalogue_service
        self._runner = runner
        self._biblio_id = biblio_id
        self._busy = False
        self.records = MergeRecordsModel(self)
        show_model(self.ui.records_view, self.records, stretch=TITLE_COLUMN)
        ui = self.ui
        ui.confirm_frame.hide()
        ui.merge_button.clicked.connect(self.ask_to_merge)
        ui.confirm_button.clicked.connect(self.confirm_merge)
        ui.cancel_confirm_button.clicked.connect(self._on_confirm_cancelled)
        ui.close_button.clicked.connect(self.reject)
        self.records.plan_changed.connect(self._on_plan_changed)
        self.reload()

    # -- what the tab and the tests use ------------------------------------------------

    @property
    def biblio_id(self) -> int:
        """The record shown (the kept one, after a merge)."""
        return self._biblio_id

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def plan(self) -> str:
        return self.ui.plan_label.text()

    @property
    def message_text(self) -> str:
        return self.ui.message_label.text()

    def show_record(self, biblio_id: int) -> None:
        """Show another record and its duplicates (the tab keeps one dialog)."""
        self._biblio_id = biblio_id
        self.ui.confirm_frame.hide()
        self.reload()

    def reload(self) -> None:
        """Read the record and its likely duplicates again."""
        service, biblio_id = self._service, self._biblio_id

        def read() -> _Found:
            record = service.get_biblio(biblio_id)
            duplicates = service.find_duplicates(biblio_id)
            counts = service.item_counts([biblio_id, *(d.id for d in duplicates)])
            rows = [MergeRow(record, counts[record.id], is_this=True)]
            rows += [MergeRow(d, counts[d.id]) for d in duplicates]
            return _Found(record, tuple(rows))

        self._set_busy(True)
        self._runner.submit(read, self._on_loaded, self._on_failed, owner=self)

    def ask_to_merge(self) -> None:
        """Show the inline confirmation of exactly what will happen."""
        if self._busy or not self.records.merge_rows() or self.records.keep_id is None:
            return
        self.ui.confirm_label.setText(f"{self.plan} This cannot be undone. Merge now?")
        self.ui.confirm_frame.show()
        self.ui.merge_button.setEnabled(False)
        self.ui.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def confirm_merge(self) -> None:
        keep_id, merges = self.records.keep_id, self.records.merge_rows()
        self.ui.confirm_frame.hide()
        if self._busy or keep_id is None or not merges:
            return
        service = self._service

        def merge() -> int:
            for row in merges:
                service.merge(keep_id, row.biblio.id)
            return keep_id

        self._set_busy(True)
        self._runner.submit(
            merge,
            lambda kept: self._on_merged(kept, merges),
            self._on_merge_failed,
            owner=self,
        )

    # -- outcomes -------------------------------------------------------------------

    def _on_loaded(self, found: _Found) -> None:
        self._set_busy(False)
        record = found.record
        by = f" / {record.author}" if record.author else ""
        self.ui.record_label.setText(f"Record {record.id}: {record.title}{by}")
        duplicates = len(found.rows) - 1
        # The record stays listed with no duplicates beside it: the table keeps its
        # place, so the dialog does not spread its few lines over the whole window.
        self.records.set_rows(found.rows, keep_id=record.id)
        if duplicates:
            noun = "duplicate" if duplicates == 1 else "duplicates"
            self.ui.summary_label.setText(
                f"{duplicates} likely {noun}: the same ISBN, or the same title, author and "
                "year. Tick the record to &keep and the records to merge into it."
            )
            self.ui.records_view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ui.summary_label.setText(
                f"No likely duplicates of record {record.id}: no other record has its ISBN, "
                "or its title, author and year."
            )
            self.ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit(duplicates)

    def _on_merged(self, keep_id: int, merges: list[MergeRow]) -> None:
        show_message(self.ui.message_label, Tone.SUCCESS, "Merged: " + done_text(keep_id, merges))
        self._biblio_id = keep_id
        self.merged.emit(keep_id)
        self.reload()

    def _on_merge_failed(self, error: LibtechError) -> None:
        # Merges before the refused one are done: read again to show what is left.
        show_message(self.ui.message_label, Tone.ERROR, f"Merging stopped: {error.message}")
        self.failed.emit(error.message)
        self.reload()

    def _on_failed(self, error: LibtechError) -> None:
        self._set_busy(False)
        show_message(self.ui.message_label, Tone.ERROR, error.message)
        self.failed.emit(error.message)

    def _on_plan_changed(self) -> None:
        keep_id, merges = self.records.keep_id, self.records.merge_rows()
        if keep_id is None or len(self.records.rows) < 2:  # nothing to merge with
            self.ui.plan_label.setText("")
        elif not merges:
            self.ui.plan_label.setText("Tick at least one record to merge.")
        else:
            self.ui.plan_label.setText(plan_text(keep_id, merges))
        self.ui.confirm_frame.hide()
        self._update_merge_button()

    def _on_confirm_cancelled(self) -> None:
        self.ui.confirm_frame.hide()
        self._update_merge_button()
        self.ui.merge_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.records_view.setEnabled(not busy)
        self._update_merge_button()

    def _update_merge_button(self) -> None:
        ready = bool(self.records.merge_rows()) and not self._busy
        self.ui.merge_button.setEnabled(ready and self.ui.confirm_frame.isHidden())
