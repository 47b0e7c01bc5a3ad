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
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # uic writes no annotations
        self._bind(self.ui.error_label, self.ui.button_box)
        self._accept_scans(self.ui.barcode_edit)
        self._editing: Patron | None = None

    @property
    def editing_barcode(self) -> str | None:
        """The card of the patron being edited, or ``None`` for a registration."""
        return self._editing.barcode if self._editing else None

    def set_categories(self, categories: Sequence[Category]) -> None:
        combo = self.ui.category_combo
        wanted = combo.currentData() or DEFAULT_CATEGORY
        combo.clear()
        for category in categories:
            combo.addItem(f"{category.name} ({category.code})", category.code)
        combo.setCurrentIndex(max(combo.findData(wanted), 0))

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
        index = ui.category_combo.findData(category)
        if index >= 0:
            ui.category_combo.setCurrentIndex(index)
        ui.email_edit.setText(email or "")
        ui.phone_edit.setText(phone or "")
        self._reset(ui.barcode_edit if self._editing is None else ui.name_edit)

    def _draft(self) -> PatronDraft:
        ui = self.ui
        code = ui.category_combo.currentData()
        # Fields this form does not show (expiry, notes) keep their stored values.
        expires: date | None = self._editing.expires_on if self._editing else None
        return PatronDraft(
            barcode=ui.barcode_edit.text(),
            name=ui.name_edit.text(),
            category_code=str(code) if code else DEFAULT_CATEGORY,
            email=ui.email_edit.text(),
            phone=ui.phone_edit.text(),
            expires_on=expires,
            notes=self._editing.notes if self._editing else None,
        )
