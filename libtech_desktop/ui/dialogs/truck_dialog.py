"""Bookmobile → Load and unload the truck…: scan items onto the truck (they move to its
location) or off it (back where they came from, or to the location chosen in "To").

Load / Unload mode is Alt+L / Alt+U; the scan field keeps the focus; every scan adds its
line to the list (newest first) with the desk's success, warning or error sound, and the
count says how many were loaded and unloaded and what is on the truck now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.routes import TruckAction, TruckScan
from libtech_desktop.services.truck import TruckService
from libtech_desktop.ui._generated.ui_truck_dialog import Ui_TruckDialog
from libtech_desktop.ui.feedback import SoundPlayer, Tone, show_message, show_status
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

_COLOURS = {Tone.SUCCESS: "#1d5e20", Tone.WARNING: "#6b4e00", Tone.ERROR: "#8a1c1f"}


class TruckDialog(QDialog):
    #: A scan was answered: (the TruckScan, or the refusal's message as a str).
    scanned = Signal(object)
    #: The count of what is on the truck was read: (how many).
    counted = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        truck: TruckService,
        runner: TaskRunner,
        sounds: SoundPlayer,
        on_changed: Callable[[], object] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_TruckDialog()
        self.ui.setupUi(self)
        self._truck, self._sounds, self._on_changed = truck, sounds, on_changed
        self._jobs = WidgetJobs(runner, self, lambda _busy: None, self._show_error)
        self.loaded = self.unloaded = 0
        self._on_truck = 0
        ui = self.ui
        ui.scan_edit.returnPressed.connect(self.scan)
        ui.load_radio.toggled.connect(self._mode_changed)
        ui.close_button.clicked.connect(self.reject)

    # -- what the main window and the tests use ----------------------------------------

    def open(self) -> None:
        self.show()
        self.activateWindow()
        self._focus_scan()
        truck = self._truck

        def read() -> tuple[int, list[str]]:
            return len(truck.on_truck()), truck.locations()

        self._jobs.submit(read, lambda r: self._opened(*r), self._on_error)

    @property
    def unloading(self) -> bool:
        return self.ui.unload_radio.isChecked()

    def lines(self) -> list[str]:
        view = self.ui.scan_list
        return [view.item(n).text() for n in range(view.count())]

    def scan(self) -> None:
        barcode = self.ui.scan_edit.text().strip()
        self.ui.scan_edit.clear()
        if not barcode:
            return
        truck = self._truck
        if self.unloading:
            to = self.ui.to_combo.currentText().strip() or None
            job: Callable[[], TruckScan] = lambda: truck.unload(barcode, to)  # noqa: E731
        else:
            job = lambda: truck.load(barcode)  # noqa: E731
        self._jobs.submit(job, self._answered, self._refused)

    # -- outcomes -------------------------------------------------------------------

    def _opened(self, on_truck: int, locations: list[str]) -> None:
        combo = self.ui.to_combo
        typed = combo.currentText()
        combo.clear()
        combo.addItems(["", *locations])
        combo.setEditText(typed)
        self._on_truck = on_truck
        self._count()
        show_status(self.ui.status_label, "Scan each item.")

    def _answered(self, result: TruckScan) -> None:
        if result.action is TruckAction.LOADED:
            self.loaded += 1
            self._on_truck += 1
        elif result.action is TruckAction.UNLOADED:
            self.unloaded += 1
            self._on_truck -= 1
        tone = Tone.SUCCESS if result.changed else Tone.WARNING
        self._line(tone, result.message)
        if result.changed:
            self._on_changed()
        self.scanned.emit(result)

    def _refused(self, error: LibtechError) -> None:
        self._line(Tone.ERROR, error.message)
        self.scanned.emit(error.message)

    def _line(self, tone: Tone, text: str) -> None:
        item = QListWidgetItem(text)
        item.setForeground(QColor(_COLOURS[tone]))
        self.ui.scan_list.insertItem(0, item)
        show_message(self.ui.message_label, tone, text)
        self._sounds.play(tone)
        self._count()
        self._focus_scan()

    def _count(self) -> None:
        self.ui.count_label.setText(
            f"This session: {self.loaded} loaded, {self.unloaded} unloaded. "
            f"On the truck: {self._on_truck}."
        )
        self.counted.emit(self._on_truck)

    def _mode_changed(self) -> None:
        self.ui.to_combo.setEnabled(self.unloading)
        mode = "Unloading: items go back" if self.unloading else "Loading: items go onto the truck"
        show_status(self.ui.status_label, f"{mode}. Scan each item.")
        self._focus_scan()

    def _focus_scan(self) -> None:
        self.ui.scan_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
