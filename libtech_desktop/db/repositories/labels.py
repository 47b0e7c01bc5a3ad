"""The label print queue: items whose labels are not printed yet (migration 0006).

The queue is read through the partial index ``ix_items_label_queue``, which holds only
the waiting items: printing the queue never walks the whole catalogue.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.labels import QueuedLabel
from libtech_desktop.domain.staff import Actor

#: Barcodes per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_BATCH = 500
_WAITING = m.Item.label_printed_at.is_(None)


class SqlLabelRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def queue(self, limit: int) -> Sequence[QueuedLabel]:
        # Shelf order within each location; items without a location or call number
        # after the rest, as on the shelf list.
        query = (
            _labels()
            .where(_WAITING)
            .order_by(
                m.Item.location.is_(None),
                m.Item.location,
                m.Item.shelf_key.is_(None),
                m.Item.shelf_key,
                m.Item.barcode,
            )
            .limit(limit)
        )
        return [_label(row) for row in self._s.execute(query)]

    def waiting(self) -> int:
        return self._s.scalar(select(func.count()).select_from(m.Item).where(_WAITING)) or 0

    def by_barcodes(self, barcodes: Collection[str]) -> Mapping[str, QueuedLabel]:
        found: dict[str, QueuedLabel] = {}
        for chunk in _chunks(barcodes):
            rows = self._s.execute(_labels().where(m.Item.barcode.in_(chunk)))
            found.update((label.barcode, label) for label in map(_label, rows))
        return found

    def mark_printed(self, barcodes: Collection[str], actor: Actor, now: datetime) -> int:
        marked = 0
        for chunk in _chunks(barcodes):
            result = self._s.execute(
                update(m.Item)
                .where(m.Item.barcode.in_(chunk))
                .values(label_printed_at=now, label_printed_by=actor.username)
                .execution_options(synchronize_session=False)
            )
            assert isinstance(result, CursorResult)
            marked += result.rowcount
        return marked

    def requeue(self, barcodes: Collection[str]) -> int:
        queued = 0
        for chunk in _chunks(barcodes):
            result = self._s.execute(
                update(m.Item)
                .where(m.Item.barcode.in_(chunk))
                .values(label_printed_at=None, label_printed_by=None)
                .execution_options(synchronize_session=False)
            )
            assert isinstance(result, CursorResult)
            queued += result.rowcount
        return queued

    # -- the library's own sheet templates (0007), JSON text by name --

    def templates(self) -> Sequence[tuple[str, str]]:
        rows = self._s.execute(
            select(m.LabelTemplate.name, m.LabelTemplate.definition).order_by(m.LabelTemplate.name)
        )
        return [(name, definition) for name, definition in rows]

    def template(self, name: str) -> str | None:
        return self._s.scalar(
            select(m.LabelTemplate.definition).where(m.LabelTemplate.name == name)
        )

    def save_template(self, name: str, definition: str, actor: Actor, now: datetime) -> bool:
        row = self._s.scalar(select(m.LabelTemplate).where(m.LabelTemplate.name == name))
        if row is None:
            self._s.add(
                m.LabelTemplate(
                    name=name,
                    definition=definition,
                    created_at=now,
                    created_by=actor.username,
                    updated_at=now,
                    updated_by=actor.username,
                )
            )
            self._s.flush()
            return True
        row.definition, row.updated_at, row.updated_by = definition, now, actor.username
        self._s.flush()
        return False

    def delete_template(self, name: str) -> bool:
        result = self._s.execute(delete(m.LabelTemplate).where(m.LabelTemplate.name == name))
        assert isinstance(result, CursorResult)
        return result.rowcount > 0


def _labels() -> Any:  # a Select of the label's columns
    return select(
        m.Item.barcode,
        m.Biblio.title,
        m.Biblio.author,
        m.Item.call_number,
        m.Item.location,
        m.Item.created_at,
    ).join(m.Biblio, m.Biblio.id == m.Item.biblio_id)


def _label(row: Any) -> QueuedLabel:
    barcode, title, author, call_number, location, added_at = row
    return QueuedLabel(barcode, title, author, call_number, location, added_at)


def _chunks(values: Collection[str]) -> Iterator[list[str]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _IN_BATCH):
        yield ordered[start : start + _IN_BATCH]
