"""Check in (discharge): scan items one after another; a running list of what came back.

Ctrl+D ("Damaged…") flags the item just returned — or the one selected in the list — as
damaged: a short dialog, then it goes to the repair queue (and its last borrower may be
charged, as the library's settings allow)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.clock import Clock, to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.holds import HoldTrap
from libtech_desktop.domain.money import format_money
from libtech_desktop.domain.repairs import DamageContext, DamageReport
from libtech_desktop.paths import default_receipts_dir
from libtech_desktop.scanning import Scan
from libtech_desktop.services.checkin_session import CheckinReceipt, CheckinSession
from libtech_desktop.services.circulation import CheckinResult, CirculationService
from libtech_desktop.services.equipment import EquipmentService
from libtech_desktop.services.hold_slips import hold_slip_html
from libtech_desktop.services.receipts import checkin_receipt_html
from libtech_desktop.services.repairs import RepairService
from libtech_desktop.ui._generated.ui_checkin_tab import Ui_CheckinTab
from libtech_desktop.ui.dialogs.accessories_dialog import AccessoriesDialog
from libtech_desktop.ui.dialogs.damage_dialog import DamageDialog
from libtech_desktop.ui.feedback import Feedback, SoundPlayer, Tone
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.printing import ReceiptPaper
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.slip_output import SlipOutput


@dataclass(frozen=True)
class ReturnedRow:
    at: datetime
    barcode: str
    title: str
    patron: str
    note: str
    overdue: bool


#: The hold banner: impossible to miss from across the desk.
HOLD_BANNER_STYLE = (
    "QLabel { background:#5b2a86; color:#ffffff; font-size:20pt; font-weight:bold;"
    " padding:12px; border:4px solid #f0ad4e; border-radius:6px; }"
)


def returned_model() -> RowTableModel[ReturnedRow]:
    return RowTableModel(
        [
            Column("Time", lambda r: to_local(r.at).strftime("%H:%M:%S")),
            Column("Barcode", lambda r: r.barcode),
            Column("Title", lambda r: r.title),
            Column("Returned by", lambda r: r.patron),
            Column("Note", lambda r: r.note, alert=lambda r: r.overdue),
        ]
    )


class CheckinTab(QWidget):
    checked_in = Signal(object)  # CheckinResult
    slip_written = Signal(Path)
    #: An item was trapped for a hold: (the HoldTrap); the banner is up, the slip written.
    hold_trapped = Signal(object)
    #: A hold slip was written: (its path).
    hold_slip_written = Signal(Path)
    scan_handled = Signal()
    #: A returned item was flagged damaged: (the DamageReport).
    damage_reported = Signal(object)

    def __init__(
        self,
        circulation: CirculationService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        receipts_dir: Path | None = None,
        library_name: str = "",
        settings: WorkstationSettings | None = None,
        repairs: RepairService | None = None,
        equipment: EquipmentService | None = None,
    ) -> None:
        """``settings``: this desk's slip printer and what to do with slips (PDF only
        when not given). ``repairs``: for Ctrl+D (flag damaged); without it the desk
        cannot flag damage. ``equipment``: lent equipment's accessories are checked off
        when it comes back."""
        super().__init__(parent)
        self.ui = Ui_CheckinTab()
        self.ui.setupUi(self)
        self._session = CheckinSession(circulation)
        self._runner = runner
        self._clock = clock
        # The same folder as the check-out receipts unless the desk says otherwise.
        self._receipts_dir = receipts_dir or default_receipts_dir()
        self._library_name = library_name
        #: Slips: always a PDF, then the slip printer or a preview as the desk is set.
        self.slips = SlipOutput(self, settings)
        self._sounds = sounds
        self.feedback = Feedback(self.ui.message_label, sounds)
        self.ui.hold_label.setStyleSheet(HOLD_BANNER_STYLE)
        self.returned = returned_model()
        show_model(self.ui.returned_view, self.returned, stretch=2)
        self.ui.scan_edit.scanned.connect(self._on_scanned)
        self.ui.scan_edit.scan_rejected.connect(self._on_rejected)
        self.ui.slip_button.clicked.connect(self.write_slip)
        QShortcut(QKeySequence.StandardKey.Print, self, self.write_slip)
        self._repairs = repairs
        #: The accessories checklist for lent equipment: made once, reused.
        self.accessories_dialog: AccessoriesDialog | None = None
        if equipment is not None:
            self.accessories_dialog = AccessoriesDialog(self, equipment, runner)
            self.accessories_dialog.checked.connect(self._on_accessories_checked)
        #: Made on first use and reused.
        self.damage_dialog: DamageDialog | None = None
        self.ui.damage_button.setVisible(repairs is not None)
        self.ui.damage_button.clicked.connect(self.flag_damaged)
        damage = QShortcut(QKeySequence("Ctrl+D"), self, self.flag_damaged)
        damage.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    @property
    def scan_field(self) -> QWidget:
        return self.ui.scan_edit

    def focus_scan_field(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_scanned(self, scan: Scan) -> None:
        code = scan.code
        self._runner.submit(
            lambda: self._session.checkin(code),
            self._on_checked_in,
            self._on_rejected_error,
            owner=self,
        )

    @property
    def hold_banner_text(self) -> str:
        """What the hold banner says; empty when no hold was trapped by the last scan."""
        return self.ui.hold_label.text() if self.ui.hold_label.isVisibleTo(self) else ""

    def _on_checked_in(self, result: CheckinResult) -> None:
        title = f"“{result.item.title}” ({result.item.barcode})"
        self.ui.hold_label.hide()
        if result.trap is not None:
            self.feedback.warning(f"Checked in {title}. {result.message}")
            self._show_trap(result.trap)
        elif result.loan is None:
            self.feedback.warning(f"{title}: {result.message}")
        elif result.days_overdue:
            self.feedback.warning(f"Checked in {title}. {result.message}")
        else:
            self.feedback.success(f"Checked in {title}. {result.message}")
        self.returned.prepend(
            ReturnedRow(
                at=self._clock.now(),
                barcode=result.item.barcode,
                title=result.item.title,
                patron=result.loan.patron_name if result.loan else "",
                note=" ".join(
                    (*result.notes, *((_hold_note(result.trap),) if result.trap else ()))
                ),
                overdue=result.days_overdue > 0 or result.trap is not None,
            )
        )
        count = sum(1 for row in self.returned.rows if row.patron)
        self.ui.count_label.setText(f"{count} returned this session")
        self.ui.damage_button.setEnabled(True)
        self.checked_in.emit(result)
        if self.accessories_dialog is not None and self.accessories_dialog.check(result):
            self.scan_handled.emit()  # the checklist has focus until it is confirmed
            return
        self.focus_scan_field()
        self.scan_handled.emit()

    def _on_accessories_checked(self, missing: tuple[str, ...]) -> None:
        if missing:
            self.feedback.error(
                f"Returned WITHOUT: {', '.join(missing)} — a fault is opened and the piece "
                "is out of circulation until it is complete."
            )
        else:
            self.feedback.success("All accessories are back.")
        self.focus_scan_field()

    def _show_trap(self, trap: HoldTrap) -> None:
        """Loud: the banner, a second alert tone, and the slip for the item."""
        label = self.ui.hold_label
        label.setText(
            f"HOLD — put on the hold shelf for {trap.slip_name} "
            f"until {trap.pickup_by.strftime('%a %d %b %Y')}"
        )
        label.show()
        self._sounds.play(Tone.WARNING)
        self.hold_trapped.emit(trap)
        self.write_hold_slip(trap)

    def write_hold_slip(self, trap: HoldTrap) -> None:
        """Save the hold slip of ``trap`` as a PDF with the receipts (for the printer)."""
        now = self._clock.now()
        stamp = to_local(now).strftime("%Y%m%d-%H%M%S")
        path = self._receipts_dir / f"hold-{trap.hold_id}-{stamp}.pdf"
        try:
            said = self.slips.deliver(
                hold_slip_html(trap, self._library_name, now), path, "Hold slip"
            )
        except OSError as exc:
            self.feedback.error(f"The hold slip could not be saved to {path}: {exc}.")
            return
        self.ui.hold_label.setToolTip(said)
        self.hold_slip_written.emit(path)

    def set_receipt_paper(self, paper: ReceiptPaper) -> None:
        """The paper the next slips are laid out for (this desk's setting)."""
        self.slips.paper = paper

    def write_slip(self) -> None:
        """Ctrl+P: a slip of the items checked in since the last slip: saved as a PDF,
        and printed or previewed as this desk is set (Settings → Slips)."""
        now = self._clock.now()
        stamp = to_local(now).strftime("%Y%m%d-%H%M%S")

        def render(receipt: CheckinReceipt) -> None:
            path = self._receipts_dir / f"checkin-{stamp}.pdf"
            count = len(receipt.lines)
            what = f"Check-in slip ({count} item{'s' if count != 1 else ''})"
            try:
                said = self.slips.deliver(
                    checkin_receipt_html(receipt, self._library_name), path, what
                )
            except OSError as exc:
                # The returns stay on the next slip: nothing is forgotten unwritten.
                self._on_rejected(f"The slip could not be saved to {path}: {exc}.")
                return
            session = self._session
            self._runner.submit(lambda: session.written(receipt), _ignore, self._on_rejected_error)
            self.feedback.success(said)
            self.focus_scan_field()
            self.slip_written.emit(path)

        self._runner.submit(
            lambda: self._session.receipt(now), render, self._on_rejected_error, owner=self
        )

    # -- damage -------------------------------------------------------------------------

    def damage_barcode(self) -> str | None:
        """The item Ctrl+D is about: the row selected in the list, else the last return."""
        selected = self.ui.returned_view.selectionModel().selectedRows()
        if selected:
            return self.returned.row(selected[0].row()).barcode
        rows = self.returned.rows
        return rows[0].barcode if rows else None

    def flag_damaged(self) -> None:
        """Ctrl+D: ask about the damage of the item just returned, then flag it."""
        repairs, barcode = self._repairs, self.damage_barcode()
        if repairs is None:
            return
        if barcode is None:
            self.feedback.warning("Check the damaged item in first, then press Ctrl+D.")
            self.focus_scan_field()
            return
        self._runner.submit(
            lambda: repairs.damage_context(barcode),
            self._ask_damage,
            self._on_rejected_error,
            owner=self,
        )

    def _ask_damage(self, context: DamageContext) -> None:
        if self.damage_dialog is None:
            self.damage_dialog = DamageDialog(self)
            self.damage_dialog.damage_given.connect(self._report_damage)
            self.damage_dialog.finished.connect(self.focus_scan_field)
        self.damage_dialog.start(context)
        self.damage_dialog.open()

    def _report_damage(self, barcode: str, note: str, repair_type: str, charge: int) -> None:
        repairs = self._repairs
        assert repairs is not None
        self._runner.submit(
            lambda: repairs.report_damage(barcode, note, repair_type, charge_minor=charge),
            self._on_damage_reported,
            self._on_rejected_error,
            owner=self,
        )

    def _on_damage_reported(self, report: DamageReport) -> None:
        repair = report.repair
        said = f"“{repair.title}” ({repair.item_barcode}) is in the repair queue: {repair.note}."
        if report.charged_minor:
            said += f" {report.charged_patron} charged {format_money(report.charged_minor)}."
        self.feedback.warning(said)
        rows = list(self.returned.rows)
        for index, row in enumerate(rows):  # the latest return of it says so
            if row.barcode == repair.item_barcode:
                rows[index] = replace(row, note=f"{row.note} Damaged: in repair.".strip())
                self.returned.set_rows(rows)
                break
        self.damage_reported.emit(report)
        self.focus_scan_field()

    def _on_rejected(self, message: str) -> None:
        self.ui.hold_label.hide()
        self.feedback.error(message)
        self.focus_scan_field()
        self.scan_handled.emit()

    def _on_rejected_error(self, error: LibtechError) -> None:
        self._on_rejected(error.message)


def _hold_note(trap: HoldTrap) -> str:
    return f"HOLD for {trap.slip_name} until {trap.pickup_by.isoformat()}."


def _ignore(_result: object) -> None:
    """A job whose result nobody needs (the session forgetting a written slip)."""
