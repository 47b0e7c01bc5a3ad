"""Receipt slips as HTML: what a check-in slip says, and what it keeps off the counter."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library
from libtech_desktop.services.checkin_session import CheckinSession
from libtech_desktop.services.checkout_session import NothingToPrint
from libtech_desktop.services.receipts import (
    checkin_receipt_html,
    mask_barcode,
    payment_receipt_html,
)


def test_mask_keeps_only_the_last_four_digits() -> None:
    assert mask_barcode("29999000000018") == "**********0018"
    assert mask_barcode("123") == "123"


def test_checkin_slip_lists_the_returns_with_overdue_days_and_masks_the_card(
    library: Library,
    clock: FixedClock,
    patron: Patron,
    make_item: Callable[..., Item],
) -> None:
    dune, emma, shelf = make_item("Dune"), make_item("Emma & Co"), make_item("Beloved")
    library.circulation.checkout(patron.barcode, dune.barcode)
    clock.advance(days=3)
    library.circulation.checkout(patron.barcode, emma.barcode)
    library.repairs.mark_damaged(shelf.barcode, "Spine broken")
    clock.advance(days=21)  # Dune 3 days overdue, Emma due today
    session = CheckinSession(library.circulation)
    for item in (dune, emma, shelf):
        session.checkin(item.barcode)

    receipt = session.receipt(clock.now())
    html = checkin_receipt_html(receipt, "Springfield Library")

    assert [line.item_barcode for line in receipt.lines] == [
        dune.barcode,
        emma.barcode,
        shelf.barcode,
    ]
    assert [line.days_overdue for line in receipt.lines] == [3, 0, 0]
    assert "Springfield Library" in html
    assert dune.barcode in html and emma.barcode in html and shelf.barcode in html
    assert "Emma &amp; Co" in html  # escaped, as every title from the catalogue is
    assert "Overdue 3 days" in html
    assert html.count("Overdue") == 1
    assert "It is in repair." in html  # the shelf copy's status goes on the slip
    assert "2 items returned. 1 not on loan." in html
    assert "Lovelace, Ada" in html
    assert patron.barcode not in html
    assert mask_barcode(patron.barcode) in html


def test_one_day_overdue_is_singular(
    library: Library, clock: FixedClock, patron: Patron, item: Item
) -> None:
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=22)
    session = CheckinSession(library.circulation)
    session.checkin(item.barcode)
    html = checkin_receipt_html(session.receipt(clock.now()), "")
    assert "Overdue 1 day<" in html
    assert "1 item returned." in html


def test_each_slip_covers_the_returns_since_the_last(
    library: Library, clock: FixedClock, patron: Patron, make_item: Callable[..., Item]
) -> None:
    first, second = make_item(), make_item()
    for item in (first, second):
        library.circulation.checkout(patron.barcode, item.barcode)
    session = CheckinSession(library.circulation)
    with pytest.raises(NothingToPrint):
        session.receipt(clock.now())

    session.checkin(first.barcode)
    slip = session.receipt(clock.now())
    assert [line.item_barcode for line in slip.lines] == [first.barcode]
    session.checkin(second.barcode)  # while the first slip is being written
    session.written(slip)
    slip = session.receipt(clock.now())
    assert [line.item_barcode for line in slip.lines] == [second.barcode]
    session.written(slip)
    with pytest.raises(NothingToPrint):
        session.receipt(clock.now())


def test_a_slip_that_was_not_written_loses_nothing(
    library: Library, clock: FixedClock, patron: Patron, make_item: Callable[..., Item]
) -> None:
    item = make_item()
    library.circulation.checkout(patron.barcode, item.barcode)
    session = CheckinSession(library.circulation)
    session.checkin(item.barcode)

    session.receipt(clock.now())  # the PDF could not be written: never marked written

    assert [line.item_barcode for line in session.receipt(clock.now()).lines] == [item.barcode]


def test_payment_slip_lists_each_fine_paid_the_method_and_what_is_still_owed(
    library: Library, clock: FixedClock, patron: Patron, make_item: Callable[..., Item]
) -> None:
    dune = make_item("Dune & Sons")
    first = library.fines.charge(patron.barcode, 300, "damage", "Torn cover", dune.barcode)
    clock.advance(hours=1)
    second = library.fines.charge(patron.barcode, 200, "manual", "Replacement card")
    receipt = library.fines.pay(patron.barcode, 400, "card")

    html = payment_receipt_html(receipt, "Springfield Library")

    assert "Springfield Library" in html
    assert "Payment receipt" in html
    assert "Torn cover" in html and "Replacement card" in html
    assert "Dune &amp; Sons" in html
    assert "3.00" in html and "1.00" in html  # paid on each fine
    assert "4.00" in html and "(card)" in html
    assert 'Still owed</td><td align="right">1.00' in html
    assert patron.barcode not in html and mask_barcode(patron.barcode) in html
    assert [line.fine_id for line in receipt.lines] == [first.id, second.id]
