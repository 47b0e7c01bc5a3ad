"""The Labels dialog's printer and its calibration offsets.

Each printer feeds paper its own way, so each keeps its own offset for each sheet
template, on this workstation (QSettings). Choosing a printer or a template shows the
offset saved for that pair; changing an offset saves it at once. "No printer" (none
installed, or a PDF to print elsewhere) keeps offsets of its own too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox

from libtech_desktop.ui.settings import WorkstationSettings

#: The printers installed and the system's default one ("" when none).
PrinterList = Callable[[], tuple[list[str], str]]
NO_PRINTER_TEXT = "No printer (PDF only)"


def installed_printers() -> tuple[list[str], str]:
    return list(QPrinterInfo.availablePrinterNames()), QPrinterInfo.defaultPrinterName()


class PrinterChoice:
    """Plain Python, owned by the dialog: it only listens to the dialog's widgets."""

    def __init__(
        self,
        combo: QComboBox,
        x_spin: QDoubleSpinBox,
        y_spin: QDoubleSpinBox,
        settings: WorkstationSettings | None,
        printers: PrinterList = installed_printers,
    ) -> None:
        self._combo, self._x, self._y = combo, x_spin, y_spin
        self._settings, self._printers = settings, printers
        self._template = ""
        combo.currentIndexChanged.connect(self._on_printer_changed)
        x_spin.valueChanged.connect(self._on_offset_changed)
        y_spin.valueChanged.connect(self._on_offset_changed)

    def fill(self) -> None:
        """List the installed printers again; keep the one chosen, else the one last
        used on this desk, else the system's default."""
        names, default = self._printers()
        last = self._settings.label_printer if self._settings else ""
        wanted = self.printer() or last or default
        combo = self._combo
        combo.blockSignals(True)  # refilling it is not the technician choosing one
        try:
            combo.clear()
            for name in names:
                combo.addItem(f"{name} (default)" if name == default else name, name)
            combo.addItem(NO_PRINTER_TEXT, "")
            found = combo.findData(wanted)
            combo.setCurrentIndex(found if found >= 0 else 0)
        finally:
            combo.blockSignals(False)
        self._show_offsets()

    def printer(self) -> str:
        """The chosen printer's name; "" for no printer."""
        data = self._combo.currentData()
        return data if isinstance(data, str) else ""

    def show_for(self, template_name: str) -> None:
        """Show the chosen printer's offsets for ``template_name``."""
        self._template = template_name
        self._show_offsets()

    def _on_printer_changed(self, _index: int) -> None:
        if self._settings is not None:
            self._settings.label_printer = self.printer()
        self._show_offsets()

    def _show_offsets(self) -> None:
        x, y = (0.0, 0.0)
        if self._settings is not None and self._template:
            x, y = self._settings.label_offset(self._template, self.printer())
        for spin, value in ((self._x, x), (self._y, y)):
            spin.blockSignals(True)  # showing the saved offset is not changing it
            spin.setValue(value)
            spin.blockSignals(False)

    def _on_offset_changed(self, _value: float) -> None:
        if self._settings is not None and self._template:
            self._settings.set_label_offset(
                self._template, self._x.value(), self._y.value(), self.printer()
            )
