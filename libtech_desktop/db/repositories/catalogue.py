"""Bibliographic records, items (copies) and item types."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.catalogue import (
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    ItemType,
)
from libtech_desktop.domain.staff import Actor

#: Ids per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_BATCH = 500


class SqlCatalogueRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def biblio(self, biblio_id: int) -> Biblio | None:
        row = self._s.get(m.Biblio, biblio_id)
        return mapping.biblio(row) if row else None

    def add_biblio(
        self, draft: BiblioDraft, actor: Actor, now: datetime, marc_xml: str | None = None
    ) -> Biblio:
        row = m.Biblio(marc_xml=marc_xml)
        self._fill_biblio(row, draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return mapping.biblio(row)

    def update_biblio(
        self, biblio_id: int, draft: BiblioDraft, actor: Actor, now: datetime
    ) -> Biblio:
        row = self._s.get_one(m.Biblio, biblio_id)
        self._fill_biblio(row, draft)
        stamp(row, actor, now)
        self._s.flush()
        return mapping.biblio(row)

    def biblio_by_isbn(self, isbn: str) -> Biblio | None:
        row = self._s.scalar(select(m.Biblio).where(m.Biblio.isbn == isbn).order_by(m.Biblio.id))
        return mapping.biblio(row) if row else None

    def marc_of(self, biblio_id: int) -> str | None:
        return self._s.scalar(select(m.Biblio.marc_xml).where(m.Biblio.id == biblio_id))

    def set_marc(self, biblio_id: int, marc_xml: str | None) -> None:
        self._s.get_one(m.Biblio, biblio_id).marc_xml = marc_xml
        self._s.flush()

    def biblios_with_marc(self, after_id: int, limit: int) -> Sequence[tuple[Biblio, str | None]]:
        """A page of records in id order, each with its MARCXML (``None`` if made by hand)."""
        rows = self._s.execute(
            select(m.Biblio, m.Biblio.marc_xml)
            .where(m.Biblio.id > after_id)
            .order_by(m.Biblio.id)
            .limit(limit)
        )
        return [(mapping.biblio(row), xml) for row, xml in rows]

    @staticmethod
    def _fill_biblio(row: m.Biblio, draft: BiblioDraft) -> None:
        row.title, row.author, row.isbn = draft.title, draft.author, draft.isbn
        row.year, row.publisher = draft.year, draft.publisher

    def newest_biblios(self, limit: int) -> Sequence[Biblio]:
        query = select(m.Biblio).order_by(m.Biblio.id.desc()).limit(limit)
        return [mapping.biblio(row) for row in self._s.scalars(query)]

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

    def _item_row(self, barcode: str) -> m.Item | None:
        return self._s.scalar(select(m.Item).where(m.Item.barcode == barcode))

    def item_by_barcode(self, barcode: str) -> Item | None:
        row = self._item_row(barcode)
        return mapping.item(row) if row else None

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
