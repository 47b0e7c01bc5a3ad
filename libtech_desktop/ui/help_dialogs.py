"""Help → Keyboard shortcuts (F1): every shortcut, read from the window's own actions
and the desk keys (issue 10).

``python -m libtech_desktop.ui.help_dialogs --markdown`` writes ``docs/SHORTCUTS.md``
from the same lists (``--check``: exit 1 when the file is not current).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
)


@dataclass(frozen=True)
class Shortcut:
    where: str
    what: str
    keys: str


#: The desk's own keys (not in a menu): scan fields, the tabs' and dialogs' shortcuts.
#: ``tests/ui/test_help.py`` checks that every QShortcut of the window is listed here.
DESK_KEYS: tuple[Shortcut, ...] = (
    Shortcut("Any tab", "Type or scan: the keys go to the tab's scan field", "(any key)"),
    Shortcut("Scan fields", "Take the code typed (scanners send it after each code)", "Enter"),
    Shortcut("Scan fields", "Take the code typed (scanners that end with Tab)", "Tab"),
    Shortcut("Check out", "Finish with this patron", "Esc"),
    Shortcut("Check out", "Lend anyway (when a block may be overridden)", "Enter"),
    Shortcut("Check out", "Print or save the receipt", "Ctrl+P"),
    Shortcut("Check in", "Print or save the slip", "Ctrl+P"),
    Shortcut("Check in", "Flag the item just returned as damaged", "Ctrl+D"),
    Shortcut("Catalogue", "Edit the record", "Ctrl+E"),
    Shortcut("Catalogue", "Add an item (copy)", "Ctrl+I"),
    Shortcut("Catalogue", "Import MARC records", "Ctrl+Shift+I"),
    Shortcut("Catalogue", "Find duplicates", "Ctrl+D"),
    Shortcut("Catalogue", "Shelf list", "Ctrl+L"),
    Shortcut("Catalogue", "Headings", "Ctrl+H"),
    Shortcut("Catalogue", "Labels (and the calibration page)", "Ctrl+B"),
    Shortcut("Catalogue", "Place a hold", "Ctrl+R"),
    Shortcut("Patrons", "Register a patron", "Ctrl+N"),
    Shortcut("Patrons", "Edit the patron", "Ctrl+E"),
    Shortcut("Patrons", "Incidents", "Ctrl+I"),
    Shortcut("Patrons", "Library card", "Ctrl+Shift+C"),
    Shortcut("Patrons", "Account: fines and payments", "Ctrl+Shift+A"),
    Shortcut("Patrons", "Holds", "Ctrl+Shift+H"),
    Shortcut("Dialogs", "Refresh (audit, bindery, transfers, pull list, stocktake)", "F5"),
    Shortcut("Dialogs", "Print the list (transfers, pull list, stocktake)", "Ctrl+P"),
    Shortcut("Dialogs", "Remove or cancel the selected row (bindery, holds, transfers)", "Del"),
    Shortcut("Holds", "Freeze or thaw the selected hold", "Ctrl+F"),
    Shortcut("Audit log", "Export as CSV", "Ctrl+E"),
    Shortcut("Record editor, template editor, equipment", "Save", "Ctrl+S"),
    Shortcut("Equipment", "New piece of equipment", "Ctrl+N"),
    Shortcut("Equipment", "Maintenance done today", "Ctrl+D"),
    Shortcut("Stocktake", "Put the selected items right", "Ctrl+G"),
    Shortcut("Dialogs", "Close", "Esc"),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").split(" (now:")[0]


def _keys(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every menu item of ``window``: its menu path, its text, and its shortcut (or its
    menu keys, Alt+letter then letters, when it has none)."""
    found: list[Shortcut] = []

    def walk(menu: QMenu, path: list[str], mnemonics: list[str]) -> None:
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = _plain(action.text())
            letters = [*mnemonics, _mnemonic(action.text())]
            sub = action.menu()
            if isinstance(sub, QMenu):
                walk(sub, [*path, text], letters)
                continue
            keys = _keys(action.shortcut())
            if not keys and all(letters):
                keys = "Alt+" + ", ".join(letter.upper() for letter in letters)
            found.append(Shortcut(" → ".join(path), text, keys))

    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            walk(menu, [_plain(action.text())], [_mnemonic(action.text())])
    return found


