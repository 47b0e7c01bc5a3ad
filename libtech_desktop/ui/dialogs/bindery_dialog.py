"""The bindery: prepare volumes (scan each, with its binding instructions), group them
into a shipment, send it (its items go at the bindery and its binding slips are saved
as a PDF), and receive it back by scanning each volume, with what each cost; what is
still at the bindery stays listed.

Created once by the main window, parented to it, and reused: ``open()``. Every service
call runs on the runner through ``WidgetJobs``; refusals are said in the status line,
never in a second modal box, and the scan field keeps the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from libtech_desktop.domain.bindery import Instructions, Shipment, ShipmentStatus, Volume
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput, LibtechError
from libtech_desktop.domain.money import format_money, parse_money
from libtech_desktop.paths import default_receipts_dir
from libtech_desktop.services.bindery import BinderyService
from libtech_desktop.ui._generated.ui_bindery_dialog import Ui_BinderyDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.printing import ReceiptPaper, write_slip_pdf
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs
from libtech_desktop.ui.slip_output import SlipOutput

_PREPARE_PAGE, _SHIPMENTS_PAGE = 0, 1


def _volume_state(volume: Volume) -> str:
    if volume.received:
        return "Back"
    return "At bindery" if volume.item_status is ItemStatus.AT_BINDERY else "Prepared"


def volumes_model() -> RowTableModel[Volume]:
    return RowTableModel(
        [
            Column("Barcode", lambda v: v.barcode),
            Column("Call number", lambda v: v.call_number or ""),
            Column("Title", lambda v: v.title),
            Column("Binding", lambda v: v.binding_type or ""),
            Column("Colour", lambda v: v.colour or ""),
            Column("Lettering", lambda v: " / ".join(v.lettering_lines)),
            Column(
                "State", _volume_state, alert=lambda v: not v.received and v.shipment_id is not None
            ),
            Column("Cost", lambda v: format_money(v.cost_minor), align_right=True),
        ]
    )


def shipments_model() -> RowTableModel[Shipment]:
    return RowTableModel(
        [
            Column("Shipment", lambda s: str(s.id), align_right=True),
            Column("Bindery", lambda s: s.bindery or ""),
            Column("Status", lambda s: s.status.label),
            Column("Sent", lambda s: s.sent_on.isoformat() if s.sent_on else ""),
            Column("Back", lambda s: f"{s.received_count} of {len(s.volumes)}", align_right=True),
            Column("Cost", lambda s: format_money(s.total_cost_minor), align_right=True),
        ]
    )


class BinderyDialog(QDialog):
    #: The prepared volumes were read: (how many).
    prepared_loaded = Signal(int)
    #: The open shipments were read: (how many).
    shipments_loaded = Signal(int)
    #: A volume was prepared: (the Volume).
    volume_prepared = Signal(object)
    #: A shipment was made, sent or (partly) received: (the Shipment as it is now).
    shipment_changed = Signal(object)
    #: Binding slips were saved: (the PDF's path).
    slips_written = Signal(str)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        bindery: BinderyService,
        runner: TaskRunner,
        *,
        slips_dir: Path | None = None,
        slip_output: SlipOutput | None = None,
        paper: ReceiptPaper = "a4",
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_BinderyDialog()
        self.ui.setupUi(self)
        self._service = bindery
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self._slips_dir = slips_dir or default_receipts_dir()
        self._slip_output, self._paper = slip_output, paper
        self.prepared = volumes_model()
        self.shipments = shipments_model()
        self.volumes = volumes_model()
        show_model(self.ui.prepared_view, self.prepared, stretch=2)
        show_model(self.ui.shipments_view, self.shipments, stretch=1)
        show_model(self.ui.volumes_view, self.volumes, stretch=2)
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        ui.scan_edit.returnPressed.connect(self.prepare)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.group_button.clicked.connect(self.group)
        ui.send_button.clicked.connect(self.send_selected)
        ui.slips_button.clicked.connect(self.save_slips)
        ui.receive_edit.returnPressed.connect(self.receive_scanned)
        ui.receive_all_button.clicked.connect(self.receive_all)
        ui.refresh_button.clicked.connect(lambda: self.refresh())
        ui.close_button.clicked.connect(self.reject)
        ui.shipments_view.selectionModel().currentRowChanged.connect(self._on_shipment_chosen)
        delete = QShortcut(QKeySequence.StandardKey.Delete, ui.prepared_view, self.remove_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence.StandardKey.Refresh, self, lambda: self.refresh())

    # -- what the main window and the tests use ----------------------------------------

    def open(self) -> None:
        """Show the dialog on its first page and read the lists afresh."""
        self.ui.sent_date_edit.setDate(QDate.currentDate())
        self.ui.tabs_widget.setCurrentIndex(_PREPARE_PAGE)
        self.show()
        self.activateWindow()
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.refresh()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def refresh(self, then: str | None = None, select: int | None = None) -> None:
        service = self._service

        def read() -> tuple[list[Volume], list[Shipment]]:
            return service.prepared(), service.shipments()

        self._jobs.submit(read, lambda r: self._show(r[0], r[1], then, select), self._on_error)

    def selected_shipment(self) -> Shipment | None:
        index = self.ui.shipments_view.currentIndex()
        return self.shipments.row(index.row()) if index.isValid() else None

    def prepare(self) -> None:
        """Prepare the scanned volume with the instructions as typed."""
        barcode = self.ui.scan_edit.text().strip()
        if not barcode:
            self._show_error("Scan or type the barcode of a volume to prepare.")
            return
        ui = self.ui
        instructions = Instructions(
            ui.binding_type_edit.text(),
            ui.colour_edit.text(),
            ui.lettering_edit.toPlainText(),
            ui.notes_edit.text(),
        )
        service = self._service

        def prepared(volume: Volume) -> None:
            # The type and colour go on to the next volume; its lettering is its own.
            ui.scan_edit.clear()
            ui.lettering_edit.clear()
            self.volume_prepared.emit(volume)
            self.refresh(f"{volume.barcode} “{volume.title}” prepared for binding.")

        self._submit(lambda: service.prepare(barcode, instructions), prepared, ui.scan_edit)

    def remove_selected(self) -> None:
        index = self.ui.prepared_view.currentIndex()
        if not index.isValid():
            self._show_error("Choose the volume to take out in the list of prepared volumes.")
            return
        volume, service = self.prepared.row(index.row()), self._service
        self._jobs.submit(
            lambda: service.unprepare(volume.id),
            lambda v: self.refresh(f"{v.barcode} “{v.title}” taken out: it stays on the shelf."),
            self._on_error,
        )

    def group(self) -> None:
        """Put every prepared volume into a new shipment to the bindery named."""
        bindery, service = self.ui.bindery_edit.text(), self._service

        def grouped(shipment: Shipment) -> None:
            self.shipment_changed.emit(shipment)
            self.ui.tabs_widget.setCurrentIndex(_SHIPMENTS_PAGE)
            count = len(shipment.volumes)
            self.refresh(
                f"Shipment {shipment.id}: {count} volume{'s' if count != 1 else ''} grouped; "
                "choose its date and send it.",
                select=shipment.id,
            )
            self.ui.send_button.setFocus()

        self._jobs.submit(lambda: service.create_shipment(bindery=bindery), grouped, self._on_error)

    def send_selected(self) -> None:
        """Send the chosen shipment on the date shown; save its binding slips as PDF."""
        shipment = self._require_selected("send")
        if shipment is None:
            return
        day = _to_date(self.ui.sent_date_edit.date())
        service = self._service

        def send() -> tuple[Shipment, str]:
            sent = service.send(shipment.id, day)
            return sent, service.slips_html(sent.id)

        def sent(result: tuple[Shipment, str]) -> None:
            done, html = result
            self.shipment_changed.emit(done)
            said = self._write_slips(done, html)
            self.refresh(f"Shipment {done.id} sent on {day.isoformat()}. {said}", select=done.id)

        self._jobs.submit(send, sent, self._on_error)

    def save_slips(self) -> None:
        """Save the chosen shipment's binding slips as PDF again."""
        shipment = self._require_selected("print the binding slips of")
        if shipment is None:
            return
        service = self._service
        self._jobs.submit(
            lambda: service.slips_html(shipment.id),
            lambda html: self._say(self._write_slips(shipment, html)),
            self._on_error,
        )

    def receive_scanned(self) -> None:
        """The scanned volume is back from the bindery."""
        barcode = self.ui.receive_edit.text().strip()
        if not barcode:
            self._show_error("Scan each volume as it comes back from the bindery.")
            return
        self._receive([barcode], self.ui.receive_edit)

    def receive_all(self) -> None:
        """Every volume of the chosen shipment still out is back."""
        self._receive(None, None)

    # -- outcomes -------------------------------------------------------------------

    def _receive(self, barcodes: list[str] | None, field: QLineEdit | None) -> None:
        shipment = self._require_selected("receive")
        if shipment is None:
            return
        try:
            cost = parse_money(self.ui.cost_edit.text())
        except InvalidInput as exc:
            self._on_error(exc)
            return
        service = self._service

        def back(done: Shipment) -> None:
            if field is not None:
                field.clear()
            self.shipment_changed.emit(done)
            self.refresh(_received_words(done, barcodes), select=done.id)

        self._submit(
            lambda: service.receive(shipment.id, barcodes, cost_each_minor=cost), back, field
        )

    def _submit(
        self, fn: Callable[[], Any], on_success: Callable[[Any], None], field: QLineEdit | None
    ) -> None:
        def failed(error: LibtechError) -> None:
            self._on_error(error)
            if field is not None:
                field.selectAll()
                field.setFocus()

        self._jobs.submit(fn, on_success, failed)

    def _write_slips(self, shipment: Shipment, html: str) -> str:
        path = self._slips_dir / f"binding-slips-shipment-{shipment.id}.pdf"
        count = len(shipment.volumes)
        what = f"Binding slips ({count} volume{'s' if count != 1 else ''})"
        try:
            if self._slip_output is not None:
                said = self._slip_output.deliver(html, path, what)
            else:
                write_slip_pdf(html, path, self._paper)
                said = f"{what} saved: {path}"
        except OSError as exc:
            return f"The binding slips could not be saved to {path}: {exc.strerror or exc}."
        self.slips_written.emit(str(path))
        return said

    def _show(
        self,
        prepared: list[Volume],
        shipments: list[Shipment],
        then: str | None,
        select: int | None,
    ) -> None:
        current = self.selected_shipment()
        wanted = select if select is not None else (current.id if current else None)
        self.prepared.set_rows(prepared)
        self.shipments.set_rows(shipments)
        ids = [s.id for s in shipments]
        if ids:
            row = ids.index(wanted) if wanted in ids else 0
            self.ui.shipments_view.setCurrentIndex(self.shipments.index(row, 0))
        self._show_volumes(self.selected_shipment())
        self._say(then or _summary(prepared, shipments))
        self.prepared_loaded.emit(len(prepared))
        self.shipments_loaded.emit(len(shipments))

    def _on_shipment_chosen(self, *_: object) -> None:
        self._show_volumes(self.selected_shipment())

    def _show_volumes(self, shipment: Shipment | None) -> None:
        self.volumes.set_rows(shipment.volumes if shipment else [])
        if shipment is None:
            self.ui.volumes_label.setText("Volumes of the shipment")
            return
        out = len(shipment.outstanding)
        still = f", {out} still at the bindery" if shipment.status is ShipmentStatus.SENT else ""
        self.ui.volumes_label.setText(
            f"Shipment {shipment.id} ({shipment.status.label.lower()}): "
            f"{len(shipment.volumes)} volumes{still}"
        )

    def _require_selected(self, action: str) -> Shipment | None:
        shipment = self.selected_shipment()
        if shipment is None:
            self._show_error(f"Choose the shipment to {action} in the list of shipments.")
        return shipment

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        for button in (
            ui.remove_button,
            ui.group_button,
            ui.send_button,
            ui.slips_button,
            ui.receive_all_button,
            ui.refresh_button,
        ):
            button.setEnabled(not busy)

    def _say(self, text: str) -> None:
        show_status(self.ui.status_label, text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _summary(prepared: list[Volume], shipments: list[Shipment]) -> str:
    out = sum(len(s.outstanding) for s in shipments if s.status is ShipmentStatus.SENT)
    return (
        f"{len(prepared)} volume{'s' if len(prepared) != 1 else ''} prepared; {out} at the bindery."
    )


def _received_words(shipment: Shipment, barcodes: list[str] | None) -> str:
    which = ", ".join(barcodes) if barcodes else "Every volume"
    total = format_money(shipment.total_cost_minor)
    cost = f" Cost so far {total}." if total else ""
    if shipment.status is ShipmentStatus.RECEIVED:
        return f"{which} back. Shipment {shipment.id} received: all volumes are back.{cost}"
    still = ", ".join(v.barcode for v in shipment.outstanding)
    return f"{which} back. Still at the bindery: {still}.{cost}"
