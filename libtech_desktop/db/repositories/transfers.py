"""Transfers of items between locations (issue 6)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlTransferRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
