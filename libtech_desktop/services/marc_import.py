"""Load a MARC 21 file into the catalogue: records, their original MARC, and holdings.

Commits every ``batch_size`` records (one unit of work each), so a cancel or a
crash keeps the batches already committed. One bad record never stops the file:
it is reported by its number in the file and the rest goes in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields, replace
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Literal

from libtech_desktop.domain.catalogue import Biblio, BiblioDraft, ItemDraft, validate_item
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.marc import RecordLike
from libtech_desktop.domain.record_fields import IndexText, NewBiblio
from libtech_desktop.interop.marc_mapping import (
    HoldingsTag,
    biblio_draft,
    holdings,
    index_text,
    mapped_tags,
)
from libtech_desktop.interop.marc_reader import MarcEntry, count_records, decode_entry, read_marc
from libtech_desktop.services.catalogue import DEFAULT_ITEM_TYPE
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.prefetch import prefetched
from libtech_desktop.services.progress import CancelFn, ProgressFn, never_cancel, no_progress

MatchRule = Literal["isbn", "none"]
PROGRESS_EVERY = 100
#: Records decoded together (in a worker process for a file of PARALLEL_FROM or more).
PREPARE_CHUNK = 250
PARALLEL_FROM = 2_000
PREVIEW_COUNT = 20
HOLDINGS_TAGS: tuple[HoldingsTag, ...] = ("852", "952")


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


@dataclass(frozen=True)
class MarcPreviewRow:
    """One record as an import would read it; ``error`` says why it would fail."""

    number: int
    title: str | None = None
    author: str | None = None
    isbn: str | None = None
    year: int | None = None
    #: Holdings fields (852 or 952, or the one asked for) in the record.
    holdings: int = 0
    error: str | None = None


@dataclass(frozen=True)
class MarcPreview:
    """The first records of a file; ``total`` is the file's record count (estimated from
    its end-of-record marks or XML record tags, never fewer than the rows shown)."""

    path: str
    total: int
    rows: tuple[MarcPreviewRow, ...]


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

    def preview(
        self,
        path: str | Path,
        count: int = PREVIEW_COUNT,
        items_from: HoldingsTag | None = None,
    ) -> MarcPreview:
        """The first ``count`` records of ``path`` as the import would read them; writes
        nothing. Raises ``MarcFileError`` when the file cannot be read as MARC at all."""
        tags = (items_from,) if items_from else HOLDINGS_TAGS
        rows = [_preview_row(entry, tags) for entry in islice(read_marc(path), count)]
        total = max(count_records(path), len(rows))
        return MarcPreview(path=str(path), total=total, rows=tuple(rows))

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
        tags = mapped_tags(items_from)
        expected = count_records(path)
        with self._ctx.unit_of_work() as uow:
            known_types = {t.code.lower(): t.code for t in uow.catalogue.item_types()}
        total, read, cancelled = _Tally(), 0, False
        batch: list[_RecordImport] = []
        prepare = partial(
            _prepare_chunk,
            tags=tags,
            known_types=known_types,
            items_from=items_from,
            this_year=self._ctx.clock.today().year,
        )
        chunks = _chunked(read_marc(path, tags, decode=False), PREPARE_CHUNK)
        parallel = expected >= PARALLEL_FROM

        with prefetched(chunks, prepare, parallel=parallel) as records:
            for record in records:
                if should_cancel():
                    cancelled = True
                    break
                batch.append(record)
                read = record.number
                if len(batch) >= batch_size:
                    total.absorb(self._import_batch(batch, match))
                    batch = []
                if read % PROGRESS_EVERY == 0:
                    progress(read, max(expected, read), f"record {read}")
        if batch and not cancelled:
            total.absorb(self._import_batch(batch, match))
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

    def _import_batch(self, records: list[_RecordImport], match: MatchRule) -> _Tally:
        """One unit of work: the records were read and checked ahead (``prefetched``);
        one query each for the batch's ISBNs, work keys and barcodes, then all the new
        records and items at once."""
        with self._ctx.unit_of_work() as uow:
            _Batch(self._ctx, uow, match).place([r for r in records if r.draft is not None])
            uow.commit()
        tally = _Tally()
        for record in records:  # the report in file order, as if one record at a time
            tally.absorb(record.tally)
        return tally


def _preview_row(entry: MarcEntry, tags: tuple[HoldingsTag, ...]) -> MarcPreviewRow:
    if entry.record is None:
        return MarcPreviewRow(entry.number, error=entry.error or "unreadable")
    try:
        draft = biblio_draft(entry.record)
    except (InvalidInput, ValueError) as exc:
        return MarcPreviewRow(entry.number, error=str(exc))
    count = sum(len(holdings(entry.record, tag)) for tag in tags)
    return MarcPreviewRow(
        number=entry.number,
        title=draft.title or None,
        author=draft.author,
        isbn=draft.isbn,
        year=draft.year,
        holdings=count,
        error=None if draft.title else "no title (245 $a is missing or empty)",
    )


def _prepare_chunk(
    entries: list[MarcEntry],
    tags: frozenset[str],
    known_types: dict[str, str],
    items_from: HoldingsTag | None,
    this_year: int,
) -> list[_RecordImport]:
    """Decode and check a chunk of records: pure work, run in a worker process for a
    large file (everything here pickles)."""
    return [
        _RecordImport(decode_entry(e, tags), known_types, items_from, this_year) for e in entries
    ]


def _chunked(entries: Iterable[MarcEntry], size: int) -> Iterator[list[MarcEntry]]:
    chunk: list[MarcEntry] = []
    for entry in entries:
        chunk.append(entry)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class _RecordImport:
    """One record of a batch: its columns, items and stored MARC, and what happened to it."""

    def __init__(
        self,
        entry: MarcEntry,
        known_types: dict[str, str],
        items_from: HoldingsTag | None,
        this_year: int,
    ) -> None:
        self._year, self._n, self._types = this_year, entry.number, known_types
        self.number = entry.number
        self.tally = _Tally()
        self.draft: BiblioDraft | None = None
        self.text: IndexText | None = None
        self.work_key: str | None = None
        self.items: list[ItemDraft] = []
        self.marc = entry.marc
        if entry.warning:
            self.warn(entry.warning)
        if entry.record is None:
            self._fail(entry.error or "unreadable")
            return
        try:
            self.draft = self._draft(entry.record)
            self.text = index_text(entry.record)
            self.work_key = work_key(self.draft)
        except (InvalidInput, ValueError) as exc:
            self._fail(str(exc))
            return
        if items_from:
            self.items = self._items(entry.record, items_from)

    def _fail(self, reason: str) -> None:
        self.tally.failed += 1
        self.error(reason)

    def _draft(self, record: RecordLike) -> BiblioDraft:
        draft = biblio_draft(record)
        if not draft.title:
            raise InvalidInput("no title (245 $a is missing or empty)")
        if draft.year is not None and not 1000 <= draft.year <= self._year + 1:
            self.warn(f"year {draft.year} is not plausible; left empty in the catalogue")
            draft = replace(draft, year=None)
        return BiblioDraft(
            title=draft.title[:2000],
            author=draft.author[:300] if draft.author else None,
            isbn=draft.isbn,
            year=draft.year,
            publisher=draft.publisher[:300] if draft.publisher else None,
        )

    def _items(self, record: RecordLike, tag: HoldingsTag) -> list[ItemDraft]:
        drafts = []
        for holding in holdings(record, tag):
            if not holding.item.barcode:
                self.warn(f"a {tag} holding without a barcode ($p) was not added")
                continue
            try:
                item = validate_item(holding.item)
            except InvalidInput as exc:
                self.error(str(exc))
                continue
            drafts.append(replace(item, item_type_code=self._type(item, holding.item_type)))
        return drafts

    def _type(self, item: ItemDraft, given: str | None) -> str:
        if not given:
            return DEFAULT_ITEM_TYPE
        code = self._types.get(given.strip().lower())
        if code is None:
            self.warn(f"item {item.barcode}: unknown item type {given!r}, catalogued as book")
            return DEFAULT_ITEM_TYPE
        return code

    def warn(self, reason: str) -> None:
        self.tally.warnings.append(ImportError_(self._n, reason))

    def error(self, reason: str) -> None:
        self.tally.errors.append(ImportError_(self._n, reason))

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        """Pickled (from the worker process) as one flat tuple of plain values: the
        dataclasses' own pickling cost this process more to load than storing the
        record did. Only what the batch needs crosses over."""
        d, t, tally = self.draft, self.text, self.tally
        return (
            _restore,
            (
                self.number,
                self.marc,
                self.work_key,
                None if d is None else tuple(getattr(d, name) for name in _DRAFT_FIELDS),
                None if t is None else tuple(getattr(t, name) for name in _TEXT_FIELDS),
                self.items or None,
                tally.failed,
                tuple(e.reason for e in tally.errors) or None,
                tuple(w.reason for w in tally.warnings) or None,
            ),
        )


_DRAFT_FIELDS = tuple(f.name for f in fields(BiblioDraft))
_TEXT_FIELDS = tuple(f.name for f in fields(IndexText))


def _restore(
    number: int,
    marc: bytes | None,
    key: str | None,
    draft: tuple[object, ...] | None,
    text: tuple[object, ...] | None,
    items: list[ItemDraft] | None,
    failed: int,
    errors: tuple[str, ...] | None,
    warnings: tuple[str, ...] | None,
) -> _RecordImport:
    """A record ``_RecordImport.__reduce__`` sent, as the worker left it."""
    record = _RecordImport.__new__(_RecordImport)
    record._year, record._n, record._types = 0, number, {}
    record.number, record.marc, record.work_key = number, marc, key
    record.draft = None if draft is None else BiblioDraft(*draft)  # type: ignore[arg-type]
    record.text = None if text is None else IndexText(*text)  # type: ignore[arg-type]
    record.items = items or []
    record.tally = _Tally(failed=failed)
    record.tally.errors += (ImportError_(number, reason) for reason in errors or ())
    record.tally.warnings += (ImportError_(number, reason) for reason in warnings or ())
    return record


@dataclass(frozen=True)
class _New:
    """A record of this batch not inserted yet: its place among the batch's new records."""

    index: int


