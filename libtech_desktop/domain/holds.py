"""Holds (reservations): the queue rules and what the desk is told when one is trapped.

A hold is on a record (any copy fills it) or on one item. A record's waiting holds form
one queue, oldest first; a frozen hold keeps its place but is passed over. An item
coming back is trapped for the first unfrozen waiting hold it can fill.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.errors import CirculationRefused, NotFound


class HoldRefused(CirculationRefused):
    """A hold cannot be placed, changed or honoured as asked."""

    code = "hold_refused"


class UnknownHold(NotFound):
    code = "unknown_hold"


class HoldStatus(StrEnum):
    WAITING = "waiting"
    TRAPPED = "trapped"
    COLLECTED = "collected"
    CANCELLED = "cancelled"
    EXPIRED = "expired"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]

    @property
    def is_open(self) -> bool:
        return self in (HoldStatus.WAITING, HoldStatus.TRAPPED)


_STATUS_LABELS = {
    HoldStatus.WAITING: "Waiting",
    HoldStatus.TRAPPED: "On hold shelf",
    HoldStatus.COLLECTED: "Collected",
    HoldStatus.CANCELLED: "Cancelled",
    HoldStatus.EXPIRED: "Expired",
}


@dataclass(frozen=True)
class Hold:
    """One hold as the desk sees it."""

    id: int
    patron_id: int
    patron_barcode: str
    patron_name: str
    biblio_id: int
    title: str
    #: The one copy wanted (an item-level hold); ``None``: any copy of the record.
    item_id: int | None
    item_barcode: str | None
    status: HoldStatus
    frozen: bool
    placed_at: datetime
    #: The copy waiting on the hold shelf for it, once trapped.
    trapped_item_id: int | None = None
    trapped_item_barcode: str | None = None
    trapped_at: datetime | None = None
    pickup_by: date | None = None
    #: Place in the record's queue of waiting holds (1 = next); ``None`` unless waiting.
    position: int | None = None

    @property
    def item_shown(self) -> str | None:
        """The copy this hold is about: the trapped one, else the one asked for."""
        return self.trapped_item_barcode or self.item_barcode

    @property
    def status_text(self) -> str:
        if self.status is HoldStatus.WAITING and self.frozen:
            return "Frozen"
        return self.status.label


@dataclass(frozen=True)
class HoldTrap:
    """An item caught at check-in for a waiting hold: it goes to the hold shelf."""

    hold_id: int
    item_barcode: str
    title: str
    patron_barcode: str
    patron_name: str
    #: What the hold slip shows: the patron's name or an anonymised code (a setting).
    slip_name: str
    pickup_by: date

    @property
    def card_tail(self) -> str:
        """The last four characters of the card, for the slip."""
        return self.patron_barcode[-4:]

    @property
    def message(self) -> str:
        return (
            f"HOLD — put {self.item_barcode} “{self.title}” on the hold shelf for "
            f"{self.slip_name} until {self.pickup_by.isoformat()}."
        )


@dataclass(frozen=True)
class HoldExpiry:
    """A trapped hold not collected in time, and where its item went."""

    hold: Hold
    item_barcode: str
    #: The next hold the item was trapped for; ``None``: back on the shelf.
    next_trap: HoldTrap | None


@dataclass(frozen=True)
class PullEntry:
    """One line of the pull list: fetch this item from the shelf for this hold."""

    hold_id: int
    item_barcode: str
    title: str
    call_number: str | None
    location: str | None
    patron_barcode: str
    patron_name: str
    placed_at: datetime


def can_fill(hold: Hold, item: Item) -> bool:
    """Whether ``item`` is a copy that fills ``hold`` (its record, or the very item)."""
    if hold.item_id is not None:
        return hold.item_id == item.id
    return hold.biblio_id == item.biblio_id


def first_to_fill(queue: Iterable[Hold], item: Item) -> Hold | None:
    """The hold ``item`` goes to: the oldest unfrozen waiting hold it can fill."""
    for hold in sorted(queue, key=lambda h: (h.placed_at, h.id)):
        if hold.status is HoldStatus.WAITING and not hold.frozen and can_fill(hold, item):
            return hold
    return None


def slip_code(name: str, barcode: str) -> str:
    """An anonymised name for a slip on an open shelf: the first three letters of the
    surname (``Last, First``) and the last four characters of the card: ``LOV-0012``."""
    surname = name.split(",", 1)[0]
    letters = "".join(ch for ch in surname if ch.isalpha()).upper()[:3]
    return f"{letters or '???'}-{barcode[-4:]}"


def slip_name(mode: str, name: str, barcode: str) -> str:
    """The hold slip's name for the ``holds.slip_name`` setting (``name`` or ``code``)."""
    return slip_code(name, barcode) if mode == "code" else name


def pull_list(waiting: Sequence[Hold], shelf: Sequence[Item]) -> list[PullEntry]:
    """Which shelf copy to fetch for each hold: ``waiting`` holds oldest first (frozen
    ones are passed over), ``shelf`` the available copies of their records in shelf
    order. Each copy goes to one hold; an item-level hold gets its own copy, claimed
    before record-level holds take what is left. The entries are in shelf order."""
    taken: dict[int, Hold] = {}
    active = [h for h in waiting if h.status is HoldStatus.WAITING and not h.frozen]
    for hold in sorted(active, key=lambda h: (h.item_id is None, h.placed_at, h.id)):
        for item in shelf:
            if item.id not in taken and can_fill(hold, item):
                taken[item.id] = hold
                break
    return [
        PullEntry(
            hold_id=taken[item.id].id,
            item_barcode=item.barcode,
            title=item.title,
            call_number=item.call_number,
            location=item.location,
            patron_barcode=taken[item.id].patron_barcode,
            patron_name=taken[item.id].patron_name,
            placed_at=taken[item.id].placed_at,
        )
        for item in shelf
        if item.id in taken
    ]
