"""Stocktakes: sessions, their scans and what was expected on the shelf (issue 6)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlInventoryRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
