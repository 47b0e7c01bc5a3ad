"""The journal (issue 7): rows are only ever inserted."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.journal import JournalEntry, JournalKind


def _entry(row: m.JournalEntry) -> JournalEntry:
    return JournalEntry(
        seq=row.seq,
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

    def append(
        self,
        op_id: str,
        device_id: str,
        staff: str,
        at: datetime,
        kind: JournalKind,
        data: Mapping[str, Any],
    ) -> JournalEntry:
        row = m.JournalEntry(
            op_id=op_id,
            device_id=device_id,
            staff=staff,
            at=at,
            kind=kind.value,
            data=json.dumps(dict(data), sort_keys=True, ensure_ascii=False),
        )
        self._s.add(row)
        self._s.flush()
        return _entry(row)

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
