"""Fines, payments and credits (issue 5)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m


class SqlFineRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def outstanding_total(self, patron_id: int) -> int:
        charged = select(func.coalesce(func.sum(m.Fine.amount_minor), 0)).where(
            m.Fine.patron_id == patron_id
        )
        credited = (
            select(func.coalesce(func.sum(m.FineCredit.amount_minor), 0))
            .join(m.Fine, m.Fine.id == m.FineCredit.fine_id)
            .where(m.Fine.patron_id == patron_id)
        )
        return int(self._s.scalar(charged) or 0) - int(self._s.scalar(credited) or 0)
