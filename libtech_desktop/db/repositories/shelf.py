"""The shelf list (items in call-number order) and suggestions drawn from the catalogue."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlShelfRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
