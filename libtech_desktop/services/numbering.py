"""New barcodes from the library's barcode scheme (``barcode.*`` settings): a patron
registered with the card left blank gets the next card, copies added with the barcode
left blank get the next item barcodes, each counted as issued in the same unit of work
that uses it (a refused action uses none up)."""

from __future__ import annotations

from typing import Literal

from libtech_desktop.domain.barcode_scheme import BarcodeScheme
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.services.ports import UnitOfWork

#: Numbers already in use (typed by hand, pre-printed) skipped at most before giving up.
MAX_SKIPPED = 10_000


def next_card_number(uow: UnitOfWork) -> str:
    """The next free patron card of the scheme; ``""`` when the library does not issue
    cards (``barcode.auto_cards`` off)."""
    found = _next_free(uow, "patron", 1, "barcode.auto_cards", "barcode.next_patron")
    return found[0] if found else ""


def next_item_barcodes(uow: UnitOfWork, count: int) -> list[str]:
    """``count`` free item barcodes of the scheme, in order; ``[]`` when the library does
    not number items (``barcode.auto_items`` off)."""
    return _next_free(uow, "item", count, "barcode.auto_items", "barcode.next_item")


def _next_free(
    uow: UnitOfWork, kind: Literal["patron", "item"], count: int, switch: str, counter: str
) -> list[str]:
    """The next ``count`` numbers of ``kind`` held by no item and no patron's card, from
    the ``counter`` setting, which moves past them; ``[]`` while ``switch`` is off."""
    settings = SettingsReader(uow.settings.get)
    if not settings.flag(switch):
        return []
    scheme = BarcodeScheme.from_settings(settings.text)
    number = settings.integer(counter)
    found: list[str] = []
    skipped = 0
    while len(found) < count:
        if number > scheme.largest_sequence:
            raise InvalidInput(
                f"The barcode scheme has no {kind} numbers left after {number - 1}: "
                "widen the running number (barcode.width)."
            )
        code = scheme.format(kind, number)
        number += 1
        if uow.catalogue.item_by_barcode(code) or uow.patrons.by_barcode(code):
            skipped += 1
            if skipped > MAX_SKIPPED:
                raise InvalidInput(
                    f"No free {kind} numbers near {counter}: set it past the numbers in use."
                )
            continue
        found.append(code)
    uow.settings.set(counter, str(number))
    return found
