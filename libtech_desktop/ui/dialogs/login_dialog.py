"""Logging in at the desk: at start, to switch user, and to unlock a locked desk.

The password is checked on the runner (argon2 takes a moment); a wrong one says so and
the dialog stays. Locked, the user name is fixed and Esc does not unlock; "Switch
user…" lets someone else log in instead.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.staff import Actor
from libtech_desktop.ui._generated.ui_login_dialog import Ui_LoginDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs

Login = Callable[[str, str], Actor]


class LoginDialog(QDialog):
    """Made once, parented to the window, reused for every login and unlock."""

    #: Someone logged in: (Actor).
    logged_in = Signal(object)
    #: A login was refused: (the message shown).
    failed = Signal(str)
    #: Locked, and "Switch user…" was chosen.
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None, login: Login, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self._login = login
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        self.locked = False
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.switch_button.clicked.connect(self._on_switch)
        # Enter logs in from either field, once: the fields handle it, not a default button.
        for role in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
            self.ui.button_box.button(role).setAutoDefault(False)
        self.ui.password_edit.returnPressed.connect(self.accept)
        self.ui.username_edit.returnPressed.connect(self._on_username_entered)
        self.ui.switch_button.hide()

    def ask(self, username: str | None = None, *, prompt: str = "Log in to the desk.") -> None:
        """Get ready for a login; with ``username``, unlock: only the password is asked."""
        self.locked = username is not None
        self.ui.prompt_label.setText(prompt)
        self.ui.username_edit.setText(username or "")
        self.ui.username_edit.setReadOnly(self.locked)
        self.ui.switch_button.setVisible(self.locked)
        self.ui.password_edit.clear()
        show_status(self.ui.status_label, "")
        focus = self.ui.password_edit if self.locked else self.ui.username_edit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def accept(self) -> None:
        username = self.ui.username_edit.text().strip()
        password = self.ui.password_edit.text()
        if not username:
            self._error("Type your user name.")
            self.ui.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if self._jobs.running:
            return
        login = self._login
        show_status(self.ui.status_label, "Checking…")
        self._jobs.submit(lambda: login(username, password), self._on_logged_in, self._on_error)

    def reject(self) -> None:
        if self.locked:
            return  # Esc does not unlock the desk
        super().reject()

    def _on_logged_in(self, actor: Actor) -> None:
        self.ui.password_edit.clear()
        show_status(self.ui.status_label, "")
        super().accept()
        self.logged_in.emit(actor)

    def _on_error(self, error: LibtechError) -> None:
        self._error(error.message)
        self.ui.password_edit.clear()
        self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_username_entered(self) -> None:
        if self.ui.password_edit.text():
            self.accept()
        else:
            self.ui.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_switch(self) -> None:
        self.ask(prompt="The desk is locked. Log in as yourself.")
        self.locked = True  # still locked: only a login opens the desk
        self.ui.switch_button.hide()
        self.switch_requested.emit()

    def _set_busy(self, busy: bool) -> None:
        self.ui.button_box.setEnabled(not busy)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
