"""``libtech route|stop|truck`` end to end on a real library file (issue 7). The CLI lives
on Monday 2 March 2026."""

from __future__ import annotations

from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit

from .conftest import assert_one_error_line

ADA = with_check_digit("2999900000001")
BOOK1 = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")


@pytest.fixture
def desk(cli: Any) -> Any:
    """A North loop with Millbrook School (Mondays, so today) and Elm Farm (fortnightly
    Thursdays); Ada; two books on the Adult fiction shelves."""
    assert cli("init").code == 0
    assert cli("route", "add", "North loop").code == 0
    school = cli(
        "route", "add-stop", "North loop", "Millbrook School", "--weekday", "Monday",
        "--starts", "10:00", "--ends", "11:30", "--first-visit", "2026-03-02",
    )  # fmt: skip
    assert school.out == "Added stop Millbrook School to North loop: Mondays 10:00–11:30.\n"
    farm = cli(
        "route", "add-stop", "North loop", "Elm Farm", "--weekday", "thu", "--starts", "14:00",
        "--ends", "15:00", "--first-visit", "2026-03-05", "--every-weeks", "2",
    )  # fmt: skip
    assert farm.code == 0
    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    record = cli("biblio", "add", "--title", "Emma").out.strip().splitlines()[-1]
    for code, call in ((BOOK1, "FIC AUS"), (BOOK2, "FIC BRO")):
        added = cli("item", "add", record, code, "--call-number", call, "--location", "Fiction")
        assert added.code == 0
    return cli


def test_routes_and_stops_are_listed(desk):
    assert desk("route", "list").out == "North loop\n"
    assert desk("route", "list", "--json").json()[0]["name"] == "North loop"
    lines = desk("route", "stops").out.splitlines()
    assert lines == [
        "North loop / Millbrook School: Mondays 10:00–11:30, next 2026-03-02",
        "North loop / Elm Farm: every 2 weeks on Thursday 14:00–15:00, next 2026-03-05",
    ]
    stops = desk("route", "stops", "North loop", "--json").json()
    assert [(s["name"], s["every_weeks"], s["next_visit"]) for s in stops] == [
        ("Millbrook School", 1, "2026-03-02"),
        ("Elm Farm", 2, "2026-03-05"),
    ]


def test_visits_skip_closed_days(desk):
    assert desk("calendar", "close", "2026-03-19", "--reason", "Flood").code == 0
    visits = desk("route", "visits", "Elm Farm", "--count", "2", "--json").json()
    assert visits == ["2026-03-05", "2026-04-02"]
    assert desk("route", "visits", "Elm Farm", "--count", "1").out == "2026-03-05 Thursday\n"


def test_a_bad_stop_is_refused_in_one_line(desk):
    wrong_day = desk(
        "route", "add-stop", "North loop", "Green", "--weekday", "Tuesday", "--starts", "10:00",
        "--ends", "11:00", "--first-visit", "2026-03-14",
    )  # fmt: skip
    assert_one_error_line(wrong_day, "14 Mar 2026 is a Saturday, not a Tuesday")
    same_name = desk(
        "route", "add-stop", "North loop", "Elm Farm", "--weekday", "Tuesday", "--starts",
        "10:00", "--ends", "11:00", "--first-visit", "2026-03-03",
    )  # fmt: skip
    assert_one_error_line(same_name, "already a stop called “Elm Farm”")
    backwards = desk("route", "update-stop", "Elm Farm", "--ends", "13:00")
    assert_one_error_line(backwards, "end after it starts")
    assert len(desk("route", "stops", "--json").json()) == 2


def test_update_and_retire_a_stop(desk):
    moved = desk("route", "update-stop", "Elm Farm", "--every-weeks", "1", "--name", "Elm Farms")
    assert moved.out == "Stop Elm Farms (North loop): Thursdays 14:00–15:00.\n"
    assert desk("route", "retire-stop", "Elm Farms").code == 0
    assert desk("route", "stops").out.splitlines()[1].endswith("no visit to come [retired]")
    assert_one_error_line(desk("stop", "set", "Elm Farms"), "retired")


def test_a_loan_at_the_current_stop_falls_due_on_a_visit_and_counts_there(desk):
    assert desk("stop", "show").out == "At the branch (no stop set for today).\n"
    assert desk("stop", "set", "Millbrook School").code == 0
    assert desk("stop", "show", "--json").json()["name"] == "Millbrook School"
    assert desk("checkout", ADA, BOOK1).code == 0
    loans = desk("loans", "--json").json()
    assert loans[0]["due"] == "2026-03-23"  # the 21-day rule's Monday is a visit
    assert desk("stop", "set", "--clear").code == 0
    assert desk("checkin", BOOK1).code == 0
    stats = desk("route", "stats", "--from", "2026-03-02", "--to", "2026-03-02", "--json").json()
    assert [(s["stop"], s["checkouts"], s["checkins"], s["borrowers"]) for s in stats] == [
        ("Millbrook School", 1, 0, 1),
        ("Elm Farm", 0, 0, 0),
    ]
    table = desk("route", "stats", "--from", "2026-03-01", "--to", "2026-03-31").out
    assert "Millbrook School" in table.splitlines()[1]


def test_unknown_stop_is_refused(desk):
    assert_one_error_line(desk("stop", "set", "Atlantis"), "no stop called “Atlantis”")
    assert_one_error_line(desk("route", "visits", "Atlantis"), "Atlantis")


def test_load_list_and_unload_the_truck(desk):
    loaded = desk("truck", "load", BOOK2, BOOK1)
    assert loaded.out.splitlines() == [
        f"Loaded {BOOK2} “Emma” from Fiction.",
        f"Loaded {BOOK1} “Emma” from Fiction.",
    ]
    assert desk("item", "show", BOOK1, "--json").json()["location"] == "Bookmobile"
    listing = desk("truck", "list", "--json").json()
    assert [t["barcode"] for t in listing] == [BOOK1, BOOK2]  # shelf order: FIC AUS first
    assert desk("truck", "list").last_line == "2 items on the truck."
    again = desk("truck", "load", BOOK1)
    assert (again.code, again.out) == (0, f"{BOOK1} “Emma” is already on the truck.\n")
    assert desk("truck", "unload", BOOK1).out == f"Unloaded {BOOK1} “Emma” to Fiction.\n"
    assert desk("truck", "unload", BOOK2, "--to", "Stacks").code == 0
    assert desk("item", "show", BOOK2, "--json").json()["location"] == "Stacks"
    assert desk("truck", "list").last_line == "0 items on the truck."


def test_truck_refusals_are_one_line_each_and_the_rest_goes_on(desk):
    assert desk("checkout", ADA, BOOK1).code == 0
    result = desk("truck", "load", BOOK1, "nonsense", BOOK2)
    assert result.code == 1
    errors = result.err.strip().splitlines()
    assert len(errors) == 2 and all(e.startswith("libtech: error: ") for e in errors)
    assert "check it in" in errors[0] and "nonsense" in errors[1]
    assert result.out == f"Loaded {BOOK2} “Emma” from Fiction.\n"
