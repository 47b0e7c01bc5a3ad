"""The bookmobile's routes and stops (issue 7): where the truck is today, and the due
date of a loan made at a stop (the stop's next visit on or after the rule's due date).

:func:`stop_for_action` and :func:`due_at_stop` are the hooks circulation calls inside
its unit of work.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.routes import (
    Route,
    RouteRefused,
    Stop,
    StopStatistics,
    UnknownStop,
    check_schedule,
    clean_name,
    next_visit,
    visited_on,
    visits,
)
from libtech_desktop.services import journal
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

#: JSON {"stop_id": N, "day": "YYYY-MM-DD"}: the stop the bookmobile is at, that day only.
CURRENT_STOP_KEY = "bookmobile.current_stop"


def stop_for_action(uow: UnitOfWork, today: date) -> Stop | None:
    """The stop a desk action happens at: the replayed operation's stop during a merge,
    else the stop this desk is at today (set by the technician), else ``None``."""
    origin = journal.current_origin()
    if origin is not None:
        return uow.routes.stop_by_name(origin.stop) if origin.stop else None
    text = uow.settings.get(CURRENT_STOP_KEY)
    if not text:
        return None
    try:
        current = json.loads(text)
        if date.fromisoformat(current["day"]) != today:
            return None
        return uow.routes.stop_by_id(int(current["stop_id"]))
    except (ValueError, KeyError, TypeError):
        return None


def due_at_stop(uow: UnitOfWork, stop: Stop, due: date) -> date:
    """A loan made at ``stop`` is due on its first visit on or after ``due``."""
    return next_visit(stop, due, uow.rules.is_closed)


def require_stop(uow: UnitOfWork, name: str) -> Stop:
    stop = uow.routes.stop_by_name(" ".join(name.split()))
    if stop is None:
        raise UnknownStop(f"There is no stop called “{name}”.")
    return stop


def require_route(uow: UnitOfWork, name: str) -> Route:
    route = uow.routes.route_by_name(" ".join(name.split()))
    if route is None:
        raise UnknownStop(f"There is no route called “{name}”.")
    return route


def _local_midnight(day: date) -> datetime:
    """The UTC instant the library's local ``day`` begins."""
    return datetime.combine(day, time()).astimezone().astimezone(UTC)


#: What :meth:`RouteService.update_stop` takes; ``None`` keeps the present value.
_SCHEDULE_FIELDS = ("weekday", "starts_at", "ends_at", "first_visit", "every_weeks")


