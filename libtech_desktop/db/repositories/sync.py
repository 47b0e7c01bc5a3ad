"""What was merged from other devices, once, and the exceptions (issue 7)."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.sync_merge import ImportSummary, IncomingOp, SyncExceptionEntry
from libtech_desktop.services.ports.sync import ImportCounts


class SqlSyncRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def acknowledgements(self) -> Mapping[str, int]:
        rows = self._s.execute(select(m.SyncPeer.device_id, m.SyncPeer.last_seq))
        return {device: seq for device, seq in rows}

    def open_exception_count(self) -> int:
        count = select(func.count()).where(m.SyncException.status == "open")
        return self._s.scalar(count) or 0

    # -- the ledger ---------------------------------------------------------------------

    def handled(self, op_ids: Collection[str]) -> Mapping[str, str]:
        found: dict[str, str] = {}
        ids = list(op_ids)
        for start in range(0, len(ids), 500):
            query = select(m.SyncOp.op_id, m.SyncOp.outcome).where(
                m.SyncOp.op_id.in_(ids[start : start + 500])
            )
            found.update({op_id: outcome for op_id, outcome in self._s.execute(query)})
        return found

    def record_op(
        self, op: IncomingOp, import_id: int, outcome: str, note: str | None, now: datetime
    ) -> None:
        row = self._s.get(m.SyncOp, op.op_id)
        if row is None:
            row = m.SyncOp(op_id=op.op_id, device_id=op.device_id, import_id=import_id)
            self._s.add(row)
        row.origin_seq, row.outcome, row.note, row.handled_at = op.seq, outcome, note, now
        self._s.flush()

    def unfinished_import(self, sha256: str) -> int | None:
        query = (
            select(m.SyncImport.id)
            .where(m.SyncImport.sha256 == sha256, m.SyncImport.finished_at.is_(None))
            .order_by(m.SyncImport.id.desc())
        )
        return self._s.scalar(query)

    def start_import(
        self,
        device_id: str,
        source: str,
        file_name: str,
        sha256: str,
        staff: str,
        now: datetime,
        operations: int,
        clock_offset_s: float,
    ) -> int:
        row = m.SyncImport(
            device_id=device_id,
            source=source,
            file_name=file_name[:300],
            sha256=sha256,
            staff=staff,
            started_at=now,
            operations=operations,
            clock_offset_s=clock_offset_s,
        )
        self._s.add(row)
        self._s.flush()
        return row.id

    def import_counts(self, import_id: int) -> ImportCounts:
        query = (
            select(m.SyncOp.outcome, func.count())
            .where(m.SyncOp.import_id == import_id)
            .group_by(m.SyncOp.outcome)
        )
        counts = {outcome: n for outcome, n in self._s.execute(query)}
        return ImportCounts(
            counts.get("applied", 0), counts.get("unchanged", 0), counts.get("exception", 0)
        )

    def finish_import(self, import_id: int, now: datetime) -> None:
        row = self._s.get_one(m.SyncImport, import_id)
        counts = self.import_counts(import_id)
        row.applied, row.unchanged, row.exceptions = (
            counts.applied,
            counts.unchanged,
            counts.exceptions,
        )
        row.finished_at = now
        self._s.flush()

    def imports(self) -> Sequence[ImportSummary]:
        query = (
            select(m.SyncImport, m.SyncPeer.name)
            .outerjoin(m.SyncPeer, m.SyncPeer.device_id == m.SyncImport.device_id)
            .order_by(m.SyncImport.id.desc())
        )
        return [
            ImportSummary(
                id=row.id,
                device_id=row.device_id,
                device_name=name,
                source=row.source,
                file_name=row.file_name,
                staff=row.staff,
                started_at=row.started_at,
                finished_at=row.finished_at,
                operations=row.operations,
                applied=row.applied,
                unchanged=row.unchanged,
                exceptions=row.exceptions,
                clock_offset_s=row.clock_offset_s,
            )
            for row, name in self._s.execute(query)
        ]

    # -- peers ---------------------------------------------------------------------------

    def save_peer(
        self,
        device_id: str,
        name: str | None,
        last_seq: int,
        clock: tuple[float | None, float | None, float],
        now: datetime,
    ) -> None:
        row = self._s.get(m.SyncPeer, device_id)
        if row is None:
            row = m.SyncPeer(device_id=device_id, last_seq=0)
            self._s.add(row)
        row.name = (name or row.name or "")[:100] or None
        row.last_seq = max(row.last_seq or 0, last_seq)
        row.clock_lo_s, row.clock_hi_s, row.clock_offset_s = clock
        row.last_import_at = now
        self._s.flush()

    # -- exceptions ----------------------------------------------------------------------

    def add_exception(self, op: IncomingOp, import_id: int, at: datetime, reason: str) -> int:
        row = self._s.scalar(select(m.SyncException).where(m.SyncException.op_id == op.op_id))
        if row is None:
            row = m.SyncException(op_id=op.op_id, import_id=import_id, device_id=op.device_id)
            self._s.add(row)
        row.kind, row.at, row.staff = op.kind.value, at, op.staff
        row.item, row.patron, row.action = op.item, op.patron, op.action[:100]
        row.reason, row.status = reason, "open"
        row.data = json.dumps(
            {"data": op.data, "seq": op.seq, "at": op.at.isoformat()},
            sort_keys=True,
            ensure_ascii=False,
        )
        self._s.flush()
        return row.id

    def exceptions(self, status: str | None) -> Sequence[SyncExceptionEntry]:
        query = select(m.SyncException).order_by(m.SyncException.at, m.SyncException.id)
        if status is not None:
            query = query.where(m.SyncException.status == status)
        return [_exception(row) for row in self._s.scalars(query)]

    def exception(self, exception_id: int) -> SyncExceptionEntry | None:
        row = self._s.get(m.SyncException, exception_id)
        return _exception(row) if row else None

    def close_exception(
        self, exception_id: int, status: str, staff: str, now: datetime, resolution: str
    ) -> SyncExceptionEntry:
        row = self._s.get_one(m.SyncException, exception_id)
        row.status, row.resolved_by, row.resolved_at, row.resolution = (
            status,
            staff,
            now,
            resolution,
        )
        self._s.flush()
        return _exception(row)

    def update_exception_reason(self, exception_id: int, reason: str) -> None:
        self._s.get_one(m.SyncException, exception_id).reason = reason
        self._s.flush()

    # -- what the branch knows of an item ------------------------------------------------

    def latest_loan(self, item_barcode: str) -> Loan | None:
        query = (
            select(m.Loan)
            .join(m.Item, m.Loan.item_id == m.Item.id)
            .where(m.Item.barcode == item_barcode)
            .order_by(m.Loan.checked_out_at.desc(), m.Loan.id.desc())
            .limit(1)
        )
        row = self._s.scalar(query)
        return mapping.loan(row) if row else None


def _exception(row: m.SyncException) -> SyncExceptionEntry:
    stored = json.loads(row.data)
    return SyncExceptionEntry(
        id=row.id,
        op_id=row.op_id,
        device_id=row.device_id,
        kind=JournalKind(row.kind),
        at=row.at,
        staff=row.staff,
        item=row.item,
        patron=row.patron,
        action=row.action,
        reason=row.reason,
        data=stored.get("data", {}),
        status=row.status,
        resolved_at=row.resolved_at,
        resolved_by=row.resolved_by,
        resolution=row.resolution,
        origin_seq=stored.get("seq"),
        import_id=row.import_id,
        recorded_at=datetime.fromisoformat(stored["at"]) if stored.get("at") else None,
    )
