"""Help: the keyboard shortcuts page (and docs/SHORTCUTS.md), the log, About."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.ui import help_dialogs
from libtech_desktop.ui.help_dialogs import DESK_KEYS, shortcuts_markdown

DOC = Path(__file__).resolve().parents[2] / "docs" / "SHORTCUTS.md"


def _menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in menu.actions():
        sub = action.menu()
        found.extend(_menu_actions(sub) if isinstance(sub, QMenu) else [action])
    return found


def test_every_action_with_a_shortcut_is_on_the_page(qtbot: QtBot, desk: DeskApplication) -> None:
    desk.window.ui.shortcuts_action.trigger()
    page = desk.help_dialogs.shortcuts
    assert page is not None and page.isVisible()
    rows = page.shown_rows()
    keys = {(what, keys) for _, what, keys in rows}
    with_keys = [
        a for a in desk.window.findChildren(QAction) if not a.shortcut().isEmpty() and a.text()
    ]
    assert len(with_keys) > 15
    for action in with_keys:
        text = action.text().replace("&", "").split(" (now:")[0]
        assert (text, action.shortcut().toString(QKeySequence.SequenceFormat.PortableText)) in keys
    assert ("Show Catalogue", "Ctrl+3") in keys
    assert ("Preferences…", "Ctrl+,") in keys


def test_every_menu_item_is_listed_with_its_menu(qtbot: QtBot, desk: DeskApplication) -> None:
    page = desk.help_dialogs.open_shortcuts()
    listed = {what for _, what, _ in page.shown_rows()}
    for top in desk.window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        for action in _menu_actions(menu):
            if not action.isSeparator():
                assert action.text().replace("&", "").split(" (now:")[0] in listed


def test_every_desk_key_of_the_window_is_listed(qtbot: QtBot, desk: DeskApplication) -> None:
    listed = {s.keys for s in DESK_KEYS} | {f"Ctrl+{n}" for n in range(1, 6)}
    for shortcut in desk.window.findChildren(QShortcut):
        keys = shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)
        if keys == "Return":
            keys = "Enter"
        assert keys in listed, keys


def test_the_search_narrows_the_page(qtbot: QtBot, desk: DeskApplication) -> None:
    page = desk.help_dialogs.open_shortcuts()
    everything = len(page.shown_rows())
    qtbot.keyClicks(page.search_edit, "bookmobile")
    rows = page.shown_rows()
    assert 0 < len(rows) < everything
    assert all("bookmobile" in " ".join(row).lower() for row in rows)
    assert desk.help_dialogs.open_shortcuts() is page  # made once; the search is cleared
    assert len(page.shown_rows()) == everything


def test_the_shortcuts_doc_is_current() -> None:
    assert DOC.read_text(encoding="utf-8") == shortcuts_markdown(), (
        "docs/SHORTCUTS.md is stale: python -m libtech_desktop.ui.help_dialogs --markdown"
    )
    assert help_dialogs.main(["--check", "--out", str(DOC)]) == 0


def test_the_check_notices_a_stale_doc(qapp: object, tmp_path: Path) -> None:
    stale = tmp_path / "SHORTCUTS.md"
    stale.write_text("# Keyboard shortcuts\n", encoding="utf-8")
    assert help_dialogs.main(["--check", "--out", str(stale)]) == 1
    assert help_dialogs.main(["--markdown", "--out", str(stale)]) == 0
    assert help_dialogs.main(["--check", "--out", str(stale)]) == 0


def test_about_shows_the_library_and_its_schema_revision(desk: DeskApplication) -> None:
    text = desk.window.about_text()
    revision = desk.library.schema_revision()
    assert revision and revision in text
    assert str(desk.library.path) in text
    assert "Python" in text and "Qt" in text
    assert str(desk.window._log_path.parent) in text


def test_show_log_says_where_the_log_is(
    qtbot: QtBot, desk: DeskApplication, monkeypatch: object
) -> None:
    opened: list[str] = []
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(  # type: ignore[attr-defined]
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    log = desk.window._log_path
    desk.window.ui.show_log_action.trigger()
    assert opened == [str(log.parent)]  # no log file yet: its folder
    log.write_text("started\n", encoding="utf-8")
    desk.window.ui.show_log_action.trigger()
    assert opened[-1] == str(log)
    assert str(log) in desk.window.statusBar().currentMessage()
