"""The Patrons tab: find, register, edit, block and unblock; a patron's open loans."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.models.table import WARNING_BRUSH
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab

from .conftest import Stock

Snapshot = Callable[[], dict[str, list[tuple[Any, ...]]]]
NEW_CARD = with_check_digit("2999900000050")


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> PatronsTab:
    widget = PatronsTab(library.patrons, library.circulation, runner, sounds)
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_scan_field()
    return widget


def find(qtbot: QtBot, tab: PatronsTab, text: str) -> None:
    """Scan a card or type a name and press Enter; wait until the first match is open."""
    with qtbot.waitSignals([tab.search_finished, tab.patron_opened], timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, text)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)


def wait_idle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy, timeout=5000)


def test_scanning_a_card_opens_the_patron_with_their_loans(
    qtbot: QtBot,
    tab: PatronsTab,
    library: Library,
    clock: FixedClock,
    stock: Stock,
    qtmodeltester: ModelTester,
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])
    library.circulation.checkout(stock.patron, stock.items[1])
    clock.advance(days=30)  # both were due on 23 March: now 9 days overdue

    find(qtbot, tab, stock.patron)

    patron = library.patrons.get(stock.patron)
    assert tab.results.rows == (patron,)
    assert tab.ui.name_label.text() == "Okafor, Ada"
    assert tab.ui.barcode_label.text() == stock.patron
    assert tab.ui.category_label.text() == "Adult"
    # Two adult loans 9 days late at 0.25 a day: 4.50 accruing, not charged yet.
    assert tab.ui.standing_label.text() == "In good standing\n4.50 accruing on overdue loans."
    assert "2, 2 OVERDUE" in tab.ui.loans_caption_label.text()
    assert "Opened Okafor, Ada" in tab.ui.message_label.text()
    loans = [[tab.loans.data(tab.loans.index(r, c)) for c in range(4)] for r in range(2)]
    assert sorted(loans) == [
        ["Dune", stock.items[0], "Mon 23 Mar 2026", "OVERDUE 9 d"],
        ["Emma", stock.items[1], "Mon 23 Mar 2026", "OVERDUE 9 d"],
    ]
    assert tab.loans.data(tab.loans.index(0, 3), Qt.ItemDataRole.ForegroundRole) == WARNING_BRUSH
    assert tab.ui.scan_edit.text() == ""
    qtmodeltester.check(tab.results)
    qtmodeltester.check(tab.loans)


def test_typing_part_of_a_name_lists_the_matches(
    qtbot: QtBot, tab: PatronsTab, library: Library, stock: Stock, runner: TaskRunner
) -> None:
    find(qtbot, tab, "lindq")
    per = library.patrons.get(stock.other_patron)
    assert tab.results.rows == (per,)
    row = [tab.results.data(tab.results.index(0, c)) for c in range(5)]
    assert per.expires_on is not None
    assert row == ["Lindqvist, Per", stock.other_patron, "Adult", per.expires_on.isoformat(), ""]
    assert tab.ui.loans_view.model().rowCount() == 0

    find(qtbot, tab, ",")
    assert [p.name for p in tab.results.rows] == ["Lindqvist, Per", "Okafor, Ada"]
    assert "2 patrons found" in tab.ui.message_label.text()

    with qtbot.waitSignal(tab.search_finished, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, "nobody")
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert tab.results.rowCount() == 0
    assert tab.ui.name_label.text() == "—"
    assert "No patron matches" in tab.ui.message_label.text()
    assert not tab.ui.edit_button.isEnabled()


def test_register_a_patron_with_the_keyboard(
    qtbot: QtBot, tab: PatronsTab, library: Library, sounds: RecordingSoundPlayer
) -> None:
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.patron_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ui.category_combo.count() == 5, timeout=5000)
    qtbot.waitUntil(dialog.ui.barcode_edit.hasFocus, timeout=5000)

    qtbot.keyClicks(dialog.ui.barcode_edit, NEW_CARD)  # the new card, scanned
    qtbot.keyClick(dialog.ui.barcode_edit, Qt.Key.Key_Return)
    assert dialog.ui.name_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.name_edit, "Mbeki,   Thandi")
    dialog.ui.category_combo.setCurrentIndex(dialog.ui.category_combo.findData("child"))
    qtbot.keyClicks(dialog.ui.email_edit, "thandi@example.org")
    qtbot.keyClicks(dialog.ui.phone_edit, "555 0199")
    with qtbot.waitSignals([tab.patron_saved, tab.patron_opened], timeout=5000):
        qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Return)

    patron = library.patrons.get(NEW_CARD)
    assert (patron.name, patron.category_code) == ("Mbeki, Thandi", "child")
    assert (patron.email, patron.phone) == ("thandi@example.org", "555 0199")
    assert patron.expires_on is not None  # from the category's membership period
    assert dialog.isHidden()
    assert tab.selected_patron() == patron
    assert tab.ui.name_label.text() == "Mbeki, Thandi"
    assert sounds.played == [Tone.SUCCESS]

    # Whoever looks for her next finds her.
    find(qtbot, tab, "mbeki")
    assert tab.results.rows == (patron,)


def test_registration_errors_stay_in_the_dialog_and_save_nothing(
    qtbot: QtBot,
    tab: PatronsTab,
    runner: TaskRunner,
    library: Library,
    stock: Stock,
    snapshot: Snapshot,
) -> None:
    before = snapshot()
    dialog = tab.open_register_dialog()
    qtbot.keyClicks(dialog.ui.barcode_edit, stock.patron)  # a card already in use
    qtbot.keyClicks(dialog.ui.name_edit, "Someone, Else")
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert "already has the card barcode" in dialog.error_text
    assert "already has the card barcode" in tab.ui.message_label.text()
    assert dialog.isVisible()

    dialog.ui.barcode_edit.setText(NEW_CARD)
    qtbot.keyClicks(dialog.ui.email_edit, "not-an-address")
    qtbot.keyClick(dialog.ui.email_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert "does not look like an email address" in dialog.error_text
    assert snapshot() == before

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isHidden()
    assert snapshot() == before


def test_enter_on_a_patron_edits_them_and_keeps_the_expiry(
    qtbot: QtBot, tab: PatronsTab, library: Library, stock: Stock
) -> None:
    original = library.patrons.get(stock.patron)
    find(qtbot, tab, stock.patron)
    tab.ui.results_view.setFocus()
    qtbot.keyClick(tab.ui.results_view, Qt.Key.Key_Return)
    dialog = tab.patron_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.name_edit.text() == "Okafor, Ada"
    qtbot.waitUntil(lambda: dialog.ui.category_combo.currentData() == "adult", timeout=5000)

    qtbot.keyClicks(dialog.ui.phone_edit, "555 0101")
    with qtbot.waitSignals([tab.patron_saved, tab.patron_opened], timeout=5000):
        qtbot.keyClick(dialog.ui.phone_edit, Qt.Key.Key_Return)

    edited = library.patrons.get(stock.patron)
    assert edited.phone == "555 0101"
    assert edited.expires_on == original.expires_on
    assert (edited.name, edited.category_code) == (original.name, original.category_code)
    assert tab.ui.contact_label.text() == "555 0101 (notices by letter)"


def test_block_needs_a_reason_then_unblock(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, library: Library, stock: Stock
) -> None:
    find(qtbot, tab, stock.other_patron)
    assert not tab.ui.unblock_button.isEnabled()
    dialog = tab.dialogs.open_block()
    assert dialog is not None and dialog.isVisible()

    qtbot.keyClick(dialog.line_edit, Qt.Key.Key_Return)  # no reason given
    wait_idle(qtbot, runner)
    assert dialog.isVisible()
    assert "A reason is required" in dialog.labelText()
    assert library.patrons.get(stock.other_patron).blocked_reason is None

    qtbot.keyClicks(dialog.line_edit, "Owes  for a lost book")
    with qtbot.waitSignals([tab.patron_blocked, tab.patron_opened], timeout=5000):
        qtbot.keyClick(dialog.line_edit, Qt.Key.Key_Return)

    assert library.patrons.get(stock.other_patron).blocked_reason == "Owes for a lost book"
    assert "blocked: Owes for a lost book" in tab.ui.standing_label.text()
    assert tab.results.data(tab.results.index(0, 4)) == "BLOCKED: Owes for a lost book"
    assert tab.ui.unblock_button.isEnabled()

    with qtbot.waitSignals([tab.patron_unblocked, tab.patron_opened], timeout=5000):
        qtbot.mouseClick(tab.ui.unblock_button, Qt.MouseButton.LeftButton)

    assert library.patrons.get(stock.other_patron).blocked_reason is None
    assert tab.ui.standing_label.text() == "In good standing"
    assert not tab.ui.unblock_button.isEnabled()


# -- issue 5: contact details, guardian, renewal, blocks with an end -----------------


def test_register_a_child_with_guardian_address_and_letters(
    qtbot: QtBot, tab: PatronsTab, library: Library, stock: Stock
) -> None:
    dialog = tab.open_register_dialog()
    qtbot.waitUntil(lambda: dialog.ui.category_combo.count() == 5, timeout=5000)
    assert not dialog.ui.expires_edit.isEnabled()  # from the category
    qtbot.keyClicks(dialog.ui.barcode_edit, NEW_CARD)
    qtbot.keyClick(dialog.ui.barcode_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.name_edit, "Okafor, Chidi")
    dialog.ui.category_combo.setCurrentIndex(dialog.ui.category_combo.findData("child"))
    dialog.ui.address_edit.setFocus()
    qtbot.keyClicks(dialog.ui.address_edit, "4 Elm Row")
    qtbot.keyClick(dialog.ui.address_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.ui.address_edit, "Leeds LS1 1AA")
    dialog.ui.channel_combo.setCurrentIndex(dialog.ui.channel_combo.findData("print"))
    qtbot.keyClicks(dialog.ui.guardian_edit, stock.patron)  # the parent's card, scanned
    qtbot.keyClick(dialog.ui.guardian_edit, Qt.Key.Key_Return)
    with qtbot.waitSignals([tab.patron_saved, tab.patron_opened], timeout=5000):
        qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)

    child = library.patrons.get(NEW_CARD)
    assert (child.category_code, child.notice_channel) == ("child", "print")
    assert child.address == "4 Elm Row\nLeeds LS1 1AA"
    assert child.guardian_barcode == stock.patron
    assert "Guardian: Okafor, Ada" in tab.ui.contact_label.text()
    assert "4 Elm Row, Leeds LS1 1AA" in tab.ui.contact_label.text()


def test_email_notices_without_an_address_are_refused_in_the_dialog(
    qtbot: QtBot, tab: PatronsTab, runner: TaskRunner, stock: Stock, snapshot: Snapshot
) -> None:
    before = snapshot()
    find(qtbot, tab, stock.patron)
    dialog = tab.open_edit_dialog()
    assert dialog is not None
    dialog.ui.channel_combo.setCurrentIndex(dialog.ui.channel_combo.findData("email"))
    qtbot.keyClick(dialog.ui.name_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert "no email address" in dialog.error_text
    assert dialog.isVisible()
    assert snapshot() == before


def test_renew_membership_from_the_tab(
    qtbot: QtBot, tab: PatronsTab, library: Library, admin: Any, stock: Stock
) -> None:
    from datetime import date

    admin.set_expiry(stock.patron, date(2026, 2, 1))
    find(qtbot, tab, stock.patron)
    assert "EXPIRED" in tab.ui.expiry_label.text()

    with qtbot.waitSignals([tab.membership_renewed, tab.patron_opened], timeout=5000):
        qtbot.keyClick(tab, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)

    assert library.patrons.get(stock.patron).expires_on == date(2029, 3, 1)
    assert tab.ui.expiry_label.text() == "2029-03-01"
    assert "expires 2029-03-01" in tab.ui.message_label.text()


def test_a_block_with_an_end_date(
    qtbot: QtBot, tab: PatronsTab, library: Library, stock: Stock
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    find(qtbot, tab, stock.patron)
    dialog = tab.dialogs.open_block()
    assert dialog is not None
    qtbot.waitUntil(dialog.ui.reason_edit.hasFocus, timeout=5000)
    qtbot.keyClicks(dialog.ui.reason_edit, "Noisy")
    dialog.ui.until_check.setChecked(True)
    dialog.ui.until_edit.setDate(QDate(2026, 3, 9))
    with qtbot.waitSignals([tab.patron_blocked, tab.patron_opened], timeout=5000):
        qtbot.keyClick(dialog.ui.reason_edit, Qt.Key.Key_Return)

    patron = library.patrons.get(stock.patron)
    assert (patron.blocked_reason, patron.blocked_until) == ("Noisy", date(2026, 3, 9))
    assert "blocked: Noisy (until 2026-03-08)" in tab.ui.standing_label.text()
    assert tab.dialogs.open_block() is dialog  # made once, reused
