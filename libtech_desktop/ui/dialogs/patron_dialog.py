"""Register or edit a patron: card, name, category, contact details, how notices go,
a child's guardian, the card's expiry and notes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.ui._generated.ui_patron_dialog import Ui_PatronDialog
from libtech_desktop.ui.dialogs.editor import EditorDialog

DEFAULT_CATEGORY = "adult"
_CHANNELS = (("By email", "email"), ("Printed letter", "print"))


class PatronDialog(EditorDialog):
    """``submitted`` carries a :class:`PatronDraft`; ``editing_barcode`` says whom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PatronDialog()
        self.ui.setupUi(self)
        self._bind(self.ui.error_label, self.ui.button_box)
        self._accept_scans(self.ui.barcode_edit)
        self._accept_scans(self.ui.guardian_edit)
        for text, code in _CHANNELS:
            self.ui.channel_combo.addItem(text, code)
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
        self._fill(None)

    def start_edit(self, patron: Patron) -> None:
        self._editing = patron
        self.setWindowTitle(f"Edit patron — {patron.name}")
        self._fill(patron)

    def _fill(self, patron: Patron | None) -> None:
        ui = self.ui
        ui.barcode_edit.setText(patron.barcode if patron else "")
        ui.name_edit.setText(patron.name if patron else "")
        self._wanted_category = patron.category_code if patron else DEFAULT_CATEGORY
        self._show_category()
        ui.email_edit.setText(patron.email or "" if patron else "")
        ui.phone_edit.setText(patron.phone or "" if patron else "")
        ui.address_edit.setPlainText(patron.address or "" if patron else "")
        channel = patron.notice_channel if patron else "email"
        ui.channel_combo.setCurrentIndex(max(ui.channel_combo.findData(channel), 0))
        ui.guardian_edit.setText(patron.guardian_barcode or "" if patron else "")
        ui.notes_edit.setPlainText(patron.notes or "" if patron else "")
        # A new card's expiry comes from its category's membership period.
        expires = patron.expires_on if patron else None
        ui.expires_edit.setEnabled(patron is not None)
        ui.expires_edit.setToolTip("" if patron else "Set from the category's membership period")
        if expires is not None:
            ui.expires_edit.setDate(QDate(expires.year, expires.month, expires.day))
        self._reset(ui.barcode_edit if self._editing is None else ui.name_edit)

    def _draft(self) -> PatronDraft:
        ui = self.ui
        code = ui.category_combo.currentData() or self._wanted_category
        expires: date | None = None
        if self._editing is not None and self._editing.expires_on is not None:
            expires = ui.expires_edit.date().toPython()  # type: ignore[assignment]
        email = ui.email_edit.text().strip()
        channel = str(ui.channel_combo.currentData())
        # Email notices without an address would fail: a new patron without one gets
        # letters unless the technician changes it (validation says so if they do).
        if channel == "email" and not email and self._editing is None:
            channel = "print"
        return PatronDraft(
            barcode=ui.barcode_edit.text(),
            name=ui.name_edit.text(),
            category_code=str(code),
            email=email,
            phone=ui.phone_edit.text(),
            expires_on=expires,
            notes=ui.notes_edit.toPlainText(),
            address=ui.address_edit.toPlainText(),
            notice_channel=channel,
            guardian_barcode=ui.guardian_edit.text(),
        )
