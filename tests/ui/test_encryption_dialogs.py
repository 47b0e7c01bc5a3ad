"""Administration → Encryption and the passphrase asked at start (issue 8), by keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.db.encryption import is_encrypted
from libtech_desktop.library import Library, open_library
from libtech_desktop.ui.dialogs.encryption_dialog import EncryptionDialog
from libtech_desktop.ui.encryption_dialogs import (
    EncryptionDialogs,
    open_encrypted,
    passphrase_dialog,
)
from libtech_desktop.ui.runner import TaskRunner

KEY = "correct horse battery"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def dialogs(qtbot: QtBot, library: Library, runner: TaskRunner) -> Iterator[EncryptionDialogs]:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    holder = EncryptionDialogs(window, library.encryption, runner)
    yield holder


def opened(qtbot: QtBot, dialogs: EncryptionDialogs) -> EncryptionDialog:
    dialogs.open_encryption()
    dialog = dialogs.dialog
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    return dialog


def type_into(qtbot: QtBot, dialog: EncryptionDialog, text: str) -> None:
    """Type into the focused field, then Tab on (the keyboard's way through the form)."""
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)
    qtbot.keyClick(focused, Qt.Key.Key_Tab)


def press(qtbot: QtBot, dialog: EncryptionDialog, key: Qt.Key) -> None:
    """A button's Alt mnemonic (the button clicks itself a moment later)."""
    dialog.ui.message_label.clear()
    # The progress window of the previous step may have handed activation elsewhere.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    qtbot.keyClick(dialog, key, ALT)


def says(qtbot: QtBot, dialog: EncryptionDialog, words: str, timeout: int = 5000) -> None:
    """Wait for the dialog's status line to say ``words``."""

    def said() -> None:
        assert words in dialog.ui.message_label.text(), (
            dialog.ui.message_label.text(),
            dialog.focusWidget(),
        )

    qtbot.waitUntil(said, timeout=timeout)


def test_encrypt_change_and_decrypt_from_the_keyboard(
    qtbot: QtBot, dialogs: EncryptionDialogs, library: Library, db_path: Path
) -> None:
    dialog = opened(qtbot, dialogs)
    assert "not encrypted" in dialog.ui.state_label.text()
    assert "cannot be recovered" in dialog.ui.warning_label.text()
    assert dialog.ui.new_edit.hasFocus()
    assert not dialog.ui.current_edit.isVisibleTo(dialog)

    type_into(qtbot, dialog, KEY)
    type_into(qtbot, dialog, "a different one")
    press(qtbot, dialog, Qt.Key.Key_E)
    says(qtbot, dialog, "differ", 5000)
    assert dialog.ui.repeat_edit.hasFocus()
    assert not library.encryption.is_encrypted()

    qtbot.keyClicks(dialog.ui.repeat_edit, KEY)
    press(qtbot, dialog, Qt.Key.Key_E)
    says(qtbot, dialog, "is now encrypted", 20000)
    assert "This library is encrypted" in dialog.ui.state_label.text()
    assert is_encrypted(db_path)
    assert dialog.focusWidget() is dialog.ui.current_edit

    # Change the passphrase: the current one, then the new one twice.
    type_into(qtbot, dialog, KEY)
    type_into(qtbot, dialog, "another passphrase")
    type_into(qtbot, dialog, "another passphrase")
    press(qtbot, dialog, Qt.Key.Key_H)
    says(qtbot, dialog, "passphrase is changed", 20000)

    # Decrypt with a wrong passphrase: refused, said in the dialog.
    type_into(qtbot, dialog, KEY)
    press(qtbot, dialog, Qt.Key.Key_D)
    says(qtbot, dialog, "not this library's", 20000)
    assert library.encryption.is_encrypted()

    dialog.ui.current_edit.clear()
    dialog.ui.current_edit.setFocus()
    type_into(qtbot, dialog, "another passphrase")
    press(qtbot, dialog, Qt.Key.Key_D)
    says(qtbot, dialog, "no longer encrypted", 20000)
    assert "not encrypted" in dialog.ui.state_label.text()
    assert not is_encrypted(db_path)
    assert library.patrons.search("anyone") == []  # the library works on


def test_a_short_passphrase_is_refused_before_anything_runs(
    qtbot: QtBot, dialogs: EncryptionDialogs, library: Library
) -> None:
    dialog = opened(qtbot, dialogs)
    type_into(qtbot, dialog, "short")
    type_into(qtbot, dialog, "short")
    press(qtbot, dialog, Qt.Key.Key_E)
    says(qtbot, dialog, "at least 8", 5000)
    assert dialog.ui.new_edit.hasFocus()
    assert not library.encryption.is_encrypted()


def answer_passphrases(qtbot: QtBot, answers: list[str | None], problems: list[str]) -> None:
    """Type each answer into the passphrase dialog as it comes up (None: Escape)."""

    def answer() -> None:
        dialog = passphrase_dialog()
        if not dialog.isVisible():
            QTimer.singleShot(10, answer)
            return
        edit = dialog.ui.passphrase_edit
        problems.append(f"{dialog.ui.message_label.text()}|{dialog.focusWidget() is edit}")
        text = answers.pop(0)
        if text is None:
            qtbot.keyClick(edit, Qt.Key.Key_Escape)
        else:
            qtbot.keyClicks(edit, text)
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        if answers:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)


@pytest.fixture
def encrypted_file(tmp_path: Path) -> Path:
    path = tmp_path / "laptop.sqlite3"
    with open_library(path, key=KEY) as lib:
        lib.patrons.register(barcode="29999000000019", name="Lovelace, Ada", category="adult")
    return path


def test_at_start_a_wrong_passphrase_is_asked_again_with_the_reason(
    qtbot: QtBot, qapp: object, encrypted_file: Path
) -> None:
    problems: list[str] = []
    answer_passphrases(qtbot, ["not the passphrase", KEY], problems)

    lib = open_encrypted(encrypted_file, lambda key: open_library(encrypted_file, key=key))

    assert lib is not None
    try:
        assert lib.patrons.get("29999000000019").name == "Lovelace, Ada"
    finally:
        lib.close()
    first, again = problems
    assert first == "|True"  # nothing to say yet; the passphrase field has the focus
    assert "does not open this library" in again
    assert again.endswith("|True")


def test_at_start_cancel_opens_nothing(qtbot: QtBot, qapp: object, encrypted_file: Path) -> None:
    problems: list[str] = []
    answer_passphrases(qtbot, [None], problems)
    opened_with: list[str] = []

    assert open_encrypted(encrypted_file, opened_with.append) is None
    assert opened_with == []
    assert problems == ["|True"]
