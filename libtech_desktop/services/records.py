"""The record editor's use cases: open a record as MARC, check it, save it, add copies.

A record is its MARC (``domain.marc.MarcRecord``); the catalogue's columns, search
text and subject headings are read from it on every save, so the form, the MARC
view, the search and the export can never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from libtech_desktop.domain.authorities import Authority
from libtech_desktop.domain.catalogue import (
    NOT_LOANABLE,
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    validate_biblio,
    validate_item,
)
from libtech_desktop.domain.copies import consecutive_barcodes
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.errors import InvalidInput, ItemNotLoanable
from libtech_desktop.domain.headings import SUBDIVISION_SEP, heading_key, split_heading
from libtech_desktop.domain.identifiers import isbn_problem, issn_problem
from libtech_desktop.domain.marc import MarcRecord
from libtech_desktop.domain.record_fields import (
    Identifier,
    RecordFields,
    biblio_draft,
    index_text,
    new_record,
    read_fields,
)
from libtech_desktop.domain.verification import Finding, Findings, VerificationWarning, check_biblio
from libtech_desktop.interop.marc_convert import from_pymarc, to_pymarc
from libtech_desktop.interop.marc_mapping import record_from_draft
from libtech_desktop.interop.marc_reader import parse_stored, stored_form
from libtech_desktop.services.catalogue import CatalogueService, duplicates_of, with_item_type
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_biblio, require_item
from libtech_desktop.services.numbering import next_item_barcodes

#: Set by migration 0005 when records need their text read from their stored MARC.
TEXT_PENDING_KEY = "record_text_pending"
#: At most this many copies are added at once (a typing slip of 1000 for 10 is refused).
MAX_COPIES = 200


@dataclass(frozen=True)
class CatalogueRecord:
    """A record as the editor opens it; ``biblio`` is ``None`` for a new, unsaved one."""

    biblio: Biblio | None
    marc: MarcRecord
    items: tuple[Item, ...] = ()

    @property
    def fields(self) -> RecordFields:
        return read_fields(self.marc)


@dataclass(frozen=True)
class CopiesDraft:
    """Several copies of one record: barcodes from ``first_barcode`` counting up."""

    first_barcode: str
    count: int = 1
    call_number: str | None = None
    location: str | None = None
    item_type_code: str | None = None
    price_minor: int | None = None
    acquired_on: date | None = None


class RecordService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
        self._catalogue = CatalogueService(context)

    def today(self) -> date:
        """The library's date (its clock), as new copies' acquisition date."""
        return self._ctx.clock.today()

    def record(self, biblio_id: int) -> CatalogueRecord:
        with self._ctx.unit_of_work() as uow:
            biblio = require_biblio(uow, biblio_id)
            stored = uow.catalogue.marc_of(biblio_id)
            items = tuple(uow.catalogue.items_of(biblio_id))
        if stored is None:
            draft = validate_biblio(biblio_draft_of(biblio), self._year())
            marc = from_pymarc(record_from_draft(draft))
        else:
            marc = from_pymarc(parse_stored(stored))
        return CatalogueRecord(biblio, marc, items)

    def new_record(self, isbn: str | None = None) -> CatalogueRecord:
        """A blank record (leader and 008), with ``isbn`` in 020 when one was scanned.
        Nothing is saved until :meth:`save`."""
        isbns = (Identifier(isbn.strip()),) if isbn and isbn.strip() else ()
        return CatalogueRecord(None, new_record(RecordFields(isbns=isbns), self._ctx.clock.today()))

    def check(self, marc: MarcRecord, biblio_id: int | None = None) -> Findings:
        """Every error and warning saving ``marc`` would meet: the record's own problems
        (no title, an implausible year, a wrong ISBN or ISSN check digit anywhere in 020
        $a or 022 $a) and likely duplicates in the catalogue (a warning)."""
        fields = read_fields(marc)
        base = check_biblio(biblio_draft(marc), self._year())
        errors = [f for f in base.errors if f.field != "isbn"]
        errors += _identifier_errors(fields)
        warnings = list(base.warnings)
        warnings += self._heading_warnings(fields.subjects)
        warnings += self._duplicate_warnings(marc, biblio_id)
        return Findings(tuple(errors), tuple(warnings))

    def save(
        self, biblio_id: int | None, marc: MarcRecord, *, override_warnings: bool = False
    ) -> CatalogueRecord:
        """Save the record (a new one when ``biblio_id`` is ``None``) in one transaction:
        its MARC, the columns, the search text and headings read from it. Errors raise
        :class:`InvalidInput`; warnings :class:`VerificationWarning` unless overridden."""
        findings = self.check(marc, biblio_id)
        if findings.errors:
            raise InvalidInput(findings.messages(findings.errors))
        if findings.warnings and not override_warnings:
            raise VerificationWarning(findings)
        draft = validate_biblio(biblio_draft(marc), self._year())
        stored, text = stored_form(to_pymarc(marc)), index_text(marc)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            if biblio_id is None:
                biblio = uow.catalogue.add_biblio(draft, actor, now, stored, text)
            else:
                require_biblio(uow, biblio_id)
                biblio = uow.catalogue.update_biblio(biblio_id, draft, actor, now, stored, text)
            items = tuple(uow.catalogue.items_of(biblio.id))
            uow.commit()
        return CatalogueRecord(biblio, marc, items)

    def add_copies(
        self, biblio_id: int, copies: CopiesDraft, *, override_warnings: bool = False
    ) -> list[Item]:
        """Add ``count`` copies with consecutive barcodes, all or none: a barcode already
        taken refuses the lot, naming it. No call number is a warning (an uncatalogued
        copy cannot be shelved), overridable."""
        if not 1 <= copies.count <= MAX_COPIES:
            raise InvalidInput(f"Add between 1 and {MAX_COPIES} copies at a time.")
        first = copies.first_barcode.strip()
        # Scanned: its barcodes are known and checked before the library is touched.
        barcodes = consecutive_barcodes(first, copies.count) if first else []
        drafts = self._check_copies(copies, barcodes, override_warnings) if first else []
        with self._ctx.unit_of_work() as uow:
            require_biblio(uow, biblio_id)
            if not first:
                # Left blank: the next barcodes of the library's scheme, when it numbers
                # items; otherwise the usual "type or scan the first barcode".
                barcodes = next_item_barcodes(uow, copies.count) or consecutive_barcodes(
                    first, copies.count
                )
                drafts = self._check_copies(copies, barcodes, override_warnings)
            taken = uow.catalogue.item_barcodes_in(barcodes)
            cards = uow.patrons.barcodes_in(barcodes)
            if taken or cards:
                clash = sorted(taken | cards)[0]
                owner = "another item" if clash in taken else "a patron's card"
                raise InvalidInput(
                    f"{clash} already belongs to {owner}; no copies were added. "
                    "Start from a free barcode."
                )
            typed = [with_item_type(uow, d) for d in drafts]
            actor, now = self._ctx.actor(), self._ctx.clock.now()
            uow.catalogue.add_items([(biblio_id, d) for d in typed], actor, now)
            added = [uow.catalogue.item_by_barcode(b) for b in barcodes]
            uow.commit()
        return [item for item in added if item is not None]

    @staticmethod
    def _check_copies(
        copies: CopiesDraft, barcodes: list[str], override_warnings: bool
    ) -> list[ItemDraft]:
        """The copies as checked item drafts; refused before anything is written."""
        drafts = [
            validate_item(
                ItemDraft(
                    barcode,
                    copies.call_number,
                    copies.item_type_code,
                    copies.location,
                    copies.price_minor,
                    copies.acquired_on,
                )
            )
            for barcode in barcodes
        ]
        if not drafts[0].call_number and not override_warnings:
            raise VerificationWarning(
                Findings(
                    warnings=(
                        Finding(
                            "call_number",
                            "The copies have no call number: they cannot be shelved or "
                            "labelled until they get one.",
                        ),
                    )
                )
            )
        return drafts

    def update_item(self, barcode: str, draft: ItemDraft) -> Item:
        """Change a copy's barcode, call number, type, location, price or date."""
        return self._catalogue.update_item(barcode, draft)

    def set_item_status(self, barcode: str, status: ItemStatus, note: str | None = None) -> Item:
        """Mark a copy available, missing, lost, withdrawn or in repair. An item on loan
        changes only through check-in; nothing is put on loan here."""
        if status is ItemStatus.ON_LOAN:
            raise InvalidInput("An item goes on loan only by checking it out.")
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, barcode)
            if item.status is ItemStatus.ON_LOAN:
                raise ItemNotLoanable(
                    f"{item.barcode} is on loan: check it in before changing its status."
                )
            note = (note or "").strip() or (item.condition_note if status in NOT_LOANABLE else None)
            updated = uow.catalogue.set_status(
                item.id, status, self._ctx.actor(), self._ctx.clock.now(), note
            )
            uow.commit()
        return updated

    def index_pending_records(self, page: int = 500) -> int:
        """Read the search text and headings of records stored before migration 0005
        out of their MARC, and key their items' call numbers for shelf order (once: the
        migration leaves a flag); how many records were read."""
        with self._ctx.unit_of_work() as uow:
            if uow.settings.get(TEXT_PENDING_KEY) != "1":
                return 0
        done, after = 0, 0
        while batch := self._index_page(after, page):
            done += batch[0]
            after = batch[1]
        while self._key_items(page):
            pass
        with self._ctx.unit_of_work() as uow:
            uow.settings.set(TEXT_PENDING_KEY, "0")
            uow.commit()
        return done

    def _index_page(self, after: int, page: int) -> tuple[int, int] | None:
        with self._ctx.unit_of_work() as uow:
            batch = list(uow.catalogue.biblios_with_marc(after, page))
            if not batch:
                return None
            uow.catalogue.set_work_keys([(b.id, work_key(b)) for b, _ in batch])
            texts = [(b.id, index_text(parse_stored(m))) for b, m in batch if m is not None]
            uow.catalogue.set_index_text(texts)
            uow.commit()
        return len(texts), batch[-1][0].id

    def _key_items(self, page: int) -> int:
        with self._ctx.unit_of_work() as uow:
            keyed = uow.catalogue.fill_shelf_keys(page)
            uow.commit()
        return keyed

    def _heading_warnings(self, subjects: tuple[str, ...]) -> list[Finding]:
        """A heading the authority list says not to use ("use" reference), whole or by
        its main part (``Felines -- Behavior`` when Felines: use Cats)."""
        found = []
        with self._ctx.unit_of_work() as uow:
            for heading in subjects:
                preferred = authorised_form(heading, uow.authorities.lookup)
                if preferred is not None:
                    found.append(
                        Finding("subjects", f"“{heading}” is not used here: use “{preferred}”.")
                    )
        return found

    def _duplicate_warnings(self, marc: MarcRecord, biblio_id: int | None) -> list[Finding]:
        draft = biblio_draft(marc)
        if not draft.title:
            return []
        probe = Biblio(biblio_id or 0, draft.title, draft.author, draft.isbn, draft.year, None)
        with self._ctx.unit_of_work() as uow:
            found = duplicates_of(uow, probe)
        return [
            Finding(
                "duplicate",
                f"This looks like record {b.id}, “{b.title}”"
                + (f" ({b.year})" if b.year else "")
                + (" — same ISBN." if draft.isbn and b.isbn == draft.isbn else "."),
            )
            for b in found[:3]
        ]

    def _year(self) -> int:
        return self._ctx.clock.today().year


