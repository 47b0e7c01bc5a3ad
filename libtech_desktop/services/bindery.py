"""Binding: volumes prepared with instructions, grouped into shipments, sent and
received back with their costs (issue 6). The rules are ``domain.bindery``'s."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime

from libtech_desktop.domain.bindery import (
    BinderyRefused,
    Instructions,
    Shipment,
    ShipmentStatus,
    UnknownShipment,
    Volume,
    check_bindable,
    check_cost,
    clean_instructions,
    default_lettering,
    split_cost,
    volumes_named,
)
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.library_settings import DEFAULT_LIBRARY_NAME, LIBRARY_NAME_KEY
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.bindery_slips import binding_slips_html
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item
from libtech_desktop.services.ports import UnitOfWork

_OPEN = (ShipmentStatus.PREPARING, ShipmentStatus.SENT)


class BinderyService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- queries -------------------------------------------------------------

    def prepared(self) -> list[Volume]:
        """Volumes prepared and waiting to be grouped into a shipment, oldest first."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.bindery.prepared())

    def shipments(self, include_received: bool = False) -> list[Shipment]:
        """Shipments being prepared or at the bindery (and received ones if asked),
        newest first."""
        statuses = (*_OPEN, ShipmentStatus.RECEIVED) if include_received else _OPEN
        with self._ctx.unit_of_work() as uow:
            return list(uow.bindery.shipments(statuses))

    def shipment(self, shipment_id: int) -> Shipment:
        with self._ctx.unit_of_work() as uow:
            return _require_shipment(uow, shipment_id)

    def slips_html(self, shipment_id: int) -> str:
        """The shipment's binding slips, one page per volume, as HTML to lay out."""
        with self._ctx.unit_of_work() as uow:
            shipment = _require_shipment(uow, shipment_id)
            name = uow.settings.get(LIBRARY_NAME_KEY)
        library = name if name is not None else DEFAULT_LIBRARY_NAME
        return binding_slips_html(shipment, library, self._ctx.clock.now())

    # -- desk actions --------------------------------------------------------

    def prepare(self, barcode: str, instructions: Instructions | None = None) -> Volume:
        """Prepare one item for binding with its instructions; blank spine lettering
        becomes the title and call number."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            volume = _prepare(uow, barcode, instructions or Instructions(), actor, now)
            uow.commit()
        return volume

    def unprepare(self, volume_id: int) -> Volume:
        """Take a volume not yet sent out of the preparation (its item stays on the shelf)."""
        with self._ctx.unit_of_work() as uow:
            volume = uow.bindery.volume(volume_id)
            if volume is None or volume.received:
                raise BinderyRefused(f"There is no volume {volume_id} being prepared for binding.")
            if volume.shipment_id is not None:
                shipment = _require_shipment(uow, volume.shipment_id)
                if shipment.status is not ShipmentStatus.PREPARING:
                    raise BinderyRefused(
                        f"{volume.barcode} “{volume.title}” was sent in shipment "
                        f"{shipment.id}; receive it back instead."
                    )
            uow.bindery.remove(volume_id)
            uow.commit()
        return volume

    def create_shipment(
        self,
        volume_ids: Sequence[int] | None = None,
        *,
        bindery: str | None = None,
        note: str | None = None,
    ) -> Shipment:
        """Group prepared volumes (all of them if ``volume_ids`` is ``None``) into a new
        shipment in 'preparing'."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            waiting = {v.id: v for v in uow.bindery.prepared()}
            ids = list(waiting) if volume_ids is None else list(dict.fromkeys(volume_ids))
            for volume_id in ids:
                if volume_id not in waiting:
                    raise BinderyRefused(
                        f"Volume {volume_id} is not waiting to be grouped into a shipment."
                    )
            if not ids:
                raise BinderyRefused("No volume is prepared for binding: scan some first.")
            shipment_id = uow.bindery.add_shipment(ids, _text(bindery), _text(note), actor, now)
            shipment = _require_shipment(uow, shipment_id)
            uow.commit()
        return shipment

    def send(self, shipment_id: int, on: date | None = None) -> Shipment:
        """Send a shipment in 'preparing' (on ``on``, default today): its items go
        ``at_bindery``. Refused, changing nothing, if any item has left the shelf since."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        day = on or self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            sent = _send(uow, _require_shipment(uow, shipment_id), day, actor, now)
            uow.commit()
        return sent

    def send_items(
        self,
        barcodes: Sequence[str],
        instructions: Instructions | None = None,
        *,
        bindery: str | None = None,
        note: str | None = None,
        on: date | None = None,
    ) -> Shipment:
        """Prepare these items alike, group them and send them, in one go: all of them
        or, if any is refused, none."""
        if not barcodes:
            raise BinderyRefused("Name the items to send to the bindery.")
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            ids = [
                _prepare(uow, code, instructions or Instructions(), actor, now).id
                for code in dict.fromkeys(b.strip() for b in barcodes)
            ]
            shipment_id = uow.bindery.add_shipment(ids, _text(bindery), _text(note), actor, now)
            day = on or self._ctx.clock.today()
            sent = _send(uow, _require_shipment(uow, shipment_id), day, actor, now)
            uow.commit()
        return sent

    def receive(
        self,
        shipment_id: int,
        barcodes: Sequence[str] | None = None,
        *,
        cost_each_minor: int | None = None,
        total_cost_minor: int | None = None,
    ) -> Shipment:
        """Receive volumes of a sent shipment back (all still out if ``barcodes`` is
        ``None``): their items go back ``available``. A cost per volume, or a total
        shared among the volumes received now, is recorded. The shipment is 'received'
        once every volume is back."""
        if cost_each_minor is not None and total_cost_minor is not None:
            raise BinderyRefused("Give a cost per volume or a total, not both.")
        check_cost(cost_each_minor)
        check_cost(total_cost_minor)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            shipment = _require_shipment(uow, shipment_id)
            if shipment.status is not ShipmentStatus.SENT:
                state = (
                    "has not been sent yet"
                    if shipment.status is ShipmentStatus.PREPARING
                    else ("was already received back")
                )
                raise BinderyRefused(f"Shipment {shipment.id} {state}.")
            volumes = (
                list(shipment.outstanding)
                if barcodes is None
                else volumes_named(shipment, barcodes)
            )
            if total_cost_minor is not None:
                costs: list[int | None] = list(split_cost(total_cost_minor, len(volumes)))
            else:
                costs = [cost_each_minor] * len(volumes)
            for volume, cost in zip(volumes, costs, strict=True):
                uow.bindery.receive(volume.id, cost, now)
                item = require_item(uow, volume.barcode)
                if item.status is ItemStatus.AT_BINDERY:
                    uow.catalogue.set_status(
                        item.id, ItemStatus.AVAILABLE, actor, now, item.condition_note
                    )
            after = _require_shipment(uow, shipment.id)
            if not after.outstanding:
                uow.bindery.set_status(
                    shipment.id, ShipmentStatus.RECEIVED, received_on=self._ctx.clock.today()
                )
                after = _require_shipment(uow, shipment.id)
            uow.commit()
        return after


def _prepare(
    uow: UnitOfWork, barcode: str, given: Instructions, actor: Actor, now: datetime
) -> Volume:
    item = require_item(uow, barcode)
    check_bindable(item, uow.bindery.open_volume(item.id))
    instructions = clean_instructions(given)
    if instructions.lettering is None:
        lettering = default_lettering(item.title, item.call_number)
        instructions = replace(instructions, lettering=lettering)
    return uow.bindery.prepare(item.id, instructions, actor, now)


def _send(uow: UnitOfWork, shipment: Shipment, day: date, actor: Actor, now: datetime) -> Shipment:
    if shipment.status is not ShipmentStatus.PREPARING:
        raise BinderyRefused(f"Shipment {shipment.id} was already sent on {shipment.sent_on}.")
    if not shipment.volumes:
        raise BinderyRefused(f"Shipment {shipment.id} has no volumes to send.")
    for volume in shipment.volumes:
        item = require_item(uow, volume.barcode)
        if item.status is not ItemStatus.AVAILABLE:
            check_bindable(item, None)
        uow.catalogue.set_status(item.id, ItemStatus.AT_BINDERY, actor, now, item.condition_note)
    uow.bindery.set_status(shipment.id, ShipmentStatus.SENT, sent_on=day)
    return _require_shipment(uow, shipment.id)


def _require_shipment(uow: UnitOfWork, shipment_id: int) -> Shipment:
    shipment = uow.bindery.shipment(shipment_id)
    if shipment is None:
        raise UnknownShipment(f"There is no bindery shipment number {shipment_id}.")
    return shipment


def _text(value: str | None) -> str | None:
    return (value or "").strip() or None
