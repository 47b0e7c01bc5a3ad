"""Holds (issue 5): the queues read through ``ix_holds_biblio_open``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.holds import Hold, HoldStatus
from libtech_desktop.domain.staff import Actor

_Target = aliased(m.Item)
_Trapped = aliased(m.Item)
_Ahead = aliased(m.Hold)
_WAITING = HoldStatus.WAITING.value
_OPEN = (HoldStatus.WAITING.value, HoldStatus.TRAPPED.value)
_IN_BATCH = 500


def _position() -> Any:
    # Waiting holds of the same record placed no later than this one: frozen ones count.
    return (
        select(func.count())
        .where(
            _Ahead.biblio_id == m.Hold.biblio_id,
            _Ahead.status == _WAITING,
            _Ahead.closed_at.is_(None),
            _Ahead.id <= m.Hold.id,
        )
        .correlate(m.Hold)
        .scalar_subquery()
    )


def _holds() -> Select[Any]:
    return (
        select(m.Hold, m.Patron, m.Biblio, _Target.barcode, _Trapped.barcode, _position())
        .join(m.Patron, m.Patron.id == m.Hold.patron_id)
        .join(m.Biblio, m.Biblio.id == m.Hold.biblio_id)
        .outerjoin(_Target, _Target.id == m.Hold.item_id)
        .outerjoin(_Trapped, _Trapped.id == m.Hold.trapped_item_id)
        .order_by(m.Hold.placed_at, m.Hold.id)
    )


def _hold(row: Any) -> Hold:
    h, patron, biblio, target, trapped, position = row
    status = HoldStatus(h.status)
    return Hold(
        id=h.id,
        patron_id=patron.id,
        patron_barcode=patron.barcode,
        patron_name=patron.name,
        biblio_id=biblio.id,
        title=biblio.title,
        item_id=h.item_id,
        item_barcode=target,
        status=status,
        frozen=bool(h.frozen),
        placed_at=h.placed_at,
        trapped_item_id=h.trapped_item_id,
        trapped_item_barcode=trapped,
        trapped_at=h.trapped_at,
        pickup_by=h.pickup_by,
        position=position if status is HoldStatus.WAITING else None,
    )


#: The hot path's hold reads (the queue of a record at every check-out and check-in; a
#: trapped copy at check-out) in plain SQL: the same columns as :func:`_holds`.
_RAW_HOLDS = (
    "SELECT h.id, p.id, p.barcode, p.name, b.id, b.title, h.item_id, t.barcode, h.status, "
    "h.frozen, h.placed_at, h.trapped_item_id, tr.barcode, h.trapped_at, h.pickup_by, "
    "(SELECT count(*) FROM holds AS a WHERE a.biblio_id = h.biblio_id AND a.status = 'waiting' "
    "AND a.closed_at IS NULL AND a.id <= h.id) "
    "FROM holds AS h JOIN patrons AS p ON p.id = h.patron_id "
    "JOIN biblios AS b ON b.id = h.biblio_id "
    "LEFT OUTER JOIN items AS t ON t.id = h.item_id "
    "LEFT OUTER JOIN items AS tr ON tr.id = h.trapped_item_id "
)
_RAW_ORDER = " ORDER BY h.placed_at, h.id"
_RAW_QUEUE = (
    _RAW_HOLDS
    + "WHERE h.biblio_id = ? AND h.closed_at IS NULL AND h.status = 'waiting'"
    + _RAW_ORDER
)
_RAW_TRAPPED = _RAW_HOLDS + "WHERE h.trapped_item_id = ? AND h.status = 'trapped'" + _RAW_ORDER


def _raw_hold(row: Any) -> Hold:
    status = HoldStatus(row[8])
    return Hold(
        id=row[0],
        patron_id=row[1],
        patron_barcode=row[2],
        patron_name=row[3],
        biblio_id=row[4],
        title=row[5],
        item_id=row[6],
        item_barcode=row[7],
        status=status,
        frozen=bool(row[9]),
        placed_at=mapping.utc_value(row[10]),  # type: ignore[arg-type]
        trapped_item_id=row[11],
        trapped_item_barcode=row[12],
        trapped_at=mapping.utc_value(row[13]),
        pickup_by=mapping.date_value(row[14]),
        position=row[15] if status is HoldStatus.WAITING else None,
    )


class SqlHoldRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self, patron_id: int, biblio_id: int, item_id: int | None, actor: Actor, now: datetime
    ) -> Hold:
        row = m.Hold(
            patron_id=patron_id,
            biblio_id=biblio_id,
            item_id=item_id,
            status=_WAITING,
            frozen=False,
            placed_at=now,
            placed_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return self._one(row.id)

    def get(self, hold_id: int) -> Hold | None:
        found = self._s.execute(_holds().where(m.Hold.id == hold_id)).first()
        return _hold(found) if found else None

    def open_holds(self, patron_id: int | None = None) -> Sequence[Hold]:
        query = _holds().where(m.Hold.closed_at.is_(None), m.Hold.status.in_(_OPEN))
        if patron_id is not None:
            query = query.where(m.Hold.patron_id == patron_id)
        return [_hold(row) for row in self._s.execute(query)]

    def queue(self, biblio_id: int) -> Sequence[Hold]:
        return [_raw_hold(row) for row in mapping.run(self._s, _RAW_QUEUE, (biblio_id,))]

    def waiting(self) -> Sequence[Hold]:
        query = _holds().where(m.Hold.closed_at.is_(None), m.Hold.status == _WAITING)
        return [_hold(row) for row in self._s.execute(query)]

    def trapped_for_item(self, item_id: int) -> Hold | None:
        found = mapping.run(self._s, _RAW_TRAPPED, (item_id,)).first()
        return _raw_hold(found) if found else None

    def expired_traps(self, today: date) -> Sequence[Hold]:
        query = _holds().where(m.Hold.status == HoldStatus.TRAPPED.value, m.Hold.pickup_by < today)
        return [_hold(row) for row in self._s.execute(query)]

    def trap(self, hold_id: int, item_id: int, now: datetime, pickup_by: date) -> Hold:
        row = self._s.get_one(m.Hold, hold_id)
        row.status = HoldStatus.TRAPPED.value
        row.trapped_item_id, row.trapped_at, row.pickup_by = item_id, now, pickup_by
        self._s.flush()
        return self._one(hold_id)

    def close(self, hold_id: int, status: HoldStatus, actor: Actor, now: datetime) -> Hold:
        row = self._s.get_one(m.Hold, hold_id)
        row.status = status.value
        row.closed_at, row.closed_by = now, actor.username
        self._s.flush()
        return self._one(hold_id)

    def set_frozen(self, hold_id: int, frozen: bool) -> Hold:
        row = self._s.get_one(m.Hold, hold_id)
        row.frozen = frozen
        self._s.flush()
        return self._one(hold_id)

    def available_copies(self, biblio_ids: Collection[int]) -> Sequence[Item]:
        ids = list(biblio_ids)
        rows: list[m.Item] = []
        for start in range(0, len(ids), _IN_BATCH):
            rows.extend(
                self._s.scalars(
                    select(m.Item).where(
                        m.Item.biblio_id.in_(ids[start : start + _IN_BATCH]),
                        m.Item.status == ItemStatus.AVAILABLE.value,
                    )
                )
            )
        rows.sort(
            key=lambda r: (
                r.location is None,
                r.location or "",
                r.shelf_key is None,
                r.shelf_key or "",
                r.barcode,
            )
        )
        return [mapping.item(row) for row in rows]

    def _one(self, hold_id: int) -> Hold:
        found = self.get(hold_id)
        assert found is not None
        return found
