"""The Repairs tab: scan a damaged item, say what is wrong, work through the queue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.clock import to_local
from libtech_desktop.domain.repairs import RepairOutcome
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.repairs_tab import RepairsTab

from .conftest import Stock

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> RepairsTab:
    widget = RepairsTab(library.repairs, runner, sounds)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.queue_refreshed, timeout=5000):
        widget.show()  # showing the tab loads the queue
    widget.focus_scan_field()
    return widget


def scan(qtbot: QtBot, tab: RepairsTab, code: str) -> None:
    qtbot.keyClicks(tab.ui.scan_edit, code)
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def select(tab: RepairsTab, barcode: str) -> None:
    row = [r.item_barcode for r in tab.queue.rows].index(barcode)
    tab.ui.queue_view.selectRow(row)


def test_scan_then_type_the_note_marks_the_item_damaged(
    qtbot: QtBot,
    tab: RepairsTab,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
    qtmodeltester: ModelTester,
) -> None:
    scan(qtbot, tab, stock.items[0])
    # Nothing is marked yet: the focus has moved on to the note.
    assert tab.ui.pending_label.text() == f"Item {stock.items[0]}"
    assert tab.ui.note_edit.hasFocus()
    assert "type what is wrong" in tab.ui.message_label.text()
    assert library.catalogue.item(stock.items[0]).status is ItemStatus.AVAILABLE

    qtbot.keyClicks(tab.ui.note_edit, "Spine  broken")
    with qtbot.waitSignal(tab.item_damaged, timeout=5000):
        qtbot.keyClick(tab.ui.note_edit, Qt.Key.Key_Return)

    item = library.catalogue.item(stock.items[0])
    assert item.status is ItemStatus.IN_REPAIR
    assert item.condition_note == "Spine broken"
    (repair,) = library.repairs.queue()
    row = [tab.queue.data(tab.queue.index(0, c)) for c in range(6)]
    assert row == [
        to_local(repair.reported).strftime("%d %b %Y %H:%M"),
        stock.items[0],
        "Dune",
        "FIC DUN",
        "Spine broken",
        "desk",
    ]
    assert tab.ui.count_label.text() == "1 item waiting"
    assert "is in the repair queue" in tab.ui.message_label.text()
    assert sounds.played[-1] is Tone.SUCCESS
    # Ready for the next damaged item.
    assert tab.ui.scan_edit.hasFocus()
    assert tab.ui.note_edit.text() == ""
    assert tab.ui.pending_label.text() == "No item scanned"
    qtmodeltester.check(tab.queue)


def test_with_the_note_typed_first_the_scan_alone_marks_the_item(
    qtbot: QtBot, tab: RepairsTab, library: Library, stock: Stock
) -> None:
    qtbot.keyClicks(tab.ui.note_edit, "Water damage")
    tab.focus_scan_field()
    with qtbot.waitSignal(tab.item_damaged, timeout=5000):
        scan(qtbot, tab, stock.items[1])

    assert library.catalogue.item(stock.items[1]).status is ItemStatus.IN_REPAIR
    assert [(r.item_barcode, r.note) for r in tab.queue.rows] == [(stock.items[1], "Water damage")]


def test_refusals_are_shown_inline_and_change_nothing(
    qtbot: QtBot,
    tab: RepairsTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
    snapshot: Snapshot,
) -> None:
    library.repairs.mark_damaged(stock.items[2], "Torn pages")
    before = snapshot()

    # Enter in the note with nothing scanned.
    qtbot.keyClicks(tab.ui.note_edit, "Cover loose")
    qtbot.keyClick(tab.ui.note_edit, Qt.Key.Key_Return)
    assert "Scan the damaged item first" in tab.ui.message_label.text()
    assert tab.ui.scan_edit.hasFocus()

    # An item already in the queue, then an unknown one.
    scan(qtbot, tab, stock.items[2])
    wait_idle(qtbot, runner)
    assert "already in the repair queue" in tab.ui.message_label.text()
    unknown = with_check_digit("3999900000077")
    scan(qtbot, tab, unknown)
    wait_idle(qtbot, runner)
    assert f"No item has the barcode {unknown}" in tab.ui.message_label.text()
    assert sounds.played == [Tone.WARNING, Tone.ERROR, Tone.ERROR]
    assert snapshot() == before


def test_escape_forgets_a_scan_waiting_for_its_note(
    qtbot: QtBot, tab: RepairsTab, stock: Stock
) -> None:
    scan(qtbot, tab, stock.items[0])
    assert tab.ui.note_edit.hasFocus()
    qtbot.keyClick(tab.ui.note_edit, Qt.Key.Key_Escape)
    assert tab.ui.pending_label.text() == "No item scanned"
    assert tab.ui.scan_edit.hasFocus()
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Escape)  # nothing pending: nothing happens


def test_repaired_puts_the_item_back_on_the_shelf(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer, stock: Stock
) -> None:
    library.repairs.mark_damaged(stock.items[0], "Spine broken")
    library.repairs.mark_damaged(stock.items[1], "Torn cover")
    tab = RepairsTab(library.repairs, runner, sounds)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.show()
    assert [r.item_barcode for r in tab.queue.rows] == list(stock.items[:2])
    assert not tab.ui.repaired_button.isEnabled()

    select(tab, stock.items[0])
    assert tab.ui.repaired_button.isEnabled()
    with qtbot.waitSignal(tab.repair_resolved, timeout=5000) as resolved:
        qtbot.mouseClick(tab.ui.repaired_button, Qt.MouseButton.LeftButton)

    assert resolved.args[0].outcome is RepairOutcome.REPAIRED
    item = library.catalogue.item(stock.items[0])
    assert (item.status, item.condition_note) == (ItemStatus.AVAILABLE, None)
    assert [r.item_barcode for r in tab.queue.rows] == [stock.items[1]]
    assert tab.ui.count_label.text() == "1 item waiting"
    assert "back on the shelf" in tab.ui.message_label.text()


def test_withdraw_asks_first(
    qtbot: QtBot, tab: RepairsTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    library.repairs.mark_damaged(stock.items[3], "Mouldy")
    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.refresh()
    select(tab, stock.items[3])

    box = tab.withdraw_selected()
    assert box is not None and box.isVisible()
    assert "Middlemarch" in box.text()
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # changed my mind
    wait_idle(qtbot, runner)
    assert library.catalogue.item(stock.items[3]).status is ItemStatus.IN_REPAIR
    assert len(tab.queue.rows) == 1

    box = tab.withdraw_selected()
    assert box is not None
    with qtbot.waitSignal(tab.repair_resolved, timeout=5000) as resolved:
        qtbot.keyClick(box, Qt.Key.Key_W)

    assert resolved.args[0].outcome is RepairOutcome.WITHDRAWN
    assert library.catalogue.item(stock.items[3]).status is ItemStatus.WITHDRAWN
    assert library.repairs.queue() == []
    assert tab.queue.rowCount() == 0
    assert tab.ui.count_label.text() == "0 items waiting"
    assert not tab.ui.withdraw_button.isEnabled()


def test_the_queue_is_reloaded_when_the_tab_is_shown(
    qtbot: QtBot, tab: RepairsTab, library: Library, stock: Stock
) -> None:
    tab.hide()
    library.repairs.mark_damaged(stock.items[0], "Sticky pages")  # from the CLI, say
    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.show()
    assert [r.item_barcode for r in tab.queue.rows] == [stock.items[0]]
