"""The Check out tab driven as a technician with a keyboard-wedge scanner would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.library import Library
from libtech_desktop.services.checkout_session import CheckoutSession
from libtech_desktop.ui.feedback import RecordingSoundPlayer, Tone
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.tabs.checkout_tab import CheckoutTab

from .conftest import Stock


@pytest.fixture
def tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer, tmp_path: Path
) -> CheckoutTab:
    widget = CheckoutTab(
        CheckoutSession(library.circulation),
        runner,
        sounds,
        library.context.clock,
        tmp_path / "receipts",
        library_name="Test Library",
    )
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_scan_field()
    return widget


def scan(qtbot: QtBot, tab: CheckoutTab, code: str, terminator: Qt.Key = Qt.Key.Key_Return) -> None:
    """Type the code as a wedge scanner does (fast keystrokes) and send the terminator."""
    with qtbot.waitSignal(tab.scan_handled, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, code)
        qtbot.keyClick(tab.ui.scan_edit, terminator)


def message(tab: CheckoutTab) -> str:
    return tab.ui.message_label.text()


def test_patron_then_three_items_at_scanner_speed(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    # All four scans are typed before any result comes back, as at a busy desk.
    with qtbot.waitSignals([tab.loan_made] * 3, timeout=10000):
        for code in (stock.patron, *stock.items[:3]):
            qtbot.keyClicks(tab.ui.scan_edit, code)
            qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    assert "Okafor, Ada" in tab.ui.name_label.text()
    assert [loan.item_barcode for loan in tab.loans.rows] == list(stock.items[:3])
    # What was just lent stands out from what the patron already had.
    assert all(
        tab.loans.data(tab.loans.index(row, 1), Qt.ItemDataRole.FontRole).bold() for row in range(3)
    )
    open_loans = library.circulation.open_loans(stock.patron)
    assert sorted(loan.item_barcode for loan in open_loans) == sorted(stock.items[:3])
    assert all(
        library.catalogue.item(code).status is ItemStatus.ON_LOAN for code in stock.items[:3]
    )
    assert "Middlemarch" not in message(tab)
    assert "due" in message(tab)
    assert sounds.played == [Tone.SUCCESS] * 4
    assert tab.ui.scan_edit.text() == ""
    assert tab.ui.scan_edit.hasFocus()


def test_tab_terminator_and_codabar_start_stop(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, tab, f"A{stock.patron}B", Qt.Key.Key_Tab)
    scan(qtbot, tab, f"  c{stock.items[0]}d ", Qt.Key.Key_Tab)

    assert [loan.item_barcode for loan in library.circulation.open_loans(stock.patron)] == [
        stock.items[0]
    ]
    assert tab.ui.scan_edit.hasFocus()


def test_wrong_check_digit_is_refused_and_changes_nothing(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    scan(qtbot, tab, stock.patron)
    damaged = stock.items[0][:-1] + str((int(stock.items[0][-1]) + 1) % 10)

    scan(qtbot, tab, damaged)

    assert "Check digit wrong" in message(tab)
    assert "rescan or key it again" in message(tab)
    assert sounds.played[-1] is Tone.ERROR
    assert library.circulation.open_loans(stock.patron) == []


def test_item_before_patron_asks_for_the_card(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, tab, stock.items[0])

    assert "Scan the patron's card first" in message(tab)
    assert library.circulation.open_loans() == []


def test_unknown_barcode_says_so(qtbot: QtBot, tab: CheckoutTab, stock: Stock) -> None:
    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, "NOSUCH123")
    assert "No patron or item has the barcode NOSUCH123" in message(tab)


def test_blocked_patron_is_shown_with_the_reason_and_cannot_borrow(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    library.patrons.block(stock.patron, "Unpaid fines over the limit")

    scan(qtbot, tab, stock.patron)
    assert "Unpaid fines over the limit" in tab.ui.standing_label.text()
    assert sounds.played[-1] is Tone.ERROR

    scan(qtbot, tab, stock.items[0])
    assert "blocked" in message(tab)
    assert library.circulation.open_loans() == []


def test_item_on_loan_to_someone_else_is_checked_in_then_out_loudly(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    library.circulation.checkout(stock.other_patron, stock.items[0])

    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, stock.items[0])

    assert "Lindqvist, Per" in message(tab)
    assert "checked in first" in message(tab)
    assert sounds.played[-1] is Tone.WARNING
    assert [loan.patron_barcode for loan in library.circulation.open_loans()] == [stock.patron]


def test_escape_ends_the_session_and_a_new_card_switches_patron(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, tab, stock.patron)
    with qtbot.waitSignal(tab.session_ended, timeout=5000):
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Escape)
    assert tab.ui.name_label.text() == "—"
    assert tab.loans.rowCount() == 0

    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, stock.other_patron)
    assert "Lindqvist, Per" in tab.ui.name_label.text()
    scan(qtbot, tab, stock.items[1])
    assert tab.loans.data(tab.loans.index(0, 0), Qt.ItemDataRole.FontRole).bold()
    assert [loan.patron_barcode for loan in library.circulation.open_loans()] == [
        stock.other_patron
    ]


def test_renew_selected_loan(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, stock.items[0])
    tab.ui.loans_view.selectRow(0)

    with qtbot.waitSignal(tab.loan_renewed, timeout=5000):
        qtbot.keyClick(tab, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)

    assert "Renewed" in message(tab)

    (loan,) = library.circulation.open_loans(stock.patron)
    assert loan.renewals == 1
    assert tab.loans.row(0).renewals == 1


def test_receipt_pdf_lists_the_session_loans_as_text(
    qtbot: QtBot, tab: CheckoutTab, stock: Stock
) -> None:
    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, stock.items[0])
    scan(qtbot, tab, stock.items[1])

    with qtbot.waitSignal(tab.receipt_written, timeout=5000) as written:
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    path = written.args[0]
    (page,) = PdfReader(path).pages  # one slip, cut to its content on an 80 mm roll
    assert round(float(page.mediabox.width) / 72 * 25.4) == 80
    assert 60 <= float(page.mediabox.height) / 72 * 25.4 < 120
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(path).pages)
    assert "Test Library" in text
    assert "Dune" in text and "Emma" in text
    assert f"{stock.items[0]} Due Mon 23 Mar 2026" in text  # 2 March + 21 days
    assert "2 items checked out" in text
    assert stock.patron not in text  # the card number is masked on a slip
    assert stock.patron[-4:] in text


def test_loans_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, tab: CheckoutTab, stock: Stock
) -> None:
    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, stock.items[0])
    qtmodeltester.check(tab.loans)  # type: ignore[attr-defined]


def test_loans_from_earlier_visits_are_not_bold(
    qtbot: QtBot, tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])
    scan(qtbot, tab, stock.patron)
    scan(qtbot, tab, stock.items[1])

    bold = {
        loan.item_barcode: bool(tab.loans.data(tab.loans.index(row, 0), Qt.ItemDataRole.FontRole))
        for row, loan in enumerate(tab.loans.rows)
    }
    assert bold == {stock.items[0]: False, stock.items[1]: True}


# -- issue 5: blocks shown on scan, lend anyway ------------------------------------

NIA = with_check_digit("2999900001234")


@pytest.fixture
def desk_tab(
    qtbot: QtBot, library: Library, runner: TaskRunner, sounds: RecordingSoundPlayer, tmp_path: Path
) -> CheckoutTab:
    """The tab as the app builds it: able to lend anyway past an overridable block."""
    widget = CheckoutTab(
        CheckoutSession(library.circulation),
        runner,
        sounds,
        library.context.clock,
        tmp_path / "receipts",
        library_name="Test Library",
        allow_override=True,
    )
    qtbot.addWidget(widget)
    widget.show()
    widget.focus_scan_field()
    return widget


def test_registered_patron_suspended_after_an_incident_is_refused_with_the_reason(
    qtbot: QtBot,
    desk_tab: CheckoutTab,
    library: Library,
    stock: Stock,
    sounds: RecordingSoundPlayer,
) -> None:
    """The issue's "done when": a technician registers a patron; one with an incident
    suspension is refused at check-out with that reason on screen."""
    library.patrons.register(NIA, "Newcomer, Nia", email="nia@example.org")
    library.patrons.record_incident(
        NIA, "Tore pages out of an atlas", suspended_until=date(2026, 3, 16)
    )
    tab = desk_tab

    scan(qtbot, tab, NIA)
    banner = tab.ui.block_banner_label
    assert banner.isVisible()
    assert (
        "Newcomer, Nia is suspended until 2026-03-15: Tore pages out of an atlas" in banner.text()
    )
    assert sounds.played[-1] is Tone.ERROR

    scan(qtbot, tab, stock.items[0])
    assert "suspended until 2026-03-15: Tore pages out of an atlas" in message(tab)
    assert not tab.override_pending  # a suspension is never overridden
    assert not tab.ui.override_frame.isVisible()
    assert library.circulation.open_loans() == []
    assert tab.ui.scan_edit.hasFocus()


def test_every_reason_is_on_the_banner_and_it_clears_for_a_patron_in_good_standing(
    qtbot: QtBot, desk_tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    library.patrons.block(stock.patron, "Card reported stolen")
    library.patrons.record_incident(stock.patron, "Shouted", suspended_until=date(2026, 4, 1))

    scan(qtbot, desk_tab, stock.patron)
    lines = desk_tab.ui.block_banner_label.text().splitlines()
    assert lines == [
        "MAY NOT BORROW",
        "Okafor, Ada is blocked: Card reported stolen",
        "Okafor, Ada is suspended until 2026-03-31: Shouted",
    ]

    scan(qtbot, desk_tab, stock.other_patron)
    assert not desk_tab.ui.block_banner_label.isVisible()


@pytest.fixture
def expired(library: Library, admin: object, stock: Stock) -> None:
    """Ada's card expired yesterday; the library lets staff lend past automatic blocks."""
    admin.set_expiry(stock.patron, date(2026, 3, 1))  # type: ignore[attr-defined]
    library.settings.set("blocks.override", "true")


