"""This workstation's preferences (QSettings, INI): never business rules, never raw keys
in widgets. Business configuration (loan rules, calendar) lives in the database."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from PySide6.QtCore import QByteArray, QSettings

from libtech_desktop.scanning import ScanSettings
from libtech_desktop.ui.printing import (
    DEFAULT_RECEIPT_PAPER,
    RECEIPT_PAPERS,
    SLIP_DELIVERIES,
    ReceiptPaper,
    SlipDelivery,
)

#: What this desk's scanner sends after each code: Enter, Tab, either, or nothing (the
#: burst's end is then the end of the code).
ScanTerminator = Literal["either", "enter", "tab", "none"]
SCAN_TERMINATORS: dict[ScanTerminator, frozenset[str]] = {
    "either": frozenset({"\r", "\n", "\t"}),
    "enter": frozenset({"\r", "\n"}),
    "tab": frozenset({"\t"}),
    "none": frozenset(),
}


class WorkstationSettings:
    def __init__(self, path: Path | None = None) -> None:
        if path is None:
            self._q = QSettings(
                QSettings.Format.IniFormat, QSettings.Scope.UserScope, "LibTech", "LibTechDesk"
            )
        else:
            self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def _bool(self, key: str, default: bool) -> bool:
        value = self._q.value(key, default)
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")

    def _float(self, key: str, default: float) -> float:
        try:
            return float(self._q.value(key, default))  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return default

    @property
    def sounds_enabled(self) -> bool:
        return self._bool("feedback/sounds", True)

    @sounds_enabled.setter
    def sounds_enabled(self, value: bool) -> None:
        self._q.setValue("feedback/sounds", value)

    @property
    def volume(self) -> float:
        return min(1.0, max(0.0, self._float("feedback/volume", 0.8)))

    @volume.setter
    def volume(self, value: float) -> None:
        self._q.setValue("feedback/volume", min(1.0, max(0.0, float(value))))

    @property
    def scan_terminator(self) -> ScanTerminator:
        value = str(self._q.value("scanner/terminator", "either"))
        for terminator in SCAN_TERMINATORS:
            if terminator == value:
                return terminator
        return "either"

    @scan_terminator.setter
    def scan_terminator(self, value: ScanTerminator) -> None:
        if value not in SCAN_TERMINATORS:
            raise ValueError(f"Unknown scanner terminator {value!r}")
        self._q.setValue("scanner/terminator", value)

    @property
    def scan_settings(self) -> ScanSettings:
        return ScanSettings(
            terminators=SCAN_TERMINATORS[self.scan_terminator],
            check_luhn=self._bool("scanner/check_luhn", True),
            strip_codabar=self._bool("scanner/strip_codabar", True),
            prefix=str(self._q.value("scanner/prefix", "")),
            suffix=str(self._q.value("scanner/suffix", "")),
            max_interkey_ms=self._float("scanner/max_interkey_ms", 35.0),
        )

    def set_check_luhn(self, value: bool) -> None:
        self._q.setValue("scanner/check_luhn", value)

    def set_scanner(
        self, *, strip_codabar: bool, prefix: str, suffix: str, max_interkey_ms: float
    ) -> None:
        """The rest of the scanner's set-up (check digits: :meth:`set_check_luhn`)."""
        if max_interkey_ms < 0:
            raise ValueError("max_interkey_ms must not be negative")
        self._q.setValue("scanner/strip_codabar", strip_codabar)
        self._q.setValue("scanner/prefix", prefix)
        self._q.setValue("scanner/suffix", suffix)
        self._q.setValue("scanner/max_interkey_ms", float(max_interkey_ms))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._q.setValue("window/geometry", value)

    @property
    def receipt_paper(self) -> ReceiptPaper:
        """The paper this desk's receipt slips are laid out for: a roll, A4 or Letter."""
        value = str(self._q.value("receipts/paper", DEFAULT_RECEIPT_PAPER))
        for paper in RECEIPT_PAPERS:
            if paper == value:
                return paper
        return DEFAULT_RECEIPT_PAPER

    @receipt_paper.setter
    def receipt_paper(self, paper: ReceiptPaper) -> None:
        if paper not in RECEIPT_PAPERS:
            raise ValueError(f"Unknown receipt paper {paper!r}")
        self._q.setValue("receipts/paper", paper)

    @property
    def slip_delivery(self) -> SlipDelivery:
        """What happens to a slip besides its PDF: nothing more, straight to the slip
        printer, or a print preview first."""
        value = str(self._q.value("receipts/delivery", "pdf"))
        for delivery in SLIP_DELIVERIES:
            if delivery == value:
                return delivery
        return "pdf"

    @slip_delivery.setter
    def slip_delivery(self, delivery: SlipDelivery) -> None:
        if delivery not in SLIP_DELIVERIES:
            raise ValueError(f"Unknown slip delivery {delivery!r}")
        self._q.setValue("receipts/delivery", delivery)

    @property
    def slip_printer(self) -> str:
        """The slip printer's system name ("" for the system's default printer)."""
        return str(self._q.value("receipts/printer", ""))

    @slip_printer.setter
    def slip_printer(self, name: str) -> None:
        self._q.setValue("receipts/printer", name)

    # -- labels: the sheet last used, and each template's calibration on this printer --

    @property
    def label_template(self) -> str:
        return str(self._q.value("labels/template", ""))

    @label_template.setter
    def label_template(self, name: str) -> None:
        self._q.setValue("labels/template", name)

    @property
    def label_printer(self) -> str:
        """The printer labels last went to on this desk ("" for none chosen yet)."""
        return str(self._q.value("labels/printer", ""))

    @label_printer.setter
    def label_printer(self, name: str) -> None:
        self._q.setValue("labels/printer", name)

    def label_offset(self, template_name: str, printer: str = "") -> tuple[float, float]:
        """``printer``'s offset for ``template_name`` sheets, (right, down) in mm. Each
        printer feeds paper its own way, so each keeps its own; a printer never
        calibrated starts from the offset saved before printers were told apart."""
        key = _offset_key(template_name, printer)
        if printer and self._q.value(f"{key}/x_mm") is None:
            key = _offset_key(template_name, "")
        return self._float(f"{key}/x_mm", 0.0), self._float(f"{key}/y_mm", 0.0)

    def set_label_offset(
        self, template_name: str, x_mm: float, y_mm: float, printer: str = ""
    ) -> None:
        key = _offset_key(template_name, printer)
        self._q.setValue(f"{key}/x_mm", float(x_mm))
        self._q.setValue(f"{key}/y_mm", float(y_mm))

    def sync(self) -> None:
        self._q.sync()


def _offset_key(template_name: str, printer: str = "") -> str:
    # Names come from libraries and printer drivers; a key may not hold "/" or "\\".
    key = f"labels/offset/{_safe(template_name)}"
    return f"{key}/printer/{_safe(printer)}" if printer else key


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
