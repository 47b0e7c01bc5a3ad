"""Notices (issue 5)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlNoticeRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
