"""The Check in tab: scan items back one after another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.checkin_tab import CheckinTab

from .conftest import Stock


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> CheckinTab:
    widget = CheckinTab(library.circulation, runner, sounds, library.context.clock)
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_scan_field()
    return widget


def scan(qtbot: QtBot, tab: CheckinTab, code: str) -> None:
    with qtbot.waitSignal(tab.scan_handled, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, code)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)


def test_items_come_back_one_after_another(
    qtbot: QtBot, tab: CheckinTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    for code in stock.items[:3]:
        library.circulation.checkout(stock.patron, code)

    with qtbot.waitSignals([tab.checked_in] * 3, timeout=10000):
        for code in stock.items[:3]:
            qtbot.keyClicks(tab.ui.scan_edit, code)
            qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    assert library.circulation.open_loans() == []
    assert all(library.catalogue.item(c).status is ItemStatus.AVAILABLE for c in stock.items[:3])
    # Newest first, each with who returned it.
    assert [row.barcode for row in tab.returned.rows] == list(reversed(stock.items[:3]))
    assert {row.patron for row in tab.returned.rows} == {"Okafor, Ada"}
    assert tab.ui.count_label.text() == "3 returned this session"
    assert sounds.played == [Tone.SUCCESS] * 3
    assert tab.ui.scan_edit.hasFocus()


def test_overdue_return_says_by_how_many_days(
    qtbot: QtBot, tab: CheckinTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])
    clock = library.context.clock
    assert isinstance(clock, FixedClock)
    clock.advance(days=21 + 4)

    scan(qtbot, tab, stock.items[0])

    assert "OVERDUE by 4 days" in tab.ui.message_label.text()
    assert sounds.played == [Tone.WARNING]
    assert tab.returned.row(0).overdue


def test_item_on_the_shelf_is_not_refused_but_flagged(
    qtbot: QtBot, tab: CheckinTab, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    scan(qtbot, tab, stock.items[3])
    assert "Not on loan" in tab.ui.message_label.text()
    assert sounds.played == [Tone.WARNING]
    assert tab.ui.count_label.text() == "0 returned this session"


def test_unknown_barcode_is_an_error_and_keeps_focus(
    qtbot: QtBot, tab: CheckinTab, sounds: RecordingSoundPlayer
) -> None:
    scan(qtbot, tab, "39999000000099")  # a valid check digit, but no such item
    assert "No item has the barcode 39999000000099" in tab.ui.message_label.text()
    assert sounds.played == [Tone.ERROR]
    assert tab.ui.scan_edit.hasFocus()
    assert tab.returned.rowCount() == 0


def test_returned_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, tab: CheckinTab, library: Library, stock: Stock
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])
    scan(qtbot, tab, stock.items[0])
    qtmodeltester.check(tab.returned)  # type: ignore[attr-defined]
