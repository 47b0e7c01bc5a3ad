"""What the bookmobile's routes, stops and truck need from storage (issue 7)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.routes import Route, Stop, StopSchedule, StopStatistics, TruckItem
from libtech_desktop.domain.staff import Actor


class RouteRepository(Protocol):
    def routes(self) -> Sequence[Route]: ...
    def route_by_name(self, name: str) -> Route | None: ...
    def stops(self, route_id: int | None = None) -> Sequence[Stop]:
        """The stops (of one route, or all), by route then position."""

    def stop_by_id(self, stop_id: int) -> Stop | None: ...
    def stop_by_name(self, name: str) -> Stop | None: ...
    def set_loan_stop(self, loan_id: int, stop_id: int) -> None:
        """The loan was made at this stop."""

    def set_return_stop(self, loan_id: int, stop_id: int) -> None:
        """The loan ended at this stop."""

    def loaded_at(self, item_id: int) -> datetime | None:
        """When the item was scanned onto the truck, if it is on it."""

    def add_route(self, name: str, notes: str | None) -> Route: ...
    def update_route(self, route_id: int, name: str, notes: str | None) -> Route: ...
    def add_stop(
        self, route_id: int, name: str, schedule: StopSchedule, address: str | None, position: int
    ) -> Stop: ...
    def update_stop(self, stop_id: int, changes: Mapping[str, object]) -> Stop:
        """Set these columns of the stop (names as in :class:`Stop`)."""

    def stop_statistics(
        self, start: datetime, end: datetime, route_id: int | None
    ) -> Sequence[StopStatistics]:
        """Per stop (active or not, of one route or all): loans made there from ``start``
        (inclusive) to ``end`` (exclusive), loans returned there, distinct borrowers, and
        renewals journalled there."""

    # -- the truck ---------------------------------------------------------------

    def open_load_from(self, item_id: int) -> tuple[bool, str | None]:
        """(whether the item is on the truck, where it came from)."""

    def load(self, item_id: int, to_location: str, actor: Actor, now: datetime) -> None:
        """Record the item's load (its present location kept) and move it to the truck."""

    def unload(self, item_id: int, to_location: str | None, actor: Actor, now: datetime) -> None:
        """Close the item's open load and move the item to ``to_location``."""

    def on_truck(self) -> Sequence[TruckItem]:
        """Items with an open load, in shelf order."""
