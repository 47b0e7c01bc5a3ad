"""Register or edit a patron: card barcode, name, category, email, phone."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.ui._generated.ui_patron_dialog import Ui_PatronDialog
from libtech_desktop.ui.dialogs.editor import EditorDialog

DEFAULT_CATEGORY = "adult"


class PatronDialog(EditorDialog):
    """``submitted`` carries a :class:`PatronDraft`; ``editing_barcode`` says whom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatronDialog()
        self.ui.setupUi(self)
        self._bind(self.ui.error_label, self.ui.button_box)
        self._accept_scans(self.ui.barcode_edit)
        self._editing: Patron | None = None
        #: The category to show once the list of categories has arrived from the service.
        self._wanted_category = DEFAULT_CATEGORY

    @property
    def editing_barcode(self) -> str | None:
        """The card of the patron being edited, or ``None`` for a registration."""
        return self._editing.barcode if self._editing else None

    def set_categories(self, categories: Sequence[Category]) -> None:
        combo = self.ui.category_combo
        combo.clear()
        for category in categories:
            combo.addItem(f"{category.name} ({category.code})", category.code)
        self._show_category()

    def _show_category(self) -> None:
        combo = self.ui.category_combo
        combo.setCurrentIndex(max(combo.findData(self._wanted_category), 0))

    def start_new(self) -> None:
        self._editing = None
        self.setWindowTitle("Register patron")
        self._fill("", "", DEFAULT_CATEGORY, None, None)

    def start_edit(self, patron: Patron) -> None:
        self._editing = patron
        self.setWindowTitle(f"Edit patron — {patron.name}")
        self._fill(patron.barcode, patron.name, patron.category_code, patron.email, patron.phone)

    def _fill(
        self, barcode: str, name: str, category: str, email: str | None, phone: str | None
    ) -> None:
        ui = self.ui
        ui.barcode_edit.setText(barcode)
        ui.name_edit.setText(name)
        self._wanted_category = category
        self._show_category()
        ui.email_edit.setText(email or "")
        ui.phone_edit.setText(phone or "")
        self._reset(ui.barcode_edit if self._editing is None else ui.name_edit)

    def _draft(self) -> PatronDraft:
        ui = self.ui
        code = ui.category_combo.currentData() or self._wanted_category
        # Fields this form does not show (expiry, notes) keep their stored values.
        expires: date | None = self._editing.expires_on if self._editing else None
        return PatronDraft(
            barcode=ui.barcode_edit.text(),
            name=ui.name_edit.text(),
            category_code=str(code),
            email=ui.email_edit.text(),
            phone=ui.phone_edit.text(),
            expires_on=expires,
            notes=self._editing.notes if self._editing else None,
        )
