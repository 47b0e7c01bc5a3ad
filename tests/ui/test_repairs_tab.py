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
from libtech_desktop.ui.tabs.checkin_tab import CheckinTab
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
    row = [tab.queue.data(tab.queue.index(0, c)) for c in range(9)]
    assert row == [
        to_local(repair.reported).strftime("%d %b %Y %H:%M"),
        stock.items[0],
        "Dune",
        "",
        "Queued",
        "",
        "0 min",
        "0.00",
        "Spine broken",
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
    qtbot.mouseClick(tab.ui.repaired_button, Qt.MouseButton.LeftButton)
    dialog = tab.ticket_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.ui.minutes_spin, "25")
    qtbot.keyClick(dialog.ui.minutes_spin, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.cost_edit, "1.20")
    with qtbot.waitSignal(tab.repair_resolved, timeout=5000) as resolved:
        qtbot.keyClick(dialog.ui.cost_edit, Qt.Key.Key_Return)

    done = resolved.args[0]
    assert (done.outcome, done.minutes_spent, done.materials_minor) == (
        RepairOutcome.REPAIRED,
        25,
        120,
    )
    item = library.catalogue.item(stock.items[0])
    assert (item.status, item.condition_note) == (ItemStatus.AVAILABLE, None)
    assert [r.item_barcode for r in tab.queue.rows] == [stock.items[1]]
    assert tab.ui.count_label.text() == "1 item waiting"
    assert "back on the shelf" in tab.ui.message_label.text()
    qtbot.waitUntil(lambda: [e.condition.value for e in tab.history.rows] == ["good", "damaged"])


def test_withdraw_asks_the_reason_first(
    qtbot: QtBot, tab: RepairsTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    library.repairs.mark_damaged(stock.items[3], "Mouldy")
    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.refresh()
    select(tab, stock.items[3])

    dialog = tab.withdraw_selected()
    assert dialog is not None and dialog.isVisible()
    assert "Middlemarch" in dialog.ui.item_label.text()
    assert dialog.ui.reason_combo.currentData() == "damaged"
    qtbot.keyClick(dialog.ui.reason_combo, Qt.Key.Key_Escape)  # changed my mind
    wait_idle(qtbot, runner)
    assert library.catalogue.item(stock.items[3]).status is ItemStatus.IN_REPAIR
    assert len(tab.queue.rows) == 1

    dialog = tab.withdraw_selected()
    assert dialog is not None
    qtbot.keyClick(dialog.ui.reason_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.note_edit, "Ugly: mould through the text block")
    with qtbot.waitSignal(tab.withdrawn, timeout=5000) as withdrawn:
        qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return)

    assert (withdrawn.args[0].reason.value, withdrawn.args[0].note) == (
        "damaged",
        "Ugly: mould through the text block",
    )
    assert library.catalogue.item(stock.items[3]).status is ItemStatus.WITHDRAWN
    assert library.repairs.queue() == []
    assert tab.queue.rowCount() == 0
    assert tab.ui.count_label.text() == "0 items waiting"
    assert not tab.ui.withdraw_button.isEnabled()
    assert "withdrawn (damaged)" in tab.ui.message_label.text()


def test_the_queue_is_reloaded_when_the_tab_is_shown(
    qtbot: QtBot, tab: RepairsTab, library: Library, stock: Stock
) -> None:
    tab.hide()
    library.repairs.mark_damaged(stock.items[0], "Sticky pages")  # from the CLI, say
    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.show()
    assert [r.item_barcode for r in tab.queue.rows] == [stock.items[0]]


