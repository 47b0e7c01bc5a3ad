"""The fines arithmetic of ``domain.fines``: days charged, grace, closed days, the cap,
sharing a payment over fines, and the running balance of a statement."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.fines import (
    Credit,
    Fine,
    allocate,
    clean_reason,
    overdue_fine,
    statement,
)

DUE = date(2026, 3, 23)  # a Monday


def rule(per_day: int = 25, grace: int = 0, cap: int | None = None) -> LoanRule:
    return LoanRule("adult", "book", 21, 3, 25, per_day, grace, cap)


def never_closed(_day: date) -> bool:
    return False


def test_returned_on_the_due_date_is_not_fined() -> None:
    fine = overdue_fine(DUE, DUE, rule(), never_closed)
    assert (fine.days_late, fine.days_charged, fine.amount_minor) == (0, 0, 0)


def test_each_day_late_costs_the_daily_fine() -> None:
    fine = overdue_fine(DUE, DUE + timedelta(days=3), rule(per_day=25), never_closed)
    assert (fine.days_late, fine.days_charged, fine.amount_minor) == (3, 3, 75)


def test_closed_days_are_not_charged() -> None:
    closed = {date(2026, 3, 24), date(2026, 3, 25)}
    fine = overdue_fine(DUE, date(2026, 3, 29), rule(per_day=50), closed.__contains__)
    assert fine.days_late == 6
    assert fine.days_charged == 4
    assert fine.amount_minor == 200


def test_closed_days_before_the_due_date_do_not_matter() -> None:
    closed = {date(2026, 3, 22), DUE}
    fine = overdue_fine(DUE, DUE + timedelta(days=2), rule(per_day=10), closed.__contains__)
    assert fine.amount_minor == 20


def test_grace_days_are_the_first_open_days_late() -> None:
    closed = {date(2026, 3, 24)}
    one_grace = rule(per_day=100, grace=1)
    # 2 days late, one of them closed: one open day, forgiven by the grace day.
    assert (
        overdue_fine(DUE, DUE + timedelta(days=2), one_grace, closed.__contains__).amount_minor == 0
    )
    # 3 days late: two open days, one forgiven.
    assert (
        overdue_fine(DUE, DUE + timedelta(days=3), one_grace, closed.__contains__).amount_minor
        == 100
    )


def test_the_fine_stops_at_the_rules_maximum() -> None:
    fine = overdue_fine(DUE, DUE + timedelta(days=30), rule(per_day=25, cap=500), never_closed)
    assert fine.amount_minor == 500
    assert fine.capped
    below = overdue_fine(DUE, DUE + timedelta(days=19), rule(per_day=25, cap=500), never_closed)
    assert (below.amount_minor, below.capped) == (475, False)


def test_a_rule_without_a_fine_charges_nothing() -> None:
    assert (
        overdue_fine(DUE, DUE + timedelta(days=9), rule(per_day=0), never_closed).amount_minor == 0
    )


AT = datetime(2026, 3, 1, 12, tzinfo=UTC)


def fine(fid: int, outstanding: int, amount: int | None = None, minutes: int = 0) -> Fine:
    return Fine(
        id=fid,
        patron_barcode="P1",
        patron_name="Lovelace, Ada",
        item_barcode=None,
        title=None,
        loan_id=None,
        kind="manual",
        amount_minor=amount if amount is not None else outstanding,
        outstanding_minor=outstanding,
        description=f"Charge {fid}",
        created=AT + timedelta(minutes=minutes),
        created_by="desk",
    )


def test_a_payment_pays_the_oldest_fine_off_first() -> None:
    shares = allocate(250, [fine(1, 100), fine(2, 200), fine(3, 300)])
    assert [(f.id, share) for f, share in shares] == [(1, 100), (2, 150)]


def test_a_payment_of_more_than_is_owed_is_refused_with_the_amount_owed() -> None:
    with pytest.raises(InvalidInput, match=r"the most that can be paid is 3\.00"):
        allocate(301, [fine(1, 100), fine(2, 200)])


@pytest.mark.parametrize("amount", [0, -5])
def test_a_payment_of_nothing_is_refused(amount: int) -> None:
    with pytest.raises(InvalidInput):
        allocate(amount, [fine(1, 100)])


def test_a_waiver_needs_a_reason() -> None:
    with pytest.raises(InvalidInput, match="reason"):
        clean_reason("   ", "waiver")
    assert clean_reason("  first   offence ", "waiver") == "first offence"


def test_statement_has_a_running_balance_in_date_order() -> None:
    fines = [fine(1, 50, amount=300), fine(2, 200, minutes=10)]
    credits = [
        Credit(1, 1, "payment", 150, None, AT + timedelta(minutes=20), "desk", 7, "cash"),
        Credit(2, 1, "waiver", 100, "first offence", AT + timedelta(minutes=30), "alice"),
    ]
    lines = statement(fines, credits)
    assert [(ln.kind, ln.amount_minor, ln.balance_minor) for ln in lines] == [
        ("manual", 300, 300),
        ("manual", 200, 500),
        ("payment", -150, 350),
        ("waiver", -100, 250),
    ]
    assert "first offence" in lines[3].description
    assert lines[3].by == "alice"
    assert "by cash" in lines[2].description
