"""Catalogue: find records (title, author, ISBN, an item's barcode), edit them and their items."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.catalogue import Biblio, BiblioDraft, Item, ItemDraft, ItemType
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.scanning import Scan
from libtech_desktop.services.catalogue import CatalogueService
from libtech_desktop.services.marc_import import ImportReport, MarcImportService
from libtech_desktop.ui._generated.ui_catalogue_tab import Ui_CatalogueTab
from libtech_desktop.ui.dialogs.biblio_dialog import BiblioDialog
from libtech_desktop.ui.dialogs.item_dialog import ItemDialog
from libtech_desktop.ui.dialogs.marc_import_dialog import MarcImportDialog
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.biblios import biblios_model
from libtech_desktop.ui.models.items import items_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.runner import TaskRunner


class CatalogueTab(QWidget):
    search_finished = Signal(object)  # list[Biblio]
    items_loaded = Signal(object)  # list[Item] of the selected record
    record_saved = Signal(object)  # Biblio, new or edited
    item_added = Signal(object)  # Item
    item_saved = Signal(object)  # Item, edited

    def __init__(
        self,
        catalogue: CatalogueService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        marc_import: MarcImportService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CatalogueTab()
        self.ui.setupUi(self)
        self._catalogue = catalogue
        self._runner = runner
        self._marc_import = marc_import
        self.feedback = Feedback(self.ui.message_label, sounds)
        self.results = biblios_model()
        self.items = items_model()
        show_model(self.ui.results_view, self.results, stretch=0)
        show_model(self.ui.items_view, self.items, stretch=4)
        self._biblio_dialog: BiblioDialog | None = None
        self._item_dialog: ItemDialog | None = None
        self._import_dialog: MarcImportDialog | None = None
        #: What the last MARC import did, to say once the results are refreshed.
        self._imported_message: str | None = None
        #: A scanned barcode whose row to select once the record's items arrive.
        self._highlight: str | None = None
        self._shown_once = False

        ui = self.ui
        ui.scan_edit.scanned.connect(self._on_scanned)
        ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        ui.results_view.selectionModel().currentRowChanged.connect(self._on_record_selected)
        ui.results_view.activated.connect(self.open_edit_record_dialog)
        ui.items_view.activated.connect(self.open_edit_item_dialog)
        ui.new_record_button.clicked.connect(self.open_new_record_dialog)
        ui.edit_record_button.clicked.connect(self.open_edit_record_dialog)
        ui.add_item_button.clicked.connect(self.open_add_item_dialog)
        ui.import_marc_button.clicked.connect(self.open_import_dialog)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_new_record_dialog)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_edit_record_dialog)
        QShortcut(QKeySequence("Ctrl+I"), self, self.open_add_item_dialog)
        QShortcut(QKeySequence("Ctrl+Shift+I"), self, self.open_import_dialog)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def record_dialog(self) -> BiblioDialog | None:
        """The record editor, once opened (by Ctrl+N, Ctrl+E or Enter on a record)."""
        return self._biblio_dialog

    @property
    def item_dialog(self) -> ItemDialog | None:
        """The item editor, once opened (by Ctrl+I or Enter on an item)."""
        return self._item_dialog

    @property
    def import_dialog(self) -> MarcImportDialog | None:
        """The MARC import dialog, once opened (by Ctrl+Shift+I)."""
        return self._import_dialog

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # An empty table says nothing; the newest records are what a cataloguer
            # most often comes back to.
            self._shown_once = True
            self.search("")

    # -- searching --------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Title or author words, an ISBN or an item's barcode."""
        cat = self._catalogue
        self._runner.submit(lambda: (text, cat.search(text)), self._on_searched, self._on_error)

    def _on_scanned(self, scan: Scan) -> None:
        self._highlight = scan.code
        self.search(scan.code)

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()

    def _on_searched(self, result: tuple[str, list[Biblio]]) -> None:
        text, found = result
        self.results.set_rows(found)
        self._show_items([])
        if not text and self._imported_message:
            # The refresh after an import: the newest records are those just imported.
            self.feedback.info(self._imported_message)
            self._imported_message = None
            if found:
                self.ui.results_view.selectRow(0)
        elif not text:
            self.feedback.info(
                f"The {len(found)} newest records. Scan or type to search."
                if found
                else "The catalogue is empty. Ctrl+N makes a new record."
            )
            if found:
                self.ui.results_view.selectRow(0)
        elif found:
            noun = "record" if len(found) == 1 else "records"
            self.feedback.success(f"{len(found)} {noun} found for “{text}”.")
            self.ui.results_view.selectRow(0)
        else:
            self.feedback.warning(f"Nothing found for “{text}”. Ctrl+N makes a new record.")
            self._highlight = None
        self._update_buttons()
        self.search_finished.emit(found)

    def selected_record(self) -> Biblio | None:
        index = self.ui.results_view.selectionModel().currentIndex()
        return self.results.row(index.row()) if index.isValid() else None

    def _on_record_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not current.isValid():
            self._show_items([])
            return
        biblio_id, cat = self.results.row(current.row()).id, self._catalogue
        self._runner.submit(
            lambda: (biblio_id, cat.items_of(biblio_id)), self._on_items_loaded, self._on_error
        )

    def _on_items_loaded(self, result: tuple[int, list[Item]]) -> None:
        biblio_id, items = result
        selected = self.selected_record()
        if selected is None or selected.id != biblio_id:
            return  # the technician has moved on to another record meanwhile
        self._show_items(items)
        self._highlight = None
        self.items_loaded.emit(items)

    def _show_items(self, items: list[Item], select: str | None = None) -> None:
        self.items.set_rows(items)
        wanted = select or self._highlight
        for row, item in enumerate(items):
            if item.barcode == wanted:
                self.ui.items_view.selectRow(row)
                self._highlight = None

    def _update_buttons(self) -> None:
        has_record = self.selected_record() is not None
        self.ui.edit_record_button.setEnabled(has_record)
        self.ui.add_item_button.setEnabled(has_record)

    # -- records ----------------------------------------------------------------------

    def open_new_record_dialog(self) -> BiblioDialog:
        dialog = self._biblio_editor()
        dialog.start_new()
        dialog.open()
        return dialog

    def open_edit_record_dialog(self) -> BiblioDialog | None:
        biblio = self.selected_record()
        if biblio is None:
            self.feedback.warning("Find and select a record first.")
            return None
        dialog = self._biblio_editor()
        dialog.start_edit(biblio)
        dialog.open()
        return dialog

    def _biblio_editor(self) -> BiblioDialog:
        if self._biblio_dialog is None:
            self._biblio_dialog = BiblioDialog(self)
            self._biblio_dialog.submitted.connect(self._on_record_submitted)
        return self._biblio_dialog

    def _on_record_submitted(self, draft: BiblioDraft) -> None:
        dialog = self._biblio_editor()
        biblio_id, cat = dialog.editing_id, self._catalogue

        def save() -> Biblio:
            if biblio_id is None:
                d = draft
                return cat.add_biblio(d.title, d.author, d.isbn, d.year, d.publisher)
            return cat.update_biblio(biblio_id, draft)

        self._runner.submit(save, self._on_record_saved, self._on_record_failed)

    def _on_record_saved(self, biblio: Biblio) -> None:
        self._biblio_editor().finish()
        rows = [biblio, *(b for b in self.results.rows if b.id != biblio.id)]
        self.results.set_rows(rows)
        self.ui.results_view.selectRow(0)
        self.ui.results_view.setFocus(Qt.FocusReason.OtherFocusReason)
        isbn = f", ISBN {biblio.isbn}" if biblio.isbn else ""
        self.feedback.success(f"Saved “{biblio.title}”{isbn}. Ctrl+I adds a copy.")
        self.record_saved.emit(biblio)

    # -- items ------------------------------------------------------------------------

    def open_add_item_dialog(self) -> ItemDialog | None:
        biblio = self.selected_record()
        if biblio is None:
            self.feedback.warning("Find and select the record the new copy belongs to.")
            return None
        dialog = self._item_editor()
        dialog.start_new(biblio)
        dialog.open()
        return dialog

    def open_edit_item_dialog(self) -> ItemDialog | None:
        index = self.ui.items_view.selectionModel().currentIndex()
        if not index.isValid():
            self.feedback.warning("Select an item of the record first.")
            return None
        dialog = self._item_editor()
        dialog.start_edit(self.items.row(index.row()))
        dialog.open()
        return dialog

    def _item_editor(self) -> ItemDialog:
        if self._item_dialog is None:
            self._item_dialog = ItemDialog(self)
            self._item_dialog.submitted.connect(self._on_item_submitted)
            # The types rarely change: fetch them once, while the dialog is first shown.
            self._runner.submit(self._catalogue.item_types, self._on_item_types, self._on_error)
        return self._item_dialog

    def _on_item_types(self, types: list[ItemType]) -> None:
        self._item_editor().set_item_types(types)

    def _on_item_submitted(self, draft: ItemDraft) -> None:
        dialog = self._item_editor()
        biblio_id, old_barcode, cat = dialog.biblio_id, dialog.editing_barcode, self._catalogue
        assert biblio_id is not None

        def save() -> tuple[Item, list[Item], bool]:
            if old_barcode is None:
                d = draft
                item = cat.add_item(
                    biblio_id, d.barcode, d.call_number, d.item_type_code, d.location
                )
            else:
                item = cat.update_item(old_barcode, draft)
            return item, cat.items_of(biblio_id), old_barcode is None

        self._runner.submit(save, self._on_item_saved, self._on_item_failed)

    def _on_item_saved(self, result: tuple[Item, list[Item], bool]) -> None:
        item, items, added = result
        self._item_editor().finish()
        selected = self.selected_record()
        if selected is not None and selected.id == item.biblio_id:
            self._show_items(items, select=item.barcode)
            self.ui.items_view.setFocus(Qt.FocusReason.OtherFocusReason)
        verb = "Added" if added else "Saved"
        self.feedback.success(f"{verb} item {item.barcode} of “{item.title}”.")
        (self.item_added if added else self.item_saved).emit(item)

    # -- MARC import ------------------------------------------------------------------

    def open_import_dialog(self) -> MarcImportDialog:
        if self._import_dialog is None:
            # Parented to the tab and reused: it lives exactly as long as the tab.
            self._import_dialog = MarcImportDialog(self._marc_import, self._runner, self)
            self._import_dialog.imported.connect(self._on_imported)
        dialog = self._import_dialog
        dialog.start()
        dialog.open()
        return dialog

    def _on_imported(self, report: ImportReport) -> None:
        verb = "cancelled" if report.cancelled else "finished"
        self._imported_message = (
            f"MARC import {verb}: {report.added} added, {report.merged} merged, "
            f"{report.skipped} skipped as duplicates, {report.failed} failed. "
            "The newest records are listed."
        )
        self.search("")

    # -- errors -----------------------------------------------------------------------

    # Every callback handed to the runner is a bound method: if the tab is gone by the
    # time a result arrives, Qt drops the call instead of touching deleted widgets.

    def _on_record_failed(self, error: LibtechError) -> None:
        self._biblio_editor().fail(error.message)
        self.feedback.error(error.message)

    def _on_item_failed(self, error: LibtechError) -> None:
        self._item_editor().fail(error.message)
        self.feedback.error(error.message)

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)
