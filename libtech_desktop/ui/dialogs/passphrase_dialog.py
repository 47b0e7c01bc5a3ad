"""Ask an encrypted library's passphrase before anything opens (issue 8)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from libtech_desktop.ui._generated.ui_passphrase_dialog import Ui_PassphraseDialog
from libtech_desktop.ui.feedback import show_status


class PassphraseDialog(QDialog):
    """Made once and reused: :meth:`ask` shows it modally and returns the passphrase
    typed, or ``None`` when the technician cancelled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PassphraseDialog()
        self.ui.setupUi(self)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def start(self, name: str, problem: str | None = None) -> None:
        """Ready to ask for the library ``name``; ``problem`` says why it asks again."""
        self.ui.intro_label.setText(
            f"The library “{name}” is encrypted: type its passphrase to open it."
        )
        show_status(self.ui.message_label, problem or "", error=problem is not None)
        self.ui.passphrase_edit.clear()
        self.ui.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        if not self.ui.passphrase_edit.text():
            show_status(self.ui.message_label, "Type the passphrase first.", error=True)
            self.ui.passphrase_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().accept()

    def passphrase(self) -> str:
        return self.ui.passphrase_edit.text()

    def ask(self, name: str, problem: str | None = None) -> str | None:
        self.start(name, problem)
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.passphrase()