def test_a_ticket_from_scan_to_done_by_keyboard(
    qtbot: QtBot, tab: RepairsTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    scan(qtbot, tab, stock.items[0])
    qtbot.keyClicks(tab.ui.note_edit, "Spine split")
    qtbot.keyClick(tab.ui.note_edit, Qt.Key.Key_Tab)
    assert tab.ui.type_combo.hasFocus()
    qtbot.keyClicks(tab.ui.type_combo, "tape spine")
    with qtbot.waitSignal(tab.item_damaged, timeout=5000):
        tab.ui.note_edit.setFocus()
        qtbot.keyClick(tab.ui.note_edit, Qt.Key.Key_Return)
    [ticket] = library.repairs.queue()
    assert ticket.repair_type == "tape spine"
    assert tab.selected_repair() == ticket  # the new ticket is selected
    assert tab.ui.start_button.isEnabled()

    with qtbot.waitSignal(tab.ticket_changed, timeout=5000) as started:
        qtbot.keyClick(tab, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert (started.args[0].status.label, started.args[0].assigned_to) == ("In progress", "desk")
    assert tab.queue.data(tab.queue.index(0, 4)) == "In progress"
    assert not tab.ui.start_button.isEnabled()

    dialog = tab.log_work()
    assert dialog is not None and not dialog.ui.condition_combo.isVisibleTo(dialog)
    qtbot.keyClick(dialog.ui.minutes_spin, Qt.Key.Key_Return)  # nothing typed
    assert dialog.isVisible() and "time spent" in dialog.ui.message_label.text()
    qtbot.keyClicks(dialog.ui.minutes_spin, "15")
    qtbot.keyClick(dialog.ui.minutes_spin, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.cost_edit, "0.80")
    with qtbot.waitSignal(tab.ticket_changed, timeout=5000):
        qtbot.keyClick(dialog.ui.cost_edit, Qt.Key.Key_Return)
    assert [tab.queue.data(tab.queue.index(0, c)) for c in (6, 7)] == ["15 min", "0.80"]

    dialog = tab.mark_repaired()
    assert dialog is not None and dialog.ui.condition_combo.isVisibleTo(dialog)
    dialog.ui.condition_combo.setCurrentText("fair")
    qtbot.keyClicks(dialog.ui.minutes_spin, "5")
    with qtbot.waitSignal(tab.repair_resolved, timeout=5000):
        qtbot.keyClick(dialog.ui.minutes_spin, Qt.Key.Key_Return)

    assert library.catalogue.item(stock.items[0]).status is ItemStatus.AVAILABLE
    [done] = library.repairs.tickets()
    assert (done.minutes_spent, done.materials_minor) == (20, 80)
    qtbot.waitUntil(lambda: [e.condition.value for e in tab.history.rows] == ["fair", "damaged"])
    assert tab.ui.history_caption_label.text() == f"Condition &history of {stock.items[0]}"

    # The Done filter shows it again.
    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.ui.status_combo.setCurrentIndex(3)
    assert [(r.id, r.status.label) for r in tab.queue.rows] == [(done.id, "Done")]
    wait_idle(qtbot, runner)


def test_withdraw_another_item_by_scanning_it_with_a_replacement(
    qtbot: QtBot, tab: RepairsTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, tab, stock.items[2])  # on the shelf, outdated: not in the repair queue
    assert tab.ui.withdraw_button.isEnabled()

    qtbot.keyClick(tab.ui.note_edit, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: tab.withdraw_dialog is not None and tab.withdraw_dialog.isVisible())
    dialog = tab.withdraw_dialog
    assert dialog is not None
    assert dialog.ui.reason_combo.currentData() == "weeded"
    dialog.ui.reason_combo.setCurrentIndex(dialog.ui.reason_combo.findData("outdated"))
    qtbot.keyClick(dialog.ui.reason_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.note_edit, "Superseded by the 2025 edition")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.ui.replace_check, Qt.Key.Key_Space)
    with qtbot.waitSignal(tab.withdrawn, timeout=5000):
        qtbot.keyClick(dialog.ui.replace_check, Qt.Key.Key_Return)

    assert library.catalogue.item(stock.items[2]).status is ItemStatus.WITHDRAWN
    assert [(r.title, r.item_barcode) for r in tab.replacements.rows] == [
        ("Beloved", stock.items[2])
    ]
    assert "replacement list" in tab.ui.message_label.text()
    assert tab.ui.pending_label.text() == "No item scanned"


def test_record_condition_and_order_a_replacement_for_a_scanned_item(
    qtbot: QtBot,
    tab: RepairsTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    qtmodeltester: ModelTester,
) -> None:
    assert tab.record_condition() is None
    assert "Scan an item or select a ticket first" in tab.ui.message_label.text()

    scan(qtbot, tab, stock.items[1])
    dialog = tab.record_condition()
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.condition_combo.hasFocus)
    dialog.ui.condition_combo.setCurrentText("poor")
    qtbot.keyClick(dialog.ui.condition_combo, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.ui.note_edit, "Cover worn")
    with qtbot.waitSignal(tab.history_shown, timeout=5000) as shown:
        qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return)
    barcode, history = shown.args
    assert barcode == stock.items[1]
    assert [(e.condition.value, e.note, e.source) for e in history] == [
        ("poor", "Cover worn", "hand")
    ]
    assert [tab.history.data(tab.history.index(0, c)) for c in (1, 2, 4)] == [
        "poor",
        "hand",
        "Cover worn",
    ]

    with qtbot.waitSignal(tab.replacement_ordered, timeout=5000):
        qtbot.mouseClick(tab.ui.replace_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in tab.replacements.rows] == ["Emma"]
    qtmodeltester.check(tab.history)
    qtmodeltester.check(tab.replacements)
    assert library.catalogue.item(stock.items[1]).status is ItemStatus.AVAILABLE
    wait_idle(qtbot, runner)


