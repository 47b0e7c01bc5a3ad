"""The audit log (issue 8): rows are only ever inserted; there is no update or delete."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
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
        return list(self.iter_entries(wanted))

    def iter_entries(self, wanted: AuditFilter) -> Iterator[AuditEntry]:
        """Read in chunks of ``_CHUNK`` rows as they are used, not all at once: a long
        log is never held whole, and no single call reads or frees it all (a worker
        thread would hold the GIL through such a call and stall the GUI)."""
        query = _filtered(select(*_COLUMNS), wanted)
        query = query.order_by(AuditRow.at.desc(), AuditRow.id.desc()).limit(wanted.limit)
        result = self._s.execute(query.execution_options(yield_per=_CHUNK))
        try:
            for row in result:
                yield _entry(row)
        finally:
            result.close()

    def count(self, wanted: AuditFilter) -> int:
        matching = _filtered(select(AuditRow.id), wanted).limit(wanted.limit).subquery()
        return self._s.scalar(select(func.count()).select_from(matching)) or 0

    def actions(self) -> Sequence[str]:
        return list(self._s.scalars(select(AuditRow.action).distinct().order_by(AuditRow.action)))

    def staff_names(self) -> Sequence[str]:
        return list(self._s.scalars(select(AuditRow.staff).distinct().order_by(AuditRow.staff)))


#: A select of any columns, filtered by :func:`_filtered` and given back as it was.
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")

#: Rows read per fetch when the log is read as it is used: small enough that a chunk's
#: rows are freed before the garbage collector promotes them (2,000 a time set off full
#: collections of the whole heap, each a stall of the GUI thread of up to 100 ms).
_CHUNK = 500

#: The columns :func:`_entry` reads, in its order (plain rows: no ORM objects to build).
_COLUMNS = (
    AuditRow.id,
    AuditRow.at,
    AuditRow.staff,
    AuditRow.action,
    AuditRow.entity,
    AuditRow.entity_key,
    AuditRow.before,
    AuditRow.after,
    AuditRow.note,
)


def _filtered(query: _Query, wanted: AuditFilter) -> _Query:
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
    return query


def _entry(row: Sequence[Any]) -> AuditEntry:
    id_, at, staff, action, entity, key, before, after, note = row
    return AuditEntry(
        id=id_,
        at=at,
        staff=staff,
        action=action,
        entity=entity,
        key=key,
        before=_loads(before),
        after=_loads(after),
        note=note,
    )


def _loads(text: str | None) -> dict[str, Any] | None:
    if text is None:
        return None
    value = json.loads(text)
    return value if isinstance(value, dict) else {"value": value}


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
