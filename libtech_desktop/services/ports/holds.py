"""What the holds workflow needs from storage (issue 5)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Protocol

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.holds import Hold, HoldStatus
from libtech_desktop.domain.staff import Actor


class HoldRepository(Protocol):
    """Holds read back with their patron, record and items; a waiting hold carries its
    place in its record's queue (frozen holds count: they keep their place)."""

    def add(
        self, patron_id: int, biblio_id: int, item_id: int | None, actor: Actor, now: datetime
    ) -> Hold:
        """A new waiting hold at the end of its record's queue."""

    def get(self, hold_id: int) -> Hold | None: ...
    def open_holds(self, patron_id: int | None = None) -> Sequence[Hold]:
        """Waiting and trapped holds (of one patron if given), oldest first."""

    def queue(self, biblio_id: int) -> Sequence[Hold]:
        """The record's waiting holds, frozen ones included, oldest first."""

    def waiting(self) -> Sequence[Hold]:
        """Every waiting hold, frozen ones included, oldest first."""

    def trapped_for_item(self, item_id: int) -> Hold | None:
        """The hold this item waits on the hold shelf for, if any."""

    def expired_traps(self, today: date) -> Sequence[Hold]:
        """Trapped holds whose last pickup day is before ``today``, oldest first."""

    def trap(self, hold_id: int, item_id: int, now: datetime, pickup_by: date) -> Hold: ...
    def close(self, hold_id: int, status: HoldStatus, actor: Actor, now: datetime) -> Hold:
        """End a hold as ``collected``, ``cancelled`` or ``expired``."""

    def set_frozen(self, hold_id: int, frozen: bool) -> Hold: ...
    def available_copies(self, biblio_ids: Collection[int]) -> Sequence[Item]:
        """The available copies of these records in shelf order: by location, then shelf
        key, then barcode (those without a location or call number last)."""
