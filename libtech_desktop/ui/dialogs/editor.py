"""What every editor dialog shares: inline errors, scan fields, and a save that the tab runs.

A dialog never calls a service. "Save" checks what the form itself can check, then
emits ``submitted`` with a draft; the tab runs the service call on the background
runner and answers with ``finish()`` (saved: close) or ``fail(message)`` (stay open,
show why, change nothing). Tests and the tab reach the dialog object directly: it is
shown with ``open()``, never ``exec()``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.scanning import Scan
from libtech_desktop.ui.scan_field import ScanLineEdit


class EditorDialog(QDialog):
    #: The user asked to save; carries the draft the tab should hand to its service.
    submitted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._error_label: QLabel | None = None
        self._buttons: QDialogButtonBox | None = None

    def _bind(self, error_label: QLabel, buttons: QDialogButtonBox) -> None:
        """Called by subclasses once their form is set up."""
        self._error_label = error_label
        self._buttons = buttons
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    def _accept_scans(self, field: ScanLineEdit) -> None:
        """A scanner ends with Enter; in a form that means "next field", not "save"."""

        def on_scanned(scan: Scan) -> None:
            field.setText(scan.code)
            self.focusNextChild()

        field.scanned.connect(on_scanned)
        field.scan_rejected.connect(self.show_error)

    def _draft(self) -> object:
        """The draft to save; raise a LibtechError for what the form itself can refuse."""
        raise NotImplementedError

    # -- the tab's side of the conversation ----------------------------------------

    def accept(self) -> None:
        if not self._save_button_enabled():
            return  # a save is already running
        try:
            draft = self._draft()
        except LibtechError as exc:
            self.show_error(exc.message)
            return
        self.show_error("")
        self._set_busy(True)
        self.submitted.emit(draft)

    def finish(self) -> None:
        """Saved: close the dialog."""
        self._set_busy(False)
        self.done(QDialog.DialogCode.Accepted)

    def fail(self, message: str) -> None:
        """Not saved: stay open with the reason, so the technician can correct it."""
        self._set_busy(False)
        self.show_error(message)

    def show_error(self, text: str) -> None:
        if self._error_label is not None:
            self._error_label.setText(text)

    @property
    def error_text(self) -> str:
        return self._error_label.text() if self._error_label is not None else ""

    def _reset(self, first_field: QWidget) -> None:
        self.show_error("")
        self._set_busy(False)
        first_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _save_button_enabled(self) -> bool:
        button = self._save_button()
        return button is None or button.isEnabled()

    def _set_busy(self, busy: bool) -> None:
        button = self._save_button()
        if button is not None:
            button.setEnabled(not busy)

    def _save_button(self) -> QWidget | None:
        if self._buttons is None:
            return None
        return self._buttons.button(QDialogButtonBox.StandardButton.Save)
