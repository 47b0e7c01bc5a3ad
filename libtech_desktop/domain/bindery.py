"""Binding: volumes prepared with instructions, grouped into a shipment, sent to the
bindery on a date and received back, each with what it cost.

A volume is one item (a serial volume is an item too). It is *open* from the moment it
is prepared until it is received back; an item has at most one open volume. Its item
stays on the shelf while it is prepared and goes ``at_bindery`` when its shipment is
sent; receiving it puts it back ``available``. A shipment is ``received`` once every
volume in it is; a volume the bindery kept back keeps the shipment ``sent`` and is
listed as still out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from libtech_desktop.domain.callnumbers import spine_lines
from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.errors import LibtechError, NotFound


class BinderyRefused(LibtechError):
    """A volume cannot be prepared, sent or received as asked."""

    code = "bindery_refused"


class UnknownShipment(NotFound):
    code = "unknown_shipment"


class ShipmentStatus(StrEnum):
    PREPARING = "preparing"
    SENT = "sent"
    RECEIVED = "received"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class Instructions:
    """What the bindery is asked to do with one volume."""

    binding_type: str | None = None
    colour: str | None = None
    #: What is lettered on the spine, lines separated by newlines.
    lettering: str | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Volume:
    """One item prepared for binding, in a shipment once grouped."""

    id: int
    item_id: int
    barcode: str
    title: str
    call_number: str | None
    item_status: ItemStatus
    shipment_id: int | None
    binding_type: str | None
    colour: str | None
    lettering: str | None
    notes: str | None
    cost_minor: int | None
    received_at: datetime | None

    @property
    def received(self) -> bool:
        return self.received_at is not None

    @property
    def lettering_lines(self) -> tuple[str, ...]:
        return tuple(line for line in (self.lettering or "").splitlines() if line.strip())


@dataclass(frozen=True)
class Shipment:
    id: int
    status: ShipmentStatus
    bindery: str | None
    note: str | None
    sent_on: date | None
    received_on: date | None
    created_at: datetime
    volumes: tuple[Volume, ...]

    @property
    def outstanding(self) -> tuple[Volume, ...]:
        """Volumes not back yet (after sending: still at the bindery)."""
        return tuple(v for v in self.volumes if not v.received)

    @property
    def received_count(self) -> int:
        return len(self.volumes) - len(self.outstanding)

    @property
    def total_cost_minor(self) -> int | None:
        """What the volumes received so far cost; ``None`` if no cost was recorded."""
        costs = [v.cost_minor for v in self.volumes if v.cost_minor is not None]
        return sum(costs) if costs else None


def _clean(text: str | None) -> str | None:
    return (text or "").strip() or None


def clean_instructions(instructions: Instructions) -> Instructions:
    lettering = "\n".join(
        line.strip() for line in (instructions.lettering or "").splitlines() if line.strip()
    )
    return Instructions(
        binding_type=_clean(instructions.binding_type),
        colour=_clean(instructions.colour),
        lettering=lettering or None,
        notes=_clean(instructions.notes),
    )


def default_lettering(title: str, call_number: str | None) -> str:
    """The spine lettering when none is written: the title, then the call number as it
    stands on a spine label."""
    lines = [title.strip()]
    if call_number:
        lines.extend(spine_lines(call_number))
    return "\n".join(line for line in lines if line)


_REFUSED = {
    ItemStatus.ON_LOAN: "it is on loan; check it in first",
    ItemStatus.WITHDRAWN: "it has been withdrawn",
    ItemStatus.LOST: "it is lost",
    ItemStatus.MISSING: "it is missing",
    ItemStatus.AT_BINDERY: "it is already at the bindery",
    ItemStatus.IN_REPAIR: "it is in repair; close its repair ticket first",
    ItemStatus.ON_HOLD_SHELF: "it is on the hold shelf, waiting for a patron",
}


def check_bindable(item: Item, open_volume: Volume | None) -> None:
    """Refuse to prepare ``item`` for binding unless it is on the shelf and not already
    prepared (``open_volume``: its volume not yet received back, if any)."""
    reason = _REFUSED.get(item.status)
    if reason is None and open_volume is not None:
        where = (
            f"in shipment {open_volume.shipment_id}"
            if open_volume.shipment_id is not None
            else "waiting to be grouped into a shipment"
        )
        reason = f"it is already prepared for binding ({where})"
    if reason is not None:
        raise BinderyRefused(f"{item.barcode} “{item.title}” cannot go to the bindery: {reason}.")


def check_cost(cost_minor: int | None) -> None:
    if cost_minor is not None and cost_minor < 0:
        raise BinderyRefused("A binding cost cannot be negative.")


def split_cost(total_minor: int, count: int) -> list[int]:
    """Share a shipment's cost among ``count`` volumes, to the cent: the first volumes
    take the remainder (10.00 over 3: 3.34, 3.33, 3.33)."""
    if count <= 0:
        return []
    share, extra = divmod(total_minor, count)
    return [share + (1 if n < extra else 0) for n in range(count)]


def volumes_named(shipment: Shipment, barcodes: Sequence[str]) -> list[Volume]:
    """The shipment's volumes with these barcodes, in the order given; refuse a barcode
    that is not in it, or one already received."""
    by_barcode = {v.barcode: v for v in shipment.volumes}
    found: list[Volume] = []
    for raw in barcodes:
        barcode = raw.strip()
        volume = by_barcode.get(barcode)
        if volume is None:
            raise BinderyRefused(f"{barcode} is not in bindery shipment {shipment.id}.")
        if volume.received:
            raise BinderyRefused(
                f"{barcode} “{volume.title}” was already received back from the bindery."
            )
        if volume not in found:
            found.append(volume)
    return found
