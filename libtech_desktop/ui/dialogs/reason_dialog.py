"""Ask for a short reason that may not be blank (a patron's block, say)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


class ReasonDialog(QInputDialog):
    """OK with a blank reason keeps the dialog open and says why; ``reason_given`` carries
    the text once there is one."""

    reason_given = Signal(str)

    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prompt = prompt
        self.setWindowTitle(title)
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setLabelText(prompt)
        self.setOkButtonText("&OK")

    def set_prompt(self, prompt: str) -> None:
        """Ask something else with the same dialog (it is made once and reused)."""
        self._prompt = prompt
        self.setLabelText(prompt)
        self.setTextValue("")

    @property
    def line_edit(self) -> QLineEdit:
        edit = self.findChild(QLineEdit)
        assert edit is not None  # QInputDialog builds it in TextInput mode
        return edit

    def accept(self) -> None:
        reason = " ".join(self.textValue().split())
        if not reason:
            self.setLabelText(f"A reason is required. {self._prompt}")
            return
        super().accept()
        self.reason_given.emit(reason)
