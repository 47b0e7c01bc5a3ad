"""Who may borrow: manual blocks with an end, suspensions from incidents, automatic
blocks from fines, overdue items and expiry; every reason listed; overrides."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from libtech_desktop.domain.errors import InvalidInput, PatronBlocked, PatronExpired

TODAY = date(2026, 3, 2)


@pytest.fixture
def charge(db_path, patron):
    """Put a fine on the patron's account (as the fines workflow would)."""

    def add(amount_minor: int) -> None:
        with sqlite3.connect(db_path) as conn:
            conn.execute(
                "INSERT INTO fines (patron_id, kind, amount_minor, description, created_at,"
                " created_by) VALUES (?, 'manual', ?, 'Test', '2026-03-01 10:00:00', 'desk')",
                (patron.id, amount_minor),
            )

    return add


def test_a_patron_in_good_standing_may_borrow(library, patron, item):
    assert library.circulation.patron_summary(patron.barcode).refusal is None
    assert library.patrons.blocks(patron.barcode) == []
    library.circulation.checkout(patron.barcode, item.barcode)


def test_a_manual_block_with_an_end_date_lapses_on_that_day(library, clock, patron, item):
    library.patrons.block(patron.barcode, "Noisy in the reading room", until=date(2026, 3, 5))

    with pytest.raises(PatronBlocked, match="Noisy in the reading room \\(until 2026-03-04\\)"):
        library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=3)  # 5 March: the block has ended
    library.circulation.checkout(patron.barcode, item.barcode)


def test_a_block_cannot_end_in_the_past(library, patron):
    with pytest.raises(InvalidInput, match="after today"):
        library.patrons.block(patron.barcode, "Rude", until=TODAY)


def test_an_incident_suspension_refuses_checkout_until_its_end(library, clock, patron, item):
    library.patrons.record_incident(
        patron.barcode,
        "Damaged three books on purpose",
        "Suspended for a week",
        suspended_until=date(2026, 3, 9),
    )

    with pytest.raises(PatronBlocked) as refused:
        library.circulation.checkout(patron.barcode, item.barcode)
    assert str(refused.value) == (
        "Lovelace, Ada is suspended until 2026-03-08: Damaged three books on purpose"
    )
    clock.advance(days=7)
    library.circulation.checkout(patron.barcode, item.barcode)


def test_unpaid_fines_at_the_limit_block(library, patron, item, charge):
    charge(999)
    assert library.circulation.patron_summary(patron.barcode).refusal is None
    charge(1)  # 10.00 owed: the default limit

    refusal = library.circulation.patron_summary(patron.barcode).refusal
    assert refusal == "Lovelace, Ada owes 10.00 (the limit is 10.00)."
    with pytest.raises(PatronBlocked, match=r"owes 10\.00"):
        library.circulation.checkout(patron.barcode, item.barcode)


def test_an_item_overdue_past_the_limit_blocks(library, clock, patron, make_item):
    first, second = make_item(), make_item()
    library.circulation.checkout(patron.barcode, first.barcode)  # due 2026-03-23
    clock.advance(days=21 + 27)
    library.circulation.checkout(patron.barcode, second.barcode)  # 27 days overdue: fine
    library.circulation.checkin(second.barcode)
    clock.advance(days=1)

    with pytest.raises(PatronBlocked, match="has an item 28 days overdue \\(the limit is 28\\)"):
        library.circulation.checkout(patron.barcode, second.barcode)
    library.settings.set("blocks.overdue_days", "0")  # off
    library.circulation.checkout(patron.barcode, second.barcode)


def test_every_reason_is_listed_one_line_each(library, admin, patron, item, charge):
    library.patrons.block(patron.barcode, "Card reported stolen")
    library.patrons.record_incident(patron.barcode, "Shouted", suspended_until=date(2026, 4, 1))
    charge(2500)
    admin.set_expiry(patron.barcode, date(2026, 3, 1))

    refusal = library.circulation.patron_summary(patron.barcode).refusal
    assert refusal is not None
    assert refusal.splitlines() == [
        "Lovelace, Ada is blocked: Card reported stolen",
        "Lovelace, Ada is suspended until 2026-03-31: Shouted",
        "Lovelace, Ada owes 25.00 (the limit is 10.00).",
        "Lovelace, Ada's card expired on 2026-03-01 — renew the membership first.",
    ]
    # Not only the card: an expired card with a block is a block.
    with pytest.raises(PatronBlocked):
        library.circulation.checkout(patron.barcode, item.barcode)


def test_expiry_alone_is_still_patron_expired(library, admin, patron, item):
    admin.set_expiry(patron.barcode, date(2026, 3, 1))
    with pytest.raises(PatronExpired):
        library.circulation.checkout(patron.barcode, item.barcode)


def test_automatic_blocks_are_overridden_only_when_the_setting_allows(
    library, admin, patron, item, charge
):
    charge(1500)
    admin.set_expiry(patron.barcode, date(2026, 3, 1))
    assert library.circulation.patron_summary(patron.barcode).overridable is False
    with pytest.raises(PatronBlocked):
        library.circulation.checkout(patron.barcode, item.barcode, override=True)

    library.settings.set("blocks.override", "true")
    assert library.circulation.patron_summary(patron.barcode).overridable is True
    with pytest.raises(PatronBlocked):  # overridable, but not overridden
        library.circulation.checkout(patron.barcode, item.barcode)
    loan = library.circulation.checkout(patron.barcode, item.barcode, override=True)
    assert loan.patron_barcode == patron.barcode


@pytest.mark.parametrize("kind", ["manual", "suspension"])
def test_manual_blocks_and_suspensions_are_never_overridden(library, patron, item, kind, charge):
    library.settings.set("blocks.override", "true")
    charge(1500)
    if kind == "manual":
        library.patrons.block(patron.barcode, "Banned by the head librarian")
    else:
        library.patrons.record_incident(patron.barcode, "Fight", suspended_until=date(2026, 4, 1))

    assert library.circulation.patron_summary(patron.barcode).overridable is False
    with pytest.raises(PatronBlocked):
        library.circulation.checkout(patron.barcode, item.barcode, override=True)


def test_renewal_is_refused_while_suspended(library, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode)
    library.patrons.record_incident(patron.barcode, "Fight", suspended_until=date(2026, 3, 10))
    with pytest.raises(PatronBlocked, match="suspended until 2026-03-09: Fight"):
        library.circulation.renew(item.barcode)
