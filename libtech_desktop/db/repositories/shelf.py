"""The shelf list (items in call-number order) and suggestions drawn from the catalogue.

Every query walks an index and stops at its LIMIT: ``ix_items_shelf_key`` for the shelf
list, ``ix_biblios_author`` and ``ix_biblio_subjects_heading_key`` for suggestions. The
shelf list's ties (copies of one call number) are sorted by barcode within each run of
equal keys only, never the whole table.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.shelf_list import ShelfEntry, ShelfPosition, encode_cursor

#: Ids per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_BATCH = 500


class SqlShelfRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- the shelf list -----------------------------------------------------------

    def shelved_after(
        self, position: ShelfPosition | None, location: str | None, limit: int
    ) -> Sequence[ShelfEntry]:
        if position is not None and position.shelf_key is None:
            return []
        query = _entries(location).where(m.Item.shelf_key.is_not(None))
        if position is not None:
            key = position.shelf_key
            # The range term alone is what the index serves; the OR only trims ties.
            query = query.where(
                m.Item.shelf_key >= key,
                or_(m.Item.shelf_key > key, m.Item.barcode > position.barcode),
            )
        query = query.order_by(m.Item.shelf_key, m.Item.barcode).limit(limit)
        return [_entry(row) for row in self._s.execute(query)]

    def unshelved_after(
        self, barcode: str | None, location: str | None, limit: int
    ) -> Sequence[ShelfEntry]:
        query = _entries(location).where(m.Item.shelf_key.is_(None))
        if barcode is not None:
            query = query.where(m.Item.barcode > barcode)
        query = query.order_by(m.Item.barcode).limit(limit)
        return [_entry(row) for row in self._s.execute(query)]

    def locations(self) -> Sequence[str]:
        query = (
            select(m.Item.location)
            .where(m.Item.location.is_not(None), m.Item.location != "")
            .distinct()
            .order_by(m.Item.location)
        )
        return list(self._s.scalars(query))

    # -- suggestions ----------------------------------------------------------------

    def biblios_by_author(self, author: str, exclude_id: int | None, limit: int) -> Sequence[int]:
        query = select(m.Biblio.id).where(m.Biblio.author == author)
        return self._newest(query, m.Biblio.id, exclude_id, limit)

    def biblios_with_heading(
        self, heading_key: str, exclude_id: int | None, limit: int
    ) -> Sequence[int]:
        # Heading rows are made with their records, so row order is record order; sorting
        # by the row id stays inside the index (a record naming a heading twice is rare).
        query = select(m.BiblioSubject.biblio_id).where(m.BiblioSubject.heading_key == heading_key)
        if exclude_id is not None:
            query = query.where(m.BiblioSubject.biblio_id != exclude_id)
        rows = self._s.scalars(query.order_by(m.BiblioSubject.id.desc()).limit(limit))
        return list(dict.fromkeys(rows))

    def biblios_in_class(
        self, classification: str, exclude_id: int | None, limit: int
    ) -> Sequence[int]:
        # No index on classification: the scan runs newest first and stops at the LIMIT.
        query = select(m.Biblio.id).where(m.Biblio.classification == classification)
        return self._newest(query, m.Biblio.id, exclude_id, limit)

    def classification_of(self, biblio_id: int) -> str | None:
        return self._s.scalar(select(m.Biblio.classification).where(m.Biblio.id == biblio_id))

    def classifications(self, biblio_ids: Collection[int]) -> Mapping[int, str]:
        found: dict[int, str] = {}
        for chunk in _chunks(biblio_ids):
            rows = self._s.execute(
                select(m.Biblio.id, m.Biblio.classification).where(
                    m.Biblio.id.in_(chunk), m.Biblio.classification.is_not(None)
                )
            )
            found.update({biblio_id: cls for biblio_id, cls in rows if cls})
        return found

    def headings(self, biblio_ids: Collection[int]) -> Sequence[tuple[int, str, str]]:
        found: list[tuple[int, str, str]] = []
        for chunk in _chunks(biblio_ids):
            rows = self._s.execute(
                select(
                    m.BiblioSubject.biblio_id, m.BiblioSubject.heading, m.BiblioSubject.heading_key
                )
                .where(m.BiblioSubject.biblio_id.in_(chunk))
                .order_by(m.BiblioSubject.biblio_id, m.BiblioSubject.position)
            )
            found.extend((biblio_id, heading, key) for biblio_id, heading, key in rows)
        return found

    def _newest(
        self, query: Select[int], column: Any, exclude_id: int | None, limit: int
    ) -> list[int]:
        if exclude_id is not None:
            query = query.where(column != exclude_id)
        return list(self._s.scalars(query.order_by(column.desc()).limit(limit)))


def _entries(location: str | None) -> Any:  # a Select of the entry's columns
    query = select(
        m.Item.barcode,
        m.Item.call_number,
        m.Biblio.title,
        m.Biblio.author,
        m.Item.location,
        m.Item.status,
        m.Item.shelf_key,
    ).join(m.Biblio, m.Biblio.id == m.Item.biblio_id)
    if location is not None:
        query = query.where(m.Item.location == location)
    return query


def _entry(row: Any) -> ShelfEntry:
    barcode, call_number, title, author, location, status, key = row
    return ShelfEntry(
        barcode=barcode,
        call_number=call_number,
        title=title,
        author=author,
        location=location,
        status=ItemStatus(status),
        shelf_key=key,
        cursor=encode_cursor(ShelfPosition(key, barcode)),
    )


def _chunks(values: Collection[int]) -> Iterator[list[int]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _IN_BATCH):
        yield ordered[start : start + _IN_BATCH]
