"""Time, injected: services never call ``datetime.now()`` themselves."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware UTC (what the database stores)."""
        ...

    def today(self) -> date:
        """The library's calendar date: local time, the day the desk lives in."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now().astimezone().date()


@dataclass
class FixedClock:
    """A clock for tests and scripts: set it, advance it."""

    instant: datetime

    def now(self) -> datetime:
        return self.instant

    def today(self) -> date:
        return self.instant.astimezone().date()

    def advance(self, *, days: int = 0, hours: int = 0) -> None:
        self.instant += timedelta(days=days, hours=hours)


def to_local(instant: datetime) -> datetime:
    """Convert a stored UTC instant to local time for display."""
    return instant.astimezone()
