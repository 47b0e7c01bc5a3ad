"""Stocktakes: sessions, their scans and what was expected on the shelf (issue 6).

A 2,000-item range is a handful of queries: the expected items in one (through
``ix_items_location_shelf_key`` or ``ix_items_shelf_key``), the scanned barcodes in chunks.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.inventory import (
    ShelfScan,
    StockItem,
    StockItems,
    Stocktake,
    upper_bound,
)
from libtech_desktop.domain.staff import Actor

_CHUNK = 500
T = TypeVar("T")


class SqlInventoryRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def start(
        self,
        location: str | None,
        call_numbers: tuple[str | None, str | None],
        keys: tuple[str | None, str | None],
        actor: Actor,
        now: datetime,
    ) -> Stocktake:
        row = m.InventorySession(
            location=location,
            from_call_number=call_numbers[0],
            to_call_number=call_numbers[1],
            from_key=keys[0],
            to_key=keys[1],
            started_at=now,
            started_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        return _stocktake(row, 0)

    def stocktake(self, session_id: int) -> Stocktake | None:
        row = self._s.get(m.InventorySession, session_id)
        if row is None:
            return None
        count = self._s.scalar(select(func.count()).where(m.InventoryScan.session_id == session_id))
        return _stocktake(row, count or 0)

    def scans(self, session_id: int) -> Sequence[ShelfScan]:
        query = (
            select(m.InventoryScan.position, m.InventoryScan.barcode, *_ITEM_COLUMNS)
            .outerjoin(m.Item, m.Item.id == m.InventoryScan.item_id)
            .outerjoin(m.Biblio, m.Biblio.id == m.Item.biblio_id)
            .where(m.InventoryScan.session_id == session_id)
            .order_by(m.InventoryScan.position)
        )
        return [
            ShelfScan(row.position, row.barcode, _item(row) if row.id is not None else None)
            for row in self._s.execute(query)
        ]

    def add_scans(
        self, session_id: int, scans: Sequence[tuple[str, int | None]], now: datetime
    ) -> int:
        last = self._s.scalar(
            select(func.max(m.InventoryScan.position)).where(
                m.InventoryScan.session_id == session_id
            )
        )
        first = (last or 0) + 1
        rows = [
            {
                "session_id": session_id,
                "position": first + n,
                "barcode": barcode,
                "item_id": item_id,
                "scanned_at": now,
            }
            for n, (barcode, item_id) in enumerate(scans)
        ]
        if rows:
            self._s.execute(insert(m.InventoryScan), rows)
        return first

    def already_scanned(self, session_id: int, barcodes: Collection[str]) -> set[str]:
        seen: set[str] = set()
        for chunk in _chunks(list(barcodes)):
            query = select(m.InventoryScan.barcode).where(
                m.InventoryScan.session_id == session_id, m.InventoryScan.barcode.in_(chunk)
            )
            seen.update(self._s.scalars(query))
        return seen

    def items_by_barcode(self, barcodes: Collection[str]) -> Mapping[str, StockItem]:
        found: dict[str, StockItem] = {}
        for chunk in _chunks(list(barcodes)):
            query = _items().where(m.Item.barcode.in_(chunk))
            found.update((row.item_barcode, _item(row)) for row in self._s.execute(query))
        return found

    def expected(self, stocktake: Stocktake) -> StockItems:
        query = _items()
        if stocktake.location is not None:
            query = query.where(m.Item.location == stocktake.location)
        if stocktake.from_key is not None:
            query = query.where(m.Item.shelf_key >= stocktake.from_key)
        if stocktake.to_key is not None:
            query = query.where(m.Item.shelf_key < upper_bound(stocktake.to_key))
        query = query.order_by(m.Item.shelf_key, m.Item.barcode)
        # Plain tuples, never an object per item (see StockItems): a location of 40,000.
        statuses = {s.value: s.value for s in ItemStatus}  # an unknown status: KeyError
        return StockItems(
            (id_, barcode, title, call, where, statuses[status], key or None)
            for id_, barcode, title, call, where, status, key in self._s.execute(query)
        )

    def set_statuses(
        self, item_ids: Sequence[int], status: ItemStatus, actor: Actor, now: datetime
    ) -> int:
        """Record these items at ``status`` (their condition note cleared, stamped by
        ``actor`` at ``now``), as ``catalogue.set_status`` does one at a time: one UPDATE
        per 500, no item loaded. How many rows changed."""
        changed = 0
        for chunk in _chunks(list(item_ids)):
            query = (
                update(m.Item)
                .where(m.Item.id.in_(chunk))
                .values(
                    status=status.value,
                    condition_note=None,
                    updated_at=now,
                    updated_by=actor.username,
                )
                .execution_options(synchronize_session=False)
            )
            changed += self._s.execute(query).rowcount  # type: ignore[attr-defined]
        return changed

    def close(self, session_id: int, now: datetime) -> Stocktake:
        row = self._s.get_one(m.InventorySession, session_id)
        row.closed_at = now
        self._s.flush()
        stocktake = self.stocktake(session_id)
        assert stocktake is not None
        return stocktake


_ITEM_COLUMNS = (
    m.Item.id,
    m.Item.barcode.label("item_barcode"),
    m.Biblio.title,
    m.Item.call_number,
    m.Item.location,
    m.Item.status,
    m.Item.shelf_key,
)


def _items() -> Any:  # a Select of the item columns
    return select(*_ITEM_COLUMNS).join(m.Biblio, m.Biblio.id == m.Item.biblio_id)


def _item(row: Any) -> StockItem:
    return StockItem(
        id=row.id,
        barcode=row.item_barcode,
        title=row.title,
        call_number=row.call_number,
        location=row.location,
        status_code=ItemStatus(row.status).value,  # checked; kept as the plain text
        shelf_key=row.shelf_key or None,
    )


def _stocktake(row: m.InventorySession, scanned: int) -> Stocktake:
    return Stocktake(
        id=row.id,
        location=row.location,
        from_call_number=row.from_call_number,
        to_call_number=row.to_call_number,
        from_key=row.from_key,
        to_key=row.to_key,
        started_at=row.started_at,
        started_by=row.started_by,
        closed_at=row.closed_at,
        scanned=scanned,
    )


def _chunks(values: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]
