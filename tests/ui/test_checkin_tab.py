"""The Check in tab: scan items back one after another."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library
from libtech_desktop.ui.dialogs.damage_dialog import DamageDialog
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


def test_ctrl_p_writes_a_slip_of_the_returns(
    qtbot: QtBot, library: Library, runner: TaskRunner, stock: Stock, tmp_path: Path
) -> None:
    receipts = tmp_path / "receipts"
    tab = CheckinTab(
        library.circulation,
        runner,
        RecordingSoundPlayer(),
        library.context.clock,
        receipts_dir=receipts,
        library_name="Test Library",
    )
    qtbot.addWidget(tab)
    tab.show()
    tab.focus_scan_field()
    for code in stock.items[:2]:
        library.circulation.checkout(stock.patron, code)
    clock = library.context.clock
    assert isinstance(clock, FixedClock)
    clock.advance(days=21 + 3)
    for code in stock.items[:2]:
        scan(qtbot, tab, code)

    with qtbot.waitSignal(tab.slip_written, timeout=5000) as written:
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    path = written.args[0]
    assert path.parent == receipts
    assert str(path) in tab.ui.message_label.text()
    (page,) = PdfReader(path).pages  # the default paper: an 80 mm roll
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80
    text = " ".join(page.extract_text().split())
    assert "Test Library" in text and "Check-in receipt" in text
    assert stock.items[0] in text and stock.items[1] in text
    assert "Dune" in text and "Emma" in text
    assert "Overdue 3 days" in text
    assert stock.patron not in text and stock.patron[-4:] in text
    assert tab.ui.scan_edit.hasFocus()


def test_slip_follows_the_paper_and_starts_afresh_after_printing(
    qtbot: QtBot, library: Library, runner: TaskRunner, stock: Stock, tmp_path: Path
) -> None:
    tab = CheckinTab(
        library.circulation,
        runner,
        RecordingSoundPlayer(),
        library.context.clock,
        receipts_dir=tmp_path,
    )
    qtbot.addWidget(tab)
    tab.set_receipt_paper("letter")
    library.circulation.checkout(stock.patron, stock.items[0])
    scan(qtbot, tab, stock.items[0])
    with qtbot.waitSignal(tab.slip_written, timeout=5000) as written:
        tab.write_slip()
    (page,) = PdfReader(written.args[0]).pages
    assert round(float(page.mediabox.width) / 72, 1) == 8.5

    with qtbot.waitSignal(tab.scan_handled, timeout=5000):
        tab.write_slip()  # nothing since the last slip: said inline, no file
    assert "Nothing has been checked in since the last slip" in tab.ui.message_label.text()


# ------------------------------------------------------------------ holds (issue 5)


@pytest.fixture
def hold_tab(
    qtbot: QtBot,
    library: Library,
    runner: TaskRunner,
    sounds: RecordingSoundPlayer,
    tmp_path: Path,
) -> CheckinTab:
    widget = CheckinTab(
        library.circulation,
        runner,
        sounds,
        library.context.clock,
        receipts_dir=tmp_path / "receipts",
        library_name="Test Library",
    )
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_scan_field()
    return widget


def test_a_trapped_item_is_loud_and_gets_a_hold_slip(
    qtbot: QtBot,
    hold_tab: CheckinTab,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
    tmp_path: Path,
) -> None:
    emma = library.catalogue.item(stock.items[1])
    library.holds.place(stock.other_patron, biblio_id=emma.biblio_id)
    library.circulation.checkout(stock.patron, emma.barcode)

    with qtbot.waitSignal(hold_tab.hold_slip_written, timeout=5000) as written:
        scan(qtbot, hold_tab, emma.barcode)

    assert hold_tab.hold_banner_text == (
        "HOLD — put on the hold shelf for Lindqvist, Per until Mon 09 Mar 2026"
    )
    assert sounds.played == [Tone.WARNING, Tone.WARNING]
    assert "HOLD for Lindqvist, Per until 2026-03-09" in hold_tab.returned.rows[0].note
    assert library.catalogue.item(emma.barcode).status is ItemStatus.ON_HOLD_SHELF
    path = written.args[0]
    assert path.parent == tmp_path / "receipts"
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Lindqvist, Per" in text and stock.other_patron[-4:] in text
    assert "Emma" in text and emma.barcode in text and "Mon 09 Mar 2026" in text
    assert stock.other_patron not in text  # only the card's tail on an open shelf

    scan(qtbot, hold_tab, stock.items[0])  # the next return takes the banner down
    assert hold_tab.hold_banner_text == ""


def test_the_hold_slip_can_carry_a_code_instead_of_the_name(
    qtbot: QtBot, hold_tab: CheckinTab, library: Library, stock: Stock
) -> None:
    library.settings.set("holds.slip_name", "code")
    emma = library.catalogue.item(stock.items[1])
    library.holds.place(stock.other_patron, biblio_id=emma.biblio_id)

    with qtbot.waitSignal(hold_tab.hold_slip_written, timeout=5000) as written:
        scan(qtbot, hold_tab, emma.barcode)

    code = f"LIN-{stock.other_patron[-4:]}"
    assert code in hold_tab.hold_banner_text
    text = " ".join(PdfReader(written.args[0]).pages[0].extract_text().split())
    assert code in text and "Lindqvist" not in text


# -- Ctrl+D: a damaged return ------------------------------------------------------------


@pytest.fixture
def damage_tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer
) -> CheckinTab:
    widget = CheckinTab(
        library.circulation, runner, sounds, library.context.clock, repairs=library.repairs
    )
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_scan_field()
    return widget


def open_damage_dialog(qtbot: QtBot, tab: CheckinTab) -> DamageDialog:
    qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.damage_dialog is not None and tab.damage_dialog.isVisible())
    assert tab.damage_dialog is not None
    return tab.damage_dialog


def test_ctrl_d_flags_the_return_damaged_and_charges_the_borrower(
    qtbot: QtBot, damage_tab: CheckinTab, library: Library, stock: Stock
) -> None:
    tab = damage_tab
    library.circulation.checkout(stock.patron, stock.items[0])
    assert not tab.ui.damage_button.isEnabled()  # nothing returned yet
    scan(qtbot, tab, stock.items[0])

    dialog = open_damage_dialog(qtbot, tab)
    assert stock.items[0] in dialog.ui.item_label.text()
    assert dialog.ui.charge_check.text() == "C&harge Okafor, Ada:"
    assert dialog.ui.note_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.note_edit, "Spine split")
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Tab)
    assert dialog.ui.type_combo.hasFocus()
    dialog.ui.type_combo.lineEdit().selectAll()
    qtbot.keyClicks(dialog.ui.type_combo, "re-case")
    qtbot.keyClick(dialog.ui.type_combo, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.ui.charge_check.isChecked)  # a mnemonic clicks animated
    assert dialog.ui.charge_edit.hasFocus()
    qtbot.keyClicks(dialog.ui.charge_edit, "4.50")
    with qtbot.waitSignal(tab.damage_reported, timeout=5000) as reported:
        qtbot.keyClick(dialog.ui.charge_edit, Qt.Key.Key_Return)

    assert reported.args[0].charged_minor == 450
    assert not dialog.isVisible()
    assert library.catalogue.item(stock.items[0]).status is ItemStatus.IN_REPAIR
    [ticket] = library.repairs.queue()
    assert (ticket.note, ticket.repair_type) == ("Spine split", "re-case")
    [fine] = library.fines.account(stock.patron).open_fines
    assert (fine.kind, fine.amount_minor) == ("damage", 450)
    assert "Okafor, Ada charged 4.50" in tab.ui.message_label.text()
    assert "Damaged: in repair." in tab.returned.rows[0].note
    # The scan field has the focus again as soon as the desk window is active.
    qtbot.waitUntil(lambda: tab.focusWidget() is tab.ui.scan_edit)


def test_the_selected_return_is_the_one_flagged_and_escape_changes_nothing(
    qtbot: QtBot, damage_tab: CheckinTab, library: Library, stock: Stock
) -> None:
    tab = damage_tab
    library.settings.set("damage.charge_borrower", "false")
    library.circulation.checkout(stock.patron, stock.items[1])
    scan(qtbot, tab, stock.items[1])
    scan(qtbot, tab, stock.items[2])  # not on loan: returned anyway
    tab.ui.returned_view.selectRow(1)  # the earlier one, Emma
    tab.ui.returned_view.setFocus()

    qtbot.keyClick(tab.ui.returned_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tab.damage_dialog is not None and tab.damage_dialog.isVisible())
    dialog = tab.damage_dialog
    assert dialog is not None
    assert "Emma" in dialog.ui.item_label.text()
    assert not dialog.ui.charge_check.isVisibleTo(dialog)  # the library does not charge
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "Say what is wrong" in dialog.ui.message_label.text()
    qtbot.keyClick(dialog.ui.note_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert library.catalogue.item(stock.items[1]).status is ItemStatus.AVAILABLE
    assert library.repairs.queue() == []
    # Back to scanning: the scan field has the focus as soon as the desk window is active.
    qtbot.waitUntil(lambda: tab.focusWidget() is tab.ui.scan_edit)


def test_ctrl_d_before_any_return_says_what_to_do(
    qtbot: QtBot, damage_tab: CheckinTab, sounds: RecordingSoundPlayer
) -> None:
    qtbot.keyClick(damage_tab.ui.scan_edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert "Check the damaged item in first" in damage_tab.ui.message_label.text()
    assert damage_tab.damage_dialog is None
