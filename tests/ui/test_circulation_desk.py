"""Issue 5's "done when", through the window as a technician works it: a hold placed
from the patron, trapped at check-in and the patron emailed (read back from a real
local SMTP server); an overdue return fined with the closed days skipped; half paid
and the rest waived with a reason; a suspended patron refused at check-out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from libtech_desktop.app import DeskApplication
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import Library

from ..conftest import Admin
from ..mail_server import Inbox, MailServer, configure, free_port
from .conftest import Stock

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ADA_MAIL = "ada@example.org"


@pytest.fixture
def server(library: Library) -> Iterator[MailServer]:
    mail = MailServer(free_port(), Inbox())
    mail.start()
    configure(library.settings, mail.port)
    yield mail
    mail.stop()


def scan(qtbot: QtBot, code: str) -> None:
    """Type into whatever has focus, as a wedge scanner does, then Enter."""
    qtbot.keyClicks(QApplication.focusWidget(), code)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def open_patron(qtbot: QtBot, desk: DeskApplication, barcode: str) -> None:
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=5000)
    qtbot.keyClick(desk.window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(desk.patrons.patron_opened, timeout=5000):
        scan(qtbot, barcode)


def test_hold_trap_notice_fine_payment_waiver_and_suspension(
    qtbot: QtBot,
    desk: DeskApplication,
    library: Library,
    stock: Stock,
    clock: FixedClock,
    admin: Admin,
    server: MailServer,
) -> None:
    ada, ben = stock.patron, stock.other_patron
    dune, emma, beloved = stock.items[:3]
    library.patrons.update(ada, _with_email(library, ada, ADA_MAIL))
    library.circulation.checkout(ben, dune)
    library.circulation.checkout(ben, emma)  # due 2026-03-23, with Dune

    # Ada reserves Dune from her record in the Patrons tab (Ctrl+Shift+H).
    open_patron(qtbot, desk, ada)
    qtbot.keyClick(desk.patrons, Qt.Key.Key_H, CTRL_SHIFT)
    holds = desk.patrons.dialogs.holds
    assert holds is not None
    qtbot.waitUntil(holds.ui.place_edit.hasFocus, timeout=5000)  # ready for the scanner
    with qtbot.waitSignal(holds.hold_changed, timeout=5000):
        scan(qtbot, dune)
    (hold,) = library.holds.holds(ada)
    holds.close()

    # Ben brings Dune back: it is trapped, and Ada is emailed at once.
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=5000)
    qtbot.keyClick(desk.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(desk.checkin.hold_trapped, timeout=5000) as trapped:
        scan(qtbot, dune)
    assert trapped.args[0].hold_id == hold.id
    assert "Okafor, Ada" in desk.checkin.hold_banner_text
    assert library.catalogue.item(dune).status is ItemStatus.ON_HOLD_SHELF
    qtbot.waitUntil(lambda: len(server.inbox.messages) == 1, timeout=10000)
    ((recipients, mail),) = server.inbox.messages
    assert recipients == [ADA_MAIL]
    assert "Dune" in mail.get_content()
    qtbot.waitUntil(lambda: "emailed" in desk.window.statusBar().currentMessage(), timeout=5000)

    # Emma comes back 10 days late; two of those days the library was closed.
    admin.add_closed_day(date(2026, 3, 25))
    admin.add_closed_day(date(2026, 3, 26))
    clock.instant = clock.instant.replace(month=4, day=2)
    with qtbot.waitSignal(desk.checkin.checked_in, timeout=5000) as returned:
        scan(qtbot, emma)
    assert returned.args[0].fine_minor == 8 * 25  # 8 open days at 0.25
    assert "Fine 2.00 charged" in desk.checkin.ui.message_label.text()

    # Ben pays half at the desk, and the rest is waived with a reason.
    open_patron(qtbot, desk, ben)
    qtbot.keyClick(desk.patrons, Qt.Key.Key_A, CTRL_SHIFT)
    account = desk.patrons.dialogs.account
    assert account is not None
    qtbot.waitUntil(lambda: account.ui.amount_edit.text() == "2.00", timeout=5000)
    # The account is read again after a payment: wait for it before choosing a charge.
    with qtbot.waitSignals([account.paid, account.account_shown], timeout=5000):
        account.ui.amount_edit.setText("1.00")
        qtbot.keyClick(account.ui.amount_edit, Qt.Key.Key_Return)
    assert "Paid 1.00 by cash. Still owed: 1.00." in account.status_text
    account.ui.fines_view.selectRow(0)
    account.ui.reason_edit.setText("Book drop was jammed over the holiday")
    with qtbot.waitSignal(account.changed, timeout=5000):
        account.ui.waive_button.click()
    assert library.fines.balance(ben).owed_minor == 0
    lines = library.fines.statement(ben)
    assert [line.amount_minor for line in lines][-2:] == [-100, -100]
    assert "Book drop was jammed over the holiday" in lines[-1].description
    account.close()

    # An incident: Ben is suspended, and check-out refuses him with that reason.
    library.patrons.record_incident(
        ben, "Threw a book at staff", suspended_until=date(2026, 4, 2) + timedelta(days=14)
    )
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=5000)
    qtbot.keyClick(desk.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(desk.checkout.scan_handled, timeout=5000):
        scan(qtbot, ben)
    assert "suspended until 2026-04-15: Threw a book at staff" in (
        desk.checkout.ui.block_banner_label.text()
    )
    with qtbot.waitSignal(desk.checkout.scan_handled, timeout=5000):
        scan(qtbot, beloved)
    assert "Threw a book at staff" in desk.checkout.ui.message_label.text()
    assert library.circulation.item_loan(beloved) is None


def _with_email(library: Library, barcode: str, email: str):  # type: ignore[no-untyped-def]
    from dataclasses import replace

    from libtech_desktop.domain.patrons import PatronDraft

    patron = library.patrons.get(barcode)
    return replace(
        PatronDraft(patron.barcode, patron.name, patron.category_code),
        email=email,
        notice_channel="email",
    )


def test_a_patron_s_data_is_exported_and_erased_on_request(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock, tmp_path
) -> None:
    import json

    ben = stock.other_patron
    open_patron(qtbot, desk, ben)
    tab, dialogs = desk.patrons, desk.patrons.dialogs
    assert tab.ui.privacy_button.isEnabled() and tab.ui.privacy_button.menu() is not None

    out = tmp_path / "ben.json"
    dialogs.export_data(out)
    qtbot.waitUntil(lambda: dialogs.exported == [out], timeout=5000)
    assert json.loads(out.read_text("utf-8"))["patron"]["name"] == "Lindqvist, Per"
    assert f"exported to {out}" in tab.ui.message_label.text()

    confirm = dialogs.open_erase()
    assert confirm is not None and "Erase Lindqvist, Per" in confirm.labelText()
    confirm.setTextValue(stock.patron)  # the wrong card: nothing happens
    confirm.accept()
    assert "did not match: nothing was erased" in tab.ui.message_label.text()
    assert library.patrons.search("Lindqvist", 10)

    dialogs.open_erase()
    confirm.setTextValue(ben)
    with qtbot.waitSignal(tab.patron_erased, timeout=5000):
        confirm.accept()
    assert not library.patrons.search("Lindqvist", 10)
    assert "Erased Lindqvist, Per" in tab.ui.message_label.text()


def test_a_laptop_lent_comes_back_and_its_charger_is_ticked_off_at_the_desk(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock
) -> None:
    """Issue 6: a laptop lent to a patron, then at check-in the checklist asks for its
    charger and bag; both ticked, the piece stays in service."""
    from libtech_desktop.domain.equipment import EquipmentDraft, EquipmentStatus

    laptop = "39999000009991"
    piece = library.equipment.add(EquipmentDraft("Laptop 1", kind="laptop"))
    library.equipment.make_lendable(piece.id, laptop, "charger, bag")
    library.circulation.checkout(stock.patron, laptop)
    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=5000)
    qtbot.keyClick(desk.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)

    with qtbot.waitSignal(desk.checkin.checked_in, timeout=5000):
        scan(qtbot, laptop)
    checklist = desk.checkin.accessories_dialog
    assert checklist is not None and checklist.isVisible()
    qtbot.waitUntil(checklist.boxes[0].hasFocus, timeout=5000)
    for box in checklist.boxes:
        box.setChecked(True)
    with qtbot.waitSignal(checklist.checked, timeout=5000):
        qtbot.keyClick(checklist.boxes[0], Qt.Key.Key_Return)

    assert "All accessories are back." in desk.checkin.ui.message_label.text()
    assert library.equipment.get(piece.id).status is EquipmentStatus.IN_SERVICE
    assert library.catalogue.item(laptop).status is ItemStatus.AVAILABLE


def test_check_out_shows_what_a_patron_owes_and_what_is_accruing(
    qtbot: QtBot, desk: DeskApplication, library: Library, stock: Stock, clock: FixedClock
) -> None:
    library.circulation.checkout(stock.patron, stock.items[0])  # due 23 March
    clock.advance(days=30)  # 9 days late at 0.25: 2.25 accruing, nothing charged yet

    desk.window.activateWindow()
    qtbot.waitUntil(desk.window.isActiveWindow, timeout=5000)
    with qtbot.waitSignal(desk.checkout.scan_handled, timeout=5000):
        scan(qtbot, stock.patron)

    assert desk.checkout.ui.standing_label.text() == (
        "In good standing\n2.25 accruing on overdue loans."
    )
