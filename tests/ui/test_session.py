"""Who is at the desk (issue 8), driven from the keyboard: the login at start, the idle
lock and its unlock, switching user, a volunteer's rights, my password, staff accounts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.domain.staff import Permission
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.fines_dialog import FinesDialog
from libtech_desktop.ui.dialogs.login_dialog import LoginDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.session import DeskSession
from libtech_desktop.ui.settings import WorkstationSettings

PASSWORD = "correct horse"


@pytest.fixture
def staffed(
    qtbot: QtBot, library: Library, sounds: RecordingSoundPlayer, tmp_path: Path
) -> Iterator[DeskApplication]:
    """The desk over a library with an administrator and a volunteer, nobody logged in."""
    library.staff.create_first_administrator("ada", "Ada Admin", PASSWORD)
    library.login("ada", PASSWORD)
    library.staff.add_account("val", "Val Volunteer", PASSWORD, "volunteer")
    library.logout()
    app = DeskApplication(
        library,
        WorkstationSettings(tmp_path / "workstation.ini"),
        tmp_path / "libtech.log",
        sounds=sounds,
        receipts_dir=tmp_path / "receipts",
    )
    qtbot.addWidget(app.window)
    yield app
    app.upkeep_runner.shutdown()
    app.mail_runner.shutdown()
    app.runner.shutdown()


def type_login(qtbot: QtBot, dialog: LoginDialog, user: str | None, password: str) -> None:
    """As a person would: the user name, Tab, the password, Enter."""
    if user is not None:
        qtbot.keyClicks(dialog.ui.username_edit, user)
        qtbot.keyClick(dialog.ui.username_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.password_edit, password)
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)


def start_as(qtbot: QtBot, desk: DeskApplication, user: str) -> DeskSession:
    """``start()`` with its modal login answered from the keyboard."""
    session = desk.session
    QTimer.singleShot(0, lambda: type_login(qtbot, session.login_dialog, user, PASSWORD))
    assert session.start()
    desk.window.show()
    qtbot.waitExposed(desk.window)
    return session


def test_login_at_start_says_a_wrong_password_and_stays(
    qtbot: QtBot, staffed: DeskApplication, library: Library
) -> None:
    session, dialog = staffed.session, staffed.session.login_dialog
    said: list[str] = []

    def second_try(message: str) -> None:
        said.append(message)
        if len(said) == 1:  # typed again once the refusal is on screen
            QTimer.singleShot(0, lambda: type_login(qtbot, dialog, None, PASSWORD))

    dialog.failed.connect(second_try)
    QTimer.singleShot(0, lambda: type_login(qtbot, dialog, "ada", "not the password"))
    assert session.start()
    assert said == ["Wrong user name or password."]
    assert library.current_actor().username == "ada"
    assert "Ada Admin — Administrator" in staffed.window.windowTitle()
    assert session.who_label.text() == "Ada Admin — Administrator"


def test_escape_at_login_closes_the_program(qtbot: QtBot, staffed: DeskApplication) -> None:
    dialog = staffed.session.login_dialog
    QTimer.singleShot(0, lambda: qtbot.keyClick(dialog.ui.username_edit, Qt.Key.Key_Escape))
    assert staffed.session.start() is False


def test_a_library_without_accounts_needs_no_login(desk: DeskApplication) -> None:
    assert desk.session.start()
    assert not desk.session.login_dialog.isVisible()
    assert desk.window.ui.staff_action.isEnabled()


def test_idle_lock_ignores_a_scan_and_unlocks_with_the_password(
    qtbot: QtBot, staffed: DeskApplication, library: Library
) -> None:
    session = start_as(qtbot, staffed, "ada")
    assert session.idle.interval_ms == 10 * 60_000  # the library's setting
    session.idle.set_interval_ms(50)
    with qtbot.waitSignal(session.idle.idle, timeout=5000):
        pass
    dialog = session.login_dialog
    assert session.locked and dialog.isVisible() and dialog.isModal()
    assert dialog.ui.username_edit.isReadOnly() and dialog.ui.username_edit.text() == "ada"
    qtbot.waitUntil(lambda: library.current_actor().username == "")  # logged out
    # A card scanned while locked goes to the lock, not to the check-out tab.
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc does not unlock
    assert QApplication.activeModalWidget() is dialog  # the window gets no keys
    with qtbot.waitSignal(dialog.failed, timeout=10000):
        qtbot.keyClicks(dialog.ui.password_edit, "29999000000017")
        qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    assert staffed.checkout.ui.scan_edit.text() == ""
    assert session.locked
    with qtbot.waitSignal(dialog.logged_in, timeout=10000):
        type_login(qtbot, dialog, None, PASSWORD)
    assert not session.locked and not dialog.isVisible()
    assert library.current_actor().username == "ada"
    assert session.idle.watching  # counting again


def test_lock_now_and_switch_user_from_the_lock(
    qtbot: QtBot, staffed: DeskApplication, library: Library
) -> None:
    session = start_as(qtbot, staffed, "ada")
    lock = staffed.window.ui.lock_action
    assert lock.shortcut().toString() == "Ctrl+Alt+L"
    lock.trigger()
    dialog = session.login_dialog
    qtbot.waitUntil(lambda: session.locked and dialog.isVisible())
    qtbot.keyClick(dialog.ui.switch_button, Qt.Key.Key_Space)
    assert not dialog.ui.username_edit.isReadOnly() and session.locked
    with qtbot.waitSignal(dialog.logged_in, timeout=10000):
        type_login(qtbot, dialog, "val", PASSWORD)
    assert library.current_actor().username == "val"
    assert "Val Volunteer — Volunteer" in staffed.window.windowTitle()


def test_switching_to_a_volunteer_hides_what_they_may_not_do(
    qtbot: QtBot, staffed: DeskApplication, library: Library
) -> None:
    session = start_as(qtbot, staffed, "ada")
    ui, patrons = staffed.window.ui, staffed.patrons.ui
    assert ui.staff_action.isEnabled() and not patrons.account_button.isHidden()
    assert ui.switch_user_action.shortcut().toString() == "Ctrl+Shift+W"
    ui.switch_user_action.trigger()
    dialog = session.login_dialog
    qtbot.waitUntil(dialog.isVisible)
    with qtbot.waitSignal(dialog.logged_in, timeout=10000):
        type_login(qtbot, dialog, "val", PASSWORD)
    assert not library.current_actor().may(Permission.WAIVE)
    assert not ui.staff_action.isEnabled() and not ui.audit_action.isEnabled()
    assert not ui.restore_action.isEnabled()
    assert patrons.account_button.isHidden()
    # The Account dialog shows no waive (nor correct) to a volunteer.
    account = FinesDialog(staffed.window, library.fines, staffed.runner)
    account.show()
    assert account.ui.waive_button.isHidden() and account.ui.correct_button.isHidden()
    assert not account.ui.pay_button.isHidden()
    account.close()
    # Back to the administrator: everything again.
    session.switch_user()
    with qtbot.waitSignal(dialog.logged_in, timeout=10000):
        type_login(qtbot, dialog, "ada", PASSWORD)
    assert ui.staff_action.isEnabled() and not patrons.account_button.isHidden()
    account.show()
    assert not account.ui.waive_button.isHidden()


def test_change_my_password(qtbot: QtBot, staffed: DeskApplication, library: Library) -> None:
    session = start_as(qtbot, staffed, "val")
    staffed.window.ui.change_password_action.trigger()
    dialog = session.password_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.old_edit, PASSWORD)
    qtbot.keyClick(dialog.ui.old_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.new_edit, "brand new pass")
    qtbot.keyClick(dialog.ui.new_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.again_edit, "brand new typo")
    qtbot.keyClick(dialog.ui.again_edit, Qt.Key.Key_Return)
    assert "differ" in dialog.status_text and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.new_edit, "brand new pass")
    qtbot.keyClick(dialog.ui.new_edit, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.again_edit, "brand new pass")
    with qtbot.waitSignal(dialog.changed, timeout=10000):
        qtbot.keyClick(dialog.ui.again_edit, Qt.Key.Key_Return)
    assert library.login("val", "brand new pass").username == "val"


def test_staff_dialog_adds_an_account_grants_a_right_and_makes_a_token(
    qtbot: QtBot, staffed: DeskApplication, library: Library
) -> None:
    session = start_as(qtbot, staffed, "ada")
    staffed.window.ui.staff_action.trigger()
    dialog = session.staff_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.accounts.rowCount() == 2)
    ui = dialog.ui
    qtbot.keyClicks(ui.username_edit, "tom")
    qtbot.keyClicks(ui.name_edit, "Tom Technician")
    ui.role_combo.setCurrentIndex(ui.role_combo.findData("technician"))
    qtbot.keyClicks(ui.password_edit, "tom's password")
    with qtbot.waitSignal(dialog.shown, timeout=10000):
        qtbot.keyClick(ui.add_button, Qt.Key.Key_Space)
    assert "Added tom as technician" in dialog.status_text
    assert [a.username for a in dialog.accounts.rows] == ["ada", "tom", "val"]
    # Tick "waive" for volunteers.
    column = [r.code for r in dialog.roles].index("volunteer")
    row = list(Permission).index(Permission.WAIVE)
    with qtbot.waitSignal(dialog.shown, timeout=10000):
        ui.rights_table.item(row, column).setCheckState(Qt.CheckState.Checked)
    assert Permission.WAIVE in {r.code: r for r in library.staff.roles()}["volunteer"].permissions
    # Taking "manage staff" from the only administrators is refused; the tick comes back.
    column = [r.code for r in dialog.roles].index("administrator")
    row = list(Permission).index(Permission.STAFF)
    with qtbot.waitSignal(dialog.shown, timeout=10000):
        ui.rights_table.item(row, column).setCheckState(Qt.CheckState.Unchecked)
    assert "At least one administrator" in dialog.status_text
    assert ui.rights_table.item(row, column).checkState() == Qt.CheckState.Checked
    # A token for val: shown once, with Copy.
    ui.tabs_widget.setCurrentIndex(2)
    ui.token_user_combo.setCurrentText("val")
    qtbot.keyClicks(ui.token_label_edit, "nightly")
    with qtbot.waitSignal(dialog.token_made, timeout=10000) as made:
        qtbot.keyClick(ui.token_label_edit, Qt.Key.Key_Return)
    assert made.args[0].startswith("ltk_") and ui.token_edit.text() == made.args[0]
    qtbot.keyClick(ui.copy_button, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == made.args[0]
    qtbot.waitUntil(lambda: dialog.tokens.rowCount() == 1)
