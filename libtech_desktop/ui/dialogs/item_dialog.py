"""Add a copy (item) to a catalogue record: barcode, call number, type, location."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.catalogue import Biblio, Item, ItemDraft, ItemType
from libtech_desktop.ui._generated.ui_item_dialog import Ui_ItemDialog
from libtech_desktop.ui.dialogs.editor import EditorDialog
from libtech_desktop.ui.models.items import fill_item_types

DEFAULT_TYPE = "book"


class ItemDialog(EditorDialog):
    """``submitted`` carries an :class:`ItemDraft`: a new copy of the record ``biblio_id``,
    or changes to the item ``editing_barcode``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ItemDialog()
        self.ui.setupUi(self)
        self._bind(self.ui.error_label, self.ui.button_box)
        self._accept_scans(self.ui.barcode_edit)
        self._biblio_id: int | None = None
        self._editing_barcode: str | None = None
        #: The item being edited: what this form does not show (price, acquisition
        #: date) is carried over unchanged.
        self._editing: Item | None = None
        #: The type to show once the list of types has arrived from the service.
        self._wanted_type = DEFAULT_TYPE

    @property
    def biblio_id(self) -> int | None:
        return self._biblio_id

    @property
    def editing_barcode(self) -> str | None:
        """The item being edited, or ``None`` when adding a copy."""
        return self._editing_barcode

    def set_item_types(self, types: Sequence[ItemType]) -> None:
        fill_item_types(self.ui.item_type_combo, types)
        self._show_type()

    def _show_type(self) -> None:
        combo = self.ui.item_type_combo
        combo.setCurrentIndex(max(combo.findData(self._wanted_type), 0))

    def start_new(self, biblio: Biblio) -> None:
        self._biblio_id, self._editing_barcode, self._editing = biblio.id, None, None
        by = f" — {biblio.author}" if biblio.author else ""
        self.ui.record_label.setText(f"New copy of <b>{biblio.title}</b>{by}")
        self.setWindowTitle(f"Add item — {biblio.title}")
        self._fill("", "", DEFAULT_TYPE, "")

    def start_edit(self, item: Item) -> None:
        self._biblio_id, self._editing_barcode, self._editing = item.biblio_id, item.barcode, item
        self.ui.record_label.setText(f"Copy {item.barcode} of <b>{item.title}</b>")
        self.setWindowTitle(f"Edit item — {item.barcode}")
        self._fill(item.barcode, item.call_number, item.item_type_code, item.location)

    def _fill(
        self, barcode: str, call_number: str | None, item_type: str, location: str | None
    ) -> None:
        ui = self.ui
        ui.barcode_edit.setText(barcode)
        ui.call_number_edit.setText(call_number or "")
        self._wanted_type = item_type
        self._show_type()
        ui.location_edit.setText(location or "")
        self._reset(ui.barcode_edit)

    def _draft(self) -> ItemDraft:
        ui = self.ui
        code = ui.item_type_combo.currentData() or self._wanted_type
        return ItemDraft(
            barcode=ui.barcode_edit.text(),
            call_number=ui.call_number_edit.text(),
            item_type_code=str(code),
            location=ui.location_edit.text(),
            price_minor=self._editing.price_minor if self._editing else None,
            acquired_on=self._editing.acquired_on if self._editing else None,
        )
