"""``libtech fines``, ``pay``, ``waive``, ``rules``, ``calendar close`` and backdated
``checkout``/``checkin --date``, end to end on real library files (in-process)."""

from __future__ import annotations

from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit

ADA = with_check_digit("2999900000001")
BOB = with_check_digit("2999900000002")
BOOK1 = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")


@pytest.fixture
def desk(cli: Any) -> Any:
    """Two patrons and two books."""
    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    assert cli("patron", "add", BOB, "--name", "Babbage, Charles").code == 0
    assert cli("biblio", "add", "--title", "Dune").code == 0
    assert cli("item", "add", "1", BOOK1).code == 0
    assert cli("item", "add", "1", BOOK2).code == 0
    return cli


def test_overdue_return_with_closed_days_then_pay_half_and_waive_the_rest(desk: Any) -> None:
    """The issue's "done when", from the command line."""
    rule = desk(
        "rules", "set", "--category", "adult", "--item-type", "book",
        "--fine-per-day", "0.50", "--grace-days", "1", "--max-fine", "20.00",
    )  # fmt: skip
    closed = desk("calendar", "close", "2026-02-25", "--to", "2026-02-27", "--reason", "Flood")
    out = desk("checkout", ADA, BOOK1, "--date", "2026-02-01")
    # Due 02-22, back 03-01: 7 days late, 3 closed, 1 grace -> 3 days at 0.50.
    back = desk("checkin", BOOK1, "--date", "2026-03-01")

    assert rule.code == closed.code == out.code == back.code == 0
    assert "due 2026-02-22" in out.out
    assert "OVERDUE by 7 days. Fine 1.50 charged." in back.out
    [fine] = desk("fines", "--patron", ADA, "--json").json()
    assert {k: fine[k] for k in ("patron", "item", "kind", "amount", "outstanding")} == {
        "patron": ADA,
        "item": BOOK1,
        "kind": "overdue",
        "amount": "1.50",
        "outstanding": "1.50",
    }

    paid = desk("pay", ADA, "0.75", "--method", "card")
    assert paid.code == 0
    assert "Paid 0.75 by card" in paid.out
    assert "Still owed: 0.75." in paid.out

    waived = desk("waive", str(fine["id"]), "--reason", "Flooded basement")
    assert waived.code == 0
    assert "0.00 still owed" in waived.out
    assert desk("fines", "--json").json() == []
    [settled] = desk("fines", "--all", "--json").json()
    assert settled["outstanding"] == "0.00"


def test_fines_lists_everyone_with_money_as_strings(desk: Any) -> None:
    desk("checkout", ADA, BOOK1, "--date", "2026-02-01")
    desk("checkout", BOB, BOOK2, "--date", "2026-02-02")
    desk("checkin", BOOK1, BOOK2)

    found = desk("fines", "--json").json()
    text = desk("fines")

    assert [(f["patron"], f["amount"]) for f in found] == [(ADA, "2.00"), (BOB, "1.75")]
    assert "2 fines, 3.75 owed." in text.out


def test_paying_more_than_is_owed_is_refused_with_the_amount(desk: Any) -> None:
    desk("checkout", ADA, BOOK1, "--date", "2026-02-01")
    desk("checkin", BOOK1)

    result = desk("pay", ADA, "5")

    assert result.code == 1
    assert "the most that can be paid is 2.00" in result.err
    assert desk("fines", "--json").json()[0]["outstanding"] == "2.00"


def test_waive_needs_a_reason(desk: Any) -> None:
    assert desk("waive", "1").code == 2
    assert desk("waive", "1", "--reason", " ").code == 1


def test_a_date_in_the_future_is_refused(desk: Any) -> None:
    result = desk("checkout", ADA, BOOK1, "--date", "2026-03-03")
    assert result.code == 1
    assert "in the future" in result.err
    assert desk("checkout", ADA, BOOK1, "--date", "yesterday").code == 2


def test_rules_set_creates_and_updates_and_refuses_unknown_codes(desk: Any) -> None:
    assert (
        desk("rules", "set", "--category", "child", "--item-type", "dvd", "--loan-days", "7").code
        == 0
    )
    changed = desk(
        "rules", "set", "--category", "child", "--item-type", "dvd", "--max-fine", "none"
    )
    unknown = desk("rules", "set", "--category", "pirate", "--item-type", "book")
    bad_type = desk("rules", "set", "--category", "adult", "--item-type", "scroll")

    rules = {(r["category"], r["item_type"]): r for r in desk("rules", "list", "--json").json()}
    assert changed.code == 0
    assert rules[("child", "dvd")] == {
        "category": "child",
        "item_type": "dvd",
        "loan_days": 7,
        "renewals": 3,
        "max_items": 25,
        "fine_per_day": "0.10",
        "grace_days": 0,
        "max_fine": None,
    }
    assert rules[("adult", "book")]["fine_per_day"] == "0.25"
    assert rules[("adult", "book")]["max_fine"] == "5.00"
    assert rules[("staff", "book")]["fine_per_day"] == "0.00"
    assert unknown.code == bad_type.code == 1
    assert "no patron category 'pirate'" in unknown.err
    assert "no item type 'scroll'" in bad_type.err


def test_calendar_close_skips_the_day_when_a_loan_falls_due(desk: Any) -> None:
    assert desk("calendar", "close", "2026-03-23").code == 0
    out = desk("checkout", ADA, BOOK1)
    assert "due 2026-03-24" in out.out
    assert desk("calendar", "close", "2026-03-23", "--to", "2026-03-01").code == 1