def test_end_to_end_damaged_return_repaired_and_another_withdrawn(
    qtbot: QtBot,
    tab: RepairsTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
) -> None:
    """The issue's "done when": flagged at check-in, repaired here, another withdrawn."""
    checkin = CheckinTab(
        library.circulation, runner, sounds, library.context.clock, repairs=library.repairs
    )
    qtbot.addWidget(checkin)
    checkin.show()
    library.circulation.checkout(stock.patron, stock.items[0])
    with qtbot.waitSignal(checkin.scan_handled, timeout=5000):
        qtbot.keyClicks(checkin.ui.scan_edit, stock.items[0])
        qtbot.keyClick(checkin.ui.scan_edit, Qt.Key.Key_Return)
    qtbot.keyClick(checkin.ui.scan_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: checkin.damage_dialog is not None and checkin.damage_dialog.isVisible())
    damage = checkin.damage_dialog
    assert damage is not None
    qtbot.keyClicks(damage.ui.note_edit, "Torn cover")
    with qtbot.waitSignal(checkin.damage_reported, timeout=5000):
        qtbot.keyClick(damage.ui.note_edit, Qt.Key.Key_Return)
    checkin.hide()

    with qtbot.waitSignal(tab.queue_refreshed, timeout=5000):
        tab.refresh()
    select(tab, stock.items[0])
    dialog = tab.mark_repaired()
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.minutes_spin, "30")
    with qtbot.waitSignal(tab.repair_resolved, timeout=5000):
        qtbot.keyClick(dialog.ui.minutes_spin, Qt.Key.Key_Return)
    assert library.catalogue.item(stock.items[0]).status is ItemStatus.AVAILABLE
    assert (
        library.circulation.checkout(stock.other_patron, stock.items[0]).item_barcode
        == (stock.items[0])
    )

    scan(qtbot, tab, stock.items[3])
    withdraw = tab.withdraw_selected()
    assert withdraw is not None
    with qtbot.waitSignal(tab.withdrawn, timeout=5000) as withdrawn:
        qtbot.keyClick(withdraw.ui.reason_combo, Qt.Key.Key_Return)
    assert withdrawn.args[0].reason.value == "weeded"
    assert library.catalogue.item(stock.items[3]).status is ItemStatus.WITHDRAWN
    wait_idle(qtbot, runner)
