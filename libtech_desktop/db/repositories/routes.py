"""The bookmobile's routes, stops and truck loads (issue 7)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.routes import Route, Stop, StopSchedule, StopStatistics, TruckItem
from libtech_desktop.domain.staff import Actor


def _route(row: m.Route) -> Route:
    return Route(id=row.id, name=row.name, notes=row.notes, active=row.active)


def _stop(row: m.Stop, route_name: str) -> Stop:
    return Stop(
        id=row.id,
        route_id=row.route_id,
        route_name=route_name,
        name=row.name,
        position=row.position,
        weekday=row.weekday,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        every_weeks=row.every_weeks,
        first_visit=row.first_visit,
        address=row.address,
        active=row.active,
    )


def _counts(rows: Iterable[Any]) -> dict[int | None, int]:
    return {key: count for key, count in rows}


class SqlRouteRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def routes(self) -> Sequence[Route]:
        return [_route(r) for r in self._s.scalars(select(m.Route).order_by(m.Route.name))]

    def route_by_name(self, name: str) -> Route | None:
        row = self._s.scalar(select(m.Route).where(m.Route.name == name))
        return _route(row) if row else None

    def stops(self, route_id: int | None = None) -> Sequence[Stop]:
        query = (
            select(m.Stop, m.Route.name)
            .join(m.Route, m.Route.id == m.Stop.route_id)
            .order_by(m.Route.name, m.Stop.position, m.Stop.name)
        )
        if route_id is not None:
            query = query.where(m.Stop.route_id == route_id)
        return [_stop(row, name) for row, name in self._s.execute(query)]

    def _one_stop(self, *where: object) -> Stop | None:
        query = select(m.Stop, m.Route.name).join(m.Route, m.Route.id == m.Stop.route_id)
        found = self._s.execute(query.where(*where)).first()  # type: ignore[arg-type]
        return _stop(found[0], found[1]) if found else None

    def stop_by_id(self, stop_id: int) -> Stop | None:
        return self._one_stop(m.Stop.id == stop_id)

    def stop_by_name(self, name: str) -> Stop | None:
        return self._one_stop(m.Stop.name == name)

    def set_loan_stop(self, loan_id: int, stop_id: int) -> None:
        self._s.execute(update(m.Loan).where(m.Loan.id == loan_id).values(stop_id=stop_id))

    def set_return_stop(self, loan_id: int, stop_id: int) -> None:
        self._s.execute(update(m.Loan).where(m.Loan.id == loan_id).values(returned_stop_id=stop_id))

    def loaded_at(self, item_id: int) -> datetime | None:
        return self._s.scalar(
            select(m.TruckLoad.loaded_at).where(
                m.TruckLoad.item_id == item_id, m.TruckLoad.unloaded_at.is_(None)
            )
        )

    # -- routes and stops ----------------------------------------------------------

    def add_route(self, name: str, notes: str | None) -> Route:
        row = m.Route(name=name, notes=notes)
        self._s.add(row)
        self._s.flush()
        return _route(row)

    def update_route(self, route_id: int, name: str, notes: str | None) -> Route:
        row = self._s.get_one(m.Route, route_id)
        row.name, row.notes = name, notes
        self._s.flush()
        return _route(row)

    def add_stop(
        self, route_id: int, name: str, schedule: StopSchedule, address: str | None, position: int
    ) -> Stop:
        row = m.Stop(
            route_id=route_id,
            name=name,
            position=position,
            weekday=schedule.weekday,
            starts_at=schedule.starts_at,
            ends_at=schedule.ends_at,
            every_weeks=schedule.every_weeks,
            first_visit=schedule.first_visit,
            address=address,
        )
        self._s.add(row)
        self._s.flush()
        found = self.stop_by_id(row.id)
        assert found is not None
        return found

    def update_stop(self, stop_id: int, changes: Mapping[str, object]) -> Stop:
        row = self._s.get_one(m.Stop, stop_id)
        for column, value in changes.items():
            setattr(row, column, value)
        self._s.flush()
        found = self.stop_by_id(stop_id)
        assert found is not None
        return found

    def stop_statistics(
        self, start: datetime, end: datetime, route_id: int | None
    ) -> Sequence[StopStatistics]:
        stops = self.stops(route_id)
        lent = _counts(
            self._s.execute(
                select(m.Loan.stop_id, func.count())
                .where(m.Loan.checked_out_at >= start, m.Loan.checked_out_at < end)
                .group_by(m.Loan.stop_id)
            )
        )
        borrowers = _counts(
            self._s.execute(
                select(m.Loan.stop_id, func.count(func.distinct(m.Loan.patron_id)))
                .where(m.Loan.checked_out_at >= start, m.Loan.checked_out_at < end)
                .group_by(m.Loan.stop_id)
            )
        )
        returned = _counts(
            self._s.execute(
                select(m.Loan.returned_stop_id, func.count())
                .where(m.Loan.returned_at >= start, m.Loan.returned_at < end)
                .group_by(m.Loan.returned_stop_id)
            )
        )
        renewals = Counter(
            json.loads(data).get("stop")
            for data in self._s.scalars(
                select(m.JournalEntry.data).where(
                    m.JournalEntry.kind == "renew",
                    m.JournalEntry.at >= start,
                    m.JournalEntry.at < end,
                )
            )
        )
        return [
            StopStatistics(
                stop=stop.name,
                route=stop.route_name,
                checkouts=lent.get(stop.id, 0),
                checkins=returned.get(stop.id, 0),
                borrowers=borrowers.get(stop.id, 0),
                renewals=renewals.get(stop.name, 0),
            )
            for stop in stops
        ]

    # -- the truck -----------------------------------------------------------------

    def _open_load(self, item_id: int) -> m.TruckLoad | None:
        return self._s.scalar(
            select(m.TruckLoad).where(
                m.TruckLoad.item_id == item_id, m.TruckLoad.unloaded_at.is_(None)
            )
        )

    def open_load_from(self, item_id: int) -> tuple[bool, str | None]:
        row = self._open_load(item_id)
        return (True, row.from_location) if row else (False, None)

    def load(self, item_id: int, to_location: str, actor: Actor, now: datetime) -> None:
        item = self._s.get_one(m.Item, item_id)
        self._s.add(
            m.TruckLoad(
                item_id=item_id,
                from_location=item.location,
                loaded_at=now,
                loaded_by=actor.username,
            )
        )
        item.location = to_location
        stamp(item, actor, now)
        self._s.flush()

    def unload(self, item_id: int, to_location: str | None, actor: Actor, now: datetime) -> None:
        row = self._open_load(item_id)
        assert row is not None
        row.unloaded_at, row.unloaded_by, row.to_location = now, actor.username, to_location
        item = self._s.get_one(m.Item, item_id)
        item.location = to_location
        stamp(item, actor, now)
        self._s.flush()

    def on_truck(self) -> Sequence[TruckItem]:
        query = (
            select(m.Item, m.Biblio.title, m.TruckLoad)
            .join(m.TruckLoad, m.TruckLoad.item_id == m.Item.id)
            .join(m.Biblio, m.Biblio.id == m.Item.biblio_id)
            .where(m.TruckLoad.unloaded_at.is_(None))
            .order_by(m.Item.shelf_key.is_(None), m.Item.shelf_key, m.Item.barcode)
        )
        return [
            TruckItem(
                barcode=item.barcode,
                title=title,
                call_number=item.call_number,
                from_location=load.from_location,
                loaded_at=load.loaded_at,
                loaded_by=load.loaded_by,
            )
            for item, title, load in self._s.execute(query)
        ]