class RouteService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def today(self) -> date:
        """The library's date (the desk's calendar)."""
        return self._ctx.clock.today()

    # -- routes ------------------------------------------------------------------

    def routes(self) -> list[Route]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.routes.routes())

    def add_route(self, name: str, notes: str | None = None) -> Route:
        cleaned = clean_name(name, "route")
        with self._ctx.unit_of_work() as uow:
            if uow.routes.route_by_name(cleaned) is not None:
                raise RouteRefused(f"There is already a route called “{cleaned}”.")
            route = uow.routes.add_route(cleaned, (notes or "").strip() or None)
            uow.commit()
        return route

    def rename_route(self, name: str, new_name: str, notes: str | None = None) -> Route:
        """Rename a route (``notes`` ``None`` keeps them)."""
        cleaned = clean_name(new_name, "route")
        with self._ctx.unit_of_work() as uow:
            route = require_route(uow, name)
            other = uow.routes.route_by_name(cleaned)
            if other is not None and other.id != route.id:
                raise RouteRefused(f"There is already a route called “{cleaned}”.")
            kept = route.notes if notes is None else (notes.strip() or None)
            renamed = uow.routes.update_route(route.id, cleaned, kept)
            uow.commit()
        return renamed

    # -- stops -------------------------------------------------------------------

    def stops(self, route: str | None = None) -> list[Stop]:
        """The stops (of one route, or all), by route then position; retired ones too."""
        with self._ctx.unit_of_work() as uow:
            route_id = require_route(uow, route).id if route else None
            return list(uow.routes.stops(route_id))

    def stop(self, name: str) -> Stop:
        with self._ctx.unit_of_work() as uow:
            return require_stop(uow, name)

    def add_stop(
        self,
        route: str,
        name: str,
        weekday: int | str,
        starts_at: str,
        ends_at: str,
        first_visit: date,
        every_weeks: int = 1,
        address: str | None = None,
        position: int | None = None,
    ) -> Stop:
        cleaned = clean_name(name, "stop")
        schedule = check_schedule(weekday, starts_at, ends_at, first_visit, every_weeks)
        with self._ctx.unit_of_work() as uow:
            found = require_route(uow, route)
            _check_unique(uow, cleaned)
            if position is None:
                position = 1 + max((s.position for s in uow.routes.stops(found.id)), default=0)
            stop = uow.routes.add_stop(
                found.id, cleaned, schedule, (address or "").strip() or None, position
            )
            uow.commit()
        return stop

    def update_stop(
        self,
        name: str,
        *,
        new_name: str | None = None,
        route: str | None = None,
        weekday: int | str | None = None,
        starts_at: str | None = None,
        ends_at: str | None = None,
        first_visit: date | None = None,
        every_weeks: int | None = None,
        address: str | None = None,
        position: int | None = None,
        active: bool | None = None,
    ) -> Stop:
        """Change what is given (``None`` keeps it; ``address=""`` clears it)."""
        with self._ctx.unit_of_work() as uow:
            stop = require_stop(uow, name)
            schedule = check_schedule(
                stop.weekday if weekday is None else weekday,
                starts_at or stop.starts_at,
                ends_at or stop.ends_at,
                first_visit or stop.first_visit,
                every_weeks or stop.every_weeks,
            )
            changes: dict[str, object] = {f: getattr(schedule, f) for f in _SCHEDULE_FIELDS}
            if new_name is not None:
                cleaned = clean_name(new_name, "stop")
                if cleaned != stop.name:
                    _check_unique(uow, cleaned)
                changes["name"] = cleaned
            if route is not None:
                changes["route_id"] = require_route(uow, route).id
            if address is not None:
                changes["address"] = address.strip() or None
            if position is not None:
                changes["position"] = position
            if active is not None:
                changes["active"] = active
            updated = uow.routes.update_stop(stop.id, changes)
            uow.commit()
        return updated

    def retire_stop(self, name: str) -> Stop:
        """The stop is no longer visited; it stays for its loans' history and statistics."""
        with self._ctx.unit_of_work() as uow:
            stop = require_stop(uow, name)
            if not stop.active:
                raise RouteRefused(f"The stop “{stop.name}” is already retired.")
            retired = uow.routes.update_stop(stop.id, {"active": False})
            if _current_stop_id(uow) == stop.id:
                uow.settings.set(CURRENT_STOP_KEY, "")
            uow.commit()
        return retired

    # -- the schedule ------------------------------------------------------------

    def next_visits(self, stop_name: str, count: int = 4, start: date | None = None) -> list[date]:
        """The stop's next ``count`` visits on or after ``start`` (today), closed days
        skipped."""
        first = start or self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            stop = require_stop(uow, stop_name)
            if not stop.active:
                return []
            horizon = islice(visits(stop, first), 400)
            return list(islice((d for d in horizon if not uow.rules.is_closed(d)), count))

    def next_visit(self, stop: Stop, start: date | None = None) -> date | None:
        """A stop's next open visit, or ``None`` (retired, or none in years)."""
        found = self.next_visits(stop.name, 1, start) if stop.active else []
        return found[0] if found else None

    def today_stops(self, day: date | None = None) -> list[Stop]:
        """The active stops visited that day (today), in route order."""
        on = day or self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            if uow.rules.is_closed(on):
                return []
            return [s for s in uow.routes.stops() if visited_on(s, on)]

    # -- where the bookmobile is today ---------------------------------------------

    def set_current_stop(self, name: str | None) -> Stop | None:
        """The desk is at this stop for the rest of today (``None``: back at the branch).
        Loans made meanwhile fall due on its visits and count in its statistics."""
        today = self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            if name is None or not name.strip():
                uow.settings.set(CURRENT_STOP_KEY, "")
                uow.commit()
                return None
            stop = require_stop(uow, name)
            if not stop.active:
                raise RouteRefused(f"The stop “{stop.name}” is retired: it is not visited.")
            value = {"stop_id": stop.id, "day": today.isoformat()}
            uow.settings.set(CURRENT_STOP_KEY, json.dumps(value))
            uow.commit()
        return stop

    def current_stop(self) -> Stop | None:
        """The stop this desk is at today, or ``None`` (at the branch, or set another day)."""
        with self._ctx.unit_of_work() as uow:
            return stop_for_action(uow, self._ctx.clock.today())

    # -- statistics --------------------------------------------------------------

    def stop_statistics(
        self, start: date, end: date, route: str | None = None
    ) -> list[StopStatistics]:
        """Per stop, from ``start`` to ``end`` inclusive (local days): check-outs, check-ins,
        distinct borrowers and renewals made there."""
        if end < start:
            raise InvalidInput(f"The period ends ({end}) before it starts ({start}).")
        lo, hi = _local_midnight(start), _local_midnight(end + timedelta(days=1))
        with self._ctx.unit_of_work() as uow:
            route_id = require_route(uow, route).id if route else None
            return list(uow.routes.stop_statistics(lo, hi, route_id))


def _check_unique(uow: UnitOfWork, name: str) -> None:
    if uow.routes.stop_by_name(name) is not None:
        raise RouteRefused(f"There is already a stop called “{name}”: stop names are unique.")


def _current_stop_id(uow: UnitOfWork) -> int | None:
    try:
        return int(json.loads(uow.settings.get(CURRENT_STOP_KEY) or "{}")["stop_id"])
    except (ValueError, KeyError, TypeError):
        return None
