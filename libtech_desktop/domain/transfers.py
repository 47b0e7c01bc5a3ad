"""Transfers: items to move from where they stand to another location (display, reserve
shelf, storage, another desk). An open transfer waits on the pick list, in walking
order; scanning the item at its destination completes it and the item's location
changes (its shelf list follows). An item has at most one open transfer.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.errors import InvalidInput, LibtechError, NotFound


class TransferRefused(LibtechError):
    code = "transfer_refused"


class UnknownTransfer(NotFound):
    code = "unknown_transfer"


class TransferStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class Transfer:
    id: int
    item_id: int
    barcode: str
    title: str
    call_number: str | None
    from_location: str | None
    to_location: str
    status: TransferStatus
    requested_at: datetime
    completed_at: datetime | None


_REFUSED = {
    ItemStatus.ON_LOAN: "it is on loan; move it when it comes back",
    ItemStatus.WITHDRAWN: "it has been withdrawn",
    ItemStatus.LOST: "it is lost",
    ItemStatus.MISSING: "it is missing",
    ItemStatus.AT_BINDERY: "it is at the bindery",
}


def clean_location(text: str) -> str:
    location = " ".join(text.split())
    if not location:
        raise InvalidInput("Say where the item is to go: a location.")
    return location


def check_movable(item: Item, to_location: str, open_transfer: Transfer | None) -> None:
    """Refuse a move of an item that is out, already there, or already going there."""
    cannot = f"{item.barcode} “{item.title}” cannot be moved to {to_location}"
    reason = _REFUSED.get(item.status)
    if reason is not None:
        raise TransferRefused(f"{cannot}: {reason}.")
    if open_transfer is not None:
        if open_transfer.to_location == to_location:
            raise TransferRefused(
                f"{item.barcode} “{item.title}” is already on its way to {to_location} "
                f"(transfer {open_transfer.id})."
            )
        raise TransferRefused(
            f"{cannot}: it is already on its way to {open_transfer.to_location} "
            f"(transfer {open_transfer.id}); cancel that move first."
        )
    if item.location == to_location:
        raise TransferRefused(f"{item.barcode} “{item.title}” is already in {to_location}.")


def walking_order(transfers: Iterable[Transfer]) -> list[Transfer]:
    """The pick list: by the location each item is fetched from, then shelf order."""
    return sorted(
        transfers,
        key=lambda t: (
            (t.from_location or "").casefold(),
            t.call_number is None,
            shelf_key(t.call_number) if t.call_number else "",
            t.barcode,
        ),
    )
