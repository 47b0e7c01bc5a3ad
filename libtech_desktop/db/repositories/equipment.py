"""Equipment, faults, maintenance and accessory checks (issue 6)."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlEquipmentRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
