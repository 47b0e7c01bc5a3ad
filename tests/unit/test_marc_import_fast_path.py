"""A MARC import's hot path: its records cross from the worker process as flat tuples,
and go into the catalogue as plain ``executemany`` tuples (``insert_biblios``). Both
must give exactly what the slower ways gave: the same records, headings and index rows,
the same report; and a batch stays a fixed handful of statements however many records
it holds (``benchmarks/marc_import_bench.py`` measures the speed)."""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pymarc import Field, Indicators, MARCWriter, Record, Subfield
from sqlalchemy import event

from libtech_desktop.domain.catalogue import ItemDraft
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.record_fields import IndexText, NewBiblio
from libtech_desktop.interop.marc_mapping import biblio_draft, index_text, mapped_tags
from libtech_desktop.interop.marc_reader import read_marc
from libtech_desktop.library import Library, open_library
from libtech_desktop.services import marc_import

MARC = Path(__file__).parents[1] / "data" / "marc"

#: Statements of one batch of new records without holdings, match "none": BEGIN, the
#: work-key twins (and their rows, when there are any), the highest id, the records,
#: their headings (6 measured; the COMMIT is no statement here). The same for 10 records
#: as for 500.
BATCH_MOST = 6


def _new_biblios() -> list[NewBiblio]:
    """test.dat's records as an import stores them, and a few made to test the edges."""
    found = []
    for entry in read_marc(MARC / "test.dat"):
        assert entry.record is not None
        draft = biblio_draft(entry.record)
        found.append(NewBiblio(draft, entry.marc, index_text(entry.record), work_key(draft)))
    draft = found[0].draft
    long_text = IndexText(
        edition="e" * 250,
        series="A series",
        subjects=("Cats", "", "Dogs -- Fiction"),
        notes="A note",
        summary=None,
        classification="9" * 140,
        subject_keys=("cats", "", "dogs fiction"),
    )
    found.append(NewBiblio(draft, None, long_text, None))
    found.append(NewBiblio(draft, b"00000", None, "key"))
    unkeyed = IndexText(None, None, ("Whales",), None, None, None)  # keys worked out here
    found.append(NewBiblio(draft, None, unkeyed, work_key(draft)))
    return found


def _stored(db_rows: Callable[..., list[tuple[Any, ...]]], ids: list[int]) -> list[Any]:
    marks = ", ".join("?" * len(ids))
    biblios = db_rows(f"SELECT * FROM biblios WHERE id IN ({marks}) ORDER BY id", *ids)
    subjects = [
        db_rows(
            "SELECT position, heading, heading_key FROM biblio_subjects "
            "WHERE biblio_id = ? ORDER BY id",
            biblio_id,
        )
        for biblio_id in ids
    ]
    return [(row[1:], heads) for row, heads in zip(biblios, subjects, strict=True)]


def test_insert_biblios_stores_exactly_what_add_biblios_stores(
    library: Library, db_rows: Callable[..., list[tuple[Any, ...]]]
) -> None:
    records = _new_biblios()
    actor, now = library.current_actor(), library.context.clock.now()
    with library.context.unit_of_work() as uow:
        slow = list(uow.catalogue.add_biblios(records, actor, now))
        fast = list(uow.catalogue.insert_biblios(records, actor, now))
        uow.commit()

    assert fast == list(range(slow[-1] + 1, slow[-1] + 1 + len(records)))
    assert _stored(db_rows, fast) == _stored(db_rows, slow)
    assert db_rows("SELECT count(*) FROM biblio_subjects WHERE heading = 'Whales'") == [(2,)]
    # Read back through the program: the same records.
    with library.context.unit_of_work() as uow:
        for old, new in zip(slow, fast, strict=True):
            assert uow.catalogue.biblio(new) == replace(uow.catalogue.biblio(old), id=new)
    # The search index took every one of them.
    hits = {b.id for b in library.catalogue.search("perl", limit=100)}
    assert {slow[0], fast[0]} <= hits


def test_insert_items_stores_exactly_what_add_items_stores(
    library: Library, db_rows: Callable[..., list[tuple[Any, ...]]]
) -> None:
    [record] = _new_biblios()[:1]
    actor, now = library.current_actor(), library.context.clock.now()

    def copies(prefix: str) -> list[ItemDraft]:
        return [
            ItemDraft(f"{prefix}1", "599.5 CAT", "book", "Stacks", 1299, date(2025, 12, 31)),
            ItemDraft(f"{prefix}2", None, "dvd"),
            ItemDraft(f"{prefix}3", "QA76.73.P22 W35 2000", "book", None, 0, None),
        ]

    with library.context.unit_of_work() as uow:
        [biblio_id] = uow.catalogue.add_biblios([record], actor, now)
        uow.catalogue.add_items([(biblio_id, d) for d in copies("S")], actor, now)
        uow.catalogue.insert_items([(biblio_id, d) for d in copies("F")], actor, now)
        uow.commit()

    rows = db_rows("SELECT * FROM items ORDER BY id")
    slow, fast = rows[:3], rows[3:]
    assert [r[2] for r in fast] == ["F1", "F2", "F3"]
    assert [r[:2] + r[3:] for r in fast] == [(r[0] + 3, *r[1:2], *r[3:]) for r in slow]
    with library.context.unit_of_work() as uow:
        stored = [
            (i.barcode[1:], replace(i, id=0, barcode="")) for i in uow.catalogue.items_of(biblio_id)
        ]
    assert stored[3:] == stored[:3]
    # The search index took their call numbers.
    assert {b.id for b in library.catalogue.search("QA76.73.P22")} == {biblio_id}


