"""What the bookmobile's routes, stops and truck need from storage (issue 7)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.routes import Route, Stop


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
