"""SQLAlchemy implementations of the ports in ``services/ports.py``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import (
    Biblio,
    BiblioDraft,
    Item,
    ItemDraft,
    ItemStatus,
    ItemType,
    normalize_isbn,
)
from libtech_desktop.domain.circulation import Loan, LoanRule
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.patrons import Category, Patron, PatronDraft
from libtech_desktop.domain.repairs import Repair, RepairOutcome
from libtech_desktop.domain.staff import Actor


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _isbn13_or_none(text: str) -> str | None:
    try:
        return normalize_isbn(text)
    except InvalidInput:
        return None


def _stamp(row: m.Audited, actor: Actor, now: datetime, *, new: bool = False) -> None:
    if new:
        row.created_at, row.created_by = now, actor.username
    row.updated_at, row.updated_by = now, actor.username


class SqlPatronRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _row(self, barcode: str) -> m.Patron | None:
        return self._s.scalar(select(m.Patron).where(m.Patron.barcode == barcode))

    def by_barcode(self, barcode: str) -> Patron | None:
        row = self._row(barcode)
        return mapping.patron(row) if row else None

    def by_id(self, patron_id: int) -> Patron | None:
        row = self._s.get(m.Patron, patron_id)
        return mapping.patron(row) if row else None

    def search(self, text: str, limit: int) -> Sequence[Patron]:
        query = select(m.Patron).order_by(m.Patron.name).limit(limit)
        if text:
            pattern = _like(text)
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
        _stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return mapping.patron(row)

    def update(self, patron_id: int, draft: PatronDraft, actor: Actor, now: datetime) -> Patron:
        row = self._s.get_one(m.Patron, patron_id)
        row.barcode = draft.barcode
        self._fill(row, draft)
        _stamp(row, actor, now)
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
        _stamp(row, actor, now)
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


class SqlCatalogueRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def biblio(self, biblio_id: int) -> Biblio | None:
        row = self._s.get(m.Biblio, biblio_id)
        return mapping.biblio(row) if row else None

    def add_biblio(self, draft: BiblioDraft, actor: Actor, now: datetime) -> Biblio:
        row = m.Biblio()
        self._fill_biblio(row, draft)
        _stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return mapping.biblio(row)

    def update_biblio(
        self, biblio_id: int, draft: BiblioDraft, actor: Actor, now: datetime
    ) -> Biblio:
        row = self._s.get_one(m.Biblio, biblio_id)
        self._fill_biblio(row, draft)
        _stamp(row, actor, now)
        self._s.flush()
        return mapping.biblio(row)

    @staticmethod
    def _fill_biblio(row: m.Biblio, draft: BiblioDraft) -> None:
        row.title, row.author, row.isbn = draft.title, draft.author, draft.isbn
        row.year, row.publisher = draft.year, draft.publisher

    def search_biblios(self, text: str, limit: int) -> Sequence[Biblio]:
        query = select(m.Biblio).limit(limit)
        if not text:
            query = query.order_by(m.Biblio.id.desc())
        else:
            pattern = _like(text)
            by_item = select(m.Item.biblio_id).where(m.Item.barcode == text)
            digits = "".join(ch for ch in text if ch.isdigit() or ch in "Xx")
            # Records store ISBN-13: an ISBN-10 typed from an older copy must still match.
            isbns = {digits, _isbn13_or_none(text) or digits}
            query = query.where(
                or_(
                    m.Biblio.title.ilike(pattern, escape="\\"),
                    m.Biblio.author.ilike(pattern, escape="\\"),
                    m.Biblio.isbn.in_(isbns),
                    m.Biblio.id.in_(by_item),
                )
            ).order_by(m.Biblio.title)
        return [mapping.biblio(row) for row in self._s.scalars(query)]

    def _item_row(self, barcode: str) -> m.Item | None:
        return self._s.scalar(select(m.Item).where(m.Item.barcode == barcode))

    def item_by_barcode(self, barcode: str) -> Item | None:
        row = self._item_row(barcode)
        return mapping.item(row) if row else None

    def items_of(self, biblio_id: int) -> Sequence[Item]:
        rows = self._s.scalars(
            select(m.Item).where(m.Item.biblio_id == biblio_id).order_by(m.Item.barcode)
        )
        return [mapping.item(row) for row in rows]

    def add_item(self, biblio_id: int, draft: ItemDraft, actor: Actor, now: datetime) -> Item:
        row = m.Item(biblio_id=biblio_id, status=ItemStatus.AVAILABLE.value)
        self._fill_item(row, draft)
        _stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return mapping.item(row)

    def update_item(self, item_id: int, draft: ItemDraft, actor: Actor, now: datetime) -> Item:
        row = self._s.get_one(m.Item, item_id)
        self._fill_item(row, draft)
        _stamp(row, actor, now)
        self._s.flush()
        return mapping.item(row)

    def _fill_item(self, row: m.Item, draft: ItemDraft) -> None:
        row.barcode, row.call_number, row.location = (
            draft.barcode,
            draft.call_number,
            draft.location,
        )
        row.item_type = self._s.scalars(
            select(m.ItemType).where(m.ItemType.code == draft.item_type_code)
        ).one()

    def set_status(
        self,
        item_id: int,
        status: ItemStatus,
        actor: Actor,
        now: datetime,
        condition_note: str | None = None,
    ) -> Item:
        row = self._s.get_one(m.Item, item_id)
        row.status = status.value
        row.condition_note = condition_note
        _stamp(row, actor, now)
        self._s.flush()
        return mapping.item(row)

    def item_type(self, code: str) -> ItemType | None:
        row = self._s.scalar(select(m.ItemType).where(m.ItemType.code == code))
        return mapping.item_type(row) if row else None

    def item_types(self) -> Sequence[ItemType]:
        return [mapping.item_type(r) for r in self._s.scalars(select(m.ItemType).order_by("id"))]

    def add_item_type(self, code: str, name: str) -> ItemType:
        row = m.ItemType(code=code, name=name)
        self._s.add(row)
        self._s.flush()
        return mapping.item_type(row)

    def item_count(self) -> int:
        return self._s.scalar(select(func.count()).select_from(m.Item)) or 0


class SqlLoanRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    _open = select(m.Loan).where(m.Loan.returned_at.is_(None))

    def open_for_item(self, item_id: int) -> Loan | None:
        row = self._s.scalar(self._open.where(m.Loan.item_id == item_id))
        return mapping.loan(row) if row else None

    def open_for_patron(self, patron_id: int) -> Sequence[Loan]:
        query = self._open.where(m.Loan.patron_id == patron_id).order_by(m.Loan.due_on, m.Loan.id)
        return [mapping.loan(row) for row in self._s.scalars(query)]

    def open_loans(self, limit: int) -> Sequence[Loan]:
        query = self._open.order_by(m.Loan.due_on, m.Loan.id).limit(limit)
        return [mapping.loan(row) for row in self._s.scalars(query)]

    def count_open(self, patron_id: int, item_type_code: str) -> int:
        query = (
            select(func.count())
            .select_from(m.Loan)
            .join(m.Item, m.Loan.item_id == m.Item.id)
            .join(m.ItemType, m.Item.item_type_id == m.ItemType.id)
            .where(
                m.Loan.returned_at.is_(None),
                m.Loan.patron_id == patron_id,
                m.ItemType.code == item_type_code,
            )
        )
        return self._s.scalar(query) or 0

    def create(self, item_id: int, patron_id: int, due: date, actor: Actor, now: datetime) -> Loan:
        row = m.Loan(
            item_id=item_id,
            patron_id=patron_id,
            checked_out_at=now,
            checked_out_by=actor.username,
            due_on=due,
            renewals=0,
        )
        self._s.add(row)
        item = self._s.get_one(m.Item, item_id)
        item.status = ItemStatus.ON_LOAN.value
        _stamp(item, actor, now)
        self._s.flush()
        return mapping.loan(row)

    def close(self, loan_id: int, actor: Actor, now: datetime) -> Loan:
        row = self._s.get_one(m.Loan, loan_id)
        row.returned_at, row.returned_by = now, actor.username
        row.item.status = ItemStatus.AVAILABLE.value
        _stamp(row.item, actor, now)
        self._s.flush()
        return mapping.loan(row)

    def renew(self, loan_id: int, due: date, actor: Actor, now: datetime) -> Loan:
        row = self._s.get_one(m.Loan, loan_id)
        row.due_on = due
        row.renewals += 1
        row.last_renewed_at, row.last_renewed_by = now, actor.username
        self._s.flush()
        return mapping.loan(row)


class SqlRuleRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def rule(self, category_code: str, item_type_code: str) -> LoanRule | None:
        row = self._s.scalar(
            select(m.LoanRule)
            .join(m.PatronCategory, m.LoanRule.category_id == m.PatronCategory.id)
            .join(m.ItemType, m.LoanRule.item_type_id == m.ItemType.id)
            .where(m.PatronCategory.code == category_code, m.ItemType.code == item_type_code)
        )
        return mapping.loan_rule(row) if row else None

    def set_rule(self, rule: LoanRule) -> LoanRule:
        cat = self._s.scalars(
            select(m.PatronCategory).where(m.PatronCategory.code == rule.category_code)
        ).one()
        itype = self._s.scalars(
            select(m.ItemType).where(m.ItemType.code == rule.item_type_code)
        ).one()
        row = self._s.scalar(
            select(m.LoanRule).where(
                m.LoanRule.category_id == cat.id, m.LoanRule.item_type_id == itype.id
            )
        ) or m.LoanRule(category=cat, item_type=itype)
        row.loan_days, row.max_renewals, row.max_items = (
            rule.loan_days,
            rule.max_renewals,
            rule.max_items,
        )
        self._s.add(row)
        self._s.flush()
        return mapping.loan_rule(row)

    def is_closed(self, day: date) -> bool:
        return self._s.get(m.ClosedDay, day) is not None

    def add_closed_day(self, day: date, reason: str) -> None:
        self._s.merge(m.ClosedDay(day=day, reason=reason))
        self._s.flush()


class SqlRepairRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def open(self, item_id: int, note: str, actor: Actor, now: datetime) -> Repair:
        row = m.Repair(item_id=item_id, note=note, reported_at=now, reported_by=actor.username)
        self._s.add(row)
        self._s.flush()
        return mapping.repair(row)

    def open_for_item(self, item_id: int) -> Repair | None:
        row = self._s.scalar(
            select(m.Repair).where(m.Repair.item_id == item_id, m.Repair.resolved_at.is_(None))
        )
        return mapping.repair(row) if row else None

    def queue(self) -> Sequence[Repair]:
        rows = self._s.scalars(
            select(m.Repair).where(m.Repair.resolved_at.is_(None)).order_by(m.Repair.reported_at)
        )
        return [mapping.repair(row) for row in rows]

    def resolve(
        self, repair_id: int, outcome: RepairOutcome, actor: Actor, now: datetime
    ) -> Repair:
        row = self._s.get_one(m.Repair, repair_id)
        row.resolved_at, row.resolved_by, row.outcome = now, actor.username, outcome.value
        self._s.flush()
        return mapping.repair(row)