def biblio_draft_of(biblio: Biblio) -> BiblioDraft:
    return BiblioDraft(biblio.title, biblio.author, biblio.isbn, biblio.year, biblio.publisher)


def authorised_form(
    heading: str, lookup: Callable[[str], tuple[Authority, bool] | None]
) -> str | None:
    """The authorised heading to use instead of ``heading``, or ``None`` when ``heading``
    is authorised or unknown. A variant main heading keeps its subdivisions."""
    found = lookup(heading_key(heading))
    if found is not None:
        return found[0].heading if found[1] else None
    main, *subdivisions = split_heading(heading)
    found = lookup(heading_key(main)) if subdivisions else None
    if found is None or not found[1]:
        return None
    return SUBDIVISION_SEP.join([found[0].heading, *subdivisions])


def _identifier_errors(fields: RecordFields) -> list[Finding]:
    found = []
    for identifier in fields.isbns:
        if problem := isbn_problem(identifier.value):
            found.append(
                Finding(
                    "isbn",
                    f"{identifier.value} is not a valid ISBN: {problem}. If the book really "
                    "carries it, record it in 020 $z (MARC view).",
                )
            )
    for identifier in fields.issns:
        if problem := issn_problem(identifier.value):
            found.append(Finding("issn", f"{identifier.value} is not a valid ISSN: {problem}."))
    return found
