"""Catalogue: find records (words, field searches, an ISBN, an item's barcode) and open
the cataloguing tools on them: the record editor, copies, the shelf list, headings,
duplicates and MARC import. The dialogs live in ``catalogue_dialogs.py``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.catalogue import Biblio, Item
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.holds import Hold
from libtech_desktop.domain.identifiers import is_valid_isbn
from libtech_desktop.scanning import Scan
from libtech_desktop.services.marc_import import ImportReport
from libtech_desktop.ui._generated.ui_catalogue_tab import Ui_CatalogueTab
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.biblios import biblios_model
from libtech_desktop.ui.models.items import items_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.tabs.catalogue_dialogs import CatalogueDialogs, CatalogueServices

__all__ = ["CatalogueServices", "CatalogueTab"]


class CatalogueTab(QWidget):
    search_finished = Signal(object)  # list[Biblio]
    items_loaded = Signal(object)  # list[Item] of the selected record
    record_saved = Signal(object)  # Biblio, new or edited
    item_added = Signal(object)  # Item
    item_saved = Signal(object)  # Item, edited
    hold_placed = Signal(object)  # Hold, placed with Reserve (Ctrl+R)

    def __init__(
        self,
        services: CatalogueServices,
        runner: TaskRunner,
        sounds: SoundPlayer,
        parent: QWidget | None = None,
        settings: WorkstationSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_CatalogueTab()
        self.ui.setupUi(self)
        self._services = services
        self._runner = runner
        self.feedback = Feedback(self.ui.message_label, sounds)
        self.results = biblios_model(runner)
        self.items = items_model()
        show_model(self.ui.results_view, self.results, stretch=0)
        show_model(self.ui.items_view, self.items, stretch=4)
        self.dialogs = CatalogueDialogs(self, services, runner, settings)
        #: What an import or a merge did, to say once the list is read again.
        self._pending_message: str | None = None
        #: The search the list shows, to read again after a merge.
        self._last_query = ""
        #: A scanned barcode whose row to select once the record's items arrive.
        self._highlight: str | None = None
        #: The last search was a scan (an ISBN not found opens a new record).
        self._scanned = False
        self._shown_once = False

        ui, dialogs = self.ui, self.dialogs
        self.results.first_page.connect(self._on_searched)
        self.results.fetch_failed.connect(self._on_error)
        ui.scan_edit.scanned.connect(self._on_scanned)
        ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        ui.results_view.selectionModel().currentRowChanged.connect(self._on_record_selected)
        ui.results_view.activated.connect(self.open_edit_record_dialog)
        ui.items_view.activated.connect(self.open_edit_item_dialog)
        ui.new_record_button.clicked.connect(self.open_new_record_dialog)
        ui.edit_record_button.clicked.connect(self.open_edit_record_dialog)
        ui.add_item_button.clicked.connect(self.open_add_item_dialog)
        ui.import_marc_button.clicked.connect(self.open_import_dialog)
        ui.duplicates_button.clicked.connect(self.open_duplicates_dialog)
        ui.shelf_list_button.clicked.connect(dialogs.open_shelf_list)
        ui.headings_button.clicked.connect(dialogs.open_headings)
        ui.labels_button.clicked.connect(dialogs.open_labels)
        ui.reserve_button.clicked.connect(self.open_reserve_dialog)
        for keys, slot in (
            (QKeySequence.StandardKey.New, self.open_new_record_dialog),
            (QKeySequence("Ctrl+E"), self.open_edit_record_dialog),
            (QKeySequence("Ctrl+I"), self.open_add_item_dialog),
            (QKeySequence("Ctrl+Shift+I"), self.open_import_dialog),
            (QKeySequence("Ctrl+D"), self.open_duplicates_dialog),
            (QKeySequence("Ctrl+L"), dialogs.open_shelf_list),
            (QKeySequence("Ctrl+H"), dialogs.open_headings),
            (QKeySequence("Ctrl+B"), dialogs.open_labels),
            (QKeySequence("Ctrl+R"), self.open_reserve_dialog),
        ):
            QShortcut(keys, self, slot)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            # An empty table says nothing; the newest records are what a cataloguer
            # most often comes back to.
            self._shown_once = True
            self.search("")

    # -- searching --------------------------------------------------------------------

    def search(self, text: str) -> None:
        """Words, field searches (ti: au: su: isbn: cn: ...), an ISBN or an item's barcode."""
        cat = self._services.catalogue
        self._last_query = text
        # A page at a time as the list scrolls: a common word lists 100,000 records.
        self.results.load(lambda offset, size: cat.search_page(text, offset, size))

    def _on_scanned(self, scan: Scan) -> None:
        self._highlight = scan.code
        self._scanned = True
        self.search(scan.code)

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()

    def _on_searched(self, found: list[Biblio]) -> None:
        """The first page of a search is in (the model holds it)."""
        text = self._last_query
        scanned, self._scanned = self._scanned, False
        self._show_items([])
        if found:
            self.ui.results_view.selectRow(0)
        if text and not found and scanned and is_valid_isbn(text):
            self.feedback.info(
                f"No record has the ISBN {text}: a new record is open with it filled in."
            )
            self.dialogs.open_new_record(text)
        else:
            self._say_found(text, found)
        self._update_buttons()
        self.search_finished.emit(found)

    def _say_found(self, text: str, found: list[Biblio]) -> None:
        if self._pending_message:
            # The list read again after an import or a merge: say what was done.
            self.feedback.info(self._pending_message)
            self._pending_message = None
        elif not text:
            self.feedback.info(
                "The newest records, newest first. Scan or type to search."
                if found
                else "The catalogue is empty. Ctrl+N makes a new record."
            )
        elif found:
            more = "" if self.results.at_end else " or more (scroll for the rest)"
            noun = "record" if len(found) == 1 and not more else "records"
            self.feedback.success(f"{len(found)}{more} {noun} found for “{text}”.")
        else:
            self.feedback.warning(f"Nothing found for “{text}”. Ctrl+N makes a new record.")
            self._highlight = None

    def selected_record(self) -> Biblio | None:
        index = self.ui.results_view.selectionModel().currentIndex()
        return self.results.row(index.row()) if index.isValid() else None

    def _on_record_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_buttons()
        if not current.isValid():
            self._show_items([])
            return
        self.load_items(self.results.row(current.row()).id)

    def load_items(self, biblio_id: int) -> None:
        cat = self._services.catalogue
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
        for button in (
            self.ui.edit_record_button,
            self.ui.add_item_button,
            self.ui.duplicates_button,
        ):
            button.setEnabled(has_record)
        self.ui.reserve_button.setEnabled(has_record and self._services.holds is not None)

    # -- opening the tools on the selected record -------------------------------------

    def open_new_record_dialog(self) -> object:
        return self.dialogs.open_new_record(None)

    def open_edit_record_dialog(self) -> object | None:
        biblio = self._require_record("Find and select a record first.")
        return None if biblio is None else self.dialogs.open_record(biblio.id)

    def open_add_item_dialog(self) -> object | None:
        biblio = self._require_record("Find and select the record the new copies belong to.")
        if biblio is None:
            return None
        call_numbers = [i.call_number for i in self.items.rows if i.call_number]
        return self.dialogs.open_add_copies(biblio, call_numbers[0] if call_numbers else "")

    def open_edit_item_dialog(self) -> object | None:
        index = self.ui.items_view.selectionModel().currentIndex()
        if not index.isValid():
            self.feedback.warning("Select an item of the record first.")
            return None
        return self.dialogs.open_item(self.items.row(index.row()))

    def open_duplicates_dialog(self) -> object | None:
        biblio = self._require_record("Select the record whose duplicates to look for.")
        return None if biblio is None else self.dialogs.open_duplicates(biblio.id)

    def open_reserve_dialog(self) -> object | None:
        biblio = self._require_record("Select the record to reserve for a patron.")
        return None if biblio is None else self.dialogs.open_reserve(biblio)

    def open_import_dialog(self) -> object:
        return self.dialogs.open_import()

    def _require_record(self, message: str) -> Biblio | None:
        biblio = self.selected_record()
        if biblio is None:
            self.feedback.warning(message)
        return biblio

    # -- what the dialogs report back -------------------------------------------------

    def show_saved_record(self, biblio: Biblio) -> None:
        """A record was saved in the editor: list it first and say so."""
        rows = [biblio, *(b for b in self.results.rows if b.id != biblio.id)]
        self.results.set_rows(rows)
        self.ui.results_view.selectRow(0)
        isbn = f", ISBN {biblio.isbn}" if biblio.isbn else ""
        self.feedback.success(f"Saved “{biblio.title}”{isbn}. Ctrl+I adds copies.")
        self.record_saved.emit(biblio)

    def show_copies_added(self, items: list[Item]) -> None:
        """Copies were added, from the tab or in the editor: list them and say so."""
        if not items:
            return
        first = items[0]
        self._refresh_items_of(first)
        codes = first.barcode if len(items) == 1 else f"{first.barcode} … {items[-1].barcode}"
        noun = "copy" if len(items) == 1 else "copies"
        self.feedback.success(f"Added {len(items)} {noun} of “{first.title}”: {codes}.")
        for item in items:
            self.item_added.emit(item)

    def show_item_saved(self, item: Item) -> None:
        self._refresh_items_of(item)
        self.feedback.success(f"Saved item {item.barcode} of “{item.title}”.")
        self.item_saved.emit(item)

    def _refresh_items_of(self, item: Item) -> None:
        selected = self.selected_record()
        if selected is not None and selected.id == item.biblio_id:
            self._highlight = item.barcode
            self.load_items(item.biblio_id)

    def show_hold_placed(self, hold: Hold) -> None:
        self.feedback.success(
            f"Hold {hold.id} for {hold.patron_name} on “{hold.title}”: "
            f"number {hold.position} in the queue."
        )
        self.hold_placed.emit(hold)

    def show_imported(self, report: ImportReport) -> None:
        verb = "cancelled" if report.cancelled else "finished"
        self._pending_message = (
            f"MARC import {verb}: {report.added} added, {report.merged} merged, "
            f"{report.skipped} skipped as duplicates, {report.failed} failed. "
            "The newest records are listed."
        )
        self.search("")

    def show_merged(self, kept_id: int) -> None:
        self._pending_message = f"Merged into record {kept_id}."
        self.search(self._last_query)

    # Every callback handed to the runner is a bound method: if the tab is gone by the
    # time a result arrives, Qt drops the call instead of touching deleted widgets.

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)
