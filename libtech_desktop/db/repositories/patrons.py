"""Patrons and patron categories."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import like_pattern, stamp
from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.domain.staff import Actor

#: Barcodes per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_BATCH = 500


class SqlPatronRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _row(self, barcode: str) -> m.Patron | None:
        return self._s.scalar(select(m.Patron).where(m.Patron.barcode == barcode))

    def by_barcode(self, barcode: str) -> Patron | None:
        row = self._row(barcode)
        return mapping.patron(row) if row else None

    def barcodes_in(self, barcodes: Collection[str]) -> set[str]:
        """Which of these barcodes are patrons' card barcodes."""
        found: set[str] = set()
        ordered = sorted(barcodes)
        for start in range(0, len(ordered), _IN_BATCH):
            chunk = ordered[start : start + _IN_BATCH]
            found.update(
                self._s.scalars(select(m.Patron.barcode).where(m.Patron.barcode.in_(chunk)))
            )
        return found

    def by_id(self, patron_id: int) -> Patron | None:
        row = self._s.get(m.Patron, patron_id)
        return mapping.patron(row) if row else None

    def search(self, text: str, limit: int) -> Sequence[Patron]:
        query = select(m.Patron).order_by(m.Patron.name).limit(limit)
        if text:
            pattern = like_pattern(text)
            query = query.where(
                or_(
                    m.Patron.name.ilike(pattern, escape="\\"),
                    m.Patron.barcode == text,
                    m.Patron.email.ilike(pattern, escape="\\"),
                )
            )
        return [mapping.patron(row) for row in self._s.scalars(query)]

    def add(self, draft: PatronDraft, actor: Actor, now: datetime) -> Patron:
        row = m.Patron(barcode=draft.barcode)
        self._fill(row, draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return mapping.patron(row)

    def update(self, patron_id: int, draft: PatronDraft, actor: Actor, now: datetime) -> Patron:
        row = self._s.get_one(m.Patron, patron_id)
        row.barcode = draft.barcode
        self._fill(row, draft)
        stamp(row, actor, now)
        self._s.flush()
        return mapping.patron(row)

    def _fill(self, row: m.Patron, draft: PatronDraft) -> None:
        row.name = draft.name
        row.category = self._s.scalars(
            select(m.PatronCategory).where(m.PatronCategory.code == draft.category_code)
        ).one()
        row.email, row.phone, row.notes = draft.email, draft.phone, draft.notes
        if draft.expires_on is not None:
            row.expires_on = draft.expires_on

    def set_block(self, patron_id: int, reason: str | None, actor: Actor, now: datetime) -> Patron:
        row = self._s.get_one(m.Patron, patron_id)
        row.blocked_reason = reason
        row.blocked_at = now if reason else None
        row.blocked_by = actor.username if reason else None
        stamp(row, actor, now)
        self._s.flush()
        return mapping.patron(row)

    def category(self, code: str) -> Category | None:
        row = self._s.scalar(select(m.PatronCategory).where(m.PatronCategory.code == code))
        return mapping.category(row) if row else None

    def categories(self) -> Sequence[Category]:
        rows = self._s.scalars(select(m.PatronCategory).order_by(m.PatronCategory.id))
        return [mapping.category(row) for row in rows]

    def add_category(self, code: str, name: str, membership_days: int) -> Category:
        row = m.PatronCategory(code=code, name=name, membership_days=membership_days)
        self._s.add(row)
        self._s.flush()
        return mapping.category(row)
