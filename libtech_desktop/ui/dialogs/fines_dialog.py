"""A patron's account: the charges still owed, the statement, and the desk's actions on
them — take a payment (all, part, or to chosen charges), waive, correct, add a charge —
then save the payment slip as a PDF on this desk's receipt paper.

Made once by the Patrons tab (parented to it) and reused: ``open_for(barcode)``. Every
service call goes through the runner; refusals are said inline, in the status line.
Keyboard only: every field and button has a mnemonic, Esc closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.fines import Fine, StatementLine
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.paths import default_receipts_dir
from libtech_desktop.services.fines import Account, FineService, PaymentReceipt
from libtech_desktop.services.receipts import payment_receipt_html
from libtech_desktop.ui._generated.ui_fines_dialog import Ui_FinesDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.printing import DEFAULT_RECEIPT_PAPER, ReceiptPaper
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.slip_output import SlipOutput

_METHODS = ("cash", "card", "other")


def _day(at: Any) -> str:
    return str(to_local(at).strftime("%Y-%m-%d"))


def fines_model() -> RowTableModel[Fine]:
    return RowTableModel(
        [
            Column("Date", lambda f: _day(f.created)),
            Column("Item", lambda f: f"{f.item_barcode} {f.title}" if f.item_barcode else ""),
            Column("Kind", lambda f: f.kind_label),
            Column("Description", lambda f: f.description),
            Column("Amount", lambda f: format_money(f.amount_minor), align_right=True),
            Column("Outstanding", lambda f: format_money(f.outstanding_minor), align_right=True),
        ]
    )


def statement_model() -> RowTableModel[StatementLine]:
    return RowTableModel(
        [
            Column("Date", lambda s: _day(s.at)),
            Column("Kind", lambda s: s.kind_label),
            Column("Description", lambda s: s.description),
            Column("Amount", lambda s: format_money(s.amount_minor), align_right=True),
            Column("Balance", lambda s: format_money(s.balance_minor), align_right=True),
            Column("By", lambda s: s.by),
        ]
    )


class FinesDialog(QDialog):
    #: The account is on screen (after opening and after every change): (Account).
    account_shown = Signal(object)
    #: A payment was taken: (PaymentReceipt).
    paid = Signal(object)
    #: A charge was waived, corrected or added: (what was said).
    changed = Signal(str)
    #: The payment slip was saved: (its path).
    receipt_written = Signal(Path)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        fines: FineService,
        runner: TaskRunner,
        *,
        receipts_dir: Path | None = None,
        library_name: str = "",
        paper: ReceiptPaper = DEFAULT_RECEIPT_PAPER,
        settings: WorkstationSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_FinesDialog()
        self.ui.setupUi(self)
        self._fines = fines
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        self._receipts_dir = receipts_dir or default_receipts_dir()
        self._library_name = library_name
        #: Payment slips: a PDF, then the slip printer or a preview as the desk is set.
        self.slips = SlipOutput(self, settings)
        self.slips.paper = paper
        self._barcode = ""
        self.account: Account | None = None
        self.last_receipt: PaymentReceipt | None = None
        self.owed = fines_model()
        self.statement = statement_model()
        show_model(self.ui.fines_view, self.owed, stretch=3)
        show_model(self.ui.statement_view, self.statement, stretch=2)
        ui = self.ui
        ui.pay_button.clicked.connect(self.pay)
        ui.amount_edit.returnPressed.connect(self.pay)
        ui.waive_button.clicked.connect(self.waive_selected)
        ui.correct_button.clicked.connect(self.correct_selected)
        ui.charge_button.clicked.connect(self.add_charge)
        ui.receipt_button.clicked.connect(self.save_receipt)
        ui.close_button.clicked.connect(self.reject)

    # -- what the Patrons tab and the tests use -------------------------------------

    def open_for(self, patron_barcode: str) -> None:
        """Show this patron's account (non-modal), the amount owed ready to pay."""
        self._barcode = patron_barcode.strip()
        self.account = None
        self.last_receipt = None
        self.ui.receipt_button.setEnabled(False)
        self.ui.patron_label.setText(f"Patron {self._barcode}")
        self.ui.reason_edit.clear()
        self.ui.adjust_amount_edit.clear()
        self.ui.selected_check.setChecked(False)
        self.ui.tabs_widget.setCurrentIndex(0)
        self._say("Reading the account…")
        self.show()
        self.activateWindow()
        self.reload(prefill=True)

    def set_receipt_paper(self, paper: ReceiptPaper) -> None:
        """The paper the next slips are laid out for (this desk's setting)."""
        self.slips.paper = paper

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def reload(self, prefill: bool = False, then: str | None = None) -> None:
        barcode, service = self._barcode, self._fines
        self._jobs.submit(
            lambda: service.account(barcode),
            lambda account: self._show(account, prefill, then),
            self._on_error,
        )

    def selected_fines(self) -> list[Fine]:
        rows = sorted({i.row() for i in self.ui.fines_view.selectionModel().selectedRows()})
        return [self.owed.row(r) for r in rows]

    # -- desk actions ---------------------------------------------------------------

    def pay(self) -> None:
        amount = self._amount(self.ui.amount_edit.text(), "the amount paid")
        if amount is None:
            return
        method = _METHODS[self.ui.method_combo.currentIndex()]
        chosen: list[int] | None = None
        if self.ui.selected_check.isChecked():
            chosen = [f.id for f in self.selected_fines()]
            if not chosen:
                self._error("Select the charges to pay, or untick “Only the selected charges”.")
                return
        barcode, service = self._barcode, self._fines
        self._submit(lambda: service.pay(barcode, amount, method, chosen), self._on_paid)

    def waive_selected(self) -> None:
        chosen = self._chosen("waive")
        reason = self.ui.reason_edit.text()
        text = self.ui.adjust_amount_edit.text().strip()
        if not chosen or not self._has_reason(reason, "waiver"):
            return
        amount = self._amount(text, "the amount waived") if text else None
        if text and amount is None:
            return
        if amount is not None and len(chosen) > 1:
            self._error("Waive part of one charge at a time, or leave the amount blank.")
            return
        service, ids = self._fines, [f.id for f in chosen]

        def waive() -> str:
            for fine_id in ids:
                service.waive(fine_id, reason, amount)
            return f"Waived {len(ids)} charge{'s' if len(ids) != 1 else ''}."

        self._submit(waive, self._on_changed)

    def correct_selected(self) -> None:
        chosen = self._chosen("correct")
        reason = self.ui.reason_edit.text()
        if not chosen or not self._has_reason(reason, "correction"):
            return
        if len(chosen) != 1:
            self._error("Correct one charge at a time.")
            return
        amount = self._amount(self.ui.adjust_amount_edit.text(), "what is owed now")
        if amount is None:
            return
        service, fine_id = self._fines, chosen[0].id

        def correct() -> str:
            fine = service.correct(fine_id, amount, reason)
            return f"Corrected charge {fine.id}: {format_money(fine.outstanding_minor)} owed on it."

        self._submit(correct, self._on_changed)

    def add_charge(self) -> None:
        reason = self.ui.reason_edit.text()
        if not self._has_reason(reason, "charge"):
            return
        amount = self._amount(self.ui.adjust_amount_edit.text(), "the charge")
        if amount is None:
            return
        barcode, service = self._barcode, self._fines

        def charge() -> str:
            fine = service.charge(barcode, amount, "manual", reason)
            return f"Charged {format_money(fine.amount_minor)}: {fine.description}."

        self._submit(charge, self._on_changed)

    def save_receipt(self) -> Path | None:
        """Write the last payment's slip as a PDF in the receipts folder."""
        receipt = self.last_receipt
        if receipt is None:
            self._error("Take a payment first: the slip is of the last payment.")
            return None
        stamp = to_local(receipt.paid_at).strftime("%Y%m%d-%H%M%S")
        path = self._receipts_dir / f"payment-{receipt.payment_id}-{stamp}.pdf"
        html = payment_receipt_html(receipt, self._library_name)
        try:
            said = self.slips.deliver(html, path, "Payment receipt")
        except OSError as exc:
            self._error(f"The receipt could not be written to {path}: {exc.strerror or exc}.")
            return None
        self._say(said)
        self.receipt_written.emit(path)
        self.ui.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return path

    # -- outcomes -------------------------------------------------------------------

    def _show(self, account: Account, prefill: bool, then: str | None) -> None:
        self.account = account
        balance = account.balance
        self.ui.patron_label.setText(f"{balance.patron.name} ({balance.patron.barcode})")
        accruing = (
            f" Accruing on overdue loans: {format_money(balance.accruing_minor)} "
            "(charged when they come back)."
            if balance.accruing_minor
            else ""
        )
        self.ui.totals_label.setText(f"Owed: {format_money(balance.owed_minor)}.{accruing}")
        self.owed.set_rows(account.open_fines)
        self.statement.set_rows(account.statement)
        if prefill:
            self.ui.amount_edit.setText(format_money(balance.owed_minor))
            self.ui.amount_edit.selectAll()
            self.ui.amount_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        if then is not None:
            self._say(then)
        elif prefill:
            self._say("Type the amount paid (part is fine) and press Enter, or Alt+P.")
        self.account_shown.emit(account)

    def _on_paid(self, receipt: PaymentReceipt) -> None:
        self.last_receipt = receipt
        self.ui.receipt_button.setEnabled(True)
        message = (
            f"Paid {format_money(receipt.amount_minor)} by {receipt.method}. "
            f"Still owed: {format_money(receipt.still_owed_minor)}. "
            "The receipt slip: Alt+E."
        )
        self.ui.amount_edit.setText(format_money(receipt.still_owed_minor))
        self.ui.receipt_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.paid.emit(receipt)
        self.reload(then=message)

    def _on_changed(self, message: str) -> None:
        self.ui.reason_edit.clear()
        self.ui.adjust_amount_edit.clear()
        self.changed.emit(message)
        self.reload(prefill=True, then=message)

    # -- helpers ------------------------------------------------------------------------

    def _chosen(self, verb: str) -> list[Fine]:
        chosen = self.selected_fines()
        if not chosen:
            self._error(f"Select the charge to {verb} in the list first (Alt+C, arrows).")
        return chosen

    def _has_reason(self, reason: str, action: str) -> bool:
        if reason.strip():
            return True
        self._error(f"Give a reason for the {action} (Alt+R): it is kept with the account.")
        self.ui.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return False

    def _amount(self, text: str, what: str) -> int | None:
        try:
            amount = parse_money(text)
        except InvalidInput as exc:
            self._error(exc.message)
            return None
        if amount is None:
            self._error(f"Type {what}, like 2.50.")
        return amount

    def _submit(self, fn: Callable[[], Any], on_success: Callable[[Any], None]) -> None:
        if not self._barcode:
            self._error("Open a patron's account first.")
            return
        self._jobs.submit(fn, on_success, self._on_error)

    def _set_busy(self, busy: bool) -> None:
        # The buttons wait while a job runs: a second press is not a second payment.
        for button in (
            self.ui.pay_button,
            self.ui.waive_button,
            self.ui.correct_button,
            self.ui.charge_button,
        ):
            button.setEnabled(not busy)

    def _on_error(self, error: LibtechError) -> None:
        self._error(error.message)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)

    def _say(self, message: str) -> None:
        show_status(self.ui.status_label, message)
