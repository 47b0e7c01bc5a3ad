"""Help → Keyboard shortcuts (F1): every shortcut, read from the window's own actions
and the desk keys (issue 10). (Scaffold: the help engineer fills this in.)"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow


class HelpDialogs:
    def __init__(self, window: QMainWindow) -> None:
        self._window = window

    def open_shortcuts(self) -> None:
        self._window.statusBar().showMessage("The shortcuts page is not built yet.", 5000)
