"""Bibliographic records and their items."""

from __future__ import annotations

from collections.abc import Sequence

from libtech_desktop.domain.catalogue import (
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemType,
    validate_biblio,
    validate_item,
)
from libtech_desktop.domain.errors import (
    DuplicateBarcode,
    InvalidInput,
)
from libtech_desktop.domain.search_query import parse_query
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_biblio, require_item
from libtech_desktop.services.ports import UnitOfWork

DEFAULT_ITEM_TYPE = "book"


class CatalogueService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def add_biblio(
        self,
        title: str,
        author: str | None = None,
        isbn: str | None = None,
        year: int | None = None,
        publisher: str | None = None,
    ) -> Biblio:
        draft = self._validated(BiblioDraft(title, author, isbn, year, publisher))
        with self._ctx.unit_of_work() as uow:
            biblio = uow.catalogue.add_biblio(draft, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return biblio

    def update_biblio(self, biblio_id: int, draft: BiblioDraft) -> Biblio:
        draft = self._validated(draft)
        with self._ctx.unit_of_work() as uow:
            require_biblio(uow, biblio_id)
            biblio = uow.catalogue.update_biblio(
                biblio_id, draft, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return biblio

    def get_biblio(self, biblio_id: int) -> Biblio:
        with self._ctx.unit_of_work() as uow:
            return require_biblio(uow, biblio_id)

    def search(self, text: str, limit: int = 500) -> list[Biblio]:
        """Records found by a search box entry (see ``find_biblios``), best match first.

        Raises SearchSyntaxError, with a message saying how to fix it, for a search
        that cannot be read (an unclosed quote, a stray operator, an unknown field)."""
        with self._ctx.unit_of_work() as uow:
            return find_biblios(uow, text, limit)

    def item_counts(self, biblio_ids: Sequence[int]) -> dict[int, int]:
        """How many items each record has (0 for none), by record id."""
        with self._ctx.unit_of_work() as uow:
            return dict(uow.catalogue.item_counts(biblio_ids))

    def add_item(
        self,
        biblio_id: int,
        barcode: str,
        call_number: str | None = None,
        item_type: str | None = None,
        location: str | None = None,
    ) -> Item:
        draft = validate_item(ItemDraft(barcode, call_number, item_type, location))
        with self._ctx.unit_of_work() as uow:
            require_biblio(uow, biblio_id)
            self._check_barcode_free(uow, draft.barcode)
            draft = _with_type(uow, draft)
            item = uow.catalogue.add_item(
                biblio_id, draft, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return item

    def update_item(self, barcode: str, draft: ItemDraft) -> Item:
        draft = validate_item(draft)
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, barcode)
            if draft.barcode != item.barcode:
                self._check_barcode_free(uow, draft.barcode)
            draft = _with_type(uow, draft)
            updated = uow.catalogue.update_item(
                item.id, draft, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return updated

    def item(self, barcode: str) -> Item:
        with self._ctx.unit_of_work() as uow:
            return require_item(uow, barcode.strip())

    def items_of(self, biblio_id: int) -> list[Item]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.catalogue.items_of(biblio_id))

    def item_types(self) -> list[ItemType]:
        with self._ctx.unit_of_work() as uow:
            return list(uow.catalogue.item_types())

    def _validated(self, draft: BiblioDraft) -> BiblioDraft:
        return validate_biblio(draft, self._ctx.clock.today().year)

    @staticmethod
    def _check_barcode_free(uow: UnitOfWork, barcode: str) -> None:
        if uow.catalogue.item_by_barcode(barcode) is not None:
            raise DuplicateBarcode(f"Another item already has the barcode {barcode}.")
        if uow.patrons.by_barcode(barcode) is not None:
            raise DuplicateBarcode(f"{barcode} is a patron's card barcode.")


def find_biblios(uow: UnitOfWork, text: str, limit: int) -> list[Biblio]:
    """Blank: the newest records. An item's exact barcode (typed or scanned): its record.
    Anything else: a full-text search (words, prefixes, "phrases", ti: au: isbn: cn: ...)."""
    text = text.strip()
    if not text:
        return list(uow.catalogue.newest_biblios(limit))
    item = uow.catalogue.item_by_barcode(text)  # first: a scan must find its record
    if item is not None:
        return [require_biblio(uow, item.biblio_id)][:limit]
    return list(uow.search.search(parse_query(text), limit))


def _with_type(uow: UnitOfWork, draft: ItemDraft) -> ItemDraft:
    code = draft.item_type_code or DEFAULT_ITEM_TYPE
    if uow.catalogue.item_type(code) is None:
        known = ", ".join(t.code for t in uow.catalogue.item_types())
        raise InvalidInput(f"There is no item type {code!r} (known: {known}).")
    return ItemDraft(draft.barcode, draft.call_number, code, draft.location)
