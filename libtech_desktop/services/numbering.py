"""New item barcodes from the library's barcode scheme (``barcode.*`` settings): a copy
added with its barcode left blank gets the next ones, counted as issued in the same unit
of work that adds it. (Patron cards: ``services/patrons.next_card_number``.)"""

from __future__ import annotations

from libtech_desktop.domain.barcode_scheme import BarcodeScheme
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.services.ports import UnitOfWork

#: How far past ``barcode.next_item`` to look for free numbers before giving up.
MAX_SKIPPED = 1000


def next_item_barcodes(uow: UnitOfWork, count: int) -> list[str]:
    """``count`` free item barcodes of the scheme, in order, counted as issued; ``[]``
    when the library does not number items (``barcode.auto_items`` off). Numbers held by
    an item or a patron's card are skipped."""
    settings = SettingsReader(uow.settings.get)
    if not settings.flag("barcode.auto_items"):
        return []
    scheme = BarcodeScheme.from_settings(settings.text)
    number = settings.integer("barcode.next_item")
    found: list[str] = []
    skipped = 0
    while len(found) < count:
        if number > scheme.largest_sequence:
            raise InvalidInput(
                f"The barcode scheme has no item numbers left after {number - 1}: "
                "widen the running number (barcode.width)."
            )
        code = scheme.format("item", number)
        number += 1
        if uow.catalogue.item_by_barcode(code) or uow.patrons.by_barcode(code):
            skipped += 1
            if skipped > MAX_SKIPPED:
                raise InvalidInput(
                    "No free item barcodes near barcode.next_item: set it past the barcodes in use."
                )
            continue
        found.append(code)
    uow.settings.set("barcode.next_item", str(number))
    return found