class _Batch:
    """Decides, in file order, what each record of a batch becomes (added, or merged or
    skipped onto a record with its ISBN, in the catalogue or earlier in the batch), then
    writes the new records and items in two statements."""

    def __init__(self, ctx: ServiceContext, uow: UnitOfWork, match: MatchRule) -> None:
        self._ctx, self._uow, self._match = ctx, uow, match
        self._new: list[NewBiblio] = []
        self._items: list[tuple[int | _New, ItemDraft]] = []

    def place(self, records: list[_RecordImport]) -> None:
        cat = self._uow.catalogue
        by_isbn: dict[str, int | _New] = {}
        if self._match == "isbn":
            isbns = {r.draft.isbn for r in records if r.draft and r.draft.isbn}
            by_isbn.update(cat.biblio_ids_by_isbn(isbns) if isbns else {})
        barcodes = {item.barcode for r in records for item in r.items}
        taken = set(cat.item_barcodes_in(barcodes)) if barcodes else set()
        cards = self._uow.patrons.barcodes_in(barcodes) if barcodes else set()
        same_work = self._same_work(records)
        in_batch: dict[str, int] = {}
        for record in records:
            assert record.draft is not None
            isbn = record.draft.isbn if self._match == "isbn" else None
            existing = by_isbn.get(isbn) if isbn else None
            if existing is not None:
                if self._take_items(record, existing, taken, cards):
                    record.tally.merged += 1
                else:
                    record.tally.skipped += 1
                continue
            key = record.work_key or ""
            if (twin := same_work.get(key)) is not None:
                record.warn(
                    f"looks like catalogue record {twin.id}, “{twin.title}” (same title, author and "
                    "year); added anyway: merge them with Duplicates (Ctrl+D)"
                )
            elif key and (earlier := in_batch.get(key)) is not None:
                record.warn(
                    f"looks like record {earlier} of this file (same title, author and "
                    "year); added anyway: merge them with Duplicates (Ctrl+D)"
                )
            if key:
                in_batch.setdefault(key, record.number)
            new = _New(len(self._new))
            self._new.append(NewBiblio(record.draft, record.marc, record.text, record.work_key))
            if isbn:
                by_isbn[isbn] = new
            self._take_items(record, new, taken, cards)
            record.tally.added += 1
        self._write()

    def _same_work(self, records: list[_RecordImport]) -> Mapping[str, Biblio]:
        """Records already in the catalogue that the batch's records look like."""
        keys = {r.work_key for r in records if r.work_key}
        return self._uow.catalogue.biblio_ids_by_work_key(keys) if keys else {}

    def _take_items(
        self,
        record: _RecordImport,
        biblio: int | _New,
        taken: set[str],
        cards: AbstractSet[str],
    ) -> int:
        added = 0
        for item in record.items:
            if item.barcode in taken:
                record.error(f"barcode {item.barcode} already belongs to another item; not added")
            elif item.barcode in cards:
                record.error(f"barcode {item.barcode} is a patron's card barcode; not added")
            else:
                taken.add(item.barcode)
                self._items.append((biblio, item))
                added += 1
        return added

    def _write(self) -> None:
        cat, now, actor = self._uow.catalogue, self._ctx.clock.now(), self._ctx.actor()
        ids = cat.insert_biblios(self._new, actor, now)
        items = [(ids[b.index] if isinstance(b, _New) else b, item) for b, item in self._items]
        cat.insert_items(items, actor, now)
