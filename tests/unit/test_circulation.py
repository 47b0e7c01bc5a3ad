"""Check out, check in and renew, through the services on a real library file."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.errors import (
    CirculationRefused,
    InvalidInput,
    ItemNotLoanable,
    LoanLimitReached,
    NotOnLoan,
    PatronBlocked,
    PatronExpired,
    RenewalRefused,
    UnknownItem,
    UnknownPatron,
)
from libtech_desktop.domain.staff import Actor
from libtech_desktop.library import open_library
from libtech_desktop.services.circulation import AlreadyOnLoanToPatron

# ------------------------------------------------------------------ check out


def test_checkout_lends_the_item_for_21_days(library, patron, item, clock):
    loan = library.circulation.checkout(patron.barcode, item.barcode)

    assert loan.due == date(2026, 3, 23)
    assert loan.item_barcode == item.barcode
    assert loan.title == "Middlemarch"
    assert loan.patron_barcode == patron.barcode
    assert loan.patron_name == "Lovelace, Ada"
    assert loan.checked_out == clock.now()
    assert loan.returned is None
    assert loan.renewals == 0
    assert loan.notes == ()
    assert library.catalogue.item(item.barcode).status is ItemStatus.ON_LOAN
    assert [x.item_barcode for x in library.circulation.open_loans(patron.barcode)] == [
        item.barcode
    ]


def test_checkout_records_who_lent_it(db_path, clock, db_rows):
    alice = Actor("alice", "Alice Archer")
    with open_library(db_path, clock=clock, actor=lambda: alice) as lib:
        lib.patrons.register(barcode="P1", name="Lovelace, Ada", category="adult")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        lib.catalogue.add_item(biblio.id, barcode="I1")
        lib.circulation.checkout("P1", "I1")

    assert db_rows("SELECT checked_out_by FROM loans") == [("alice",)]
    assert db_rows("SELECT created_by, updated_by FROM patrons") == [("alice", "alice")]


def test_due_date_on_a_closed_day_moves_to_the_next_open_day(library, admin, patron, item):
    admin.add_closed_day(date(2026, 3, 23), "Staff training")

    loan = library.circulation.checkout(patron.barcode, item.barcode)

    assert loan.due == date(2026, 3, 24)


def test_due_date_skips_a_run_of_closed_days(library, admin, patron, item):
    for day in (23, 24, 25):
        admin.add_closed_day(date(2026, 3, day), "Building works")

    loan = library.circulation.checkout(patron.barcode, item.barcode)

    assert loan.due == date(2026, 3, 26)


def test_closed_days_elsewhere_do_not_change_the_due_date(library, admin, patron, item):
    admin.add_closed_day(date(2026, 3, 22), "Sunday")
    admin.add_closed_day(date(2026, 3, 2), "Today, oddly")

    loan = library.circulation.checkout(patron.barcode, item.barcode)

    assert loan.due == date(2026, 3, 23)


def test_due_date_follows_the_loan_rule_for_the_item_type(library, admin, patron, make_item):
    admin.set_rule(LoanRule("adult", "dvd", loan_days=7, max_renewals=1, max_items=5))
    dvd = make_item("Spirited Away", item_type="dvd")
    book = make_item("Emma")

    assert library.circulation.checkout(patron.barcode, dvd.barcode).due == date(2026, 3, 9)
    assert library.circulation.checkout(patron.barcode, book.barcode).due == date(2026, 3, 23)


def test_unknown_patron_is_refused_and_nothing_changes(library, item, snapshot):
    before = snapshot()

    with pytest.raises(UnknownPatron, match="No patron has the card barcode 29999999999999"):
        library.circulation.checkout("29999999999999", item.barcode)

    assert snapshot() == before
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE


def test_unknown_item_is_refused_and_nothing_changes(library, patron, snapshot):
    before = snapshot()

    with pytest.raises(UnknownItem, match="No item has the barcode 30000000000000"):
        library.circulation.checkout(patron.barcode, "30000000000000")

    assert snapshot() == before


def test_expired_patron_is_refused(library, admin, patron, item, snapshot):
    admin.set_expiry(patron.barcode, date(2026, 3, 1))
    before = snapshot()

    with pytest.raises(PatronExpired) as refused:
        library.circulation.checkout(patron.barcode, item.barcode)

    assert "Lovelace, Ada" in str(refused.value)
    assert "expired on 2026-03-01" in str(refused.value)
    assert snapshot() == before
    assert library.circulation.open_loans(patron.barcode) == []


def test_a_card_expiring_today_still_borrows(library, admin, patron, item):
    admin.set_expiry(patron.barcode, date(2026, 3, 2))

    assert library.circulation.checkout(patron.barcode, item.barcode).due == date(2026, 3, 23)


def test_blocked_patron_is_refused_with_the_reason(library, patron, item, snapshot):
    library.patrons.block(patron.barcode, "Owes £12 for a lost DVD")
    before = snapshot()

    with pytest.raises(PatronBlocked, match="Lovelace, Ada is blocked: Owes £12 for a lost DVD"):
        library.circulation.checkout(patron.barcode, item.barcode)

    assert snapshot() == before


def test_patron_at_the_item_limit_is_refused(library, admin, patron, make_item, snapshot):
    admin.set_rule(LoanRule("adult", "book", loan_days=21, max_renewals=3, max_items=2))
    books = [make_item() for _ in range(3)]
    for book in books[:2]:
        library.circulation.checkout(patron.barcode, book.barcode)
    before = snapshot()

    with pytest.raises(LoanLimitReached) as refused:
        library.circulation.checkout(patron.barcode, books[2].barcode)

    message = str(refused.value)
    assert "Lovelace, Ada already has 2 book loan(s)" in message
    assert "limit for adult patrons is 2" in message
    assert snapshot() == before
    assert len(library.circulation.open_loans(patron.barcode)) == 2


def test_the_item_limit_counts_only_that_item_type(library, admin, patron, make_item):
    admin.set_rule(LoanRule("adult", "book", loan_days=21, max_renewals=3, max_items=1))
    library.circulation.checkout(patron.barcode, make_item().barcode)

    dvd = make_item(item_type="dvd")
    assert library.circulation.checkout(patron.barcode, dvd.barcode).item_barcode == dvd.barcode


def test_returned_loans_do_not_count_towards_the_limit(library, admin, patron, make_item):
    admin.set_rule(LoanRule("adult", "book", loan_days=21, max_renewals=3, max_items=1))
    first, second = make_item(), make_item()
    library.circulation.checkout(patron.barcode, first.barcode)
    library.circulation.checkin(first.barcode)

    assert library.circulation.checkout(patron.barcode, second.barcode).due == date(2026, 3, 23)


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (ItemStatus.WITHDRAWN, "it is withdrawn"),
        (ItemStatus.IN_REPAIR, "it is in repair"),
        (ItemStatus.MISSING, "it is missing"),
        (ItemStatus.LOST, "it is lost"),
    ],
)
def test_item_that_is_not_loanable_is_refused(
    library, admin, patron, item, snapshot, status, words
):
    admin.set_item_status(item.barcode, status)
    before = snapshot()

    with pytest.raises(ItemNotLoanable) as refused:
        library.circulation.checkout(patron.barcode, item.barcode)

    assert item.barcode in str(refused.value)
    assert "Middlemarch" in str(refused.value)
    assert f"cannot be lent: {words}" in str(refused.value)
    assert snapshot() == before
    assert library.catalogue.item(item.barcode).status is status


def test_item_type_without_a_loan_rule_is_refused(library, admin, patron, make_item, snapshot):
    admin.add_item_type("laptop", "Laptop")
    laptop = make_item("Chromebook 7", item_type="laptop")
    before = snapshot()

    with pytest.raises(CirculationRefused, match="No loan rule for adult patrons and laptop"):
        library.circulation.checkout(patron.barcode, laptop.barcode)

    assert snapshot() == before


def test_item_already_on_loan_to_the_same_patron_is_refused(library, patron, item, snapshot):
    library.circulation.checkout(patron.barcode, item.barcode)
    before = snapshot()

    with pytest.raises(AlreadyOnLoanToPatron) as refused:
        library.circulation.checkout(patron.barcode, item.barcode)

    message = str(refused.value)
    assert "already on loan to Lovelace, Ada" in message
    assert "due 2026-03-23" in message
    assert "Renew it instead" in message
    assert snapshot() == before


def test_item_on_loan_to_another_patron_is_checked_in_then_out(
    library, make_patron, item, clock, db_rows, as_stored
):
    ada = make_patron("Lovelace, Ada")
    grace = make_patron("Hopper, Grace")
    library.circulation.checkout(ada.barcode, item.barcode)
    clock.advance(days=3)

    loan = library.circulation.checkout(grace.barcode, item.barcode)

    assert loan.patron_barcode == grace.barcode
    assert loan.due == date(2026, 3, 26)
    assert len(loan.notes) == 1
    assert "Lovelace, Ada" in loan.notes[0]
    assert ada.barcode in loan.notes[0]
    assert "checked in first, then out" in loan.notes[0]
    assert library.circulation.open_loans(ada.barcode) == []
    assert [x.id for x in library.circulation.open_loans(grace.barcode)] == [loan.id]
    assert library.catalogue.item(item.barcode).status is ItemStatus.ON_LOAN
    # Both loans are on file: Ada's returned at the moment of the transfer.
    rows = db_rows("SELECT patron_id, returned_at FROM loans ORDER BY id")
    assert rows == [(ada.id, as_stored(clock.now())), (grace.id, None)]


def test_transfer_is_refused_when_the_new_patron_is_blocked(library, make_patron, item, snapshot):
    ada = make_patron("Lovelace, Ada")
    grace = make_patron("Hopper, Grace")
    library.circulation.checkout(ada.barcode, item.barcode)
    library.patrons.block(grace.barcode, "Address unknown")
    before = snapshot()

    with pytest.raises(PatronBlocked, match="Address unknown"):
        library.circulation.checkout(grace.barcode, item.barcode)

    # Ada keeps the loan: the refused transfer did not check the item in.
    assert snapshot() == before
    assert [x.item_barcode for x in library.circulation.open_loans(ada.barcode)] == [item.barcode]


def test_transfer_refused_at_the_item_limit_leaves_the_first_loan_open(
    library, admin, make_patron, make_item, snapshot
):
    admin.set_rule(LoanRule("adult", "book", loan_days=21, max_renewals=3, max_items=1))
    ada, grace = make_patron("Lovelace, Ada"), make_patron("Hopper, Grace")
    wanted, graces_own = make_item(), make_item()
    library.circulation.checkout(ada.barcode, wanted.barcode)
    library.circulation.checkout(grace.barcode, graces_own.barcode)
    before = snapshot()

    with pytest.raises(LoanLimitReached):
        library.circulation.checkout(grace.barcode, wanted.barcode)

    # The check-in half of the transfer was rolled back with the refusal.
    assert snapshot() == before
    assert [x.item_barcode for x in library.circulation.open_loans(ada.barcode)] == [wanted.barcode]


def test_open_loans_lists_every_open_loan_by_due_date(library, admin, make_patron, make_item):
    admin.set_rule(LoanRule("adult", "dvd", loan_days=7, max_renewals=1, max_items=5))
    ada, grace = make_patron(), make_patron()
    book, dvd, returned = make_item(), make_item(item_type="dvd"), make_item()
    library.circulation.checkout(ada.barcode, book.barcode)
    library.circulation.checkout(grace.barcode, dvd.barcode)
    library.circulation.checkout(grace.barcode, returned.barcode)
    library.circulation.checkin(returned.barcode)

    loans = library.circulation.open_loans()

    assert [(x.item_barcode, x.due) for x in loans] == [
        (dvd.barcode, date(2026, 3, 9)),
        (book.barcode, date(2026, 3, 23)),
    ]


# ------------------------------------------------------------- scanning at the desk


def test_scanning_a_patron_card_opens_the_patron(library, patron):
    scan = library.circulation.scan_at_checkout(None, patron.barcode)

    assert scan.loan is None
    assert scan.summary.patron.barcode == patron.barcode
    assert scan.summary.patron.name == "Lovelace, Ada"
    assert scan.summary.loans == ()
    assert scan.summary.refusal is None


def test_scanning_an_item_after_the_patron_lends_it(library, patron, item):
    scan = library.circulation.scan_at_checkout(patron.barcode, item.barcode)

    assert scan.loan is not None
    assert scan.loan.due == date(2026, 3, 23)
    assert [x.item_barcode for x in scan.summary.loans] == [item.barcode]


def test_scanning_another_card_switches_patron(library, make_patron, item):
    ada, grace = make_patron("Lovelace, Ada"), make_patron("Hopper, Grace")

    scan = library.circulation.scan_at_checkout(ada.barcode, grace.barcode)

    assert scan.loan is None
    assert scan.summary.patron.name == "Hopper, Grace"


def test_scanning_an_item_before_any_patron_is_refused(library, item, snapshot):
    before = snapshot()

    with pytest.raises(UnknownPatron, match="Scan the patron's card first"):
        library.circulation.scan_at_checkout(None, item.barcode)

    assert snapshot() == before


def test_scanning_an_unknown_code_is_refused(library, patron, snapshot):
    before = snapshot()

    with pytest.raises(UnknownItem, match="No patron or item has the barcode 31111111111111"):
        library.circulation.scan_at_checkout(patron.barcode, "31111111111111")

    assert snapshot() == before


def test_patron_summary_counts_overdue_loans(library, patron, make_item, clock):
    early, late = make_item("Early"), make_item("Late")
    library.circulation.checkout(patron.barcode, early.barcode)  # due 2026-03-23
    clock.advance(days=10)
    library.circulation.checkout(patron.barcode, late.barcode)  # due 2026-04-02
    clock.advance(days=12)  # today 2026-03-24

    summary = library.circulation.patron_summary(patron.barcode)

    assert summary.today == date(2026, 3, 24)
    assert [x.title for x in summary.loans] == ["Early", "Late"]
    assert [x.is_overdue(summary.today) for x in summary.loans] == [True, False]
    assert summary.overdue_count == 1


def test_a_loan_due_today_is_not_overdue(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=21)

    assert library.circulation.patron_summary(patron.barcode).overdue_count == 0


def test_patron_summary_says_why_a_patron_may_not_borrow(library, patron):
    library.patrons.block(patron.barcode, "Card reported stolen")

    summary = library.circulation.patron_summary(patron.barcode)

    assert summary.refusal == "Lovelace, Ada is blocked: Card reported stolen"


def test_patron_summary_of_unknown_card_is_refused(library):
    with pytest.raises(UnknownPatron):
        library.circulation.patron_summary("20000000000000")


# ------------------------------------------------------------------- check in


def test_checkin_closes_the_loan_and_shelves_the_item(
    library, patron, item, clock, db_rows, as_stored
):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=5)

    result = library.circulation.checkin(item.barcode)

    assert result.loan is not None
    assert result.loan.returned == clock.now()
    assert result.loan.returned.tzinfo is not None
    assert result.item.status is ItemStatus.AVAILABLE
    assert result.days_overdue == 0
    assert result.message == "Returned by Lovelace, Ada."
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE
    assert library.circulation.open_loans(patron.barcode) == []
    assert db_rows("SELECT returned_at, returned_by FROM loans") == [
        (as_stored(clock.now()), "desk")
    ]


def test_checkin_on_the_due_date_is_not_overdue(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=21)

    result = library.circulation.checkin(item.barcode)

    assert result.days_overdue == 0
    assert "OVERDUE" not in result.message


@pytest.mark.parametrize(
    ("late_by", "words"),
    [(1, "OVERDUE by 1 day. Fine 0.25 charged."), (4, "OVERDUE by 4 days. Fine 1.00 charged.")],
)
def test_checkin_says_how_many_days_overdue(library, patron, item, clock, late_by, words):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=21 + late_by)

    result = library.circulation.checkin(item.barcode)

    assert result.days_overdue == late_by
    assert result.message == f"Returned by Lovelace, Ada. {words}"
    assert result.item.status is ItemStatus.AVAILABLE


def test_checkin_of_an_item_on_the_shelf_says_not_on_loan(library, item, snapshot):
    before = snapshot()

    result = library.circulation.checkin(item.barcode)

    assert result.loan is None
    assert result.message == "Not on loan."
    assert result.item.status is ItemStatus.AVAILABLE
    assert snapshot() == before


def test_checkin_twice_says_not_on_loan_the_second_time(library, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode)
    library.circulation.checkin(item.barcode)

    assert library.circulation.checkin(item.barcode).message == "Not on loan."


@pytest.mark.parametrize("status", [ItemStatus.MISSING, ItemStatus.LOST])
def test_a_missing_or_lost_item_found_at_checkin_is_available_again(library, admin, item, status):
    admin.set_item_status(item.barcode, status)

    result = library.circulation.checkin(item.barcode)

    assert result.loan is None
    assert result.message.startswith("Not on loan.")
    assert f"marked {status.label.lower()}" in result.message
    assert result.item.status is ItemStatus.AVAILABLE
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE


def test_checkin_of_an_item_in_repair_leaves_it_in_repair(library, item):
    library.repairs.mark_damaged(item.barcode, "Spine broken")

    result = library.circulation.checkin(item.barcode)

    assert result.message == "Not on loan. It is in repair."
    assert library.catalogue.item(item.barcode).status is ItemStatus.IN_REPAIR


def test_checkin_of_an_unknown_item_is_refused(library):
    with pytest.raises(UnknownItem, match="No item has the barcode 30000000000001"):
        library.circulation.checkin("30000000000001")


# ---------------------------------------------------------------------- renew


def test_renew_sets_the_due_date_from_today(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=10)  # today 2026-03-12

    loan = library.circulation.renew(item.barcode)

    assert loan.due == date(2026, 4, 2)
    assert loan.renewals == 1
    assert [(x.due, x.renewals) for x in library.circulation.open_loans(patron.barcode)] == [
        (date(2026, 4, 2), 1)
    ]


def test_renew_moves_a_due_date_off_a_closed_day(library, admin, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)
    admin.add_closed_day(date(2026, 4, 2), "Easter")
    admin.add_closed_day(date(2026, 4, 3), "Easter")
    clock.advance(days=10)

    assert library.circulation.renew(item.barcode).due == date(2026, 4, 4)


def test_renew_records_who_renewed(library, patron, item, clock, db_rows, as_stored):
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=1)
    library.circulation.renew(item.barcode)

    assert db_rows("SELECT renewals, last_renewed_at, last_renewed_by FROM loans") == [
        (1, as_stored(clock.now()), "desk")
    ]


def test_renewal_limit_is_refused_and_nothing_changes(
    library, admin, patron, item, clock, snapshot
):
    admin.set_rule(LoanRule("adult", "book", loan_days=21, max_renewals=1, max_items=25))
    library.circulation.checkout(patron.barcode, item.barcode)
    clock.advance(days=10)
    library.circulation.renew(item.barcode)  # due 2026-04-02
    clock.advance(days=10)
    before = snapshot()

    with pytest.raises(RenewalRefused) as refused:
        library.circulation.renew(item.barcode)

    message = str(refused.value)
    assert "renewed 1 time(s), the most allowed" in message
    assert "must come back by 2026-04-02" in message
    assert snapshot() == before


def test_renew_never_shortens_a_loan(library, admin, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode)  # due 2026-03-23
    admin.set_rule(LoanRule("adult", "book", loan_days=7, max_renewals=3, max_items=25))

    loan = library.circulation.renew(item.barcode)

    assert loan.due == date(2026, 3, 23)
    assert loan.renewals == 1


def test_renew_of_an_item_not_on_loan_is_refused(library, item, snapshot):
    before = snapshot()

    with pytest.raises(NotOnLoan, match="is not on loan"):
        library.circulation.renew(item.barcode)

    assert snapshot() == before


def test_renew_for_a_blocked_patron_is_refused(library, patron, item, snapshot):
    library.circulation.checkout(patron.barcode, item.barcode)
    library.patrons.block(patron.barcode, "Overdue items")
    before = snapshot()

    with pytest.raises(PatronBlocked, match="Lovelace, Ada is blocked: Overdue items"):
        library.circulation.renew(item.barcode)

    assert snapshot() == before


def test_renew_for_an_expired_patron_is_refused(library, admin, patron, item, snapshot):
    library.circulation.checkout(patron.barcode, item.barcode)
    admin.set_expiry(patron.barcode, date(2026, 3, 1))
    before = snapshot()

    with pytest.raises(PatronExpired, match="expired on 2026-03-01"):
        library.circulation.renew(item.barcode)

    assert snapshot() == before


def test_renew_of_an_unknown_item_is_refused(library):
    with pytest.raises(UnknownItem):
        library.circulation.renew("30000000000002")


# ------------------------------------------------------------------ entered after the fact


def test_a_backdated_checkout_is_dated_and_due_from_that_day(library, patron, item, clock):
    loan = library.circulation.checkout(patron.barcode, item.barcode, on=date(2026, 2, 1))

    assert loan.due == date(2026, 2, 22)
    assert loan.checked_out.astimezone().date() == date(2026, 2, 1)
    assert loan.days_overdue(clock.today()) == 8


def test_a_backdated_checkin_is_fined_only_up_to_that_day(library, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode, on=date(2026, 2, 1))  # due 02-22

    result = library.circulation.checkin(item.barcode, on=date(2026, 2, 26))

    assert result.days_overdue == 4
    assert result.fine_minor == 100
    assert result.loan is not None
    assert result.loan.returned is not None
    assert result.loan.returned.astimezone().date() == date(2026, 2, 26)


def test_a_transaction_dated_in_the_future_is_refused(library, patron, item, snapshot):
    before = snapshot()
    with pytest.raises(InvalidInput, match="in the future"):
        library.circulation.checkout(patron.barcode, item.barcode, on=date(2026, 3, 3))
    assert snapshot() == before
    library.circulation.checkout(patron.barcode, item.barcode)
    with pytest.raises(InvalidInput, match="in the future"):
        library.circulation.checkin(item.barcode, on=date(2026, 3, 3))


def test_a_return_dated_before_the_loan_is_refused(library, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode, on=date(2026, 2, 20))
    with pytest.raises(InvalidInput, match="cannot have come back"):
        library.circulation.checkin(item.barcode, on=date(2026, 2, 19))
    assert library.circulation.item_loan(item.barcode) is not None


def test_the_patron_summary_shows_fines_owed_and_accruing(library, patron, make_item, clock):
    late, back = make_item(), make_item()
    library.circulation.checkout(patron.barcode, late.barcode)
    library.circulation.checkout(patron.barcode, back.barcode)
    clock.advance(days=21 + 2)
    library.circulation.checkin(back.barcode)  # 0.50 charged

    summary = library.circulation.patron_summary(patron.barcode)

    assert (summary.owed_minor, summary.accruing_minor) == (50, 50)
