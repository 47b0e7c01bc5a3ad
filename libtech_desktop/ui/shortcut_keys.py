"""The desk's Ctrl+letter shortcuts that X11 text fields would take for themselves.

On Linux (X11, the emacs-style key bindings Qt follows there) a QLineEdit claims Ctrl+E
as "end of line" before any shortcut sees it: with the cursor in the catalogue's or
the patrons' search field, Ctrl+E (edit the record, the patron; export the audit log)
did nothing, and the technician had to reach for the mouse. The End key still moves to
the end of the line, so the desk takes these keys back for its shortcuts, in every
window and dialog of the program.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

#: The desk's shortcuts that a line edit claims on X11 (MoveToEndOfLine).
DESK_KEYS = (QKeySequence("Ctrl+E"),)


class DeskShortcutKeys(QObject):
    """Application-wide event filter: when a line edit is asked whether it wants one
    of ``DESK_KEYS`` before the shortcuts see it, the answer is no."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not isinstance(watched, QLineEdit):
            return False
        pressed = QKeySequence(event.keyCombination())
        if any(pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in DESK_KEYS):
            event.ignore()
            return True  # not accepted: the window's or the dialog's shortcut runs
        return False
