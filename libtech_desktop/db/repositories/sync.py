"""What was merged from other devices, once, and the exceptions (issue 7)."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m


class SqlSyncRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def acknowledgements(self) -> Mapping[str, int]:
        rows = self._s.execute(select(m.SyncPeer.device_id, m.SyncPeer.last_seq))
        return {device: seq for device, seq in rows}

    def open_exception_count(self) -> int:
        count = select(func.count()).where(m.SyncException.status == "open")
        return self._s.scalar(count) or 0
