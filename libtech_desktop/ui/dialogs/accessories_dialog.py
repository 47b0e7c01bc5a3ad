"""The accessories checklist shown at check-in when lent equipment comes back: each
accessory a checkbox, all unticked; Enter confirms. What is left unticked is recorded
as missing (a fault opens and the piece is held back), and the dialog says so loudly
and stays open until closed.

Created once by the check-in tab, parented to it, and reused: ``check(result)``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.services.circulation import CheckinResult
from libtech_desktop.services.equipment import EquipmentService
from libtech_desktop.ui._generated.ui_accessories_dialog import Ui_AccessoriesDialog
from libtech_desktop.ui.feedback import STATUS_ERROR_STYLE
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

_MISSING_STYLE = (
    "QLabel { color:white; background:#b3261e; font-weight:bold; font-size:13pt; padding:6px; }"
)
_OK_STYLE = "QLabel { color:#1e6b2f; font-weight:bold; }"


class AccessoriesDialog(QDialog):
    #: The check was recorded: (the accessories missing, a tuple; empty if all back).
    checked = Signal(object)
    #: Something was refused: (the message shown).
    failed = Signal(str)

    def __init__(
        self, parent: QWidget | None, equipment: EquipmentService, runner: TaskRunner
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_AccessoriesDialog()
        self.ui.setupUi(self)
        self._service = equipment
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._show_error)
        self._loan: int | str = ""
        self._recorded = False
        self.boxes: list[QCheckBox] = []
        self.ui.confirm_button.clicked.connect(self.confirm)
        self.ui.close_button.clicked.connect(self.reject)

    # -- what the tab and the tests use ------------------------------------------------

    def check(self, result: CheckinResult) -> bool:
        """Show the checklist for a returned piece; False (nothing shown) for a book."""
        if not result.accessories:
            return False
        self._loan = result.loan.id if result.loan is not None else result.item.barcode
        self._recorded = False
        self._fill(result.accessories)
        self.ui.title_label.setText(f"{result.item.barcode} “{result.item.title}” came back with:")
        self.setWindowTitle(f"Accessories — {result.item.title}")
        self._say("", "")
        self.ui.confirm_button.setText("&Confirm (Enter)")
        self.ui.confirm_button.setEnabled(True)
        self.show()
        self.activateWindow()
        self.boxes[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def confirm(self) -> None:
        """Record the check (Enter); a second Enter after a loud warning closes."""
        if self._recorded:
            self.accept()
            return
        present = {box.property("accessory"): box.isChecked() for box in self.boxes}
        loan, service = self._loan, self._service
        self._jobs.submit(
            lambda: service.record_accessory_check(loan, present), self._done, self._on_error
        )

    # -- outcomes -------------------------------------------------------------------

    def _fill(self, accessories: tuple[str, ...]) -> None:
        for box in self.boxes:
            self.ui.checks_layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        previous: QWidget | None = None
        for number, name in enumerate(accessories, start=1):
            mnemonic = f"&{number}  " if number < 10 else ""
            box = QCheckBox(f"{mnemonic}{name}", self.ui.checks_widget)
            box.setProperty("accessory", name)
            box.setAccessibleName(name)
            self.ui.checks_layout.addWidget(box)
            if previous is not None:
                QWidget.setTabOrder(previous, box)
            previous = box
            self.boxes.append(box)
        if previous is not None:
            QWidget.setTabOrder(previous, self.ui.confirm_button)

    def _done(self, missing: tuple[str, ...]) -> None:
        self._recorded = True
        self.checked.emit(missing)
        if not missing:
            self._say("All accessories are back.", _OK_STYLE)
            self.accept()
            return
        self._say(
            f"MISSING: {', '.join(missing).upper()} — recorded; a fault is open and the "
            "piece is held back until it is fixed.",
            _MISSING_STYLE,
        )
        self.ui.confirm_button.setText("&Close (Enter)")
        self.ui.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_busy(self, busy: bool) -> None:
        self.ui.confirm_button.setEnabled(not busy)

    def _say(self, text: str, style: str) -> None:
        self.ui.status_label.setStyleSheet(style)
        self.ui.status_label.setText(text)

    def _on_error(self, error: LibtechError) -> None:
        self._show_error(error.message)

    def _show_error(self, message: str) -> None:
        self._say(message, STATUS_ERROR_STYLE)
        self.failed.emit(message)
