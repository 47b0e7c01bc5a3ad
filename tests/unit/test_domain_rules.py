"""The plain-Python rules in ``domain/``: no database, no Qt."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from libtech_desktop.domain.catalogue import (
    NOT_LOANABLE,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    check_loanable,
    normalize_isbn,
    parse_year,
    validate_biblio,
    validate_item,
)
from libtech_desktop.domain.circulation import (
    Loan,
    LoanRule,
    check_item_limit,
    check_renewable,
    due_date,
    next_open_day,
    renewed_due,
)
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import (
    CirculationRefused,
    InvalidInput,
    ItemNotLoanable,
    LibtechError,
    LoanLimitReached,
    PatronBlocked,
    PatronExpired,
    RenewalRefused,
)
from libtech_desktop.domain.patrons import Patron, PatronDraft, check_may_borrow, validate_draft
from libtech_desktop.domain.repairs import RepairOutcome, check_can_mark_damaged, status_after

RULE = LoanRule("adult", "book", loan_days=21, max_renewals=2, max_items=3)
MONDAY = date(2026, 3, 2)


def closed_on(*days: date):
    return lambda day: day in days


def make_loan(due: date, renewals: int = 0, returned: datetime | None = None) -> Loan:
    return Loan(
        id=1,
        item_barcode="3001",
        title="Middlemarch",
        call_number="FIC ELI",
        patron_barcode="2001",
        patron_name="Lovelace, Ada",
        checked_out=datetime(2026, 3, 2, 12, tzinfo=UTC),
        due=due,
        renewals=renewals,
        returned=returned,
    )


def make_patron(*, blocked: str | None = None, expires_on: date | None = None) -> Patron:
    return Patron(
        1, "2001", "Lovelace, Ada", "adult", "Adult", None, None, expires_on, blocked, None
    )


def make_item(status: ItemStatus) -> Item:
    return Item(1, 1, "3001", "Middlemarch", None, None, "book", None, status, None)


# ------------------------------------------------------------------ calendar


def test_an_open_day_is_its_own_next_open_day():
    assert next_open_day(MONDAY, closed_on()) == MONDAY


def test_next_open_day_skips_closed_days():
    closed = closed_on(date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 5))
    assert next_open_day(MONDAY, closed) == date(2026, 3, 4)


def test_a_calendar_closed_for_a_year_is_reported():
    with pytest.raises(CirculationRefused, match="no open day within a year"):
        next_open_day(MONDAY, lambda day: True)


def test_due_date_is_today_plus_the_loan_period():
    assert due_date(MONDAY, RULE, closed_on()) == date(2026, 3, 23)


def test_due_date_crosses_month_and_year_ends():
    assert due_date(date(2026, 12, 20), RULE, closed_on()) == date(2027, 1, 10)
    assert due_date(date(2028, 2, 10), RULE, closed_on()) == date(2028, 3, 2)  # leap year


def test_due_date_on_closed_days_moves_forward():
    closed = closed_on(date(2026, 3, 23), date(2026, 3, 24))
    assert due_date(MONDAY, RULE, closed) == date(2026, 3, 25)


def test_renewal_gives_a_full_period_from_today():
    loan = make_loan(due=date(2026, 3, 23))
    assert renewed_due(loan, date(2026, 3, 20), RULE, closed_on()) == date(2026, 4, 10)


def test_renewal_never_shortens_the_loan():
    loan = make_loan(due=date(2026, 4, 30))
    assert renewed_due(loan, MONDAY, RULE, closed_on()) == date(2026, 4, 30)


# ---------------------------------------------------------------- limits


def test_below_the_item_limit_is_allowed():
    check_item_limit("Lovelace, Ada", RULE, 2)


def test_at_the_item_limit_is_refused():
    with pytest.raises(LoanLimitReached) as refused:
        check_item_limit("Lovelace, Ada", RULE, 3)
    assert str(refused.value) == (
        "Lovelace, Ada already has 3 book loan(s): the limit for adult patrons is 3."
    )


def test_renewal_within_the_limit_is_allowed():
    check_renewable(make_loan(date(2026, 3, 23), renewals=1), RULE)


def test_renewal_past_the_limit_is_refused():
    with pytest.raises(RenewalRefused) as refused:
        check_renewable(make_loan(date(2026, 3, 23), renewals=2), RULE)
    assert "3001 “Middlemarch” has been renewed 2 time(s)" in str(refused.value)
    assert "must come back by 2026-03-23" in str(refused.value)


def test_days_overdue_and_overdue_flag():
    loan = make_loan(due=date(2026, 3, 23))
    assert loan.days_overdue(date(2026, 3, 20)) == 0
    assert loan.days_overdue(date(2026, 3, 23)) == 0
    assert loan.days_overdue(date(2026, 3, 30)) == 7
    assert not loan.is_overdue(date(2026, 3, 23))
    assert loan.is_overdue(date(2026, 3, 24))


def test_a_returned_loan_is_never_overdue():
    returned = make_loan(due=date(2026, 3, 23), returned=datetime(2026, 4, 1, tzinfo=UTC))
    assert not returned.is_overdue(date(2026, 4, 10))


# ---------------------------------------------------------------- patrons


def test_a_patron_in_good_standing_may_borrow():
    check_may_borrow(make_patron(expires_on=MONDAY), MONDAY)
    check_may_borrow(make_patron(expires_on=None), MONDAY)


def test_a_blocked_patron_may_not_borrow():
    with pytest.raises(PatronBlocked, match="Lovelace, Ada is blocked: Lost DVD"):
        check_may_borrow(make_patron(blocked="Lost DVD"), MONDAY)


def test_an_expired_patron_may_not_borrow():
    with pytest.raises(PatronExpired) as refused:
        check_may_borrow(make_patron(expires_on=date(2026, 3, 1)), MONDAY)
    assert str(refused.value) == (
        "Lovelace, Ada's card expired on 2026-03-01 — renew the membership first."
    )


def test_a_block_is_reported_before_an_expiry():
    with pytest.raises(PatronBlocked):
        check_may_borrow(make_patron(blocked="Fines", expires_on=date(2020, 1, 1)), MONDAY)


def test_validate_draft_tidies_the_fields():
    draft = validate_draft(
        PatronDraft(" 2001 ", " Lovelace,  Ada ", " adult ", email=" ", phone=" ", notes=" ")
    )
    assert draft == PatronDraft("2001", "Lovelace, Ada", "adult")


@pytest.mark.parametrize("email", ["ada", "@example.org", "ada@"])
def test_validate_draft_refuses_a_bad_email(email):
    with pytest.raises(InvalidInput, match=f"does not look like an email address: {email}"):
        validate_draft(PatronDraft("2001", "Lovelace, Ada", "adult", email=email))


# -------------------------------------------------------------- catalogue


def test_only_available_and_on_loan_items_are_loanable():
    assert set(ItemStatus) - NOT_LOANABLE == {
        ItemStatus.AVAILABLE,
        ItemStatus.ON_LOAN,
        ItemStatus.ON_HOLD_SHELF,
    }
    check_loanable(make_item(ItemStatus.AVAILABLE))


@pytest.mark.parametrize("status", sorted(NOT_LOANABLE))
def test_items_off_the_shelf_are_not_loanable(status):
    with pytest.raises(ItemNotLoanable) as refused:
        check_loanable(make_item(status))
    assert str(refused.value) == (
        f"3001 “Middlemarch” cannot be lent: it is {status.label.lower()}."
    )


@pytest.mark.parametrize(
    ("raw", "isbn13"),
    [
        ("9780441478125", "9780441478125"),
        ("978-0-441-47812-5", "9780441478125"),
        ("0-306-40615-2", "9780306406157"),
        ("080442957X", "9780804429573"),
        ("  ", None),
        (None, None),
    ],
)
def test_normalize_isbn(raw, isbn13):
    assert normalize_isbn(raw) == isbn13


@pytest.mark.parametrize("raw", ["9780441478124", "0306406153", "abc", "97804414781"])
def test_normalize_isbn_refuses_a_bad_isbn(raw):
    with pytest.raises(InvalidInput, match=f"{raw} is not a valid ISBN"):
        normalize_isbn(raw)


def test_validate_biblio_tidies_and_normalizes():
    draft = validate_biblio(
        BiblioDraft("  Middle  march ", " Eliot,  George ", "0-306-40615-2", 1871, " "), 2026
    )
    assert draft == BiblioDraft("Middle march", "Eliot, George", "9780306406157", 1871, None)


@pytest.mark.parametrize(("year", "ok"), [(999, False), (1000, True), (2027, True), (2028, False)])
def test_year_must_be_plausible(year, ok):
    draft = BiblioDraft("Title", year=year)
    if ok:
        assert validate_biblio(draft, 2026).year == year
    else:
        with pytest.raises(InvalidInput, match=f"{year} is not a plausible year"):
            validate_biblio(draft, 2026)


def test_validate_item():
    assert validate_item(ItemDraft(" 3001 ", " FIC ", " ", "")) == ItemDraft("3001", "FIC")
    with pytest.raises(InvalidInput, match="needs a barcode"):
        validate_item(ItemDraft(" "))


@pytest.mark.parametrize(("text", "year"), [("1998", 1998), (" 2001 ", 2001), ("", None)])
def test_parse_year(text, year):
    assert parse_year(text) == year


def test_parse_year_refuses_words():
    with pytest.raises(InvalidInput, match="must be digits"):
        parse_year("c. 1850")


# ---------------------------------------------------------------- repairs


def test_mark_damaged_needs_a_note_and_a_repairable_item():
    assert check_can_mark_damaged(make_item(ItemStatus.ON_LOAN), "  torn  cover ") == "torn cover"
    with pytest.raises(InvalidInput):
        check_can_mark_damaged(make_item(ItemStatus.AVAILABLE), " ")
    with pytest.raises(LibtechError, match="already in the repair queue"):
        check_can_mark_damaged(make_item(ItemStatus.IN_REPAIR), "torn")
    with pytest.raises(LibtechError, match="has been withdrawn"):
        check_can_mark_damaged(make_item(ItemStatus.WITHDRAWN), "torn")


def test_status_after_a_repair():
    assert status_after(RepairOutcome.REPAIRED) is ItemStatus.AVAILABLE
    assert status_after(RepairOutcome.WITHDRAWN) is ItemStatus.WITHDRAWN


# ------------------------------------------------------------------- clock


def test_fixed_clock_advances():
    start = datetime(2026, 3, 2, 12, tzinfo=UTC)
    clock = FixedClock(start)
    clock.advance(days=1, hours=2)
    assert clock.now() == datetime(2026, 3, 3, 14, tzinfo=UTC)
    assert clock.today() == (start + timedelta(days=1, hours=2)).astimezone().date()


def test_fixed_clock_today_is_the_local_date():
    # An instant near midnight UTC falls on different calendar days around the world.
    instant = datetime(2026, 3, 2, 23, 30, tzinfo=UTC)
    local = instant.astimezone()
    assert FixedClock(instant).today() == local.date()
    assert FixedClock(instant).now().utcoffset() == timedelta(0)


def test_fixed_clock_keeps_the_instant_it_was_given():
    paris = timezone(timedelta(hours=1))
    clock = FixedClock(datetime(2026, 3, 2, 13, tzinfo=paris))
    assert clock.now() == datetime(2026, 3, 2, 12, tzinfo=UTC)


# ------------------------------------------------------------------ errors


def test_every_refusal_is_a_libtech_error_with_its_message():
    error = LoanLimitReached("Too many books.")
    assert isinstance(error, CirculationRefused)
    assert isinstance(error, LibtechError)
    assert str(error) == "Too many books."
    assert error.message == "Too many books."
    assert error.code == "loan_limit"
