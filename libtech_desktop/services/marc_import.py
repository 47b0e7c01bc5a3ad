"""Load a MARC 21 file into the catalogue: records, their original MARC, and holdings.

Commits every ``batch_size`` records (one unit of work each), so a cancel or a
crash keeps the batches already committed. One bad record never stops the file:
it is reported by its number in the file and the rest goes in.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from pymarc import Record

from libtech_desktop.domain.catalogue import Biblio, BiblioDraft, ItemDraft, validate_item
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.interop.marc_mapping import HoldingsTag, biblio_draft, holdings
from libtech_desktop.interop.marc_reader import MarcEntry, count_records, read_marc, to_marcxml
from libtech_desktop.services.catalogue import DEFAULT_ITEM_TYPE
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import CancelFn, ProgressFn, never_cancel, no_progress

MatchRule = Literal["isbn", "none"]
PROGRESS_EVERY = 100


@dataclass(frozen=True)
class ImportError_:  # the trailing _ keeps clear of the builtin ImportError
    """A problem with one record; ``record`` is its number in the file, from 1."""

    record: int
    reason: str


@dataclass(frozen=True)
class ImportReport:
    added: int
    merged: int
    skipped: int
    failed: int
    errors: tuple[ImportError_, ...]
    #: Kept anyway, but worth a look (an unknown item type, a repaired character…).
    warnings: tuple[ImportError_, ...] = ()
    #: Records read, committed or not; a cancelled import kept only whole batches.
    read: int = 0
    cancelled: bool = False


@dataclass
class _Tally:
    added: int = 0
    merged: int = 0
    skipped: int = 0
    failed: int = 0
    errors: list[ImportError_] = field(default_factory=list)
    warnings: list[ImportError_] = field(default_factory=list)

    def absorb(self, other: _Tally) -> None:
        self.added += other.added
        self.merged += other.merged
        self.skipped += other.skipped
        self.failed += other.failed
        self.errors += other.errors
        self.warnings += other.warnings


class MarcImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def import_file(
        self,
        path: str | Path,
        match: MatchRule = "isbn",
        items_from: HoldingsTag | None = None,
        *,
        progress: ProgressFn = no_progress,
        should_cancel: CancelFn = never_cancel,
        batch_size: int = 500,
    ) -> ImportReport:
        """Import every record of ``path``; raises ``MarcFileError`` only when the file
        cannot be read at all."""
        entries = read_marc(path)
        expected = count_records(path)
        total, read, cancelled = _Tally(), 0, False
        batch: list[MarcEntry] = []
        for entry in entries:
            if should_cancel():
                cancelled = True
                break
            batch.append(entry)
            read = entry.number
            if len(batch) >= batch_size:
                total.absorb(self._import_batch(batch, match, items_from))
                batch = []
            if read % PROGRESS_EVERY == 0:
                progress(read, max(expected, read), f"record {read}")
        if batch and not cancelled:
            total.absorb(self._import_batch(batch, match, items_from))
        progress(read, max(expected, read), "done")
        return ImportReport(
            added=total.added,
            merged=total.merged,
            skipped=total.skipped,
            failed=total.failed,
            errors=tuple(total.errors),
            warnings=tuple(total.warnings),
            read=read,
            cancelled=cancelled,
        )

    def _import_batch(
        self, batch: list[MarcEntry], match: MatchRule, items_from: HoldingsTag | None
    ) -> _Tally:
        tally = _Tally()
        with self._ctx.unit_of_work() as uow:
            known_types = {t.code.lower(): t.code for t in uow.catalogue.item_types()}
            for entry in batch:
                if entry.warning:
                    tally.warnings.append(ImportError_(entry.number, entry.warning))
                if entry.record is None:
                    tally.failed += 1
                    tally.errors.append(ImportError_(entry.number, entry.error or "unreadable"))
                    continue
                _RecordImport(self._ctx, uow, entry.number, tally, known_types).run(
                    entry.record, match, items_from
                )
            uow.commit()
        return tally


class _RecordImport:
    """One record inside a batch's unit of work; what happened goes into the tally."""

    def __init__(
        self,
        ctx: ServiceContext,
        uow: UnitOfWork,
        number: int,
        tally: _Tally,
        known_types: dict[str, str],
    ) -> None:
        self._ctx, self._uow, self._n, self._tally = ctx, uow, number, tally
        self._types = known_types

    def run(self, record: Record, match: MatchRule, items_from: HoldingsTag | None) -> None:
        try:
            draft = self._draft(record)
            xml = to_marcxml(record)
        except (InvalidInput, ValueError) as exc:
            self._tally.failed += 1
            self._tally.errors.append(ImportError_(self._n, str(exc)))
            return
        items = self._items(record, items_from) if items_from else []
        existing = None
        if match == "isbn" and draft.isbn:
            existing = self._uow.catalogue.biblio_by_isbn(draft.isbn)
        if existing is not None:
            if self._add_items(existing, items):
                self._tally.merged += 1
            else:
                self._tally.skipped += 1
            return
        now, actor = self._ctx.clock.now(), self._ctx.actor()
        biblio = self._uow.catalogue.add_biblio(draft, actor, now, marc_xml=xml)
        self._add_items(biblio, items)
        self._tally.added += 1

    def _draft(self, record: Record) -> BiblioDraft:
        draft = biblio_draft(record)
        if not draft.title:
            raise InvalidInput("no title (245 $a is missing or empty)")
        this_year = self._ctx.clock.today().year
        if draft.year is not None and not 1000 <= draft.year <= this_year + 1:
            self._warn(f"year {draft.year} is not plausible; left empty in the catalogue")
            draft = replace(draft, year=None)
        return BiblioDraft(
            title=draft.title[:2000],
            author=draft.author[:300] if draft.author else None,
            isbn=draft.isbn,
            year=draft.year,
            publisher=draft.publisher[:300] if draft.publisher else None,
        )

    def _items(self, record: Record, tag: HoldingsTag) -> list[ItemDraft]:
        drafts = []
        for holding in holdings(record, tag):
            if not holding.item.barcode:
                self._warn(f"a {tag} holding without a barcode ($p) was not added")
                continue
            try:
                item = validate_item(holding.item)
            except InvalidInput as exc:
                self._error(str(exc))
                continue
            drafts.append(replace(item, item_type_code=self._type(item, holding.item_type)))
        return drafts

    def _type(self, item: ItemDraft, given: str | None) -> str:
        if not given:
            return DEFAULT_ITEM_TYPE
        code = self._types.get(given.strip().lower())
        if code is None:
            self._warn(f"item {item.barcode}: unknown item type {given!r}, catalogued as book")
            return DEFAULT_ITEM_TYPE
        return code

    def _add_items(self, biblio: Biblio, items: list[ItemDraft]) -> int:
        added = 0
        cat, patrons = self._uow.catalogue, self._uow.patrons
        for item in items:
            if cat.item_by_barcode(item.barcode) is not None:
                self._error(f"barcode {item.barcode} already belongs to another item; not added")
            elif patrons.by_barcode(item.barcode) is not None:
                self._error(f"barcode {item.barcode} is a patron's card barcode; not added")
            else:
                cat.add_item(biblio.id, item, self._ctx.actor(), self._ctx.clock.now())
                added += 1
        return added

    def _warn(self, reason: str) -> None:
        self._tally.warnings.append(ImportError_(self._n, reason))

    def _error(self, reason: str) -> None:
        self._tally.errors.append(ImportError_(self._n, reason))
