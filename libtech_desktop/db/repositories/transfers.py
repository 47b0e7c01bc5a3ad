"""Transfers of items between locations (issue 6)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.staff import Actor
from libtech_desktop.domain.transfers import Transfer, TransferStatus

_OPEN = TransferStatus.OPEN.value


def _transfers() -> Select[m.Transfer, m.Item, str]:
    return (
        select(m.Transfer, m.Item, m.Biblio.title)
        .join(m.Item, m.Item.id == m.Transfer.item_id)
        .join(m.Biblio, m.Biblio.id == m.Item.biblio_id)
    )


def _transfer(row: Any) -> Transfer:
    t, item, title = row
    return Transfer(
        id=t.id,
        item_id=item.id,
        barcode=item.barcode,
        title=title,
        call_number=item.call_number,
        from_location=t.from_location,
        to_location=t.to_location,
        status=TransferStatus(t.status),
        requested_at=t.requested_at,
        completed_at=t.completed_at,
    )


class SqlTransferRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self,
        item_id: int,
        from_location: str | None,
        to_location: str,
        actor: Actor,
        now: datetime,
    ) -> Transfer:
        row = m.Transfer(
            item_id=item_id,
            from_location=from_location,
            to_location=to_location,
            status=_OPEN,
            requested_at=now,
            requested_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        found = self.by_id(row.id)
        assert found is not None
        return found

    def by_id(self, transfer_id: int) -> Transfer | None:
        row = self._s.execute(_transfers().where(m.Transfer.id == transfer_id)).first()
        return _transfer(row) if row else None

    def open_for_item(self, item_id: int) -> Transfer | None:
        row = self._s.execute(
            _transfers().where(m.Transfer.item_id == item_id, m.Transfer.status == _OPEN)
        ).first()
        return _transfer(row) if row else None

    def open_transfers(self) -> Sequence[Transfer]:
        query = _transfers().where(m.Transfer.status == _OPEN).order_by(m.Transfer.id)
        return [_transfer(r) for r in self._s.execute(query)]

    def close(
        self, transfer_id: int, status: TransferStatus, actor: Actor, now: datetime
    ) -> Transfer:
        row = self._s.get_one(m.Transfer, transfer_id)
        row.status = status.value
        row.completed_at, row.completed_by = now, actor.username
        if status is TransferStatus.DONE:
            item = self._s.get_one(m.Item, row.item_id)
            item.location = row.to_location
            stamp(item, actor, now)
        self._s.flush()
        found = self.by_id(transfer_id)
        assert found is not None
        return found
