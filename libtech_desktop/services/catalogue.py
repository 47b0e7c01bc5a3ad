"""Bibliographic records and their items."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from libtech_desktop.domain.catalogue import (
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemType,
    validate_biblio,
    validate_item,
)
from libtech_desktop.domain.duplicates import is_duplicate, work_key
from libtech_desktop.domain.errors import (
    DuplicateBarcode,
    InvalidInput,
    MergeRefused,
)
from libtech_desktop.domain.search_query import parse_query
from libtech_desktop.domain.verification import Findings, VerificationWarning, check_biblio
from libtech_desktop.services import audit
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_biblio, require_item
from libtech_desktop.services.ports import UnitOfWork

__all__ = ["CatalogueService", "VerificationWarning", "find_biblios"]

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
        *,
        override_warnings: bool = True,
    ) -> Biblio:
        """Save a new record. Errors are refused (:class:`InvalidInput`); warnings too
        (:class:`VerificationWarning`) unless ``override_warnings``, which is the
        default until every front end asks the technician to confirm them."""
        draft = self._validated(
            BiblioDraft(title, author, isbn, year, publisher), override_warnings
        )
        with self._ctx.unit_of_work() as uow:
            biblio = uow.catalogue.add_biblio(draft, self._ctx.actor(), self._ctx.clock.now())
            uow.commit()
        return biblio

    def update_biblio(
        self, biblio_id: int, draft: BiblioDraft, *, override_warnings: bool = True
    ) -> Biblio:
        draft = self._validated(draft, override_warnings)
        with self._ctx.unit_of_work() as uow:
            require_biblio(uow, biblio_id)
            biblio = uow.catalogue.update_biblio(
                biblio_id, draft, self._ctx.actor(), self._ctx.clock.now()
            )
            uow.commit()
        return biblio

    def check(self, draft: BiblioDraft) -> Findings:
        """The errors and warnings saving ``draft`` would meet, without saving it."""
        return check_biblio(draft, self._ctx.clock.today().year)

    def find_duplicates(self, biblio_id: int) -> list[Biblio]:
        """Other records of the same work: the same ISBN, or the same title, author
        and year once case, accents, punctuation and a leading article are set aside.
        Oldest first."""
        with self._ctx.unit_of_work() as uow:
            biblio = require_biblio(uow, biblio_id)
            return duplicates_of(uow, biblio)

    def merge(self, keep_id: int, merge_id: int) -> Biblio:
        """Move every item of record ``merge_id`` onto ``keep_id`` and delete
        ``merge_id`` (and its stored MARC), in one transaction. Loans point at items,
        so open loans stay open on the same copies. The kept record is unchanged."""
        if keep_id == merge_id:
            raise MergeRefused(f"Record {keep_id} cannot be merged into itself.")
        with self._ctx.unit_of_work() as uow:
            kept = require_biblio(uow, keep_id)
            gone = require_biblio(uow, merge_id)
            actor, now = self._ctx.actor(), self._ctx.clock.now()
            moved = uow.catalogue.move_items(merge_id, keep_id, actor, now)
            uow.catalogue.delete_biblio(merge_id)
            audit.record(
                uow,
                actor,
                now,
                "record.merge",
                "record",
                str(merge_id),
                before={"title": gone.title, "author": gone.author, "isbn": gone.isbn},
                after={"merged_into": keep_id, "items_moved": moved},
            )
            uow.commit()
        return kept

    def get_biblio(self, biblio_id: int) -> Biblio:
        with self._ctx.unit_of_work() as uow:
            return require_biblio(uow, biblio_id)

    def search(self, text: str, limit: int = 500) -> list[Biblio]:
        """Records found by a search box entry (see ``find_biblios``), best match first.

        Raises SearchSyntaxError, with a message saying how to fix it, for a search
        that cannot be read (an unclosed quote, a stray operator, an unknown field)."""
        with self._ctx.unit_of_work() as uow:
            return find_biblios(uow, text, limit)

    def search_page(self, text: str, offset: int, limit: int) -> list[Biblio]:
        """The records ``offset`` to ``offset + limit`` of ``search(text)``'s list, for a
        list read a page at a time as it scrolls (the ranking is the same). The records
        before the page are ranked again to find it: ask for growing pages."""
        text = text.strip()
        with self._ctx.unit_of_work() as uow:
            paged = uow.search
            if not text:
                return list(paged.newest(limit, offset))
            item = uow.catalogue.item_by_barcode(text)  # a scan finds its record, alone
            if item is not None:
                return [require_biblio(uow, item.biblio_id)] if offset == 0 < limit else []
            return list(paged.search(parse_query(text), limit, offset))

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
            draft = with_item_type(uow, draft)
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
            draft = with_item_type(uow, draft)
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

    def _validated(self, draft: BiblioDraft, override_warnings: bool) -> BiblioDraft:
        """The tidied draft; :class:`InvalidInput` for errors, and
        :class:`VerificationWarning` for warnings not overridden."""
        this_year = self._ctx.clock.today().year
        findings = check_biblio(draft, this_year)
        if findings.errors:
            error = findings.errors[0]
            if error.field == "isbn":  # its CheckDigitError or InvalidInput, as typed
                validate_biblio(draft, this_year)
            raise InvalidInput(findings.messages(findings.errors))
        if findings.warnings and not override_warnings:
            raise VerificationWarning(findings)
        return validate_biblio(draft, this_year)

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


def duplicates_of(uow: UnitOfWork, biblio: Biblio) -> list[Biblio]:
    found: dict[int, Biblio] = {}
    if biblio.isbn:
        found.update((b.id, b) for b in uow.catalogue.biblios_with_isbn(biblio.isbn))
    key = work_key(biblio)
    candidates = uow.catalogue.biblios_with_work_key(key) if key else []
    found.update((b.id, b) for b in candidates if is_duplicate(biblio, b))
    found.pop(biblio.id, None)
    return [found[k] for k in sorted(found)]


def with_item_type(uow: UnitOfWork, draft: ItemDraft) -> ItemDraft:
    code = draft.item_type_code or DEFAULT_ITEM_TYPE
    if uow.catalogue.item_type(code) is None:
        known = ", ".join(t.code for t in uow.catalogue.item_types())
        raise InvalidInput(f"There is no item type {code!r} (known: {known}).")
    return replace(draft, item_type_code=code)
