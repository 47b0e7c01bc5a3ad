"""Finding what a barcode or number names, or saying clearly that nothing does."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import Biblio, Item
from libtech_desktop.domain.errors import UnknownItem, UnknownPatron, UnknownRecord
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.services.ports import UnitOfWork


def require_patron(uow: UnitOfWork, barcode: str) -> Patron:
    patron = uow.patrons.by_barcode(barcode.strip())
    if patron is None:
        raise UnknownPatron(f"No patron has the card barcode {barcode}.")
    return patron


def require_item(uow: UnitOfWork, barcode: str) -> Item:
    item = uow.catalogue.item_by_barcode(barcode.strip())
    if item is None:
        raise UnknownItem(f"No item has the barcode {barcode}.")
    return item


def require_biblio(uow: UnitOfWork, biblio_id: int) -> Biblio:
    biblio = uow.catalogue.biblio(biblio_id)
    if biblio is None:
        raise UnknownRecord(f"There is no record number {biblio_id}.")
    return biblio