@pytest.mark.usefixtures("expired")
def test_enter_lends_anyway_past_an_overridable_block(
    qtbot: QtBot, desk_tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, desk_tab, stock.patron)
    assert "Staff may lend anyway" in desk_tab.ui.block_banner_label.text()
    scan(qtbot, desk_tab, stock.items[0])
    assert desk_tab.override_pending
    assert desk_tab.ui.override_frame.isVisible()
    assert stock.items[0] in desk_tab.ui.override_label.text()

    with qtbot.waitSignal(desk_tab.loan_made, timeout=5000):
        qtbot.keyClick(desk_tab.ui.lend_anyway_button, Qt.Key.Key_Return)

    assert [loan.item_barcode for loan in library.circulation.open_loans(stock.patron)] == [
        stock.items[0]
    ]
    assert not desk_tab.ui.override_frame.isVisible()
    assert "Lent “Dune”" in message(desk_tab)
    assert desk_tab.ui.scan_edit.hasFocus()


@pytest.mark.usefixtures("expired")
def test_escape_declines_to_lend_and_keeps_the_session(
    qtbot: QtBot, desk_tab: CheckoutTab, library: Library, stock: Stock
) -> None:
    scan(qtbot, desk_tab, stock.patron)
    scan(qtbot, desk_tab, stock.items[0])

    qtbot.keyClick(desk_tab.ui.lend_anyway_button, Qt.Key.Key_Escape)

    assert not desk_tab.override_pending
    assert "Not lent" in message(desk_tab)
    assert "Okafor, Ada" in desk_tab.ui.name_label.text()  # the session goes on
    assert library.circulation.open_loans() == []
    assert desk_tab.ui.scan_edit.hasFocus()


def test_without_the_setting_there_is_no_lend_anyway(
    qtbot: QtBot, desk_tab: CheckoutTab, library: Library, admin: object, stock: Stock
) -> None:
    admin.set_expiry(stock.patron, date(2026, 3, 1))  # type: ignore[attr-defined]
    scan(qtbot, desk_tab, stock.patron)
    scan(qtbot, desk_tab, stock.items[0])

    assert "expired on 2026-03-01" in message(desk_tab)
    assert not desk_tab.override_pending
    assert library.circulation.open_loans() == []
