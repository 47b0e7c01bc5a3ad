"""Check out: scan a patron's card, then the items; the loans list updates at once.

A patron who may not borrow is shown with every reason in a red banner. When the
refusal is one staff may override (``PatronSummary.overridable``), a refused item scan
offers "Lend anyway?" inline: Enter lends it, Esc does not. No modal dialog: the scan
field gets the focus back either way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.clock import Clock, to_local
from libtech_desktop.domain.errors import LibtechError, PatronBlocked, PatronExpired
from libtech_desktop.scanning import Scan
from libtech_desktop.services.checkout_session import CheckoutSession, Receipt
from libtech_desktop.services.circulation import (
    CheckoutScan,
    PatronSummary,
)
from libtech_desktop.services.receipts import checkout_receipt_html
from libtech_desktop.ui._generated.ui_checkout_tab import Ui_CheckoutTab
from libtech_desktop.ui.feedback import Feedback, SoundPlayer
from libtech_desktop.ui.models.loans import loans_model
from libtech_desktop.ui.models.patrons import standing_text
from libtech_desktop.ui.models.table import show_model
from libtech_desktop.ui.printing import ReceiptPaper
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.slip_output import SlipOutput


class CheckoutTab(QWidget):
    patron_opened = Signal(object)  # PatronSummary
    loan_made = Signal(object)  # Loan
    loan_renewed = Signal(object)  # Loan
    session_ended = Signal()
    receipt_written = Signal(Path)
    #: Every scan ends in exactly one of these; tests and the status bar listen.
    scan_handled = Signal()

    def __init__(
        self,
        session: CheckoutSession,
        runner: TaskRunner,
        sounds: SoundPlayer,
        clock: Clock,
        receipts_dir: Path,
        library_name: str,
        parent: QWidget | None = None,
        *,
        allow_override: bool = False,
        settings: WorkstationSettings | None = None,
    ) -> None:
        """``allow_override``: staff may lend anyway past a block the library lets them
        override; without it the refusal simply stands. ``settings``: this desk's slip
        printer and what to do with slips (PDF only when not given)."""
        super().__init__(parent)
        self.ui = Ui_CheckoutTab()
        self.ui.setupUi(self)
        self._session = session
        self._runner = runner
        self._clock = clock
        self._receipts_dir = receipts_dir
        self._library_name = library_name
        self.slips = SlipOutput(self, settings)
        self._allow_override = allow_override
        self._summary: PatronSummary | None = None
        #: The item a refused scan would lend if staff choose "Lend anyway".
        self._pending_override: str | None = None
        self.feedback = Feedback(self.ui.message_label, sounds)
        #: Items lent since the patron's card was scanned: bold in the list.
        self._lent_now: set[str] = set()
        self.loans = loans_model(clock.today(), lambda loan: loan.item_barcode in self._lent_now)
        show_model(self.ui.loans_view, self.loans, stretch=1)
        self.ui.scan_edit.scanned.connect(self._on_scanned)
        self.ui.scan_edit.scan_rejected.connect(self._on_scan_rejected)
        self.ui.end_button.clicked.connect(self.end_session)
        self.ui.renew_button.clicked.connect(self.renew_selected)
        self.ui.receipt_button.clicked.connect(self.write_receipt)
        self.ui.lend_anyway_button.clicked.connect(self.lend_anyway)
        self.ui.cancel_override_button.clicked.connect(self.cancel_override)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self._on_escape)
        # A push button outside a dialog ignores Enter: the prompt takes it itself.
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            enter = QShortcut(QKeySequence(key), self.ui.override_frame, self.lend_anyway)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Print, self, self.write_receipt)
        self._show_summary(None)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- scanning -----------------------------------------------------------------

    def _on_scanned(self, scan: Scan) -> None:
        code = scan.code
        self.cancel_override(quietly=True)
        self._runner.submit(
            lambda: self._session.scan(code),
            self._on_scan_done,
            lambda error: self._on_scan_error(code, error),
            owner=self,
        )

    def _on_scan_error(self, code: str, error: LibtechError) -> None:
        summary = self._summary
        overridable = (
            isinstance(error, PatronBlocked | PatronExpired)
            and summary is not None
            and summary.overridable
            and self._allow_override
            and self._session.patron_barcode == summary.patron.barcode
        )
        if not overridable:
            self._on_error(error)
            return
        self.feedback.error(error.message)
        self._pending_override = code
        self.ui.override_label.setText(f"Lend {code} anyway? Enter: lend it. Esc: do not.")
        self.ui.override_frame.setVisible(True)
        self.ui.lend_anyway_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scan_handled.emit()

    # -- lend anyway ----------------------------------------------------------------

    @property
    def override_pending(self) -> bool:
        return self._pending_override is not None

    def lend_anyway(self) -> None:
        """Lend the refused item despite the (overridable) block."""
        code, session = self._pending_override, self._session
        self.cancel_override(quietly=True)
        if code is None or session.patron_barcode is None or not self._allow_override:
            return
        self._runner.submit(
            lambda: session.lend_anyway(code), self._on_scan_done, self._on_error, owner=self
        )

    def cancel_override(self, quietly: bool = False) -> None:
        if self._pending_override is not None and not quietly:
            self.feedback.warning(f"Not lent: {self._pending_override}.")
        self._pending_override = None
        self.ui.override_frame.setVisible(False)
        self.focus_scan_field()

    def _on_escape(self) -> None:
        if self.override_pending:
            self.cancel_override()
        else:
            self.end_session()

    def _on_scan_rejected(self, message: str) -> None:
        self.feedback.error(message)
        self.scan_handled.emit()

    def _on_scan_done(self, result: CheckoutScan) -> None:
        if result.loan is None:
            self._lent_now.clear()
        else:
            self._lent_now.add(result.loan.item_barcode)
        self._show_summary(result.summary)
        if result.loan is None:
            self._announce_patron(result.summary)
            self.patron_opened.emit(result.summary)
        else:
            self._announce_loan(result.loan)
            self.loan_made.emit(result.loan)
        self.focus_scan_field()
        self.scan_handled.emit()

    def _announce_patron(self, summary: PatronSummary) -> None:
        name = summary.patron.name
        if summary.refusal:
            self.feedback.error(f"{name} may not borrow: {summary.refusal}")
        elif summary.overdue_count:
            self.feedback.warning(
                f"{name}: {len(summary.loans)} on loan, {summary.overdue_count} OVERDUE. "
                "Scan items to lend."
            )
        else:
            self.feedback.success(f"{name}: {len(summary.loans)} on loan. Scan items to lend.")

    def _announce_loan(self, loan: Loan) -> None:
        text = (
            f"Lent “{loan.title}” ({loan.item_barcode}) — due {loan.due.strftime('%a %d %b %Y')}."
        )
        if loan.notes:
            self.feedback.warning(" ".join((*loan.notes, text)))
        else:
            self.feedback.success(text)

    def _on_error(self, error: LibtechError) -> None:
        self.feedback.error(error.message)
        self.focus_scan_field()
        self.scan_handled.emit()

    # -- session ------------------------------------------------------------------

    def end_session(self) -> None:
        def done(_: object) -> None:
            self._lent_now.clear()
            self._show_summary(None)
            self.feedback.success("Session ended. Scan the next patron's card.")
            self.focus_scan_field()
            self.session_ended.emit()

        self._runner.submit(self._session.end, done, self._on_error, owner=self)

    def renew_selected(self) -> None:
        rows = self.ui.loans_view.selectionModel().selectedRows()
        if not rows:
            self.feedback.warning("Select a loan in the list to renew it.")
            return
        barcode = self.loans.row(rows[0].row()).item_barcode

        def done(result: tuple[Loan, PatronSummary]) -> None:
            loan, summary = result
            self._show_summary(summary)
            self.feedback.success(
                f"Renewed “{loan.title}” — now due {loan.due.strftime('%a %d %b %Y')}."
            )
            self.focus_scan_field()
            self.loan_renewed.emit(loan)

        self._runner.submit(lambda: self._session.renew(barcode), done, self._on_error, owner=self)

    def set_receipt_paper(self, paper: ReceiptPaper) -> None:
        """The paper the next receipts are laid out for (this desk's setting)."""
        self.slips.paper = paper

    def write_receipt(self) -> None:
        """Ctrl+P: the session's receipt, saved as a PDF and printed or previewed as
        this desk is set (Settings → Slips)."""
        now = self._clock.now()
        stamp = to_local(now).strftime("%Y%m%d-%H%M%S")

        def render(receipt: Receipt) -> None:
            path = self._receipts_dir / f"receipt-{stamp}.pdf"
            html = checkout_receipt_html(receipt, self._library_name)
            try:
                said = self.slips.deliver(html, path, "Receipt")
            except OSError as exc:
                self.feedback.error(f"The receipt could not be saved to {path}: {exc}.")
                return
            self.feedback.success(said)
            self.receipt_written.emit(path)

        self._runner.submit(lambda: self._session.receipt(now), render, self._on_error, owner=self)

    def _show_summary(self, summary: PatronSummary | None) -> None:
        ui = self.ui
        self._summary = summary
        refusal = summary.refusal if summary is not None else None
        ui.block_banner_label.setText(
            "MAY NOT BORROW\n"
            + refusal
            + ("\n(Staff may lend anyway.)" if summary and summary.overridable else "")
            if refusal
            else ""
        )
        ui.block_banner_label.setVisible(bool(refusal))
        if summary is None:
            for label in (ui.name_label, ui.category_label, ui.expiry_label, ui.standing_label):
                label.setText("—")
            ui.standing_label.setStyleSheet("")
            self.loans.set_rows([])
            return
        patron = summary.patron
        ui.name_label.setText(f"<b>{patron.name}</b>  ({patron.barcode})")
        ui.category_label.setText(patron.category_name)
        ui.expiry_label.setText(_expiry_text(patron.expires_on, summary.today))
        ui.standing_label.setText(standing_text(summary))
        ui.standing_label.setStyleSheet(
            "color:#b00020; font-weight:bold;" if summary.refusal else ""
        )
        self.loans.set_rows(summary.loans)


def _expiry_text(expires: date | None, today: date) -> str:
    if expires is None:
        return "never"
    text = expires.strftime("%d %b %Y")
    return f"{text} (EXPIRED)" if expires < today else text