def _mnemonic(text: str) -> str:
    index = text.replace("&&", "").find("&")
    cleaned = text.replace("&&", "")
    return cleaned[index + 1] if 0 <= index < len(cleaned) - 1 else ""


def tab_shortcuts(window: QMainWindow) -> list[Shortcut]:
    tabs = getattr(getattr(window, "ui", None), "tabs_widget", None)
    if tabs is None:
        return []
    return [
        Shortcut("Tabs", f"Show {tabs.tabText(i).split('  (')[0]}", f"Ctrl+{i + 1}")
        for i in range(tabs.count())
    ]


def all_shortcuts(window: QMainWindow) -> list[Shortcut]:
    return [*menu_shortcuts(window), *tab_shortcuts(window), *DESK_KEYS]


def markdown(shortcuts: list[Shortcut]) -> str:
    lines = [
        "# Keyboard shortcuts",
        "",
        "Everything at the desk works from the keyboard. This page is generated from the",
        "program's own menus (`python -m libtech_desktop.ui.help_dialogs --markdown`); in",
        "the program, Help → Keyboard shortcuts (F1) shows it with a search field.",
        "",
        "| Where | What | Keys |",
        "| --- | --- | --- |",
    ]
    for s in shortcuts:
        cells = (s.where, s.what, f"`{s.keys}`" if s.keys else "")
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _standard_window() -> QMainWindow:
    """A window with the real menus and the desk's five tabs, without a library."""
    from PySide6.QtWidgets import QWidget

    from libtech_desktop.ui._generated.ui_main_window import Ui_MainWindow

    window = QMainWindow()
    ui = Ui_MainWindow()
    ui.setupUi(window)
    window.ui = ui  # type: ignore[attr-defined]
    for title in ("Check out", "Check in", "Catalogue", "Repairs", "Patrons"):
        ui.tabs_widget.addTab(QWidget(), title)
    return window


def shortcuts_markdown() -> str:
    """``docs/SHORTCUTS.md`` as it should be now."""
    window = _standard_window()
    try:
        return markdown(all_shortcuts(window))
    finally:
        window.deleteLater()


class ShortcutsDialog(QDialog):
    """A searchable table of every shortcut; built once, filled on each opening."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setWindowTitle("Keyboard shortcuts")
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        label = QLabel("&Search:", self)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("a menu, an action or a key, e.g. Ctrl+Shift")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName("Search the shortcuts")
        label.setBuddy(self.search_edit)
        layout.addWidget(label)
        layout.addWidget(self.search_edit)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(["Where", "What", "Keys"])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.search_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.setTabOrder(self.search_edit, self.view)

    def fill(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for s in all_shortcuts(self._window):
            self.model.appendRow(
                [QStandardItem(s.where), QStandardItem(s.what), QStandardItem(s.keys)]
            )

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """The rows the search leaves: (where, what, keys)."""
        cell = self.proxy.index
        return [
            (str(cell(r, 0).data()), str(cell(r, 1).data()), str(cell(r, 2).data()))
            for r in range(self.proxy.rowCount())
        ]


class HelpDialogs:
    def __init__(self, window: QMainWindow) -> None:
        self._window = window
        self.shortcuts: ShortcutsDialog | None = None

    def open_shortcuts(self) -> ShortcutsDialog:
        if self.shortcuts is None:
            self.shortcuts = ShortcutsDialog(self._window)
        self.shortcuts.fill()
        self.shortcuts.search_edit.clear()
        self.shortcuts.show()
        self.shortcuts.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.shortcuts


#: Run from the checkout (an installed package has no docs folder beside it).
DOC = Path("docs") / "SHORTCUTS.md"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write docs/SHORTCUTS.md")
    parser.add_argument("--markdown", action="store_true", help="write the file")
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--out", type=Path, default=DOC)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841
    text = shortcuts_markdown()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(
                f"{args.out} is not current: python -m libtech_desktop.ui.help_dialogs --markdown"
            )
            return 1
        return 0
    if args.markdown:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
        return 0
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
