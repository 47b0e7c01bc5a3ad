"""Bindery shipments and transfers between locations (issue 6)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlBinderyRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
