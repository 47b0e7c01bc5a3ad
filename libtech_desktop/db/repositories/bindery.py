"""Volumes prepared for binding and the bindery shipments that carry them (issue 6)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.bindery import Instructions, Shipment, ShipmentStatus, Volume
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.staff import Actor


def _volumes() -> Select[m.BinderyItem, m.Item, str]:
    return (
        select(m.BinderyItem, m.Item, m.Biblio.title)
        .join(m.Item, m.Item.id == m.BinderyItem.item_id)
        .join(m.Biblio, m.Biblio.id == m.Item.biblio_id)
    )


def _volume(row: Any) -> Volume:
    v, item, title = row
    return Volume(
        id=v.id,
        item_id=item.id,
        barcode=item.barcode,
        title=title,
        call_number=item.call_number,
        item_status=ItemStatus(item.status),
        shipment_id=v.shipment_id,
        binding_type=v.binding_type,
        colour=v.colour,
        lettering=v.lettering,
        notes=v.instructions,
        cost_minor=v.cost_minor,
        received_at=v.received_at,
    )


class SqlBinderyRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def prepare(
        self, item_id: int, instructions: Instructions, actor: Actor, now: datetime
    ) -> Volume:
        row = m.BinderyItem(
            item_id=item_id,
            binding_type=instructions.binding_type,
            colour=instructions.colour,
            lettering=instructions.lettering,
            instructions=instructions.notes,
            created_at=now,
            created_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        volume = self.volume(row.id)
        assert volume is not None
        return volume

    def open_volume(self, item_id: int) -> Volume | None:
        row = self._s.execute(
            _volumes()
            .where(m.BinderyItem.item_id == item_id, m.BinderyItem.received_at.is_(None))
            .order_by(m.BinderyItem.id.desc())
            .limit(1)
        ).first()
        return _volume(row) if row else None

    def volume(self, volume_id: int) -> Volume | None:
        row = self._s.execute(_volumes().where(m.BinderyItem.id == volume_id)).first()
        return _volume(row) if row else None

    def prepared(self) -> Sequence[Volume]:
        query = (
            _volumes()
            .where(m.BinderyItem.shipment_id.is_(None), m.BinderyItem.received_at.is_(None))
            .order_by(m.BinderyItem.id)
        )
        return [_volume(r) for r in self._s.execute(query)]

    def remove(self, volume_id: int) -> None:
        self._s.delete(self._s.get_one(m.BinderyItem, volume_id))
        self._s.flush()

    def add_shipment(
        self,
        volume_ids: Sequence[int],
        bindery: str | None,
        note: str | None,
        actor: Actor,
        now: datetime,
    ) -> int:
        row = m.BinderyShipment(
            status=ShipmentStatus.PREPARING.value,
            bindery=bindery,
            note=note,
            created_at=now,
            created_by=actor.username,
        )
        self._s.add(row)
        self._s.flush()
        for volume_id in volume_ids:
            self._s.get_one(m.BinderyItem, volume_id).shipment_id = row.id
        self._s.flush()
        return row.id

    def shipment(self, shipment_id: int) -> Shipment | None:
        row = self._s.get(m.BinderyShipment, shipment_id)
        return self._shipments([row])[0] if row else None

    def shipments(self, statuses: Sequence[ShipmentStatus]) -> Sequence[Shipment]:
        rows = self._s.scalars(
            select(m.BinderyShipment)
            .where(m.BinderyShipment.status.in_([s.value for s in statuses]))
            .order_by(m.BinderyShipment.id.desc())
        ).all()
        return self._shipments(rows)

    def _shipments(self, rows: Sequence[m.BinderyShipment]) -> list[Shipment]:
        ids = [r.id for r in rows]
        volumes: dict[int, list[Volume]] = {i: [] for i in ids}
        if ids:
            query = (
                _volumes()
                .where(m.BinderyItem.shipment_id.in_(ids))
                .order_by(m.Item.shelf_key, m.Item.barcode)
            )
            for found in self._s.execute(query):
                volume = _volume(found)
                assert volume.shipment_id is not None
                volumes[volume.shipment_id].append(volume)
        return [
            Shipment(
                id=r.id,
                status=ShipmentStatus(r.status),
                bindery=r.bindery,
                note=r.note,
                sent_on=r.sent_on,
                received_on=r.received_on,
                created_at=r.created_at,
                volumes=tuple(volumes[r.id]),
            )
            for r in rows
        ]

    def set_status(
        self,
        shipment_id: int,
        status: ShipmentStatus,
        sent_on: date | None = None,
        received_on: date | None = None,
    ) -> None:
        row = self._s.get_one(m.BinderyShipment, shipment_id)
        row.status = status.value
        if sent_on is not None:
            row.sent_on = sent_on
        if received_on is not None:
            row.received_on = received_on
        self._s.flush()

    def receive(self, volume_id: int, cost_minor: int | None, now: datetime) -> None:
        row = self._s.get_one(m.BinderyItem, volume_id)
        row.received_at = now
        if cost_minor is not None:
            row.cost_minor = cost_minor
        self._s.flush()
