"""The audit log (issue 8): rows are only ever inserted."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlAuditRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
