"""Incidents with problem patrons, and their suspensions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.incidents import Incident, IncidentDraft
from libtech_desktop.domain.staff import Actor


class SqlIncidentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(self, patron_id: int, draft: IncidentDraft, actor: Actor, now: datetime) -> Incident:
        row = m.PatronIncident(
            patron_id=patron_id,
            occurred_on=draft.occurred_on,
            what=draft.what,
            action=draft.action,
            suspended_until=draft.suspended_until,
            recorded_at=now,
            recorded_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return self._incident(row)

    def for_patron(self, patron_id: int) -> Sequence[Incident]:
        query = (
            select(m.PatronIncident)
            .where(m.PatronIncident.patron_id == patron_id)
            .order_by(m.PatronIncident.occurred_on.desc(), m.PatronIncident.id.desc())
        )
        return [self._incident(row) for row in self._s.scalars(query)]

    _SUSPENSIONS = (
        "SELECT i.id, p.barcode, i.occurred_on, i.what, i.action, i.suspended_until, "
        "i.recorded_at, i.recorded_by FROM patron_incidents AS i "
        "JOIN patrons AS p ON p.id = i.patron_id "
        "WHERE i.patron_id = ? AND i.suspended_until > ? ORDER BY i.suspended_until"
    )

    def suspensions(self, patron_id: int, today: date) -> Sequence[Incident]:
        # The desk's hot path (the block checks at every card scan): plain SQL.
        rows = mapping.run(self._s, self._SUSPENSIONS, (patron_id, today.isoformat()))
        return [
            Incident(
                id=row[0],
                patron_barcode=row[1] or "",
                occurred_on=mapping.date_value(row[2]),  # type: ignore[arg-type]
                what=row[3],
                action=row[4],
                suspended_until=mapping.date_value(row[5]),
                recorded_at=mapping.utc_value(row[6]),  # type: ignore[arg-type]
                recorded_by=row[7],
            )
            for row in rows
        ]

    def delete_for_patron(self, patron_id: int) -> int:
        result = self._s.execute(
            delete(m.PatronIncident).where(m.PatronIncident.patron_id == patron_id)
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def _incident(self, row: m.PatronIncident) -> Incident:
        barcode = self._s.scalar(select(m.Patron.barcode).where(m.Patron.id == row.patron_id))
        return Incident(
            id=row.id,
            patron_barcode=barcode or "",
            occurred_on=row.occurred_on,
            what=row.what,
            action=row.action,
            suspended_until=row.suspended_until,
            recorded_at=row.recorded_at,
            recorded_by=row.recorded_by,
        )
