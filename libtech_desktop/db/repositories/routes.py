"""The bookmobile's routes, stops and truck loads (issue 7)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.routes import Route, Stop


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
