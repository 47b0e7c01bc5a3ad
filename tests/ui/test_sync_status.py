"""The status bar's sync state: read on the runner, refreshed after each desk action."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.library import Library
from libtech_desktop.ui.sync_status import REFRESH_MS, SyncStatusLabel

from .conftest import Stock


def test_the_status_bar_says_up_to_date_for_a_library_with_no_operations(
    qtbot: QtBot, desk: DeskApplication
) -> None:
    label = desk.sync_status
    assert label.parent() is not None
    qtbot.waitUntil(lambda: label.text() == "Sync: up to date", timeout=5000)
    assert desk.window.ui.status_bar.isAncestorOf(label)


def test_a_checkout_at_the_desk_shows_in_the_sync_state(
    qtbot: QtBot, stock: Stock, desk: DeskApplication, library: Library, clock
) -> None:
    label = desk.sync_status
    qtbot.waitUntil(lambda: label.text().startswith("Sync: 2 operations"), timeout=5000)
    tab = desk.checkout
    with qtbot.waitSignal(tab.patron_opened, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, stock.patron)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(tab.loan_made, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, stock.items[0])
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    qtbot.waitUntil(
        lambda: label.text() == "Sync: 3 operations not yet merged, oldest 0 s ago", timeout=5000
    )


def test_the_timer_keeps_the_age_true(
    qtbot: QtBot, stock: Stock, desk: DeskApplication, library: Library, clock
) -> None:
    label: SyncStatusLabel = desk.sync_status
    qtbot.waitUntil(lambda: "oldest 0 s ago" in label.text(), timeout=5000)
    assert label._timer.interval() == REFRESH_MS and label._timer.isActive()
    clock.advance(hours=3)

    label._timer.timeout.emit()

    qtbot.waitUntil(
        lambda: label.text() == "Sync: 2 operations not yet merged, oldest 3 h ago", timeout=5000
    )
    assert clock.now() - library.journal.pending().oldest == timedelta(hours=3)
