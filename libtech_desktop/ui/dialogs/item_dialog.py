"""Add a copy (item) to a catalogue record: barcode, call number, type, location."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.catalogue import Biblio, ItemDraft, ItemType
from libtech_desktop.ui._generated.ui_item_dialog import Ui_ItemDialog
from libtech_desktop.ui.dialogs.editor import EditorDialog

DEFAULT_TYPE = "book"


class ItemDialog(EditorDialog):
    """``submitted`` carries an :class:`ItemDraft` for the record ``biblio_id``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic writes no annotations
        self._bind(self.ui.error_label, self.ui.button_box)
        self._accept_scans(self.ui.barcode_edit)
        self._biblio_id: int | None = None

    @property
    def biblio_id(self) -> int | None:
        return self._biblio_id

    def set_item_types(self, types: Sequence[ItemType]) -> None:
        combo = self.ui.item_type_combo
        wanted = combo.currentData() or DEFAULT_TYPE
        combo.clear()
        for item_type in types:
            combo.addItem(f"{item_type.name} ({item_type.code})", item_type.code)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))

    def start_new(self, biblio: Biblio) -> None:
        self._biblio_id = biblio.id
        by = f" — {biblio.author}" if biblio.author else ""
        self.ui.record_label.setText(f"New copy of <b>{biblio.title}</b>{by}")
        self.setWindowTitle(f"Add item — {biblio.title}")
        for field in (self.ui.barcode_edit, self.ui.call_number_edit, self.ui.location_edit):
            field.clear()
        self._reset(self.ui.barcode_edit)

    def _draft(self) -> ItemDraft:
        ui = self.ui
        code = ui.item_type_combo.currentData()
        return ItemDraft(
            barcode=ui.barcode_edit.text(),
            call_number=ui.call_number_edit.text(),
            item_type_code=str(code) if code else None,
            location=ui.location_edit.text(),
        )
