"""The audit log (issue 8): rows are only ever inserted; there is no update or delete."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db.models.staff import AuditEntry as AuditRow
from libtech_desktop.domain.audit import AuditEntry, AuditFilter


class SqlAuditRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def add(
        self,
        at: datetime,
        staff: str,
        action: str,
        entity: str,
        key: str | None,
        before: str | None,
        after: str | None,
        note: str | None,
    ) -> int:
        row = AuditRow(
            at=at,
            staff=staff,
            action=action,
            entity=entity,
            entity_key=key,
            before=before,
            after=after,
            note=note,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def entries(self, wanted: AuditFilter) -> Sequence[AuditEntry]:
        query = select(AuditRow)
        if wanted.since is not None:
            query = query.where(AuditRow.at >= wanted.since)
        if wanted.until is not None:
            query = query.where(AuditRow.at <= wanted.until)
        if wanted.staff:
            query = query.where(func.lower(AuditRow.staff) == wanted.staff.lower())
        if wanted.action:
            query = query.where(AuditRow.action == wanted.action)
        if wanted.entity:
            query = query.where(AuditRow.entity == wanted.entity)
        if wanted.key:
            pattern = "%" + _escaped(wanted.key.lower()) + "%"
            query = query.where(func.lower(AuditRow.entity_key).like(pattern, escape="\\"))
        query = query.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(wanted.limit)
        return [_entry(row) for row in self._s.scalars(query)]

    def actions(self) -> Sequence[str]:
        return list(self._s.scalars(select(AuditRow.action).distinct().order_by(AuditRow.action)))

    def staff_names(self) -> Sequence[str]:
        return list(self._s.scalars(select(AuditRow.staff).distinct().order_by(AuditRow.staff)))


def _entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        staff=row.staff,
        action=row.action,
        entity=row.entity,
        key=row.entity_key,
        before=_loads(row.before),
        after=_loads(row.after),
        note=row.note,
    )


def _loads(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
