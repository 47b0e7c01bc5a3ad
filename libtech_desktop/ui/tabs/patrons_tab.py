"""Patrons: find (scan a card or type a name), register, edit, renew, block and unblock;
their loans and incidents; import a CSV roster."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.scanning import Scan
from libtech_desktop.services.circulation import CirculationService, PatronSummary
from libtech_desktop.services.fines import FineService
from libtech_desktop.services.holds import HoldService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.patron_import import PatronImportService
from libtech_desktop.services.patrons import PatronService
from libtech_desktop.services.privacy import Erasure, PrivacyService
from libtech_desktop.ui._generated.ui_patrons_tab import Ui_PatronsTab
from libtech_desktop.ui.dialogs.patron_dialog import PatronDialog
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.patrons import PatronLoansModel, patrons_model, standing_text
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.printing import ReceiptPaper
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.tabs.patron_dialogs import PatronDialogs, PatronServices

ALERT_STYLE = "color:#b00020; font-weight:bold;"


class PatronsTab(QWidget):
    search_finished = Signal(object)  # list[Patron]
    patron_opened = Signal(object)  # PatronSummary: details and loans are on screen
    patron_saved = Signal(object)  # Patron, registered or edited
    patron_blocked = Signal(object)  # Patron, with its blocked_reason
    patron_unblocked = Signal(object)  # Patron
    membership_renewed = Signal(object)  # Patron, with the new expiry
    patron_erased = Signal(object)  # Erasure: the patron is gone, on request

    def __init__(
        self,
        patrons: PatronService,
        circulation: CirculationService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        parent: QWidget | None = None,
        *,
        labels: LabelService | None = None,
        importer: PatronImportService | None = None,
        fines: FineService | None = None,
        holds: HoldService | None = None,
        receipts_dir: Path | None = None,
        library_name: str = "",
        settings: WorkstationSettings | None = None,
        privacy: PrivacyService | None = None,
    ) -> None:
        """Each optional service shows its button: ``labels`` Print card, ``importer``
        Import from CSV, ``fines`` Account, ``holds`` Holds."""
        super().__init__(parent)
        self.ui = Ui_PatronsTab()
        self.ui.setupUi(self)
        self._patrons = patrons
        self._circulation = circulation
        self._runner = runner
        self.feedback = Feedback(self.ui.message_label, sounds)
        #: The desk's date, as the last patron summary gave it.
        self._today = date.today()
        self.results = patrons_model(runner, lambda: self._today)
        #: The search the list shows (its first page says what was found).
        self._last_query = ""
        self.loans = PatronLoansModel()
        self._dialog: PatronDialog | None = None
        self.dialogs = PatronDialogs(
            self,
            PatronServices(
                patrons,
                circulation,
                labels=labels,
                importer=importer,
                fines=fines,
                holds=holds,
                receipts_dir=receipts_dir,
                library_name=library_name,
                settings=settings,
                privacy=privacy,
            ),
            runner,
        )
        ui, dialogs = self.ui, self.dialogs
        show_model(ui.results_view, self.results, stretch=0)
        show_model(ui.loans_view, self.loans, stretch=0)
        self.results.first_page.connect(self._on_searched)
        self.results.fetch_failed.connect(self._on_error)
        ui.scan_edit.scanned.connect(self._on_scanned)
        ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        ui.results_view.selectionModel().currentRowChanged.connect(self._on_patron_selected)
        ui.results_view.activated.connect(self.open_edit_dialog)
        ui.register_button.clicked.connect(self.open_register_dialog)
        ui.edit_button.clicked.connect(self.open_edit_dialog)
        ui.block_button.clicked.connect(dialogs.open_block)
        ui.unblock_button.clicked.connect(self.unblock_selected)
        ui.renew_button.clicked.connect(self.renew_selected)
        ui.incidents_button.clicked.connect(dialogs.open_incidents)
        QShortcut(QKeySequence("Ctrl+I"), self, dialogs.open_incidents)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_register_dialog)
        QShortcut(QKeySequence("Ctrl+E"), self, self.open_edit_dialog)
        optional = (
            (ui.card_button, labels, dialogs.open_card, "Ctrl+Shift+C"),
            (ui.import_button, importer, dialogs.open_import, None),
            (ui.account_button, fines, dialogs.open_account, "Ctrl+Shift+A"),
            (ui.holds_button, holds, dialogs.open_holds, "Ctrl+Shift+H"),
        )
        for button, service, open_dialog, keys in optional:
            button.setVisible(service is not None)
            button.clicked.connect(open_dialog)
            if service is not None and keys:
                QShortcut(QKeySequence(keys), self, open_dialog)
        ui.privacy_button.setVisible(privacy is not None)
        privacy_menu = QMenu(ui.privacy_button)
        privacy_menu.addAction("E&xport the patron's data…", dialogs.export_data)
        privacy_menu.addAction("&Erase the patron on request…", dialogs.open_erase)
        ui.privacy_button.setMenu(privacy_menu)
        self._show_summary(None)

    def set_receipt_paper(self, paper: ReceiptPaper) -> None:
        """The paper payment slips are laid out for (this desk's setting)."""
        self.dialogs.set_receipt_paper(paper)

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
        """A card barcode opens that patron; a name or email part lists the matches (a
        page at a time as the list scrolls: "an" finds tens of thousands)."""
        patrons = self._patrons
        self._last_query = text
        self.results.load(lambda offset, size: patrons.search_page(text, offset, size))

    def _on_scanned(self, scan: Scan) -> None:
        self.search(scan.code)

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.focus_scan_field()

    def _on_searched(self, found: list[Patron]) -> None:
        """The first page of a search is in (the model holds it)."""
        text = self._last_query
        self._show_first(found)
        if len(found) == 1 and found[0].barcode == text.strip():
            self.feedback.success(f"Opened {found[0].name}.")
        elif found:
            more = "" if self.results.at_end else " or more"
            noun = "patron" if len(found) == 1 and not more else "patrons"
            rest = " (scroll for the rest)" if more else ""
            self.feedback.success(f"{len(found)}{more} {noun} found for “{text}”{rest}.")
        else:
            self.feedback.warning(f"No patron matches “{text}”. Ctrl+N registers a new patron.")
        self.search_finished.emit(found)

    def _show_rows(self, patrons: list[Patron]) -> None:
        self.results.set_rows(patrons)
        self._show_first(patrons)

    def _show_first(self, patrons: list[Patron]) -> None:
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
        self._today = today
        ui.name_label.setText(patron.name)
        ui.barcode_label.setText(patron.barcode)
        ui.category_label.setText(patron.category_name)
        expires = patron.expires_on.isoformat() if patron.expires_on else "never"
        ui.expiry_label.setText(f"{expires} (EXPIRED)" if patron.is_expired(today) else expires)
        ui.contact_label.setText(_contact_text(patron))
        overdue = f", {summary.overdue_count} OVERDUE" if summary.overdue_count else ""
        ui.standing_label.setText(standing_text(summary))
        ui.standing_label.setStyleSheet(ALERT_STYLE if summary.refusal else "")
        ui.loans_caption_label.setText(f"Open &loans: {len(summary.loans)}{overdue}")
        self.loans.show_loans(summary.loans, today)
        self._update_buttons(patron)

    def _update_buttons(self, patron: Patron | None) -> None:
        self.ui.edit_button.setEnabled(patron is not None)
        self.ui.block_button.setEnabled(patron is not None)
        self.ui.unblock_button.setEnabled(patron is not None and bool(patron.blocked_reason))
        for button in (
            self.ui.card_button,
            self.ui.renew_button,
            self.ui.incidents_button,
            self.ui.account_button,
            self.ui.holds_button,
            self.ui.privacy_button,
        ):
            button.setEnabled(patron is not None)

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
                return patrons.register_draft(draft)
            return patrons.update(old_barcode, draft)

        self._runner.submit(save, self._on_patron_saved, self._on_dialog_error)

    def _on_patron_saved(self, patron: Patron) -> None:
        self._editor().finish()
        self.show_changed(patron)
        self.feedback.success(f"Saved {patron.name} ({patron.barcode}).")
        self.patron_saved.emit(patron)

    def _on_dialog_error(self, error: LibtechError) -> None:
        self._editor().fail(error.message)
        self.feedback.error(error.message)

    def show_changed(self, patron: Patron) -> None:
        """Put a saved patron at the top of the list and open them."""
        self._show_rows([patron, *(p for p in self.results.rows if p.id != patron.id)])
        self.ui.results_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- what the dialogs report back --------------------------------------------------

    @property
    def today(self) -> date:
        """The desk's date, as the last patron summary gave it."""
        return self._today

    def show_blocked(self, patron: Patron) -> None:
        self.show_changed(patron)
        self.feedback.warning(f"{patron.name} is blocked: {patron.blocked_reason}")
        self.patron_blocked.emit(patron)

    def show_erased(self, erasure: Erasure) -> None:
        """The patron is gone: off the list, and said so."""
        self._show_rows([p for p in self.results.rows if p.barcode != erasure.barcode])
        self.feedback.success(
            f"Erased {erasure.name} ({erasure.barcode}); {erasure.loans_anonymised} "
            "returned loans stay in the statistics, anonymised."
        )
        self.patron_erased.emit(erasure)

    def unblock_selected(self) -> None:
        patron = self.selected_patron()
        if patron is None or not patron.blocked_reason:
            self.feedback.warning("Select a blocked patron first.")
            return
        barcode, patrons = patron.barcode, self._patrons
        self._runner.submit(lambda: patrons.unblock(barcode), self._on_unblocked, self._on_error)

    def _on_unblocked(self, patron: Patron) -> None:
        self.show_changed(patron)
        self.feedback.success(f"{patron.name} is no longer blocked.")
        self.patron_unblocked.emit(patron)

    # -- membership ---------------------------------------------------------------------

    def renew_selected(self) -> None:
        patron = self.selected_patron()
        if patron is None:
            self.feedback.warning("Find and select a patron first.")
            return
        barcode, patrons = patron.barcode, self._patrons
        self._runner.submit(
            lambda: patrons.renew_membership(barcode), self._on_renewed, self._on_error
        )

    def _on_renewed(self, patron: Patron) -> None:
        self.show_changed(patron)
        expires = patron.expires_on.isoformat() if patron.expires_on else "never"
        self.feedback.success(f"Renewed {patron.name}'s membership: the card expires {expires}.")
        self.membership_renewed.emit(patron)

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)


def _contact_text(patron: Patron) -> str:
    parts = [patron.email, patron.phone, (patron.address or "").replace("\n", ", ") or None]
    text = " · ".join(p for p in parts if p) or "—"
    if patron.notice_channel == "print":
        text += " (notices by letter)"
    if patron.guardian_name:
        text += f"\nGuardian: {patron.guardian_name} ({patron.guardian_barcode})"
    return text
