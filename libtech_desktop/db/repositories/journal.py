"""The journal (issue 7): rows are only ever inserted."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.journal import JournalEntry, JournalKind


def _entry(row: m.JournalEntry) -> JournalEntry:
    return JournalEntry(
        seq=row.origin_seq if row.origin_seq is not None else row.seq,
        op_id=row.op_id,
        device_id=row.device_id,
        staff=row.staff,
        at=row.at,
        kind=JournalKind(row.kind),
        data=json.loads(row.data),
    )


class SqlJournalRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    _INSERT = (
        "INSERT INTO journal (origin_seq, op_id, device_id, staff, at, kind, data) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING seq"
    )

    def append(
        self,
        op_id: str,
        device_id: str,
        staff: str,
        at: datetime,
        kind: JournalKind,
        data: Mapping[str, Any],
        origin_seq: int | None = None,
    ) -> JournalEntry:
        # Every desk action appends one: plain SQL, no ORM row.
        text = json.dumps(dict(data), sort_keys=True, ensure_ascii=False)
        params = (origin_seq, op_id, device_id, staff, mapping.utc_text(at), kind.value, text)
        seq = mapping.run(self._s, self._INSERT, params).scalar_one()
        return JournalEntry(
            seq=origin_seq if origin_seq is not None else seq,
            op_id=op_id,
            device_id=device_id,
            staff=staff,
            at=at,
            kind=kind,
            data=json.loads(text),
        )

    def entries(self, since: datetime | None = None) -> Sequence[JournalEntry]:
        query = select(m.JournalEntry).order_by(m.JournalEntry.seq)
        if since is not None:
            query = query.where(m.JournalEntry.at >= since)
        return [_entry(row) for row in self._s.scalars(query)]

    def pending(self, since: datetime | None = None) -> tuple[int, datetime | None]:
        count = select(func.count()).select_from(m.JournalEntry)
        oldest = select(m.JournalEntry.at).order_by(m.JournalEntry.at).limit(1)
        if since is not None:
            count = count.where(m.JournalEntry.at >= since)
            oldest = oldest.where(m.JournalEntry.at >= since)
        return self._s.scalar(count) or 0, self._s.scalar(oldest)

    def own(
        self, device_id: str, after_seq: int = 0, since: datetime | None = None
    ) -> Sequence[JournalEntry]:
        """This device's own operations after ``after_seq`` (and at or after ``since``)."""
        query = (
            select(m.JournalEntry)
            .where(*self._own(device_id, after_seq, since))
            .order_by(m.JournalEntry.seq)
        )
        return [_entry(row) for row in self._s.scalars(query)]

    def own_pending(self, device_id: str, after_seq: int = 0) -> tuple[int, datetime | None]:
        where = self._own(device_id, after_seq, None)
        count = self._s.scalar(select(func.count()).select_from(m.JournalEntry).where(*where))
        oldest = self._s.scalar(select(func.min(m.JournalEntry.at)).where(*where))
        return count or 0, oldest

    def known(self, op_ids: Collection[str]) -> AbstractSet[str]:
        found: set[str] = set()
        ids = list(op_ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            query = select(m.JournalEntry.op_id).where(m.JournalEntry.op_id.in_(chunk))
            found.update(self._s.scalars(query))
        return found

    @staticmethod
    def _own(device_id: str, after_seq: int, since: datetime | None) -> list[ColumnElement[bool]]:
        where = [
            m.JournalEntry.device_id == device_id,
            m.JournalEntry.origin_seq.is_(None),
            m.JournalEntry.seq > after_seq,
        ]
        if since is not None:
            where.append(m.JournalEntry.at >= since)
        return where
