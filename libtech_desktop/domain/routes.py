"""The bookmobile's routes and stops, and when a stop is visited (issue 7)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

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
