"""What the bindery workflow needs from storage (issue 6): volumes prepared for binding
and the shipments that carry them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from libtech_desktop.domain.bindery import Instructions, Shipment, ShipmentStatus, Volume
from libtech_desktop.domain.staff import Actor


class BinderyRepository(Protocol):
    def prepare(
        self, item_id: int, instructions: Instructions, actor: Actor, now: datetime
    ) -> Volume: ...
    def open_volume(self, item_id: int) -> Volume | None:
        """The item's volume not yet received back (prepared, grouped or sent), if any."""

    def volume(self, volume_id: int) -> Volume | None: ...
    def prepared(self) -> Sequence[Volume]:
        """Volumes prepared and not yet grouped into a shipment, oldest first."""

    def remove(self, volume_id: int) -> None:
        """Forget a volume not yet sent (taken out of the preparation)."""

    def add_shipment(
        self,
        volume_ids: Sequence[int],
        bindery: str | None,
        note: str | None,
        actor: Actor,
        now: datetime,
    ) -> int:
        """A new shipment in 'preparing' holding these volumes; its id."""

    def shipment(self, shipment_id: int) -> Shipment | None: ...
    def shipments(self, statuses: Sequence[ShipmentStatus]) -> Sequence[Shipment]:
        """Shipments in these statuses, newest first."""

    def set_status(
        self,
        shipment_id: int,
        status: ShipmentStatus,
        sent_on: date | None = None,
        received_on: date | None = None,
    ) -> None: ...
    def receive(self, volume_id: int, cost_minor: int | None, now: datetime) -> None:
        """Mark a volume received back (``cost_minor`` kept if not ``None``)."""
