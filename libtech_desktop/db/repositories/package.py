"""Writing a bookmobile package's state into the laptop's library file (issue 7)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlPackageRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
