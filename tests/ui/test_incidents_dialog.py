"""The incidents dialog, opened from the Patrons tab with Ctrl+I: the log, and a new
incident with a suspension that the check-out desk then refuses."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.errors import PatronBlocked
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.incidents_dialog import IncidentsDialog
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab

from .conftest import Stock


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer, stock: Stock
) -> PatronsTab:
    widget = PatronsTab(library.patrons, library.circulation, runner, sounds)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignals([widget.search_finished, widget.patron_opened], timeout=5000):
        widget.search(stock.patron)
    return widget


def open_dialog(qtbot: QtBot, tab: PatronsTab) -> IncidentsDialog:
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow, timeout=5000)
    qtbot.keyClick(tab.ui.results_view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs.incidents
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.ui.what_edit.hasFocus, timeout=5000)
    return dialog


def test_record_an_incident_with_a_suspension_from_the_keyboard(
    qtbot: QtBot, tab: PatronsTab, library: Library, stock: Stock
) -> None:
    library.patrons.record_incident(stock.patron, "Late again", occurred_on=date(2026, 2, 1))
    dialog = open_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: dialog.incidents.rowCount() == 1, timeout=5000)
    assert dialog.windowTitle() == "Incidents — Okafor, Ada"

    qtbot.keyClicks(dialog.ui.what_edit, "Threw a book at staff")
    qtbot.keyClick(dialog.ui.what_edit, Qt.Key.Key_Tab)
    assert dialog.ui.action_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.action_edit, "Asked to leave")
    qtbot.keyClick(dialog.ui.action_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.ui.suspend_check, Qt.Key.Key_Space)
    dialog.ui.suspend_edit.setDate(QDate(2026, 3, 16))
    with qtbot.waitSignals([dialog.recorded, tab.patron_opened], timeout=5000):
        qtbot.keyClick(
            dialog.ui.suspend_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
        )

    (newest, older) = library.patrons.incidents(stock.patron)
    assert (newest.what, newest.action, newest.suspended_until) == (
        "Threw a book at staff",
        "Asked to leave",
        date(2026, 3, 16),
    )
    assert older.what == "Late again"
    assert [dialog.incidents.row(i).what for i in range(2)] == [
        "Threw a book at staff",
        "Late again",
    ]
    assert "No borrowing until 2026-03-16" in dialog.message
    assert dialog.ui.what_edit.text() == ""
    # The tab shows the new standing, and the desk refuses the patron.
    assert "suspended until 2026-03-15: Threw a book at staff" in tab.ui.standing_label.text()
    with pytest.raises(PatronBlocked, match="suspended"):
        library.circulation.checkout(stock.patron, stock.items[0])


def test_an_incident_needs_to_say_what_happened(
    qtbot: QtBot, tab: PatronsTab, library: Library, runner: TaskRunner, stock: Stock
) -> None:
    dialog = open_dialog(qtbot, tab)
    qtbot.keyClick(dialog.ui.what_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Say what happened" in dialog.message, timeout=5000)
    assert library.patrons.incidents(stock.patron) == []
    assert dialog.isVisible()


def test_the_dialog_is_made_once_and_shows_the_selected_patron(
    qtbot: QtBot, tab: PatronsTab, library: Library, stock: Stock
) -> None:
    library.patrons.record_incident(stock.other_patron, "Shouted")
    first = open_dialog(qtbot, tab)
    first.reject()
    with qtbot.waitSignals([tab.search_finished, tab.patron_opened], timeout=5000):
        tab.search(stock.other_patron)

    second = open_dialog(qtbot, tab)
    assert second is first
    qtbot.waitUntil(lambda: second.incidents.rowCount() == 1, timeout=5000)
    assert second.incidents.row(0).what == "Shouted"


def test_the_incidents_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, tab: PatronsTab, library: Library, stock: Stock
) -> None:
    library.patrons.record_incident(stock.patron, "Shouted", suspended_until=date(2026, 4, 1))
    dialog = open_dialog(qtbot, tab)
    qtbot.waitUntil(lambda: dialog.incidents.rowCount() == 1, timeout=5000)
    qtmodeltester.check(dialog.incidents)  # type: ignore[attr-defined]
