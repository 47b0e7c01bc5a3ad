"""Patrons: find (scan a card or type a name), register, edit, block and unblock; their loans."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.scanning import Scan
from libtech_desktop.services.circulation import CirculationService, PatronSummary
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.patrons import PatronService
from libtech_desktop.ui._generated.ui_patrons_tab import Ui_PatronsTab
from libtech_desktop.ui.dialogs.card_dialog import CardDialog
from libtech_desktop.ui.dialogs.patron_dialog import PatronDialog
from libtech_desktop.ui.dialogs.reason_dialog import ReasonDialog
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.patrons import PatronLoansModel, patrons_model
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.runner import TaskRunner

ALERT_STYLE = "color:#b00020; font-weight:bold;"


class PatronsTab(QWidget):
    search_finished = Signal(object)  # list[Patron]
    patron_opened = Signal(object)  # PatronSummary: details and loans are on screen
    patron_saved = Signal(object)  # Patron, registered or edited
    patron_blocked = Signal(object)  # Patron, with its blocked_reason
    patron_unblocked = Signal(object)  # Patron

    def __init__(
        self,
        patrons: PatronService,
        circulation: CirculationService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        parent: QWidget | None = None,
        *,
        labels: LabelService | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PatronsTab()
        self.ui.setupUi(self)
        self._patrons = patrons
        self._circulation = circulation
        self._runner = runner
        self.feedback = Feedback(self.ui.message_label, sounds)
        self.results = patrons_model()
        self.loans = PatronLoansModel()
        self._dialog: PatronDialog | None = None
        #: Patron cards need the label service; without it the button stays hidden.
        self._labels = labels
        self._card_dialog: CardDialog | None = None
        ui = self.ui
        show_model(ui.results_view, self.results, stretch=0)
        show_model(ui.loans_view, self.loans, stretch=0)
        ui.scan_edit.scanned.connect(self._on_scanned)
        ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        ui.results_view.selectionModel().currentRowChanged.connect(self._on_patron_selected)
        ui.results_view.activated.connect(self.open_edit_dialog)
        ui.register_button.clicked.connect(self.open_register_dialog)
        ui.edit_button.clicked.connect(self.open_edit_dialog)
        ui.block_button.clicked.connect(self.open_block_dialog)
        ui.unblock_button.clicked.connect(self.unblock_selected)
        ui.card_button.clicked.connect(self.open_card_dialog)
        ui.card_button.setVisible(labels is not None)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_register_dialog)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_edit_dialog)
        if labels is not None:
            QShortcut(QKeySequence("Ctrl+Shift+C"), self, self.open_card_dialog)
        self._show_summary(None)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def patron_dialog(self) -> PatronDialog | None:
        """The register/edit dialog, once opened (by Ctrl+N, Ctrl+E or Enter on a patron)."""
        return self._dialog

    # -- finding ------------------------------------------------------------------------

    def search(self, text: str) -> None:
        """A card barcode opens that patron; a name or email part lists the matches."""
        patrons = self._patrons
        self._runner.submit(lambda: (text, patrons.search(text)), self._on_searched, self._on_error)

    def _on_scanned(self, scan: Scan) -> None:
        self.search(scan.code)

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()

    def _on_searched(self, result: tuple[str, list[Patron]]) -> None:
        text, found = result
        self._show_rows(found)
        if len(found) == 1 and found[0].barcode == text:
            self.feedback.success(f"Opened {found[0].name}.")
        elif found:
            noun = "patron" if len(found) == 1 else "patrons"
            self.feedback.success(f"{len(found)} {noun} found for “{text}”.")
        else:
            self.feedback.warning(f"No patron matches “{text}”. Ctrl+N registers a new patron.")
        self.search_finished.emit(found)

    def _show_rows(self, patrons: list[Patron]) -> None:
        self.results.set_rows(patrons)
        if patrons:
            self.ui.results_view.selectRow(0)  # loads the details and loans
        else:
            self._show_summary(None)

    def selected_patron(self) -> Patron | None:
        index = self.ui.results_view.selectionModel().currentIndex()
        return self.results.row(index.row()) if index.isValid() else None

    def _on_patron_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self._show_summary(None)
            return
        barcode, circulation = self.results.row(current.row()).barcode, self._circulation
        self._runner.submit(
            lambda: circulation.patron_summary(barcode), self._on_summary, self._on_error
        )

    def _on_summary(self, summary: PatronSummary) -> None:
        selected = self.selected_patron()
        if selected is None or selected.id != summary.patron.id:
            return  # the technician has moved on to someone else meanwhile
        self._show_summary(summary)
        self.patron_opened.emit(summary)

    def _show_summary(self, summary: PatronSummary | None) -> None:
        ui = self.ui
        labels = (ui.name_label, ui.barcode_label, ui.category_label, ui.expiry_label)
        if summary is None:
            for label in (*labels, ui.contact_label, ui.standing_label):
                label.setText("—")
            ui.standing_label.setStyleSheet("")
            ui.loans_caption_label.setText("Open &loans")
            self.loans.show_loans([], self.loans.today)
            self._update_buttons(None)
            return
        patron, today = summary.patron, summary.today
        ui.name_label.setText(patron.name)
        ui.barcode_label.setText(patron.barcode)
        ui.category_label.setText(patron.category_name)
        expires = patron.expires_on.isoformat() if patron.expires_on else "never"
        ui.expiry_label.setText(f"{expires} (EXPIRED)" if patron.is_expired(today) else expires)
        ui.contact_label.setText(" · ".join(filter(None, (patron.email, patron.phone))) or "—")
        overdue = f", {summary.overdue_count} OVERDUE" if summary.overdue_count else ""
        ui.standing_label.setText(summary.refusal or "In good standing")
        ui.standing_label.setStyleSheet(ALERT_STYLE if summary.refusal else "")
        ui.loans_caption_label.setText(f"Open &loans: {len(summary.loans)}{overdue}")
        self.loans.show_loans(summary.loans, today)
        self._update_buttons(patron)

    def _update_buttons(self, patron: Patron | None) -> None:
        self.ui.edit_button.setEnabled(patron is not None)
        self.ui.block_button.setEnabled(patron is not None)
        self.ui.unblock_button.setEnabled(patron is not None and bool(patron.blocked_reason))
        self.ui.card_button.setEnabled(patron is not None)

    # -- register and edit --------------------------------------------------------------

    def open_register_dialog(self) -> PatronDialog:
        dialog = self._editor()
        dialog.start_new()
        dialog.open()
        return dialog

    def open_edit_dialog(self) -> PatronDialog | None:
        patron = self.selected_patron()
        if patron is None:
            self.feedback.warning("Find and select a patron first.")
            return None
        dialog = self._editor()
        dialog.start_edit(patron)
        dialog.open()
        return dialog

    def _editor(self) -> PatronDialog:
        if self._dialog is None:
            self._dialog = PatronDialog(self)
            self._dialog.submitted.connect(self._on_patron_submitted)
            # Categories rarely change: fetch them once, while the dialog is first shown.
            self._runner.submit(self._patrons.categories, self._on_categories, self._on_error)
        return self._dialog

    def _on_categories(self, categories: list[Category]) -> None:
        self._editor().set_categories(categories)

    def _on_patron_submitted(self, draft: PatronDraft) -> None:
        dialog, patrons = self._editor(), self._patrons
        old_barcode = dialog.editing_barcode

        def save() -> Patron:
            if old_barcode is None:
                d = draft
                return patrons.register(d.barcode, d.name, d.category_code, d.email, d.phone)
            return patrons.update(old_barcode, draft)

        self._runner.submit(save, self._on_patron_saved, self._on_dialog_error)

    def _on_patron_saved(self, patron: Patron) -> None:
        self._editor().finish()
        self._show_changed(patron)
        self.feedback.success(f"Saved {patron.name} ({patron.barcode}).")
        self.patron_saved.emit(patron)

    def _on_dialog_error(self, error: LibtechError) -> None:
        self._editor().fail(error.message)
        self.feedback.error(error.message)

    def _show_changed(self, patron: Patron) -> None:
        """Put a saved patron at the top of the list and open them."""
        self._show_rows([patron, *(p for p in self.results.rows if p.id != patron.id)])
        self.ui.results_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- cards ------------------------------------------------------------------------

    @property
    def card_dialog(self) -> CardDialog | None:
        """The patron card dialog, once opened (by Ctrl+Shift+C or Print card…)."""
        return self._card_dialog

    def open_card_dialog(self) -> CardDialog | None:
        """Preview the selected patron's ID card, to print or save as PDF."""
        patron = self.selected_patron()
        if self._labels is None:
            return None
        if patron is None:
            self.feedback.warning("Find and select a patron first.")
            return None
        if self._card_dialog is None:
            # Parented to the tab and reused: it lives exactly as long as the tab.
            self._card_dialog = CardDialog(self._labels, self._runner, self)
        dialog = self._card_dialog
        dialog.start(patron.barcode, patron.name)
        dialog.open()
        return dialog

    # -- blocks -------------------------------------------------------------------------

    def open_block_dialog(self) -> ReasonDialog | None:
        """Ask why (a reason is required), then block the selected patron."""
        patron = self.selected_patron()
        if patron is None:
            self.feedback.warning("Find and select a patron first.")
            return None
        dialog = ReasonDialog(
            "Block patron", f"Why is {patron.name} blocked? The desk will show this.", self
        )
        dialog.setTextValue(patron.blocked_reason or "")
        barcode = patron.barcode
        dialog.reason_given.connect(lambda reason: self._block(barcode, reason))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _block(self, barcode: str, reason: str) -> None:
        patrons = self._patrons
        self._runner.submit(
            lambda: patrons.block(barcode, reason), self._on_blocked, self._on_error
        )

    def _on_blocked(self, patron: Patron) -> None:
        self._show_changed(patron)
        self.feedback.warning(f"{patron.name} is blocked: {patron.blocked_reason}")
        self.patron_blocked.emit(patron)

    def unblock_selected(self) -> None:
        patron = self.selected_patron()
        if patron is None or not patron.blocked_reason:
            self.feedback.warning("Select a blocked patron first.")
            return
        barcode, patrons = patron.barcode, self._patrons
        self._runner.submit(lambda: patrons.unblock(barcode), self._on_unblocked, self._on_error)

    def _on_unblocked(self, patron: Patron) -> None:
        self._show_changed(patron)
        self.feedback.success(f"{patron.name} is no longer blocked.")
        self.patron_unblocked.emit(patron)

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)
