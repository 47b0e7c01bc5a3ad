"""Notices (issue 5): what is due, and the rows that log what went out.

It reads loans, holds, fines and patrons with its own queries: a notice run is a
report over several workflows' tables. The unique indexes on ``notices`` (one per
(kind, loan) and (kind, hold)) make :meth:`add_pending` refuse a second notice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session, aliased

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.models.fines import Fine, FineCredit
from libtech_desktop.db.models.holds import Hold
from libtech_desktop.db.models.notices import Notice
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.notices import (
    NoticeHold,
    NoticeKind,
    NoticeLoan,
    NoticeLogEntry,
    Recipient,
    StoredNotice,
)

_OPEN = m.Loan.returned_at.is_(None)


class SqlNoticeRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- what is due ------------------------------------------------------------------

    def loans_due_by(self, day: date) -> Sequence[NoticeLoan]:
        rows = self._s.scalars(
            select(m.Loan).where(_OPEN, m.Loan.due_on <= day).order_by(m.Loan.due_on, m.Loan.id)
        ).all()
        ids = [row.id for row in rows]
        noticed, charges = self._noticed(ids), self._charges(ids)
        return [
            _notice_loan(row, noticed[row.id], charges[row.id])
            for row in rows
            if "lost" not in charges[row.id]
        ]

    def loans_to_declare_lost(self, due_by: date) -> Sequence[Loan]:
        lost = select(Fine.loan_id).where(Fine.kind == "lost", Fine.loan_id.is_not(None))
        rows = self._s.scalars(
            select(m.Loan)
            .where(_OPEN, m.Loan.due_on <= due_by, m.Loan.id.not_in(lost))
            .order_by(m.Loan.due_on, m.Loan.id)
        ).all()
        return [mapping.loan(row) for row in rows]

    def lost_unbilled(self) -> Sequence[NoticeLoan]:
        billed = select(Notice.loan_id).where(Notice.kind == "lost", Notice.loan_id.is_not(None))
        lost = select(Fine.loan_id).where(Fine.kind == "lost", Fine.loan_id.not_in(billed))
        rows = self._s.scalars(select(m.Loan).where(m.Loan.id.in_(lost)).order_by(m.Loan.id)).all()
        ids = [row.id for row in rows]
        noticed, charges = self._noticed(ids), self._charges(ids)
        found = [_notice_loan(row, noticed[row.id], charges[row.id]) for row in rows]
        # A bill for nothing owed (paid, waived or reversed already) is not sent.
        return [x for x in found if x.replacement_minor + x.processing_minor > 0]

    def trapped_unnotified(self) -> Sequence[NoticeHold]:
        told = select(Notice.hold_id).where(Notice.kind == "hold", Notice.hold_id.is_not(None))
        item = aliased(m.Item)
        query = (
            select(Hold, m.Patron, m.Biblio.title, item.barcode)
            .join(m.Patron, m.Patron.id == Hold.patron_id)
            .join(m.Biblio, m.Biblio.id == Hold.biblio_id)
            .outerjoin(item, item.id == Hold.trapped_item_id)
            .where(Hold.status == "trapped", Hold.id.not_in(told))
            .order_by(Hold.trapped_at, Hold.id)
        )
        return [
            NoticeHold(
                hold_id=hold.id,
                recipient=_recipient(patron),
                title=title,
                item_barcode=barcode,
                pickup_by=hold.pickup_by,
            )
            for hold, patron, title, barcode in self._s.execute(query).all()
        ]

    # -- the notice rows --------------------------------------------------------------

    def add_pending(
        self,
        patron_id: int,
        kind: NoticeKind,
        loan_id: int | None,
        hold_id: int | None,
        channel: str,
        subject: str,
        body: str,
        now: datetime,
    ) -> int | None:
        statement = (
            insert(Notice)
            .values(
                patron_id=patron_id,
                kind=kind.value,
                loan_id=loan_id,
                hold_id=hold_id,
                channel=channel,
                status="pending",
                attempts=0,
                subject=subject,
                body=body,
                created_at=now,
            )
            .on_conflict_do_nothing()
            .returning(Notice.id)
        )
        return self._s.execute(statement).scalar_one_or_none()

    def failed(self) -> Sequence[StoredNotice]:
        # The item a notice is about: its loan's item, or the item trapped for its hold
        # (or, not trapped yet, the held record's title alone).
        loan_item, hold_item = aliased(m.Item), aliased(m.Item)
        loan_record, hold_record = aliased(m.Biblio), aliased(m.Biblio)
        query = (
            select(
                Notice,
                m.Patron,
                func.coalesce(loan_item.barcode, hold_item.barcode, ""),
                func.coalesce(loan_record.title, hold_record.title, ""),
            )
            .join(m.Patron, m.Patron.id == Notice.patron_id)
            .outerjoin(m.Loan, m.Loan.id == Notice.loan_id)
            .outerjoin(loan_item, loan_item.id == m.Loan.item_id)
            .outerjoin(loan_record, loan_record.id == loan_item.biblio_id)
            .outerjoin(Hold, Hold.id == Notice.hold_id)
            .outerjoin(hold_item, hold_item.id == Hold.trapped_item_id)
            .outerjoin(hold_record, hold_record.id == Hold.biblio_id)
            .where(Notice.status == "failed")
            .order_by(Notice.id)
        )
        return [
            StoredNotice(
                id=notice.id,
                kind=NoticeKind(notice.kind),
                recipient=_recipient(patron),
                channel=notice.channel,
                subject=notice.subject,
                body=notice.body,
                attempts=notice.attempts,
                item=f"{barcode} {title}".strip(),
            )
            for notice, patron, barcode, title in self._s.execute(query).all()
        ]

    def pending_count(self) -> int:
        query = select(func.count()).select_from(Notice).where(Notice.status == "pending")
        return int(self._s.scalar(query) or 0)

    def mark(
        self, ids: Collection[int], status: str, now: datetime, error: str | None = None
    ) -> None:
        if not ids:
            return
        values: dict[str, object] = {
            "status": status,
            "attempts": Notice.attempts + 1,
            "last_error": error,
        }
        if status != "failed":
            values["sent_at"] = now
        self._s.execute(update(Notice).where(Notice.id.in_(list(ids))).values(**values))

    def discard_pending(self, ids: Collection[int]) -> None:
        if ids:
            self._s.execute(
                delete(Notice).where(Notice.id.in_(list(ids)), Notice.status == "pending")
            )

    def log(self, limit: int) -> Sequence[NoticeLogEntry]:
        item = aliased(m.Item)
        hold_item = aliased(m.Item)
        hold_biblio = aliased(m.Biblio)
        query = (
            select(Notice, m.Patron, item.barcode, m.Biblio.title, hold_item.barcode, hold_biblio)
            .join(m.Patron, m.Patron.id == Notice.patron_id)
            .outerjoin(m.Loan, m.Loan.id == Notice.loan_id)
            .outerjoin(item, item.id == m.Loan.item_id)
            .outerjoin(m.Biblio, m.Biblio.id == item.biblio_id)
            .outerjoin(Hold, Hold.id == Notice.hold_id)
            .outerjoin(hold_item, hold_item.id == Hold.trapped_item_id)
            .outerjoin(hold_biblio, hold_biblio.id == Hold.biblio_id)
            .order_by(Notice.id.desc())
            .limit(limit)
        )
        return [
            NoticeLogEntry(
                id=n.id,
                created=n.created_at,
                sent=n.sent_at,
                patron_barcode=patron.barcode,
                patron_name=patron.name,
                kind=NoticeKind(n.kind),
                channel=n.channel,
                status=n.status,
                attempts=n.attempts,
                last_error=n.last_error,
                subject=n.subject,
                item_barcode=loan_barcode or hold_barcode,
                title=loan_title or (hold_biblio_row.title if hold_biblio_row else None),
            )
            for n, patron, loan_barcode, loan_title, hold_barcode, hold_biblio_row in self._s.execute(
                query
            ).all()
        ]

    # -- helpers ----------------------------------------------------------------------

    def _noticed(self, loan_ids: list[int]) -> defaultdict[int, set[str]]:
        found: defaultdict[int, set[str]] = defaultdict(set)
        for chunk in _chunks(loan_ids):
            query = select(Notice.loan_id, Notice.kind).where(Notice.loan_id.in_(chunk))
            for loan_id, kind in self._s.execute(query).all():
                if loan_id is not None:
                    found[loan_id].add(kind)
        return found

    def _charges(self, loan_ids: list[int]) -> defaultdict[int, dict[str, int]]:
        """Outstanding amount of each kind of fine on each loan."""
        credited = (
            select(FineCredit.fine_id, func.sum(FineCredit.amount_minor).label("paid"))
            .group_by(FineCredit.fine_id)
            .subquery()
        )
        found: defaultdict[int, dict[str, int]] = defaultdict(dict)
        for chunk in _chunks(loan_ids):
            query = (
                select(
                    Fine.loan_id, Fine.kind, Fine.amount_minor - func.coalesce(credited.c.paid, 0)
                )
                .outerjoin(credited, credited.c.fine_id == Fine.id)
                .where(Fine.loan_id.in_(chunk))
            )
            for loan_id, kind, outstanding in self._s.execute(query).all():
                if loan_id is not None:
                    found[loan_id][kind] = int(outstanding)
        return found


def _recipient(patron: m.Patron) -> Recipient:
    return Recipient(
        patron_id=patron.id,
        barcode=patron.barcode,
        name=patron.name,
        email=patron.email,
        address=patron.address,
        preference=patron.notice_channel,
    )


def _notice_loan(row: m.Loan, noticed: set[str], charges: dict[str, int]) -> NoticeLoan:
    return NoticeLoan(
        loan_id=row.id,
        recipient=_recipient(row.patron),
        item_barcode=row.item.barcode,
        title=row.item.biblio.title,
        due=row.due_on,
        noticed=frozenset(noticed),
        fine_minor=max(0, charges.get("overdue", 0)),
        replacement_minor=max(0, charges.get("lost", 0)),
        processing_minor=max(0, charges.get("processing", 0)),
        lost="lost" in charges,
    )


def _chunks(values: list[int], size: int = 500) -> list[list[int]]:
    return [values[i : i + size] for i in range(0, len(values), size)]
