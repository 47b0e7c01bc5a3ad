"""Local subject authorities, their "use" references, and headings with counts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.authorities import Authority, HeadingCount
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.headings import heading_key
from libtech_desktop.domain.staff import Actor

#: Above every character a folded key holds: ``key < prefix + _TOP`` ends a prefix range.
_TOP = "\uffff"


@dataclass(frozen=True)
class _Found:
    heading: str
    records: int = 0
    authority_id: int | None = None
    use: str | None = None


def _authority(row: m.SubjectAuthority) -> Authority:
    variants = sorted(row.references, key=lambda r: r.variant_key)
    return Authority(row.id, row.heading, row.note, tuple(r.variant for r in variants))


def _in_range(
    column: InstrumentedAttribute[str], prefix: str, after_key: str | None
) -> list[ColumnElement[bool]]:
    """``column`` starts with ``prefix`` and comes after ``after_key``: a range on its index."""
    where = [column >= prefix] if after_key is None or after_key < prefix else [column > after_key]
    if prefix:
        where.append(column < prefix + _TOP)
    return where


class SqlAuthorityRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- authorities ------------------------------------------------------------------

    def add(self, heading: str, note: str | None, actor: Actor, now: datetime) -> Authority:
        row = m.SubjectAuthority(heading=heading, heading_key=heading_key(heading), note=note)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return _authority(row)

    def update(
        self, authority_id: int, heading: str, note: str | None, actor: Actor, now: datetime
    ) -> Authority:
        row = self._s.get_one(m.SubjectAuthority, authority_id)
        row.heading, row.heading_key, row.note = heading, heading_key(heading), note
        stamp(row, actor, now)
        self._s.flush()
        return _authority(row)

    def delete(self, authority_id: int) -> None:
        row = self._s.get(m.SubjectAuthority, authority_id)
        if row is not None:
            self._s.delete(row)
            self._s.flush()

    def by_id(self, authority_id: int) -> Authority | None:
        row = self._s.get(m.SubjectAuthority, authority_id)
        return _authority(row) if row else None

    def by_key(self, key: str) -> Authority | None:
        row = self._s.scalar(
            select(m.SubjectAuthority).where(m.SubjectAuthority.heading_key == key)
        )
        return _authority(row) if row else None

    def by_variant_key(self, key: str) -> Authority | None:
        row = self._s.scalar(
            select(m.SubjectAuthority)
            .join(m.SubjectReference)
            .where(m.SubjectReference.variant_key == key)
        )
        return _authority(row) if row else None

    def lookup(self, key: str) -> tuple[Authority, bool] | None:
        if (found := self.by_key(key)) is not None:
            return found, False
        if (found := self.by_variant_key(key)) is not None:
            return found, True
        return None

    def authorities(self) -> Sequence[Authority]:
        rows = self._s.scalars(select(m.SubjectAuthority).order_by(m.SubjectAuthority.heading_key))
        return [_authority(row) for row in rows]

    # -- references ---------------------------------------------------------------------

    def add_reference(
        self, authority_id: int, variant: str, actor: Actor, now: datetime
    ) -> Authority:
        row = self._s.get_one(m.SubjectAuthority, authority_id)
        row.references.append(m.SubjectReference(variant=variant, variant_key=heading_key(variant)))
        stamp(row, actor, now)
        self._s.flush()
        return _authority(row)

    def remove_reference(
        self, authority_id: int, variant_key: str, actor: Actor, now: datetime
    ) -> bool:
        row = self._s.get_one(m.SubjectAuthority, authority_id)
        gone = [r for r in row.references if r.variant_key == variant_key]
        for reference in gone:
            row.references.remove(reference)
        if gone:
            stamp(row, actor, now)
            self._s.flush()
        return bool(gone)

    # -- headings in use ----------------------------------------------------------------

    def heading_counts(
        self, prefix: str, limit: int, after_key: str | None = None
    ) -> Sequence[HeadingCount]:
        found: dict[str, _Found] = {}
        for key, heading, records in self._used(prefix, limit, after_key):
            found[key] = _Found(heading, records)
        for key, heading, authority_id in self._authorised(prefix, limit, after_key):
            records = found[key].records if key in found else 0
            found[key] = _Found(heading, records, authority_id)
        for key, variant, authority_id, use in self._variants(prefix, limit, after_key):
            shown = found[key].heading if key in found else variant
            records = found[key].records if key in found else 0
            found[key] = _Found(shown, records, authority_id, use)
        keys = sorted(found)[:limit]
        return [
            HeadingCount(f.heading, k, f.records, f.authority_id, f.use)
            for k in keys
            for f in (found[k],)
        ]

    def _used(self, prefix: str, limit: int, after_key: str | None) -> list[tuple[str, str, int]]:
        """Keys in records, each with the form first catalogued and its record count.

        SQLite walks the heading_key index in order and stops after ``limit`` keys; with
        one ``min()`` in the select, the bare ``heading`` comes from that first row."""
        s = m.BiblioSubject
        query = (
            select(s.heading_key, s.heading, func.min(s.id), func.count(s.biblio_id.distinct()))
            .where(*_in_range(s.heading_key, prefix, after_key))
            .group_by(s.heading_key)
            .order_by(s.heading_key)
            .limit(limit)
        )
        return [(key, heading, count) for key, heading, _first, count in self._s.execute(query)]

    def _authorised(
        self, prefix: str, limit: int, after_key: str | None
    ) -> list[tuple[str, str, int]]:
        a = m.SubjectAuthority
        query = (
            select(a.heading_key, a.heading, a.id)
            .where(*_in_range(a.heading_key, prefix, after_key))
            .order_by(a.heading_key)
            .limit(limit)
        )
        return [(key, heading, id_) for key, heading, id_ in self._s.execute(query)]

    def _variants(
        self, prefix: str, limit: int, after_key: str | None
    ) -> list[tuple[str, str, int, str]]:
        r, a = m.SubjectReference, m.SubjectAuthority
        query = (
            select(r.variant_key, r.variant, a.id, a.heading)
            .join(a, r.authority_id == a.id)
            .where(*_in_range(r.variant_key, prefix, after_key))
            .order_by(r.variant_key)
            .limit(limit)
        )
        return [(k, v, id_, use) for k, v, id_, use in self._s.execute(query)]

    def biblios_with_heading(self, key: str, limit: int) -> Sequence[Biblio]:
        ids = select(m.BiblioSubject.biblio_id).where(m.BiblioSubject.heading_key == key)
        rows = self._s.scalars(
            select(m.Biblio).where(m.Biblio.id.in_(ids)).order_by(m.Biblio.id).limit(limit)
        )
        return [mapping.biblio(row) for row in rows]

    def biblio_ids_with_heading(self, key: str) -> Sequence[int]:
        query = (
            select(m.BiblioSubject.biblio_id)
            .where(m.BiblioSubject.heading_key == key)
            .distinct()
            .order_by(m.BiblioSubject.biblio_id)
        )
        return list(self._s.scalars(query))
