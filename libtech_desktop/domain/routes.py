"""The bookmobile's routes and stops, and when a stop is visited (issue 7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum

from libtech_desktop.domain.errors import InvalidInput, LibtechError, NotFound

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class Route:
    id: int
    name: str
    notes: str | None = None
    active: bool = True


@dataclass(frozen=True)
class Stop:
    id: int
    route_id: int
    route_name: str
    name: str
    position: int
    #: Monday is 0.
    weekday: int
    starts_at: str
    ends_at: str
    every_weeks: int
    first_visit: date
    address: str | None = None
    active: bool = True

    @property
    def schedule(self) -> str:
        """ "Tuesdays 10:00–11:30", "every 2 weeks on Tuesday 10:00–11:30"."""
        day = WEEKDAYS[self.weekday]
        hours = f"{self.starts_at}–{self.ends_at}"
        if self.every_weeks == 1:
            return f"{day}s {hours}"
        return f"every {self.every_weeks} weeks on {day} {hours}"


def visits(stop: Stop, start: date) -> Iterator[date]:
    """The stop's visits on or after ``start``, in order (without end)."""
    period = 7 * stop.every_weeks
    if start <= stop.first_visit:
        day = stop.first_visit
    else:
        periods = -(-(start - stop.first_visit).days // period)
        day = stop.first_visit + timedelta(days=periods * period)
    while True:
        yield day
        day += timedelta(days=period)


def next_visit(stop: Stop, on_or_after: date, is_closed: Callable[[date], bool]) -> date:
    """The first visit of ``stop`` on or after the day, skipping days the library is
    closed. A loan made at a stop is due on such a visit."""
    for count, day in enumerate(visits(stop, on_or_after)):
        if not is_closed(day):
            return day
        if count > 400:
            break
    raise ValueError(f"Stop {stop.name} has no open visit in the next years.")


class RouteRefused(LibtechError):
    """A route, stop or truck action that cannot be done as asked (the message says why)."""

    code = "route_refused"


class UnknownStop(NotFound):
    code = "unknown_stop"


MAX_EVERY_WEEKS = 8


def weekday_number(text: str | int) -> int:
    """0-6 from a number or a day's name or its first three letters ("tue")."""
    if isinstance(text, int):
        if 0 <= text <= 6:
            return text
        raise InvalidInput(f"A weekday is 0 (Monday) to 6 (Sunday), not {text}.")
    word = text.strip().lower()
    for number, name in enumerate(WEEKDAYS):
        if len(word) >= 3 and name.lower().startswith(word):
            return number
    if word.isdigit():
        return weekday_number(int(word))
    raise InvalidInput(f"“{text}” is not a day of the week (Monday … Sunday).")


def clean_time(text: str, what: str = "time") -> str:
    """ "9:30" → "09:30"; anything not a clock time HH:MM is refused."""
    raw = text.strip()
    hours, sep, minutes = raw.partition(":")
    if (
        not sep
        or not hours.isdigit()
        or not minutes.isdigit()
        or len(minutes) != 2
        or not 0 <= int(hours) <= 23
        or not 0 <= int(minutes) <= 59
    ):
        raise InvalidInput(f"The {what} “{text}” is not a time of day HH:MM (like 09:30).")
    return f"{int(hours):02d}:{minutes}"


def day_words(day: date) -> str:
    """ "14 Mar 2026"."""
    return f"{day.day} {day.strftime('%b %Y')}"


@dataclass(frozen=True)
class StopSchedule:
    """A stop's schedule as typed, checked by :func:`check_schedule`."""

    weekday: int
    starts_at: str
    ends_at: str
    first_visit: date
    every_weeks: int = 1


def check_schedule(
    weekday: int | str, starts_at: str, ends_at: str, first_visit: date, every_weeks: int
) -> StopSchedule:
    """The schedule, cleaned, or :class:`InvalidInput` saying what is wrong."""
    day = weekday_number(weekday)
    start, end = clean_time(starts_at, "start time"), clean_time(ends_at, "end time")
    if end <= start:
        raise InvalidInput(f"A visit must end after it starts: {start}–{end}.")
    if not 1 <= every_weeks <= MAX_EVERY_WEEKS:
        raise InvalidInput(
            f"A stop is visited every 1 to {MAX_EVERY_WEEKS} weeks, not every {every_weeks}."
        )
    if first_visit.weekday() != day:
        raise InvalidInput(
            f"{day_words(first_visit)} is a {WEEKDAYS[first_visit.weekday()]}, "
            f"not a {WEEKDAYS[day]}: the first visit falls on the stop's weekday."
        )
    return StopSchedule(day, start, end, first_visit, every_weeks)


def clean_name(text: str, what: str) -> str:
    name = " ".join(text.split())
    if not name:
        raise InvalidInput(f"A {what} needs a name.")
    if len(name) > 100:
        raise InvalidInput(f"A {what} name has at most 100 characters.")
    return name


def visited_on(stop: Stop, day: date) -> bool:
    """Whether the schedule brings the bookmobile to ``stop`` on ``day``."""
    return stop.active and next(visits(stop, day)) == day


@dataclass(frozen=True)
class StopStatistics:
    """What happened at one stop between two days (inclusive)."""

    stop: str
    route: str
    checkouts: int
    checkins: int
    #: Distinct patrons who borrowed there.
    borrowers: int
    renewals: int


@dataclass(frozen=True)
class TruckItem:
    """An item on the truck: what it is, where it came from, when it was loaded."""

    barcode: str
    title: str
    call_number: str | None
    from_location: str | None
    loaded_at: datetime
    loaded_by: str


class TruckAction(Enum):
    LOADED = "loaded"
    UNLOADED = "unloaded"
    ALREADY_LOADED = "already_loaded"
    NOT_LOADED = "not_loaded"


@dataclass(frozen=True)
class TruckScan:
    """One scan at the truck: the item, what happened, a line for the desk."""

    barcode: str
    title: str
    action: TruckAction
    #: The item's location after the scan.
    location: str | None
    message: str

    @property
    def changed(self) -> bool:
        return self.action in (TruckAction.LOADED, TruckAction.UNLOADED)
