"""Who is at the desk (issue 8): the login at start, locking after an idle period with a
quick unlock, switching user without closing, changing one's password, the staff
accounts dialog, and showing only the actions the staff member may take.

Hiding is a courtesy: every service checks the right itself (``services.permissions``),
so a tab the role cannot use says so when it asks for something.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QWidget,
)

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.staff import DEFAULT_ROLES, Actor, Permission
from libtech_desktop.services.library_settings import LibrarySettingsService
from libtech_desktop.services.staff import StaffService
from libtech_desktop.ui.dialogs.login_dialog import LoginDialog
from libtech_desktop.ui.dialogs.password_dialog import PasswordDialog
from libtech_desktop.ui.dialogs.staff_dialog import StaffDialog
from libtech_desktop.ui.idle import IdleWatcher
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings

P = Permission
IDLE_SETTING = "security.idle_lock_minutes"

#: Menu actions (by object name) and the right each needs: disabled without it.
ACTION_RIGHTS: dict[str, Permission] = {
    "notices_action": P.NOTICES,
    "pull_list_action": P.PATRONS,
    "stocktake_action": P.INVENTORY,
    "bindery_action": P.INVENTORY,
    "transfers_action": P.INVENTORY,
    "equipment_action": P.INVENTORY,
    "truck_action": P.INVENTORY,
    "routes_action": P.SYNC,
    "prepare_package_action": P.SYNC,
    "import_package_action": P.SYNC,
    "import_journal_action": P.SYNC,
    "sync_exceptions_action": P.SYNC,
    "staff_action": P.STAFF,
    "audit_action": P.AUDIT,
    "backup_action": P.BACKUP,
    "restore_action": P.RESTORE,
    "encryption_action": P.STAFF,
}
#: Buttons (by object name, in the tabs and their dialogs) hidden without the right.
BUTTON_RIGHTS: dict[str, Permission] = {
    "account_button": P.FINES,
    "waive_button": P.WAIVE,
    "correct_button": P.WAIVE,
    "register_button": P.PATRONS,
    "edit_button": P.PATRONS,
    "block_button": P.PATRONS,
    "unblock_button": P.PATRONS,
    "incidents_button": P.PATRONS,
    "import_button": P.PATRONS,
    "holds_button": P.PATRONS,
    "card_button": P.LABELS,
    "privacy_button": P.REPORTS,
    "new_record_button": P.CATALOGUE,
    "edit_record_button": P.CATALOGUE,
    "add_item_button": P.CATALOGUE,
    "import_marc_button": P.CATALOGUE,
    "headings_button": P.CATALOGUE,
    "labels_button": P.LABELS,
    "reserve_button": P.PATRONS,
}
_HIDDEN = "hidden_by_rights"


def role_name(code: str) -> str:
    if code in DEFAULT_ROLES:
        return DEFAULT_ROLES[code][0].split(" / ")[0]
    return code.replace("_", " ").capitalize()


def apply_rights(root: QWidget, actor: Actor) -> None:
    """Enable the actions and show the buttons under ``root`` that ``actor`` may use."""
    for action in root.findChildren(QAction):
        need = ACTION_RIGHTS.get(action.objectName())
        if need is not None:
            action.setEnabled(actor.may(need))
    buttons = root.findChildren(QAbstractButton)
    if isinstance(root, QAbstractButton):
        buttons.append(root)
    for button in buttons:
        need = BUTTON_RIGHTS.get(button.objectName())
        if need is None:
            continue
        if not actor.may(need):
            if not button.property(_HIDDEN):
                button.setProperty(_HIDDEN, True)
                button.hide()
        elif button.property(_HIDDEN):
            button.setProperty(_HIDDEN, False)
            button.show()


class _RightsOnShow(QObject):
    """Applies the rights to every dialog as it shows (dialogs are made on first use)."""

    def __init__(self, actor: Callable[[], Actor], parent: QObject) -> None:
        super().__init__(parent)
        self._actor = actor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            apply_rights(watched, self._actor())
        return False


class DeskSession:
    def __init__(
        self,
        window: QWidget,
        staff: StaffService,
        runner: TaskRunner,
        settings: WorkstationSettings,
        *,
        login: Callable[[str, str], Actor],
        logout: Callable[[], None],
        actor: Callable[[], Actor],
        library_settings: LibrarySettingsService,
    ) -> None:
        self._window, self._staff, self._runner, self._settings = window, staff, runner, settings
        self._login, self._logout, self._actor = login, logout, actor
        #: The library's settings (``security.idle_lock_minutes``).
        self._library_settings = library_settings
        self._title = window.windowTitle()
        self._has_accounts = False
        #: The desk is locked: only a login opens it again.
        self.locked = False
        self.login_dialog = LoginDialog(window, login, runner)
        self.login_dialog.logged_in.connect(self._on_logged_in)
        self.password_dialog: PasswordDialog | None = None
        self.staff_dialog: StaffDialog | None = None
        self.idle = IdleWatcher(window)
        self.idle.idle.connect(self.lock)
        self.who_label = QLabel()
        self.who_label.setObjectName("who_label")
        if isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.who_label)
        self._rights_filter = _RightsOnShow(actor, window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._rights_filter)

    # -- start --------------------------------------------------------------------

    def start(self) -> bool:
        """Before the window shows: log in when the library has staff accounts. ``False``:
        nobody logged in (the program closes)."""
        self._has_accounts = self._staff.has_accounts()
        if not self._has_accounts:
            self._show_actor(self._actor())
            return True
        self.login_dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.login_dialog.ask()
        if self.login_dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self._start_idle_watch()
        return True

    def _start_idle_watch(self) -> None:
        """Lock after the library's idle period (0: never)."""
        try:
            minutes = int(self._library_settings.get(IDLE_SETTING) or 0)
        except (LibtechError, ValueError):
            minutes = 0
        self.idle.set_minutes(minutes)

    # -- lock and switch ----------------------------------------------------------

    def lock(self) -> None:
        """Lock the desk now (File → Lock, or after the idle period)."""
        if self.locked:
            return
        if not self._has_accounts:
            self._say("This library has no staff accounts: there is nothing to unlock with.")
            return
        actor = self._actor()
        self.locked = True
        self.idle.pause()
        self._runner.submit(self._logout)  # nobody acts until the next login
        self.login_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.login_dialog.ask(
            actor.username or None,
            prompt=f"The desk is locked. {actor.display_name}: your password to unlock.",
        )
        self.login_dialog.open()
        self.login_dialog.activateWindow()

    def switch_user(self) -> None:
        """Another staff member logs in without closing the program."""
        if not self._has_accounts:
            self._say("This library has no staff accounts yet: everyone is the desk.")
            return
        self.login_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.login_dialog.ask(prompt="Switch user: log in as yourself.")
        self.login_dialog.open()
        self.login_dialog.activateWindow()

    def _on_logged_in(self, actor: Actor) -> None:
        self.locked = False
        self.login_dialog.locked = False
        self._show_actor(actor)
        self.idle.restart()

    def _show_actor(self, actor: Actor) -> None:
        apply_rights(self._window, actor)
        if actor.role == "desk":
            self.who_label.setText("Desk (no staff accounts)")
            self._window.setWindowTitle(self._title)
            return
        who = f"{actor.display_name} — {role_name(actor.role)}"
        self.who_label.setText(who)
        self._window.setWindowTitle(f"{self._title} — {who}")

    # -- passwords and staff ------------------------------------------------------

    def change_password(self) -> None:
        """The staff member at the desk changes their own password."""
        actor = self._actor()
        if actor.role == "desk" or not actor.username:
            self._say("This library has no staff accounts yet: there is no password to change.")
            return
        if self.password_dialog is None:
            self.password_dialog = PasswordDialog(
                self._window, self._staff.change_own_password, self._runner
            )
            self.password_dialog.changed.connect(lambda: self._say("Your password was changed."))
        self.password_dialog.start(actor.display_name)
        self.password_dialog.open()

    def open_staff(self) -> None:
        """Administration → Staff accounts and roles (administrators)."""
        actor = self._actor()
        if not actor.may(P.STAFF):
            self._say(f"{actor.display_name} may not manage staff accounts.")
            return
        if self.staff_dialog is None:
            self.staff_dialog = StaffDialog(self._window, self._staff, self._runner)
        self.staff_dialog.open_staff()

    def _say(self, text: str) -> None:
        if isinstance(self._window, QMainWindow):
            self._window.statusBar().showMessage(text, 10_000)
