"""The whole desk: the window as app.py builds it, driven from the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication, library_path, parse_args
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.settings import WorkstationSettings

from .conftest import Stock

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_window_opens_on_check_out_with_the_scan_field_focused(desk: DeskApplication) -> None:
    assert desk.window.windowTitle() == "LibTech Desk — LibTech Library"
    assert desk.window.current_tab() is desk.checkout
    assert QApplication.focusWidget() is desk.checkout.ui.scan_edit


@pytest.mark.parametrize(
    ("key", "tab_name"),
    [
        (Qt.Key.Key_1, "checkout"),
        (Qt.Key.Key_2, "checkin"),
        (Qt.Key.Key_3, "catalogue"),
        (Qt.Key.Key_4, "repairs"),
        (Qt.Key.Key_5, "patrons"),
    ],
)
def test_ctrl_number_switches_tabs_and_focuses_the_scan_field(
    qtbot: QtBot, desk: DeskApplication, key: Qt.Key, tab_name: str
) -> None:
    desk.window.show_tab(4 if key != Qt.Key.Key_5 else 0)
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.ControlModifier)
    tab = getattr(desk, tab_name)
    assert desk.window.current_tab() is tab
    assert QApplication.focusWidget() is tab.scan_field


def test_scanner_burst_with_focus_on_the_loans_table_lands_in_the_scan_field(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock
) -> None:
    tab = desk.checkout
    with qtbot.waitSignal(tab.patron_opened, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, stock.patron)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    tab.ui.loans_view.setFocus()
    assert QApplication.focusWidget() is tab.ui.loans_view

    # A real keyboard sends each key to whatever has focus at that moment.
    with qtbot.waitSignal(tab.loan_made, timeout=5000):
        for char in stock.items[0]:
            qtbot.keyClicks(QApplication.focusWidget(), char)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert [loan.item_barcode for loan in library.circulation.open_loans(stock.patron)] == [
        stock.items[0]
    ]


def test_out_and_back_in_through_the_window(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock
) -> None:
    """The issue's 'done when': a patron and three items at scanner speed, then back in."""
    out = desk.checkout
    with qtbot.waitSignals([out.loan_made] * 3, timeout=10000):
        for code in (stock.patron, *stock.items[:3]):
            qtbot.keyClicks(QApplication.focusWidget(), code)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert out.loans.rowCount() == 3
    assert all(library.catalogue.item(c).status is ItemStatus.ON_LOAN for c in stock.items[:3])

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    back = desk.checkin
    with qtbot.waitSignals([back.checked_in] * 3, timeout=10000):
        for code in stock.items[:3]:
            qtbot.keyClicks(QApplication.focusWidget(), code)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert back.returned.rowCount() == 3
    assert library.circulation.open_loans() == []
    assert all(library.catalogue.item(c).status is ItemStatus.AVAILABLE for c in stock.items[:3])


def test_a_bug_in_a_job_is_shown_without_a_traceback_in_the_tab(
    qtbot: QtBot, desk: DeskApplication
) -> None:
    def broken() -> None:
        raise RuntimeError("disk on fire")

    with qtbot.waitSignal(desk.runner.bug_raised, timeout=5000) as raised:
        desk.runner.submit(broken)
    assert raised.args[0] == "RuntimeError: disk on fire"
    assert "Traceback" in raised.args[1]


def test_demo_library_is_built_in_the_background(
    qtbot: QtBot, desk: DeskApplication, library: Library
) -> None:
    with qtbot.waitSignal(desk.demo_ready, timeout=30000):
        desk.fill_demo_if_empty()
    assert len(library.catalogue.search("", limit=1000)) > 50
    assert library.circulation.open_loans()


def test_demo_flag_uses_its_own_file_and_db_flag_wins(tmp_path: Path) -> None:
    assert library_path(parse_args(["--demo"])).name == "demo.sqlite3"
    assert library_path(parse_args(["--demo", "--db", str(tmp_path / "x.db")])) == tmp_path / "x.db"


def test_check_digit_setting_applies_at_once_and_is_remembered(
    qtbot: QtBot, desk: DeskApplication, stock: Stock, tmp_path: Path
) -> None:
    tab = desk.checkout
    wrong = stock.items[0][:-1] + str((int(stock.items[0][-1]) + 1) % 10)

    def scan(code: str) -> str:
        with qtbot.waitSignal(tab.scan_handled, timeout=5000):
            qtbot.keyClicks(tab.ui.scan_edit, code)
            qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
        return tab.ui.message_label.text()

    assert desk.window.ui.check_digits_action.isChecked()
    assert "Check digit wrong" in scan(wrong)

    desk.window.ui.check_digits_action.trigger()

    assert f"No patron or item has the barcode {wrong}" in scan(wrong)
    assert WorkstationSettings(tmp_path / "workstation.ini").scan_settings.check_luhn is False


def test_sounds_can_be_switched_off_from_the_menu(
    qtbot: QtBot, desk: DeskApplication, stock: Stock, sounds: RecordingSoundPlayer
) -> None:
    desk.window.ui.sounds_action.trigger()
    tab = desk.checkout
    with qtbot.waitSignal(tab.patron_opened, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, stock.patron)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    assert "Okafor, Ada" in tab.ui.message_label.text()
    assert sounds.played == []


