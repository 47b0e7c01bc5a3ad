"""Administration → Staff accounts and roles: the accounts (add, role, reset password,
deactivate, unlock), the rights of each role (tick to grant), and script tokens (made and
shown once, with a Copy button; revoked)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QTableWidgetItem, QWidget

from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.staff import ApiToken, Permission, Role, StaffAccount
from libtech_desktop.services.staff import StaffService
from libtech_desktop.ui._generated.ui_staff_dialog import Ui_StaffDialog
from libtech_desktop.ui.feedback import show_status
from libtech_desktop.ui.models.table import Column, RowTableModel, show_model
from libtech_desktop.ui.runner import TaskRunner, WidgetJobs


def _when(at: Any) -> str:
    return f"{to_local(at):%Y-%m-%d %H:%M}" if at is not None else ""


def _state(account: StaffAccount) -> str:
    if not account.active:
        return "deactivated"
    if account.locked_until is not None:
        return f"locked until {to_local(account.locked_until):%H:%M}"
    return "active"


def accounts_model() -> RowTableModel[StaffAccount]:
    return RowTableModel(
        [
            Column("User name", lambda a: a.username),
            Column("Name", lambda a: a.display_name),
            Column("Role", lambda a: a.role),
            Column("State", _state),
            Column("Last login", lambda a: _when(a.last_login_at)),
        ]
    )


def tokens_model() -> RowTableModel[ApiToken]:
    return RowTableModel(
        [
            Column("Id", lambda t: str(t.id), align_right=True),
            Column("User", lambda t: t.username),
            Column("Label", lambda t: t.label),
            Column("Made", lambda t: _when(t.created_at)),
            Column("Last used", lambda t: _when(t.last_used_at)),
            Column("Revoked", lambda t: _when(t.revoked_at)),
        ]
    )


@dataclass(frozen=True)
class StaffView:
    accounts: list[StaffAccount]
    roles: list[Role]
    tokens: list[ApiToken]


class StaffDialog(QDialog):
    """Made once, parented to the window and reused."""

    #: Everything is on screen (after opening and after every change).
    shown = Signal()
    #: A token was made: (the token, shown once).
    token_made = Signal(str)
    #: Refused: (the message shown).
    failed = Signal(str)

    def __init__(self, parent: QWidget | None, staff: StaffService, runner: TaskRunner) -> None:
        super().__init__(parent)
        self.ui = Ui_StaffDialog()
        self.ui.setupUi(self)
        self._staff = staff
        self._jobs = WidgetJobs(runner, self, self._set_busy, self._error)
        self.accounts = accounts_model()
        self.tokens = tokens_model()
        show_model(self.ui.accounts_view, self.accounts, stretch=1)
        show_model(self.ui.tokens_view, self.tokens, stretch=2)
        self.roles: list[Role] = []
        ui = self.ui
        ui.button_box.rejected.connect(self.reject)
        ui.accounts_view.selectionModel().currentRowChanged.connect(self._on_account_chosen)
        ui.add_button.clicked.connect(self.add_account)
        ui.role_button.clicked.connect(self.set_role)
        ui.password_button.clicked.connect(self.reset_password)
        ui.deactivate_button.clicked.connect(lambda: self._on_selected(staff.deactivate))
        ui.reactivate_button.clicked.connect(lambda: self._on_selected(staff.reactivate))
        ui.unlock_button.clicked.connect(lambda: self._on_selected(staff.unlock))
        ui.rights_table.itemChanged.connect(self._on_right_ticked)
        ui.make_token_button.clicked.connect(self.make_token)
        ui.token_label_edit.returnPressed.connect(self.make_token)
        ui.copy_button.clicked.connect(self.copy_token)
        ui.revoke_token_button.clicked.connect(self.revoke_token)
        ui.copy_button.setEnabled(False)

    def open_staff(self) -> None:
        self.ui.token_edit.clear()
        self.ui.copy_button.setEnabled(False)
        show_status(self.ui.status_label, "Reading the staff accounts…")
        self.show()
        self.activateWindow()
        self.reload()

    @property
    def status_text(self) -> str:
        return self.ui.status_label.text()

    def reload(self, said: str = "", *, error: bool = False) -> None:
        staff = self._staff

        def read() -> StaffView:
            return StaffView(staff.accounts(), staff.roles(), staff.tokens())

        self._jobs.submit(read, lambda view: self._show(view, said, error), self._on_read_error)

    def selected_account(self) -> StaffAccount | None:
        index = self.ui.accounts_view.currentIndex()
        return self.accounts.row(index.row()) if index.isValid() else None

    # -- accounts -----------------------------------------------------------------

    def add_account(self) -> None:
        ui, staff = self.ui, self._staff
        username, name = ui.username_edit.text(), ui.name_edit.text()
        password, role = ui.password_edit.text(), ui.role_combo.currentData()
        ui.password_edit.clear()
        self._change(
            lambda: staff.add_account(username, name, password, role),
            lambda a: f"Added {a.username} as {a.role}.",
        )

    def set_role(self) -> None:
        account, role, staff = (
            self.selected_account(),
            self.ui.role_combo.currentData(),
            self._staff,
        )
        if account is None:
            self._error("Select an account first.")
            return
        self._change(
            lambda: staff.set_role(account.username, role),
            lambda a: f"{a.username} is now {a.role}.",
        )

    def reset_password(self) -> None:
        account, staff = self.selected_account(), self._staff
        password = self.ui.password_edit.text()
        self.ui.password_edit.clear()
        if account is None:
            self._error("Select an account first.")
            return
        self._change(
            lambda: staff.set_password(account.username, password),
            lambda _: f"Set a new password for {account.username}.",
        )

    def _on_selected(self, action: Callable[[str], StaffAccount]) -> None:
        account = self.selected_account()
        if account is None:
            self._error("Select an account first.")
            return
        self._change(lambda: action(account.username), lambda a: f"{a.username}: {_state(a)}.")

    # -- rights -------------------------------------------------------------------

    def _on_right_ticked(self, item: QTableWidgetItem) -> None:
        role = self.roles[item.column()]
        permission = list(Permission)[item.row()]
        give = item.checkState() == Qt.CheckState.Checked
        staff = self._staff
        change = staff.grant if give else staff.revoke
        words = "may now" if give else "may no longer"
        self._change(
            lambda: change(role.code, permission),
            lambda _: f"{role.name} {words} {permission.label}.",
        )

    # -- tokens -------------------------------------------------------------------

    def make_token(self) -> None:
        username = self.ui.token_user_combo.currentText()
        label, staff = self.ui.token_label_edit.text(), self._staff
        if self._jobs.running:
            return

        def made(token: str) -> None:
            self.ui.token_edit.setText(token)
            self.ui.copy_button.setEnabled(True)
            self.ui.token_label_edit.clear()
            self.ui.copy_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.token_made.emit(token)
            self.reload(f"A token for {username}: copy it now, it is shown only this once.")

        self._jobs.submit(lambda: staff.make_token(username, label), made, self._on_error)

    def copy_token(self) -> None:
        QGuiApplication.clipboard().setText(self.ui.token_edit.text())
        show_status(self.ui.status_label, "The token is on the clipboard.")

    def revoke_token(self) -> None:
        index, staff = self.ui.tokens_view.currentIndex(), self._staff
        if not index.isValid():
            self._error("Select a token first.")
            return
        token_id = self.tokens.row(index.row()).id
        self._change(lambda: staff.revoke_token(token_id), lambda t: f"Revoked token {t.id}.")

    # -- plumbing -----------------------------------------------------------------

    def _change(self, fn: Callable[[], Any], said: Callable[[Any], str]) -> None:
        if self._jobs.running:
            return
        self._jobs.submit(fn, lambda result: self.reload(said(result)), self._on_error)

    def _show(self, view: StaffView, said: str, error: bool) -> None:
        chosen = self.selected_account()
        self.accounts.set_rows(view.accounts)
        self.tokens.set_rows(view.tokens)
        self.roles = view.roles
        self._fill_roles(view)
        if chosen is not None:
            for row, account in enumerate(view.accounts):
                if account.username == chosen.username:
                    self.ui.accounts_view.selectRow(row)
        show_status(self.ui.status_label, said, error=error)
        self.shown.emit()

    def _fill_roles(self, view: StaffView) -> None:
        ui = self.ui
        for combo in (ui.role_combo,):
            current = combo.currentData()
            combo.clear()
            for role in view.roles:
                combo.addItem(role.name, role.code)
            if current is not None:
                combo.setCurrentIndex(max(0, combo.findData(current)))
        user = ui.token_user_combo.currentText()
        ui.token_user_combo.clear()
        ui.token_user_combo.addItems([a.username for a in view.accounts if a.active])
        if user:
            ui.token_user_combo.setCurrentText(user)
        table = ui.rights_table
        table.blockSignals(True)
        table.setRowCount(len(Permission))
        table.setColumnCount(len(view.roles))
        table.setHorizontalHeaderLabels([r.name for r in view.roles])
        table.setVerticalHeaderLabels([p.label for p in Permission])
        for row, permission in enumerate(Permission):
            for column, role in enumerate(view.roles):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                held = permission in role.permissions
                item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.blockSignals(False)

    def _on_account_chosen(self, *_: object) -> None:
        account = self.selected_account()
        if account is None:
            return
        self.ui.username_edit.setText(account.username)
        self.ui.name_edit.setText(account.display_name)
        self.ui.role_combo.setCurrentIndex(max(0, self.ui.role_combo.findData(account.role)))

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.ui.add_button,
            self.ui.role_button,
            self.ui.password_button,
            self.ui.deactivate_button,
            self.ui.reactivate_button,
            self.ui.unlock_button,
            self.ui.make_token_button,
            self.ui.revoke_token_button,
        ):
            button.setEnabled(not busy)

    def _on_error(self, error: LibtechError) -> None:
        self._error(error.message)
        # A refused tick goes back to what is stored; the message stays.
        self.reload(error.message, error=True)

    def _on_read_error(self, error: LibtechError) -> None:
        self._error(error.message)

    def _error(self, message: str) -> None:
        show_status(self.ui.status_label, message, error=True)
        self.failed.emit(message)
