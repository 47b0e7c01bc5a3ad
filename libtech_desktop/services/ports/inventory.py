"""What the inventory workflow needs from storage (issue 6): stocktakes, their scans and
what was expected on the shelf."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.inventory import ShelfScan, StockItem, Stocktake
from libtech_desktop.domain.staff import Actor


class InventoryRepository(Protocol):
    def start(
        self,
        location: str | None,
        call_numbers: tuple[str | None, str | None],
        keys: tuple[str | None, str | None],
        actor: Actor,
        now: datetime,
    ) -> Stocktake:
        """A new stocktake of a location and/or a call-number range (as typed, as keys)."""

    def stocktake(self, session_id: int) -> Stocktake | None: ...

    def scans(self, session_id: int) -> Sequence[ShelfScan]:
        """What was scanned, in scanning (shelf) order."""

    def add_scans(
        self, session_id: int, scans: Sequence[tuple[str, int | None]], now: datetime
    ) -> int:
        """Append ``(barcode, item id or None)`` after what was scanned before; the
        position the first one took."""

    def already_scanned(self, session_id: int, barcodes: Collection[str]) -> AbstractSet[str]:
        """Which of these barcodes this stocktake has scanned before."""

    def items_by_barcode(self, barcodes: Collection[str]) -> Mapping[str, StockItem]: ...

    def expected(self, stocktake: Stocktake) -> Sequence[StockItem]:
        """Every item (any status) recorded at its location and in its range."""

    def set_statuses(
        self, item_ids: Sequence[int], status: ItemStatus, actor: Actor, now: datetime
    ) -> int:
        """Record these items at ``status`` in bulk (as ``catalogue.set_status`` does one at
        a time, without loading them); how many changed."""

    def close(self, session_id: int, now: datetime) -> Stocktake: ...
