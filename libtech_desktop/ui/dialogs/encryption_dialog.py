"""Administration → Encryption of this library (issue 8): encrypt it with a passphrase,
change the passphrase, or decrypt it. Each asks what it needs in one form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from libtech_desktop.services.encryption import MIN_PASSPHRASE
from libtech_desktop.ui._generated.ui_encryption_dialog import Ui_EncryptionDialog
from libtech_desktop.ui.feedback import show_status


class EncryptionDialog(QDialog):
    """Made once and reused. It only asks; ``encrypt_given(new)``,
    ``change_given(current, new)`` and ``decrypt_given(current)`` carry what to do,
    and :meth:`show_state` / :meth:`show_status` show how it went."""

    encrypt_given = Signal(str)
    change_given = Signal(str, str)
    decrypt_given = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EncryptionDialog()
        self.ui.setupUi(self)
        self.ui.encrypt_button.clicked.connect(self._encrypt)
        self.ui.change_button.clicked.connect(self._change)
        self.ui.decrypt_button.clicked.connect(self._decrypt)
        self.ui.close_button.clicked.connect(self.reject)
        self._encrypted = False

    def show_state(self, encrypted: bool) -> None:
        """The library's state, and only the fields and buttons that fit it."""
        self._encrypted = encrypted
        ui = self.ui
        ui.state_label.setText(
            "This library is encrypted: it opens only with its passphrase."
            if encrypted
            else "This library is not encrypted: anyone with the file can read its patrons."
        )
        for widget in (ui.current_caption_label, ui.current_edit):
            widget.setVisible(encrypted)
        ui.encrypt_button.setVisible(not encrypted)
        ui.change_button.setVisible(encrypted)
        ui.decrypt_button.setVisible(encrypted)
        for edit in (ui.current_edit, ui.new_edit, ui.repeat_edit):
            edit.clear()
        first = ui.current_edit if encrypted else ui.new_edit
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_busy(self, busy: bool) -> None:
        for button in (self.ui.encrypt_button, self.ui.change_button, self.ui.decrypt_button):
            button.setEnabled(not busy)

    def show_status(self, text: str, *, error: bool = False) -> None:
        show_status(self.ui.message_label, text, error=error)

    def _new_passphrase(self) -> str | None:
        new, repeat = self.ui.new_edit.text(), self.ui.repeat_edit.text()
        if len(new) < MIN_PASSPHRASE:
            self._refuse(
                f"A passphrase needs at least {MIN_PASSPHRASE} characters.", self.ui.new_edit
            )
            return None
        if new != repeat:
            self._refuse("The two new passphrases differ.", self.ui.repeat_edit)
            return None
        return new

    def _current(self) -> str | None:
        current = self.ui.current_edit.text()
        if not current:
            self._refuse("Type the current passphrase.", self.ui.current_edit)
            return None
        return current

    def _refuse(self, text: str, field: QLineEdit) -> None:
        self.show_status(text, error=True)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        field.selectAll()

    def _encrypt(self) -> None:
        new = self._new_passphrase()
        if new is not None:
            self.encrypt_given.emit(new)

    def _change(self) -> None:
        current = self._current()
        if current is None:
            return
        new = self._new_passphrase()
        if new is not None:
            self.change_given.emit(current, new)

    def _decrypt(self) -> None:
        current = self._current()
        if current is not None:
            self.decrypt_given.emit(current)
