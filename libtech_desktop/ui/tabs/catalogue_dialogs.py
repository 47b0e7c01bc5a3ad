"""The Catalogue tab's dialogs: made once, parented to the tab, reused.

Each dialog is created the first time it is asked for and lives exactly as long as the
tab (Qt owns it through its parent), which keeps every signal connection between a
dialog and the tab inside one lifetime. The tab hears back through its ``show_*``
methods.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from libtech_desktop.domain.catalogue import Biblio, Item, ItemDraft, ItemType
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.holds import Hold
from libtech_desktop.services.authorities import AuthorityService
from libtech_desktop.services.catalogue import CatalogueService
from libtech_desktop.services.holds import HoldService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.marc_import import MarcImportService
from libtech_desktop.services.records import RecordService
from libtech_desktop.services.shelf_list import ShelfListService
from libtech_desktop.services.suggestions import SuggestionService
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.widgets.suggestions_panel import SuggestionsPanel

if TYPE_CHECKING:
    from libtech_desktop.ui.dialogs.add_copies_dialog import AddCopiesDialog
    from libtech_desktop.ui.dialogs.headings_dialog import HeadingsDialog
    from libtech_desktop.ui.dialogs.item_dialog import ItemDialog
    from libtech_desktop.ui.dialogs.labels_dialog import LabelsDialog
    from libtech_desktop.ui.dialogs.marc_import_dialog import MarcImportDialog
    from libtech_desktop.ui.dialogs.merge_dialog import MergeDialog
    from libtech_desktop.ui.dialogs.reason_dialog import ReasonDialog
    from libtech_desktop.ui.dialogs.record_editor import RecordEditor
    from libtech_desktop.ui.dialogs.shelf_list_dialog import ShelfListDialog
    from libtech_desktop.ui.tabs.catalogue_tab import CatalogueTab


@dataclass(frozen=True)
class CatalogueServices:
    """What the Catalogue tab and its dialogs call."""

    catalogue: CatalogueService
    records: RecordService
    marc_import: MarcImportService
    shelf_list: ShelfListService
    suggestions: SuggestionService
    authorities: AuthorityService
    labels: LabelService
    #: Placing holds on a record (Reserve, Ctrl+R); ``None``: not offered.
    holds: HoldService | None = None


class CatalogueDialogs:
    """Opens the tab's dialogs; each one is made on first use and then reused."""

    def __init__(
        self,
        tab: CatalogueTab,
        services: CatalogueServices,
        runner: TaskRunner,
        settings: WorkstationSettings | None = None,
    ) -> None:
        self._tab, self._services, self._runner = tab, services, runner
        #: This workstation's preferences (the label sheet and calibration); None: not kept.
        self._settings = settings
        self.record_editor: RecordEditor | None = None
        self.add_copies: AddCopiesDialog | None = None
        self.item_dialog: ItemDialog | None = None
        self.import_dialog: MarcImportDialog | None = None
        self.merge_dialog: MergeDialog | None = None
        self.shelf_list: ShelfListDialog | None = None
        self.headings: HeadingsDialog | None = None
        self.labels: LabelsDialog | None = None
        self.reserve: ReasonDialog | None = None
        self._reserve_for: Biblio | None = None
        self._item_types: list[ItemType] = []

    # -- the record editor ------------------------------------------------------------

    def open_new_record(self, isbn: str | None) -> RecordEditor:
        editor = self._editor()
        editor.open_new(isbn)
        self._show(editor)
        return editor

    def open_record(self, biblio_id: int) -> RecordEditor:
        editor = self._editor()
        editor.open_record(biblio_id)
        self._show(editor)
        return editor

    def _editor(self) -> RecordEditor:
        if self.record_editor is None:
            services, runner = self._services, self._runner
            panel = SuggestionsPanel(services.suggestions, runner)
            from libtech_desktop.ui.dialogs.record_editor import RecordEditor

            editor = RecordEditor(
                services.records,
                runner,
                services.catalogue.item_types,
                self._tab,
                panel,
                today=services.records.today,
                labels=services.labels,
            )
            editor.saved.connect(self._tab_record_saved)
            editor.copies_added.connect(self._tab.show_copies_added)
            editor.item_saved.connect(self._tab.show_item_saved)
            self.record_editor = editor
        return self.record_editor

    def _tab_record_saved(self, biblio_id: int) -> None:
        catalogue = self._services.catalogue
        self._runner.submit(
            lambda: catalogue.get_biblio(biblio_id), self._tab.show_saved_record, self._failed
        )

    # -- copies -----------------------------------------------------------------------

    def open_add_copies(self, biblio: Biblio, call_number: str) -> AddCopiesDialog:
        if self.add_copies is None:
            from libtech_desktop.ui.dialogs.add_copies_dialog import AddCopiesDialog

            self.add_copies = AddCopiesDialog(self._services.records, self._runner, self._tab)
            self.add_copies.copies_added.connect(self._tab.show_copies_added)
            self._fetch_item_types()
        dialog = self.add_copies
        dialog.set_item_types(self._item_types)
        dialog.start(biblio.id, biblio.title, call_number, self._services.records.today())
        self._show(dialog)
        return dialog

    def open_item(self, item: Item) -> ItemDialog:
        if self.item_dialog is None:
            from libtech_desktop.ui.dialogs.item_dialog import ItemDialog

            self.item_dialog = ItemDialog(self._tab)
            self.item_dialog.submitted.connect(self._on_item_submitted)
            self._fetch_item_types()
        dialog = self.item_dialog
        dialog.set_item_types(self._item_types)
        dialog.start_edit(item)
        self._show(dialog)
        return dialog

    def _on_item_submitted(self, draft: ItemDraft) -> None:
        assert self.item_dialog is not None
        old = self.item_dialog.editing_barcode
        assert old is not None
        records = self._services.records
        self._runner.submit(
            lambda: records.update_item(old, draft), self._on_item_saved, self._on_item_failed
        )

    def _on_item_saved(self, item: Item) -> None:
        assert self.item_dialog is not None
        self.item_dialog.finish()
        self._tab.show_item_saved(item)

    def _on_item_failed(self, error: LibtechError) -> None:
        assert self.item_dialog is not None
        self.item_dialog.fail(error.message)
        self._tab.feedback.error(error.message)

    def _fetch_item_types(self) -> None:
        # The types rarely change: fetched once, while the first dialog is shown.
        self._runner.submit(self._services.catalogue.item_types, self._on_item_types, self._failed)

    def _on_item_types(self, types: list[ItemType]) -> None:
        self._item_types = types
        for dialog in (self.add_copies, self.item_dialog):
            if dialog is not None:
                dialog.set_item_types(types)

    # -- the other tools --------------------------------------------------------------

    def open_import(self) -> MarcImportDialog:
        if self.import_dialog is None:
            from libtech_desktop.ui.dialogs.marc_import_dialog import MarcImportDialog

            self.import_dialog = MarcImportDialog(
                self._services.marc_import, self._runner, self._tab
            )
            self.import_dialog.imported.connect(self._tab.show_imported)
        self.import_dialog.start()
        self._show(self.import_dialog)
        return self.import_dialog

    def open_duplicates(self, biblio_id: int) -> MergeDialog:
        if self.merge_dialog is None:
            from libtech_desktop.ui.dialogs.merge_dialog import MergeDialog

            dialog = MergeDialog(self._services.catalogue, self._runner, biblio_id, self._tab)
            dialog.merged.connect(self._tab.show_merged)
            self.merge_dialog = dialog
        else:
            self.merge_dialog.show_record(biblio_id)
        self._show(self.merge_dialog)
        return self.merge_dialog

    def open_shelf_list(self) -> ShelfListDialog:
        if self.shelf_list is None:
            from libtech_desktop.ui.dialogs.shelf_list_dialog import ShelfListDialog

            self.shelf_list = ShelfListDialog(self._services.shelf_list, self._runner, self._tab)
        else:
            self.shelf_list.go_to()  # read again: items may have moved since
        self._show(self.shelf_list)
        return self.shelf_list

    def open_headings(self) -> HeadingsDialog:
        if self.headings is None:
            from libtech_desktop.ui.dialogs.headings_dialog import HeadingsDialog

            self.headings = HeadingsDialog(self._services.authorities, self._runner, self._tab)
        self.headings.start()
        self._show(self.headings)
        return self.headings

    def open_labels(self) -> LabelsDialog:
        if self.labels is None:
            from libtech_desktop.ui.dialogs.labels_dialog import LabelsDialog

            self.labels = LabelsDialog(
                self._services.labels, self._runner, self._settings, self._tab
            )
        self.labels.start()  # read the queue again: items may have been added since
        self._show(self.labels)
        return self.labels

    # -- holds ------------------------------------------------------------------------

    def open_reserve(self, biblio: Biblio) -> ReasonDialog | None:
        """Ask for the patron's card (scanned into the field), then hold ``biblio``."""
        if self._services.holds is None:
            self._tab.feedback.warning("Holds cannot be placed from this window.")
            return None
        if self.reserve is None:
            from libtech_desktop.ui.dialogs.reason_dialog import ReasonDialog

            self.reserve = ReasonDialog("Reserve", "Scan the patron's card:", self._tab)
            self.reserve.setOkButtonText("&Reserve")
            self.reserve.reason_given.connect(self._on_reserve_card)
        self._reserve_for = biblio
        self.reserve.setWindowTitle(f"Reserve “{biblio.title}” (any copy)")
        self.reserve.setTextValue("")
        self._show(self.reserve)
        return self.reserve

    def _on_reserve_card(self, card: str) -> None:
        holds, biblio = self._services.holds, self._reserve_for
        if holds is None or biblio is None:
            return
        self._runner.submit(
            lambda: holds.place(card, biblio_id=biblio.id), self._on_hold_placed, self._failed
        )

    def _on_hold_placed(self, hold: Hold) -> None:
        self._tab.show_hold_placed(hold)

    @staticmethod
    def _show(dialog: QDialog) -> None:
        """Shown with ``open()`` (window-modal, never a nested event loop), in front."""
        dialog.open()
        dialog.activateWindow()

    def _failed(self, error: LibtechError) -> None:
        self._tab.feedback.error(error.message)