def _prepared(path: Path, items_from: Any = None) -> list[Any]:
    tags = mapped_tags(items_from)
    entries = list(read_marc(path, tags, decode=False))
    return marc_import._prepare_chunk(
        entries, tags=tags, known_types={"book": "book"}, items_from=items_from, this_year=2026
    )


def _as_read(record: Any) -> tuple[Any, ...]:
    tally = record.tally
    return (
        record.number,
        record.draft,
        record.text,
        record.work_key,
        record.items,
        record.marc,
        (tally.added, tally.merged, tally.skipped, tally.failed),
        tally.errors,
        tally.warnings,
    )


def _write(path: Path, *records: Record) -> Path:
    with path.open("wb") as fh:
        writer = MARCWriter(fh)
        for record in records:
            writer.write(record)
    return path


def _record(title: str | None, year: str = "2001", **holding: str) -> Record:
    record = Record(force_utf8=True)
    record.leader = record.leader[:9] + "a" + record.leader[10:]
    record.add_field(Field("008", data=f"850101s{year}    xx            000 0 eng d"))
    if title is not None:
        record.add_field(
            Field("245", Indicators("1", "0"), [Subfield("a", title), Subfield("c", "X.")])
        )
    if holding:
        record.add_field(
            Field("952", Indicators(" ", " "), [Subfield(c, v) for c, v in sorted(holding.items())])
        )
    return record


def test_a_record_crosses_from_the_worker_as_it_was_read(tmp_path: Path) -> None:
    """Everything the batch uses comes back from pickling: the columns, the text, the
    items, the stored MARC, the warnings and errors, a failed record's reason."""
    path = _write(
        tmp_path / "mixed.mrc",
        _record("A plain one"),
        _record("From the future", year="2999"),  # a warning: the year is left empty
        _record("With copies", p="B1", y="BOOK", o="599.5 CAT"),
        _record("An odd type", p="B2", y="zine"),  # a warning: catalogued as book
        _record("No barcode", y="BOOK"),  # a warning: the holding is not added
        _record(None),  # failed: no title
    )
    for prepared in (_prepared(MARC / "test.dat"), _prepared(path, "952")):
        back = pickle.loads(pickle.dumps(prepared))
        assert [_as_read(r) for r in back] == [_as_read(r) for r in prepared]
    mixed = _prepared(path, "952")
    assert mixed[1].tally.warnings and mixed[5].tally.failed == 1
    assert [len(r.items) for r in mixed] == [0, 0, 1, 1, 0, 0]


def test_a_file_decoded_in_the_worker_imports_as_one_decoded_here(
    library: Library,
    db_rows: Callable[..., list[tuple[Any, ...]]],
    db_path: Path,
    clock: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = _write(
        tmp_path / "mixed.mrc",
        _record("A plain one"),
        _record("From the future", year="2999"),
        _record("With copies", p="B1", y="BOOK", o="599.5 CAT"),
        _record("An odd type", p="B2", y="zine"),
        _record(None),
        _record("A plain one"),  # looks like the first: added with a warning
        _record("Same copy", p="B1"),  # the barcode is taken: an error
    )
    with open_library(tmp_path / "here.sqlite3", clock=clock) as other:
        here = other.marc_import.import_file(path, items_from="952", batch_size=4)
    monkeypatch.setattr(marc_import, "PARALLEL_FROM", 1)  # a worker process, as for 2,000
    asked: list[bool] = []
    real = marc_import.prefetched

    def spy(*args: Any, parallel: bool) -> Any:
        asked.append(parallel)
        return real(*args, parallel=parallel)

    monkeypatch.setattr(marc_import, "prefetched", spy)

    there = library.marc_import.import_file(path, items_from="952", batch_size=4)

    assert asked == [True]
    assert there == here
    assert (there.added, there.failed, len(there.errors), len(there.warnings)) == (6, 1, 2, 3)
    for table in ("biblios", "biblio_subjects", "items"):
        query = f"SELECT * FROM {table} ORDER BY id"
        assert db_rows(query) == _rows(tmp_path / "here.sqlite3", query), table


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return conn.execute(sql).fetchall()


class Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        self.seen.append(statement)


@pytest.fixture
def statements(library: Library) -> Iterator[Callable[[], Statements]]:
    engine = library._engine
    listening: list[Statements] = []

    def start() -> Statements:
        counter = Statements()
        event.listen(engine, "before_cursor_execute", counter)
        listening.append(counter)
        return counter

    yield start
    for counter in listening:
        event.remove(engine, "before_cursor_execute", counter)


def _batch_statements(seen: list[str]) -> list[str]:
    """The statements of the import's batches: from the first BEGIN after the item types
    were read (the import's own one-off lookup) to the end."""
    start = next(n for n, s in enumerate(seen) if "item_types" in s)
    return seen[start + 1 :]


@pytest.mark.parametrize("copies", [1, 50])
def test_a_batch_is_the_same_few_statements_however_many_records(
    library: Library,
    statements: Callable[[], Statements],
    tmp_path: Path,
    copies: int,
) -> None:
    records = list(read_marc(MARC / "test.dat"))
    path = tmp_path / "many.mrc"
    path.write_bytes(b"".join(entry.marc or b"" for entry in records) * copies)
    counted = statements()

    report = library.marc_import.import_file(path, match="none", batch_size=10_000)

    assert report.added == 10 * copies
    batch = _batch_statements(counted.seen)
    assert len(batch) <= BATCH_MOST, "\n".join(batch)
    assert sum(1 for s in batch if s.startswith("INSERT INTO biblios")) == 1
