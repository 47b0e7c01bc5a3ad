"""Ctrl+E from a text field reaches the desk's shortcut, as it does on Windows, even where
the text field claims it as "end of line" (Linux under X11)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from libtech_desktop.ui.shortcut_keys import DeskShortcutKeys


class X11LineEdit(QLineEdit):
    """A line edit with X11's key bindings: it claims Ctrl+E (offscreen, Qt's own line
    edit does not)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return True
        return super().event(event)


def window_with_ctrl_e(qtbot: QtBot) -> tuple[QWidget, QLineEdit, list[str]]:
    window = QWidget()
    qtbot.addWidget(window)
    field = X11LineEdit(window)
    other = QLineEdit(window)
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(other)
    pressed: list[str] = []
    QShortcut(QKeySequence("Ctrl+E"), window, lambda: pressed.append("edit"))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    return window, field, pressed


def test_the_filter_turns_down_a_text_fields_claim_on_ctrl_e_only(qtbot: QtBot) -> None:
    _, field, _ = window_with_ctrl_e(qtbot)
    keys = DeskShortcutKeys()

    def override(key: Qt.Key) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier)

    claimed = override(Qt.Key.Key_E)
    assert field.event(claimed) and claimed.isAccepted()  # what X11's line edit does
    ctrl_e, ctrl_c = override(Qt.Key.Key_E), override(Qt.Key.Key_C)
    assert keys.eventFilter(field, ctrl_e) is True and not ctrl_e.isAccepted()
    assert keys.eventFilter(field, ctrl_c) is False  # copy stays the field's


def test_ctrl_e_in_a_text_field_runs_the_desk_shortcut(qtbot: QtBot) -> None:
    _, field, pressed = window_with_ctrl_e(qtbot)
    keys = DeskShortcutKeys()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(keys)
    try:
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        field.setText("Dune")
        qtbot.keyClick(field, Qt.Key.Key_A)  # other keys still type
    finally:
        app.removeEventFilter(keys)

    assert pressed == ["edit"]
    assert field.text() == "Dunea"
