"""The shelf list: items in the order they stand on the shelves, read a page at a time.

Items are ordered by their shelf key (``callnumbers.shelf_key``: text order is shelf
order), copies of one call number by barcode. Items without a call number cannot stand
anywhere in that order: they come after every shelved item, by barcode, as one last
section a technician can work through ("these need call numbers").

A page ends with a cursor, an opaque string naming its last item; the next page starts
just after it. A cursor stays valid while items are added or removed around it.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput


@dataclass(frozen=True)
class ShelfPosition:
    """Where a page starts after: an item's shelf key (``None``: in the section without
    call numbers) and its barcode."""

    shelf_key: str | None
    barcode: str


@dataclass(frozen=True)
class ShelfEntry:
    """One item as a shelf list shows it."""

    barcode: str
    call_number: str | None
    title: str
    author: str | None
    location: str | None
    status: ItemStatus
    #: ``None`` for an item without a call number (listed last).
    shelf_key: str | None
    #: Pass as ``after`` to get the items that follow this one.
    cursor: str


def encode_cursor(position: ShelfPosition) -> str:
    payload = json.dumps([position.shelf_key, position.barcode], ensure_ascii=False)
    return base64.urlsafe_b64encode(payload.encode("utf-8")).decode("ascii")


def decode_cursor(cursor: str) -> ShelfPosition:
    """The position a cursor names; :class:`InvalidInput` for one this program did not make."""
    try:
        key, barcode = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        key = barcode = None
    if not isinstance(barcode, str) or not (key is None or isinstance(key, str)):
        raise InvalidInput(
            "That place in the shelf list cannot be read; start the list again from the top."
        )
    return ShelfPosition(key, barcode)