def test_the_library_name_comes_from_the_library_file(
    qtbot: QtBot, library: Library, sounds: RecordingSoundPlayer, tmp_path: Path
) -> None:
    library.settings.set_library_name("Springfield Public Library")
    app = DeskApplication(
        library, WorkstationSettings(tmp_path / "ws.ini"), tmp_path / "log", sounds=sounds
    )
    qtbot.addWidget(app.window)
    try:
        assert app.window.windowTitle() == "LibTech Desk — Springfield Public Library"
    finally:
        app.upkeep_runner.shutdown()
        app.mail_runner.shutdown()
        app.runner.shutdown()


def test_receipt_paper_menu_sets_the_preference_and_the_receipts_follow(
    qtbot: QtBot, desk: DeskApplication, stock: Stock, tmp_path: Path
) -> None:
    ui = desk.window.ui
    actions = (ui.paper_roll80_action, ui.paper_a4_action, ui.paper_letter_action)
    assert [a.isChecked() for a in actions] == [True, False, False]  # a roll by default

    ui.paper_a4_action.trigger()

    assert [a.isChecked() for a in actions] == [False, True, False]  # one choice only
    assert WorkstationSettings(tmp_path / "workstation.ini").receipt_paper == "a4"
    tab = desk.checkout
    for code in (stock.patron, stock.items[0]):
        with qtbot.waitSignal(tab.scan_handled, timeout=5000):
            qtbot.keyClicks(tab.ui.scan_edit, code)
            qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    with qtbot.waitSignal(tab.receipt_written, timeout=5000) as written:
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    (page,) = PdfReader(written.args[0]).pages
    assert round(float(page.mediabox.width) / 72 * 25.4) == 210

    ui.paper_letter_action.trigger()
    assert [a.isChecked() for a in actions] == [False, False, True]
    assert WorkstationSettings(tmp_path / "workstation.ini").receipt_paper == "letter"


def test_receipt_paper_is_read_at_start(
    qtbot: QtBot, library: Library, sounds: RecordingSoundPlayer, tmp_path: Path
) -> None:
    settings = WorkstationSettings(tmp_path / "workstation.ini")
    settings.receipt_paper = "letter"
    app = DeskApplication(library, settings, tmp_path / "libtech.log", sounds=sounds)
    qtbot.addWidget(app.window)
    try:
        assert app.window.ui.paper_letter_action.isChecked()
        assert not app.window.ui.paper_roll80_action.isChecked()
    finally:
        app.upkeep_runner.shutdown()
        app.mail_runner.shutdown()
        app.runner.shutdown()


def test_the_slips_menu_chooses_what_happens_to_a_slip_and_remembers_it(
    qtbot: QtBot, desk: DeskApplication, tmp_path: Path
) -> None:
    ui = desk.window.ui
    actions = (ui.slips_pdf_action, ui.slips_print_action, ui.slips_preview_action)
    assert [a.isChecked() for a in actions] == [True, False, False]  # PDF only by default
    assert ui.slip_printer_action.text() == "&Choose slip printer… (now: the default printer)"

    ui.slips_preview_action.trigger()

    assert [a.isChecked() for a in actions] == [False, False, True]
    assert WorkstationSettings(tmp_path / "workstation.ini").slip_delivery == "preview"
    ui.slip_printer_action.trigger()
    chooser = desk.window.findChild(QPrintDialog)
    assert chooser is not None and chooser.isVisible()
    chooser.reject()


def test_circulation_menu_opens_notices_and_the_pull_list_once_each(
    qtbot: QtBot, desk: DeskApplication
) -> None:
    ui = desk.window.ui
    assert ui.notices_action.shortcut().toString() == "Ctrl+Shift+N"
    assert ui.pull_list_action.shortcut().toString() == "Ctrl+Shift+L"

    ui.notices_action.trigger()
    notices = desk.notices_dialog
    assert notices is not None and notices.isVisible() and notices.parent() is desk.window
    notices.close()
    ui.pull_list_action.trigger()
    pull_list = desk.pull_list_dialog
    assert pull_list is not None and pull_list.isVisible()
    pull_list.close()
    ui.notices_action.trigger()
    assert desk.notices_dialog is notices  # made once, reused
    notices.close()


def test_a_patron_s_account_and_holds_open_from_the_patrons_tab(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock, clock: FixedClock
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])
    clock.advance(days=40)
    library.circulation.checkin(stock.items[0])  # late: a fine to pay
    tab = desk.patrons
    desk.window.show_tab(4)
    with qtbot.waitSignal(tab.patron_opened, timeout=5000):
        qtbot.keyClicks(tab.ui.scan_edit, stock.patron)
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)
    assert "Owes 4.75." in tab.ui.standing_label.text()  # 19 days late at 0.25

    qtbot.keyClick(tab, Qt.Key.Key_A, CTRL_SHIFT)
    account = tab.dialogs.account
    assert account is not None and account.isVisible()
    qtbot.waitUntil(lambda: account.account is not None, timeout=5000)
    assert account.account is not None and account.account.balance.owed_minor == 475
    account.close()
    desk.window.activateWindow()  # a window manager gives it back; offscreen has none
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=5000)

    qtbot.keyClick(tab, Qt.Key.Key_H, CTRL_SHIFT)
    holds = tab.dialogs.holds
    assert holds is not None and holds.isVisible()
    holds.close()


