"""The shelf list: items in the order they stand on the shelves, for shelf reading.

Pages are read by keyset (after the last item shown), never by offset, so every page
costs the same on a million items. Items without a call number come last, by barcode
(see ``domain.shelf_list``).
"""

from __future__ import annotations

from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.shelf_list import ShelfEntry, ShelfPosition, decode_cursor
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

__all__ = ["MAX_PAGE", "ShelfEntry", "ShelfListService"]

#: The most items one call returns.
MAX_PAGE = 5000


class ShelfListService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def page(
        self, location: str | None = None, after: str | None = None, limit: int = 200
    ) -> list[ShelfEntry]:
        """Up to ``limit`` items in shelf order, from the first (or after the item whose
        ``cursor`` is ``after``); only those at ``location`` if given. An empty list
        means the end of the list."""
        position = decode_cursor(after) if after is not None else None
        with self._ctx.unit_of_work() as uow:
            return _read(uow, position, _location(location), _limit(limit))

    def start_at(
        self, call_number_text: str, location: str | None = None, limit: int = 200
    ) -> list[ShelfEntry]:
        """The items from where ``call_number_text`` would stand on the shelf: the first
        whose call number sorts at or after it. Blank text: from the start."""
        text = call_number_text.strip()
        if not text:
            return self.page(location, None, limit)
        # The empty barcode sorts before every barcode: the position is just before the key.
        position = ShelfPosition(shelf_key(text), "")
        with self._ctx.unit_of_work() as uow:
            return _read(uow, position, _location(location), _limit(limit))

    def locations(self) -> list[str]:
        """Every location items are at, alphabetically (for the list's filter)."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.shelf.locations())


def _read(
    uow: UnitOfWork, position: ShelfPosition | None, location: str | None, limit: int
) -> list[ShelfEntry]:
    """Shelved items first, then (once those run out) the items without a call number."""
    entries = list(uow.shelf.shelved_after(position, location, limit))
    if len(entries) < limit:
        after = position.barcode if position is not None and position.shelf_key is None else None
        entries += uow.shelf.unshelved_after(after, location, limit - len(entries))
    return entries


def _location(location: str | None) -> str | None:
    return (location or "").strip() or None


def _limit(limit: int) -> int:
    if not 1 <= limit <= MAX_PAGE:
        raise InvalidInput(f"A shelf list page holds 1 to {MAX_PAGE} items, not {limit}.")
    return limit
