"""Routes and stops: the schedule, the stop the desk is at, loans due on a stop's visit,
and statistics per stop (issue 7). The clock starts on Monday 2 March 2026."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.errors import InvalidInput, NotFound
from libtech_desktop.domain.routes import RouteRefused

TUE = date(2026, 3, 3)  # the first Tuesday after the clock's Monday


@pytest.fixture
def route(library):
    library.routes.add_route("North loop")
    return library.routes


@pytest.fixture
def school(route):
    """Millbrook School, every Tuesday 10:00–11:30 from 3 March."""
    return route.add_stop("North loop", "Millbrook School", "Tuesday", "10:00", "11:30", TUE)


# ------------------------------------------------------------------ the schedule


def test_a_weekly_stop_is_visited_every_week(route, school):
    assert school.schedule == "Tuesdays 10:00–11:30"
    assert route.next_visits("Millbrook School", 3) == [
        date(2026, 3, 3),
        date(2026, 3, 10),
        date(2026, 3, 17),
    ]


def test_a_fortnightly_stop_skips_the_weeks_between(route):
    route.add_stop("North loop", "Elm Farm", "thu", "14:00", "15:00", date(2026, 3, 5), 2)
    visits = route.next_visits("Elm Farm", 3, start=date(2026, 3, 6))
    assert visits == [date(2026, 3, 19), date(2026, 4, 2), date(2026, 4, 16)]


def test_a_stop_first_visited_later_has_no_visit_before(route):
    route.add_stop("North loop", "New estate", "Friday", "9:00", "9:45", date(2026, 4, 3))
    assert route.next_visits("New estate", 2) == [date(2026, 4, 3), date(2026, 4, 10)]
    assert route.stop("New estate").starts_at == "09:00"


def test_closed_days_are_skipped(library, route, school):
    library.rules.close_days(date(2026, 3, 10), reason="Bookmobile serviced")
    assert route.next_visits("Millbrook School", 2) == [date(2026, 3, 3), date(2026, 3, 17)]


def test_today_stops_lists_the_day_in_route_order(route, school):
    route.add_stop("North loop", "Village green", "Tuesday", "12:30", "13:30", TUE, position=2)
    route.add_stop("North loop", "Early corner", "Tuesday", "08:30", "09:00", TUE, position=0)
    route.add_stop("North loop", "Thursday farm", "Thursday", "10:00", "11:00", date(2026, 3, 5))
    names = [s.name for s in route.today_stops(TUE)]
    assert names == ["Early corner", "Millbrook School", "Village green"]
    assert route.today_stops(date(2026, 3, 4)) == []


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (
            ("Tuesday", "10:00", "11:00", date(2026, 3, 14)),
            "14 Mar 2026 is a Saturday, not a Tuesday",
        ),
        (("Monday", "10:00", "11:00", TUE), "3 Mar 2026 is a Tuesday, not a Monday"),
        (("Tuesday", "11:00", "10:30", TUE), "end after it starts"),
        (("Tuesday", "25:00", "26:00", TUE), "HH:MM"),
        (("Someday", "10:00", "11:00", TUE), "not a day of the week"),
    ],
)
def test_a_bad_schedule_is_refused_and_says_why(route, args, words):
    with pytest.raises(InvalidInput, match=words):
        route.add_stop("North loop", "Bad", *args)
    assert route.stops() == []


def test_every_weeks_is_one_to_eight(route):
    with pytest.raises(InvalidInput, match="every 1 to 8 weeks"):
        route.add_stop("North loop", "Rare", "Tuesday", "10:00", "11:00", TUE, every_weeks=9)


def test_stop_names_are_unique(route, school):
    route.add_route("South loop")
    with pytest.raises(RouteRefused, match="already a stop called “Millbrook School”"):
        route.add_stop(
            "South loop", "Millbrook  School", "Wednesday", "10:00", "11:00", date(2026, 3, 4)
        )


def test_unknown_route_and_stop_are_refused(route):
    with pytest.raises(NotFound, match="no route called “Nowhere”"):
        route.add_stop("Nowhere", "X", "Tuesday", "10:00", "11:00", TUE)
    with pytest.raises(NotFound, match="no stop called “Nowhere”"):
        route.next_visits("Nowhere")


def test_update_stop_changes_only_what_is_given(route, school):
    updated = route.update_stop("Millbrook School", every_weeks=2, address="1 School Lane")
    assert (updated.every_weeks, updated.address, updated.starts_at) == (
        2,
        "1 School Lane",
        "10:00",
    )
    with pytest.raises(InvalidInput, match="not a Wednesday"):
        route.update_stop("Millbrook School", weekday="Wednesday")
    assert route.stop("Millbrook School").weekday == 1


def test_a_retired_stop_is_kept_but_no_longer_visited(route, school):
    route.set_current_stop("Millbrook School")
    retired = route.retire_stop("Millbrook School")
    assert not retired.active
    assert [s.name for s in route.stops()] == ["Millbrook School"]
    assert route.today_stops(TUE) == []
    assert route.current_stop() is None
    with pytest.raises(RouteRefused, match="retired"):
        route.set_current_stop("Millbrook School")


def test_rename_route(route):
    renamed = route.rename_route("North loop", "North circuit")
    assert [r.name for r in route.routes()] == [renamed.name] == ["North circuit"]


# ------------------------------------------------------------------ the current stop


def test_the_current_stop_expires_at_the_end_of_its_day(route, school, clock):
    assert route.current_stop() is None
    route.set_current_stop("Millbrook School")
    assert route.current_stop() == school
    clock.advance(days=1)
    assert route.current_stop() is None


def test_at_the_branch_clears_the_current_stop(route, school):
    route.set_current_stop("Millbrook School")
    assert route.set_current_stop(None) is None
    assert route.current_stop() is None


# ------------------------------------------------------------------ due on a visit


def test_a_loan_at_a_stop_falls_due_on_its_next_visit(library, route, school, patron, item, clock):
    clock.advance(days=3)  # Thursday 5 March: the 21-day rule gives Thursday 26 March
    route.set_current_stop("Millbrook School")
    loan = library.circulation.checkout(patron.barcode, item.barcode)
    assert loan.due == date(2026, 3, 31)  # the next Tuesday visit


def test_a_closed_visit_is_skipped_for_the_due_date(library, route, school, patron, item, clock):
    library.rules.close_days(date(2026, 3, 31), reason="Easter")
    clock.advance(days=3)
    route.set_current_stop("Millbrook School")
    assert library.circulation.checkout(patron.barcode, item.barcode).due == date(2026, 4, 7)


def test_a_renewal_at_a_stop_falls_due_on_a_visit(library, route, school, patron, item, clock):
    library.circulation.checkout(patron.barcode, item.barcode)  # branch: due Mon 23 March
    clock.advance(days=3)
    route.set_current_stop("Millbrook School")
    renewed = library.circulation.renew(item.barcode)  # rule: Thu 26 March → Tue 31 March
    assert renewed.due == date(2026, 3, 31)


def test_loans_at_the_branch_are_unchanged(library, route, school, patron, item, clock):
    clock.advance(days=3)
    route.set_current_stop("Millbrook School")
    route.set_current_stop(None)
    assert library.circulation.checkout(patron.barcode, item.barcode).due == date(2026, 3, 26)


def test_yesterdays_stop_does_not_set_todays_due_dates(library, route, school, patron, item, clock):
    clock.advance(days=2)
    route.set_current_stop("Millbrook School")
    clock.advance(days=1)
    assert library.circulation.checkout(patron.barcode, item.barcode).due == date(2026, 3, 26)


# ------------------------------------------------------------------ statistics


def test_loans_remember_their_stops_and_count_per_stop(
    library, route, school, make_patron, make_item, clock, db_rows
):
    route.add_stop("North loop", "Village green", "Tuesday", "12:30", "13:30", TUE)
    ada, bob = make_patron("Lovelace, Ada"), make_patron("Babbage, Bob")
    one, two, three = make_item(), make_item(), make_item()
    clock.advance(days=1)  # Tuesday 3 March
    route.set_current_stop("Millbrook School")
    library.circulation.checkout(ada.barcode, one.barcode)
    library.circulation.checkout(ada.barcode, two.barcode)
    library.circulation.checkout(bob.barcode, three.barcode)
    route.set_current_stop("Village green")
    library.circulation.checkin(one.barcode)
    library.circulation.renew(two.barcode)
    route.set_current_stop(None)
    library.circulation.checkin(three.barcode)  # at the branch

    rows = db_rows(
        "SELECT i.barcode, s.name, r.name FROM loans l JOIN items i ON i.id = l.item_id "
        "LEFT JOIN stops s ON s.id = l.stop_id LEFT JOIN stops r ON r.id = l.returned_stop_id "
        "ORDER BY i.barcode"
    )
    assert rows == [
        (one.barcode, "Millbrook School", "Village green"),
        (two.barcode, "Millbrook School", None),
        (three.barcode, "Millbrook School", None),
    ]
    stats = {s.stop: s for s in route.stop_statistics(TUE, TUE)}
    school_stats, green = stats["Millbrook School"], stats["Village green"]
    assert (school_stats.checkouts, school_stats.borrowers, school_stats.checkins) == (3, 2, 0)
    assert (green.checkouts, green.checkins, green.renewals) == (0, 1, 1)
    assert all(s.checkouts == 0 for s in route.stop_statistics(date(2026, 3, 4), date(2026, 3, 9)))


def test_statistics_refuse_a_period_that_ends_before_it_starts(route):
    with pytest.raises(InvalidInput, match="ends"):
        route.stop_statistics(date(2026, 3, 5), date(2026, 3, 4))


# ------------------------------------------------------------------ the demo


def test_the_demo_has_a_route_with_a_stop_today_and_items_on_the_truck(library):
    from libtech_desktop.services.demo import DemoService

    DemoService(library.context).populate(patrons=5, items=30)
    assert [r.name for r in library.routes.routes()] == ["North loop"]
    assert [s.name for s in library.routes.today_stops()] == ["Millbrook School", "Village green"]
    on_truck = library.truck.on_truck()
    assert len(on_truck) == 6
    assert all(library.catalogue.item(t.barcode).location == "Bookmobile" for t in on_truck)