def test_start_up_expires_holds_left_on_the_hold_shelf(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock, clock: FixedClock
) -> None:
    record = library.catalogue.item(stock.items[0]).biblio_id
    hold = library.holds.place(stock.patron, biblio_id=record)
    library.circulation.checkout(stock.other_patron, stock.items[0])
    library.circulation.checkin(stock.items[0])  # trapped for the hold
    assert library.catalogue.item(stock.items[0]).status is ItemStatus.ON_HOLD_SHELF
    clock.advance(days=30)  # never collected

    job = desk.start_housekeeping()
    qtbot.waitUntil(lambda: job.outcome is not None, timeout=5000)

    assert library.holds.get(hold.id).status.value == "expired"
    assert library.catalogue.item(stock.items[0]).status is ItemStatus.AVAILABLE
    assert "1 uncollected hold expired" in desk.window.statusBar().currentMessage()


def test_with_print_chosen_the_receipt_goes_to_the_slip_printer_too(
    qtbot: QtBot,
    desk: DeskApplication,
    stock: Stock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from libtech_desktop.ui import slip_output

    printed = tmp_path / "printer-output.pdf"

    def pdf_printer(_name: str) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return printer

    monkeypatch.setattr(slip_output, "slip_printer", pdf_printer)
    desk.window.ui.slips_print_action.trigger()
    tab = desk.checkout
    for code in (stock.patron, stock.items[0]):
        with qtbot.waitSignal(tab.scan_handled, timeout=5000):
            qtbot.keyClicks(tab.ui.scan_edit, code)
            qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)

    with qtbot.waitSignal(tab.receipt_written, timeout=5000) as written:
        qtbot.keyClick(tab.ui.scan_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)

    assert "Receipt printed on the default printer and saved" in tab.ui.message_label.text()
    for pdf in (Path(written.args[0]), printed):
        assert stock.items[0] in " ".join(p.extract_text() for p in PdfReader(pdf).pages)


def test_the_collection_menu_opens_each_upkeep_dialog_once(
    qtbot: QtBot, desk: DeskApplication
) -> None:
    ui, dialogs = desk.window.ui, desk.collection
    actions = {
        ui.stocktake_action: ("Ctrl+Shift+K", lambda: dialogs.stocktake),
        ui.bindery_action: ("Ctrl+Shift+B", lambda: dialogs.bindery),
        ui.transfers_action: ("Ctrl+Shift+T", lambda: dialogs.transfers),
        ui.equipment_action: ("Ctrl+Shift+E", lambda: dialogs.equipment),
    }
    for action, (keys, made) in actions.items():
        assert action.shortcut().toString() == keys
        action.trigger()
        dialog = made()
        assert dialog is not None and dialog.isVisible() and dialog.parent() is desk.window
        dialog.close()
        action.trigger()
        assert made() is dialog  # made once, reused
        dialog.close()


def test_the_idle_desk_copies_its_write_ahead_log_into_the_library_file(
    qtbot, desk, stock, monkeypatch
):
    """Opened as the desk opens it, commits leave the checkpoint to the idle desk: a
    timer on the upkeep worker copies the log while no desk job runs."""
    library = desk.library
    calls: list[tuple[int, int]] = []
    real = library.checkpoint

    def counted() -> tuple[int, int]:
        calls.append(real())
        return calls[-1]

    monkeypatch.setattr(library, "checkpoint", counted)
    library.circulation.checkout(stock.patron, stock.items[0])
    desk.start_idle_checkpoints(every_ms=10)
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    log_pages, copied = calls[0]
    assert log_pages > 0 and copied == log_pages


def test_the_idle_desk_puts_new_records_in_the_search_index_title_order(qtbot, desk, monkeypatch):
    """Records the index's triggers could not place (a crowded stretch of titles) are
    placed by the idle desk, and search lists them as before."""
    library = desk.library
    for year in range(1950, 2000):
        library.catalogue.add_biblio(f"Annual report {year}", "Keeper, Z.")
    library.catalogue.add_biblio("Zebras", "Keeper, Z.")
    for year in range(2000, 2040):
        library.catalogue.add_biblio(f"Annual report {year}", "Keeper, Z.")
    before = [b.title for b in library.catalogue.search("au:keeper")]
    placed: list[int] = []
    real = library.place_search_titles

    def counted(budget: int = 200) -> int:
        placed.append(real(budget))
        return placed[-1]

    monkeypatch.setattr(library, "place_search_titles", counted)
    desk.start_idle_checkpoints(every_ms=10)
    qtbot.waitUntil(lambda: bool(placed) and placed[-1] == 0 and sum(placed) > 0, timeout=5000)
    assert [b.title for b in library.catalogue.search("au:keeper")] == before == sorted(before)
