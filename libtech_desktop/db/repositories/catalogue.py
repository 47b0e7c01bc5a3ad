"""Bibliographic records, items (copies) and item types."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import datetime
from typing import cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import (
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    ItemType,
)
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.headings import heading_key
from libtech_desktop.domain.record_fields import IndexText, NewBiblio
from libtech_desktop.domain.staff import Actor

_BIBLIOS = cast(Table, m.Biblio.__table__)
_SUBJECTS = cast(Table, m.BiblioSubject.__table__)
_TEXT_COLUMNS = ("edition", "series", "subjects", "notes", "summary", "classification")
_ITEMS = cast(Table, m.Item.__table__)

#: Ids per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_BATCH = 500


class SqlCatalogueRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def biblio(self, biblio_id: int) -> Biblio | None:
        row = self._s.get(m.Biblio, biblio_id)
        return mapping.biblio(row) if row else None

    def add_biblio(
        self,
        draft: BiblioDraft,
        actor: Actor,
        now: datetime,
        marc: bytes | None = None,
        text: IndexText | None = None,
    ) -> Biblio:
        row = m.Biblio(marc=marc, **_text_values(text))
        self._fill_biblio(row, draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        if text is not None:
            self._replace_subjects(row.id, text)
        return mapping.biblio(row)

    def update_biblio(
        self,
        biblio_id: int,
        draft: BiblioDraft,
        actor: Actor,
        now: datetime,
        marc: bytes | None = None,
        text: IndexText | None = None,
    ) -> Biblio:
        """The columns; and the stored MARC and its text too when ``text`` is given."""
        row = self._s.get_one(m.Biblio, biblio_id)
        self._fill_biblio(row, draft)
        if text is not None:
            row.marc = marc
            for name, value in _text_values(text).items():
                setattr(row, name, value)
        stamp(row, actor, now)
        self._s.flush()
        if text is not None:
            self._replace_subjects(biblio_id, text)
        return mapping.biblio(row)

    def set_index_text(self, texts: Sequence[tuple[int, IndexText]]) -> None:
        """Set the search text and headings of many records (read from their MARC)."""
        for biblio_id, found in texts:
            values = _text_values(found)
            self._s.execute(update(_BIBLIOS).where(_BIBLIOS.c.id == biblio_id).values(**values))
            self._replace_subjects(biblio_id, found)

    def fill_shelf_keys(self, limit: int) -> int:
        """Give up to ``limit`` items with a call number but no shelf key their key;
        how many were given one (0: none are left)."""
        rows = self._s.execute(
            select(_ITEMS.c.id, _ITEMS.c.call_number)
            .where(_ITEMS.c.call_number.is_not(None), _ITEMS.c.shelf_key.is_(None))
            .limit(limit)
        ).all()
        for item_id, call_number in rows:
            key = _shelf_key(call_number) or ""
            self._s.execute(update(_ITEMS).where(_ITEMS.c.id == item_id).values(shelf_key=key))
        return len(rows)

    def _replace_subjects(self, biblio_id: int, text: IndexText) -> None:
        self._s.execute(delete(_SUBJECTS).where(_SUBJECTS.c.biblio_id == biblio_id))
        if rows := _subject_rows(biblio_id, text):
            self._s.execute(insert(_SUBJECTS), rows)

    def biblio_by_isbn(self, isbn: str) -> Biblio | None:
        row = self._s.scalar(select(m.Biblio).where(m.Biblio.isbn == isbn).order_by(m.Biblio.id))
        return mapping.biblio(row) if row else None

    def add_biblios(
        self,
        records: Sequence[NewBiblio],
        actor: Actor,
        now: datetime,
    ) -> Sequence[int]:
        """Insert many records in one statement (no ORM flush), and their subject
        headings in another; their ids, in order.

        The ids are given here, counting on from the highest: the unit of work holds
        SQLite's write lock (``BEGIN IMMEDIATE``), so no one else can take them, and a
        plain ``executemany`` is several times faster than one ``RETURNING`` per row."""
        if not records:
            return []
        who = actor.username
        first = (self._s.scalar(select(func.max(_BIBLIOS.c.id))) or 0) + 1
        ids = list(range(first, first + len(records)))
        rows = [
            {
                **_text_values(new.text),
                "id": biblio_id,
                "title": new.draft.title,
                "work_key": new.work_key,
                "author": new.draft.author,
                "isbn": new.draft.isbn,
                "year": new.draft.year,
                "publisher": new.draft.publisher,
                "marc": new.marc,
                "created_at": now,
                "created_by": who,
                "updated_at": now,
                "updated_by": who,
            }
            for biblio_id, new in zip(ids, records, strict=True)
        ]
        self._insert_many(_BIBLIOS, rows)
        subjects = [
            row
            for biblio_id, new in zip(ids, records, strict=True)
            if new.text is not None
            for row in _subject_rows(biblio_id, new.text)
        ]
        if subjects:
            self._insert_many(_SUBJECTS, subjects)
        return ids

    _INSERT_BIBLIOS = (
        "INSERT INTO biblios (id, title, work_key, author, isbn, year, publisher, marc, "
        "edition, series, subjects, notes, summary, classification, "
        "created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    _INSERT_SUBJECTS = (
        "INSERT INTO biblio_subjects (biblio_id, position, heading, heading_key) "
        "VALUES (?, ?, ?, ?)"
    )

    def insert_biblios(
        self,
        records: Sequence[NewBiblio],
        actor: Actor,
        now: datetime,
    ) -> Sequence[int]:
        """What :meth:`add_biblios` stores, the same values, built straight as the
        driver's tuples: the time stamp bound once for the lot, no dict and no column
        type per value (an import's hot path: its records go by hundreds of thousands).
        The same two ``executemany`` statements, ids given the same way; their ids."""
        if not records:
            return []
        who = actor.username
        stamp = _BIBLIOS.c.created_at.type.dialect_impl(self._dialect()).bind_processor(
            self._dialect()
        )
        when = stamp(now) if stamp is not None else now
        first = (self._s.scalar(select(func.max(_BIBLIOS.c.id))) or 0) + 1
        ids = range(first, first + len(records))
        rows = []
        subjects: list[tuple[int, int, str, str]] = []
        for biblio_id, new in zip(ids, records, strict=True):
            draft, text = new.draft, new.text
            if text is None:
                extra: tuple[str | None, ...] = (None,) * len(_TEXT_COLUMNS)
            else:
                extra = (
                    _cut(text.edition, 200),
                    text.series,
                    "\n".join(text.subjects) or None,
                    text.notes,
                    text.summary,
                    _cut(text.classification, 100),
                )
                subjects += _subject_tuples(biblio_id, text)
            rows.append(
                (
                    biblio_id,
                    draft.title,
                    new.work_key,
                    draft.author,
                    draft.isbn,
                    draft.year,
                    draft.publisher,
                    new.marc,
                    *extra,
                    when,
                    who,
                    when,
                    who,
                )
            )
        conn = self._s.connection()
        conn.exec_driver_sql(self._INSERT_BIBLIOS, rows)
        if subjects:
            conn.exec_driver_sql(self._INSERT_SUBJECTS, subjects)
        return list(ids)

    def _dialect(self) -> Dialect:
        return self._s.get_bind().dialect

    def _insert_many(self, table: Table, rows: Sequence[Mapping[str, object]]) -> None:
        """``executemany`` straight to the driver, each value bound once per column type
        as SQLAlchemy would bind it (dates as its text): an import's rows skip the
        statement building and per-row processing that cost as much as SQLite's work."""
        dialect = self._s.get_bind().dialect
        names = list(rows[0])
        binders = [
            table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
        ]
        placeholders = ", ".join("?" * len(names))
        values = [
            tuple(
                bind(row[name]) if bind is not None and row[name] is not None else row[name]
                for name, bind in zip(names, binders, strict=True)
            )
            for row in rows
        ]
        self._s.connection().exec_driver_sql(
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({placeholders})", values
        )

    def biblio_ids_by_isbn(self, isbns: Collection[str]) -> Mapping[str, int]:
        """The oldest record's id for each of these ISBN-13s that the catalogue has."""
        found: dict[str, int] = {}
        for chunk in _chunks(isbns):
            rows = self._s.execute(
                select(m.Biblio.isbn, func.min(m.Biblio.id))
                .where(m.Biblio.isbn.in_(chunk))
                .group_by(m.Biblio.isbn)
            )
            found.update({isbn: biblio_id for isbn, biblio_id in rows if isbn is not None})
        return found

    def marc_of(self, biblio_id: int) -> bytes | None:
        return self._s.scalar(select(m.Biblio.marc).where(m.Biblio.id == biblio_id))

    def set_marc(self, biblio_id: int, marc: bytes | None) -> None:
        self._s.get_one(m.Biblio, biblio_id).marc = marc
        self._s.flush()

    def biblios_with_marc(self, after_id: int, limit: int) -> Sequence[tuple[Biblio, bytes | None]]:
        """A page of records in id order, each with its stored MARC (``None`` if made by hand)."""
        rows = self._s.execute(
            select(m.Biblio, m.Biblio.marc)
            .where(m.Biblio.id > after_id)
            .order_by(m.Biblio.id)
            .limit(limit)
        )
        return [(mapping.biblio(row), marc) for row, marc in rows]

    @staticmethod
    def _fill_biblio(row: m.Biblio, draft: BiblioDraft) -> None:
        row.title, row.author, row.isbn = draft.title, draft.author, draft.isbn
        row.year, row.publisher = draft.year, draft.publisher
        row.work_key = work_key(draft)

    def newest_biblios(self, limit: int) -> Sequence[Biblio]:
        query = select(m.Biblio).order_by(m.Biblio.id.desc()).limit(limit)
        return [mapping.biblio(row) for row in self._s.scalars(query)]

    def biblios_with_isbn(self, isbn: str) -> Sequence[Biblio]:
        rows = self._s.scalars(select(m.Biblio).where(m.Biblio.isbn == isbn).order_by(m.Biblio.id))
        return [mapping.biblio(row) for row in rows]

    def biblios_with_work_key(self, key: str, limit: int = 50) -> Sequence[Biblio]:
        rows = self._s.scalars(
            select(m.Biblio).where(m.Biblio.work_key == key).order_by(m.Biblio.id).limit(limit)
        )
        return [mapping.biblio(row) for row in rows]

    def biblio_ids_by_work_key(self, keys: Collection[str]) -> Mapping[str, Biblio]:
        """The oldest record for each of these work keys that the catalogue has.

        One statement for the lot, and for each key one index seek: ``min(id)`` among
        equal keys is the first entry of the index, however many records share it."""
        if not keys:
            return {}
        oldest = self._s.execute(
            sql_text(
                "SELECT k.value, (SELECT min(b.id) FROM biblios AS b WHERE b.work_key = k.value) "
                "FROM json_each(:keys) AS k"
            ),
            {"keys": json.dumps(sorted(keys))},
        )
        ids = {key: biblio_id for key, biblio_id in oldest if biblio_id is not None}
        if not ids:
            return {}
        rows = self._s.scalars(select(m.Biblio).where(m.Biblio.id.in_(set(ids.values()))))
        by_id = {row.id: mapping.biblio(row) for row in rows}
        return {key: by_id[biblio_id] for key, biblio_id in ids.items()}

    def set_work_keys(self, keys: Sequence[tuple[int, str | None]]) -> None:
        for biblio_id, key in keys:
            self._s.execute(update(_BIBLIOS).where(_BIBLIOS.c.id == biblio_id).values(work_key=key))

    def move_items(
        self, from_biblio_id: int, to_biblio_id: int, actor: Actor, now: datetime
    ) -> int:
        """One UPDATE; the search triggers refresh both records' call numbers."""
        result = self._s.execute(
            update(_ITEMS)
            .where(_ITEMS.c.biblio_id == from_biblio_id)
            .values(biblio_id=to_biblio_id, updated_at=now, updated_by=actor.username)
        )
        self._s.expire_all()  # loaded items still name their old record
        return int(getattr(result, "rowcount", 0) or 0)

    def delete_biblio(self, biblio_id: int) -> None:
        """The delete trigger takes the record out of the full-text index."""
        self._s.execute(delete(_BIBLIOS).where(_BIBLIOS.c.id == biblio_id))
        self._s.expire_all()

    def item_counts(self, biblio_ids: Sequence[int]) -> Mapping[int, int]:
        counts = dict.fromkeys(biblio_ids, 0)
        for start in range(0, len(counts), _IN_BATCH):
            batch = list(counts)[start : start + _IN_BATCH]
            rows = self._s.execute(
                select(m.Item.biblio_id, func.count())
                .where(m.Item.biblio_id.in_(batch))
                .group_by(m.Item.biblio_id)
            )
            counts.update({biblio_id: count for biblio_id, count in rows})
        return counts

    # Built once: an item scan does not build and compile its query again.
    _item_by_barcode = select(m.Item).where(m.Item.barcode == bindparam("barcode"))

    def _item_row(self, barcode: str) -> m.Item | None:
        return self._s.scalar(self._item_by_barcode, {"barcode": barcode})

    _ITEM_BY_BARCODE = f"SELECT {mapping.ITEM_COLUMNS} FROM {mapping.ITEM_FROM} WHERE i.barcode = ?"

    def item_by_barcode(self, barcode: str) -> Item | None:
        # The desk's hot path (every scan asks): plain SQL, no ORM row.
        row = mapping.run(self._s, self._ITEM_BY_BARCODE, (barcode,)).first()
        return mapping.item_of(row) if row else None

    def item_barcodes_in(self, barcodes: Collection[str]) -> set[str]:
        """Which of these barcodes items already have."""
        taken: set[str] = set()
        for chunk in _chunks(barcodes):
            taken.update(self._s.scalars(select(m.Item.barcode).where(m.Item.barcode.in_(chunk))))
        return taken

    def _item_type_ids(self, codes: set[str | None]) -> dict[str, int]:
        found = self._s.execute(
            select(m.ItemType.code, m.ItemType.id).where(m.ItemType.code.in_(codes))
        )
        return {code: type_id for code, type_id in found}

    def add_items(
        self, items: Sequence[tuple[int, ItemDraft]], actor: Actor, now: datetime
    ) -> None:
        """Insert many available copies (biblio id, draft) in one statement; every
        ``item_type_code`` must exist."""
        if not items:
            return
        type_ids = self._item_type_ids({d.item_type_code for _, d in items})
        who = actor.username
        rows = [
            {
                "biblio_id": biblio_id,
                "barcode": d.barcode,
                "call_number": d.call_number,
                "shelf_key": _shelf_key(d.call_number),
                "location": d.location,
                "price_minor": d.price_minor,
                "acquired_on": d.acquired_on,
                "item_type_id": type_ids[d.item_type_code or ""],
                "status": ItemStatus.AVAILABLE.value,
                "created_at": now,
                "created_by": who,
                "updated_at": now,
                "updated_by": who,
            }
            for biblio_id, d in items
        ]
        self._s.execute(insert(_ITEMS), rows)

    _INSERT_ITEMS = (
        "INSERT INTO items (biblio_id, barcode, call_number, shelf_key, location, "
        "price_minor, acquired_on, item_type_id, status, "
        "created_at, created_by, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )

    def insert_items(
        self, items: Sequence[tuple[int, ItemDraft]], actor: Actor, now: datetime
    ) -> None:
        """What :meth:`add_items` stores, the same values, as the driver's tuples in one
        ``executemany`` (an import's hot path); every ``item_type_code`` must exist."""
        if not items:
            return
        type_ids = self._item_type_ids({d.item_type_code for _, d in items})
        dialect = self._dialect()
        stamp = _ITEMS.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
        day = _ITEMS.c.acquired_on.type.dialect_impl(dialect).bind_processor(dialect)
        when = stamp(now) if stamp is not None else now
        who, available = actor.username, ItemStatus.AVAILABLE.value
        rows = [
            (
                biblio_id,
                d.barcode,
                d.call_number,
                _shelf_key(d.call_number),
                d.location,
                d.price_minor,
                day(d.acquired_on)
                if day is not None and d.acquired_on is not None
                else d.acquired_on,
                type_ids[d.item_type_code or ""],
                available,
                when,
                who,
                when,
                who,
            )
            for biblio_id, d in items
        ]
        self._s.connection().exec_driver_sql(self._INSERT_ITEMS, rows)

    def items_of(self, biblio_id: int) -> Sequence[Item]:
        rows = self._s.scalars(
            select(m.Item).where(m.Item.biblio_id == biblio_id).order_by(m.Item.barcode)
        )
        return [mapping.item(row) for row in rows]

    def add_item(self, biblio_id: int, draft: ItemDraft, actor: Actor, now: datetime) -> Item:
        row = m.Item(biblio_id=biblio_id, status=ItemStatus.AVAILABLE.value)
        self._fill_item(row, draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return mapping.item(row)

    def update_item(self, item_id: int, draft: ItemDraft, actor: Actor, now: datetime) -> Item:
        row = self._s.get_one(m.Item, item_id)
        self._fill_item(row, draft)
        stamp(row, actor, now)
        self._s.flush()
        return mapping.item(row)

    def _fill_item(self, row: m.Item, draft: ItemDraft) -> None:
        row.barcode, row.call_number, row.location = (
            draft.barcode,
            draft.call_number,
            draft.location,
        )
        row.price_minor, row.acquired_on = draft.price_minor, draft.acquired_on
        row.shelf_key = _shelf_key(draft.call_number)
        row.item_type = self._s.scalars(
            select(m.ItemType).where(m.ItemType.code == draft.item_type_code)
        ).one()

    def set_status(
        self,
        item_id: int,
        status: ItemStatus,
        actor: Actor,
        now: datetime,
        condition_note: str | None = None,
    ) -> Item:
        row = self._s.get_one(m.Item, item_id)
        row.status = status.value
        row.condition_note = condition_note
        stamp(row, actor, now)
        self._s.flush()
        return mapping.item(row)

    def item_type(self, code: str) -> ItemType | None:
        row = self._s.scalar(select(m.ItemType).where(m.ItemType.code == code))
        return mapping.item_type(row) if row else None

    def item_types(self) -> Sequence[ItemType]:
        return [mapping.item_type(r) for r in self._s.scalars(select(m.ItemType).order_by("id"))]

    def add_item_type(self, code: str, name: str) -> ItemType:
        row = m.ItemType(code=code, name=name)
        self._s.add(row)
        self._s.flush()
        return mapping.item_type(row)

    def item_count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(m.Item)) or 0


def _shelf_key(call_number: str | None) -> str | None:
    return shelf_key(call_number) if call_number else None


def _text_values(text: IndexText | None) -> dict[str, str | None]:
    if text is None:
        return dict.fromkeys(_TEXT_COLUMNS)
    return {
        "edition": _cut(text.edition, 200),
        "series": text.series,
        "subjects": "\n".join(text.subjects) or None,
        "notes": text.notes,
        "summary": text.summary,
        "classification": _cut(text.classification, 100),
    }


def _cut(value: str | None, length: int) -> str | None:
    return value[:length] if value else None


def _subject_rows(biblio_id: int, text: IndexText) -> list[dict[str, object]]:
    keys = text.subject_keys or tuple(heading_key(h) for h in text.subjects)
    keyed = zip(text.subjects, keys, strict=True)
    return [
        {"biblio_id": biblio_id, "position": n, "heading": h, "heading_key": key}
        for n, (h, key) in enumerate(((h, k) for h, k in keyed if k), start=1)
    ]


def _subject_tuples(biblio_id: int, text: IndexText) -> list[tuple[int, int, str, str]]:
    """:func:`_subject_rows` as the driver's tuples (biblio_id, position, heading, key)."""
    keys = text.subject_keys or tuple(heading_key(h) for h in text.subjects)
    kept = [(h, key) for h, key in zip(text.subjects, keys, strict=True) if key]
    return [(biblio_id, n, h, key) for n, (h, key) in enumerate(kept, start=1)]


def _chunks(values: Collection[str]) -> Iterator[list[str]]:
    """``values`` in lists short enough for one ``IN (...)``."""
    ordered = sorted(values)
    for start in range(0, len(ordered), _IN_BATCH):
        yield ordered[start : start + _IN_BATCH]
