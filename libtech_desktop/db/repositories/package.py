"""Reading a bookmobile package's state at the branch, and writing it into the laptop's
library file (issue 7). Rows are plain JSON-able mappings keyed by barcodes and codes."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.ports.package import Row


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class SqlPackageRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- the branch ---------------------------------------------------------------

    def items(
        self, location: str | None = None, barcodes: Collection[str] | None = None
    ) -> Sequence[Row]:
        query = select(m.Item).order_by(m.Item.barcode)
        if barcodes is not None:
            query = query.where(m.Item.barcode.in_(list(barcodes)))
        else:
            query = query.where(m.Item.location == location)
        return [
            {
                "barcode": i.barcode,
                "title": i.biblio.title,
                "author": i.biblio.author,
                "isbn": i.biblio.isbn,
                "call_number": i.call_number,
                "item_type": i.item_type.code,
                "location": i.location,
                "status": i.status,
            }
            for i in self._s.scalars(query)
        ]

    def patrons(self, expired_since: date) -> Sequence[Row]:
        query = (
            select(m.Patron)
            .where(m.Patron.barcode != ANONYMISED_BARCODE)
            .where(or_(m.Patron.expires_on.is_(None), m.Patron.expires_on >= expired_since))
            .order_by(m.Patron.barcode)
        )
        return [
            {
                "id": p.id,
                "barcode": p.barcode,
                "name": p.name,
                "category": p.category.code,
                "expires_on": _iso(p.expires_on),
                "blocked_reason": p.blocked_reason,
                "blocked_until": _iso(p.blocked_until),
            }
            for p in self._s.scalars(query)
        ]

    def open_loans(self, patron_ids: Collection[int]) -> Sequence[Row]:
        query = (
            select(m.Loan)
            .where(m.Loan.returned_at.is_(None), m.Loan.patron_id.in_(list(patron_ids)))
            .order_by(m.Loan.id)
        )
        return [
            {
                "patron": loan.patron.barcode,
                "item": loan.item.barcode,
                "title": loan.item.biblio.title,
                "author": loan.item.biblio.author,
                "due": loan.due_on.isoformat(),
                "renewals": loan.renewals,
                "checked_out_at": loan.checked_out_at.isoformat(),
            }
            for loan in self._s.scalars(query)
        ]

    def categories(self) -> Sequence[Row]:
        rows = self._s.scalars(select(m.PatronCategory).order_by(m.PatronCategory.code))
        return [
            {"code": c.code, "name": c.name, "membership_days": c.membership_days} for c in rows
        ]

    def item_types(self) -> Sequence[Row]:
        rows = self._s.scalars(select(m.ItemType).order_by(m.ItemType.code))
        return [{"code": t.code, "name": t.name} for t in rows]

    def rules(self) -> Sequence[Row]:
        return [
            {
                "category": r.category.code,
                "item_type": r.item_type.code,
                "loan_days": r.loan_days,
                "max_renewals": r.max_renewals,
                "max_items": r.max_items,
                "fine_per_day_minor": r.fine_per_day_minor,
                "grace_days": r.grace_days,
                "max_fine_minor": r.max_fine_minor,
            }
            for r in self._s.scalars(select(m.LoanRule).order_by(m.LoanRule.id))
        ]

    def closed_days(self, first: date) -> Sequence[Row]:
        rows = self._s.scalars(
            select(m.ClosedDay).where(m.ClosedDay.day >= first).order_by(m.ClosedDay.day)
        )
        return [{"day": d.day.isoformat(), "reason": d.reason} for d in rows]

    def routes(self, name: str | None = None) -> Sequence[Row]:
        query = select(m.Route).order_by(m.Route.name)
        if name is not None:
            query = query.where(m.Route.name == name)
        out = []
        for route in self._s.scalars(query):
            stops = self._s.scalars(
                select(m.Stop).where(m.Stop.route_id == route.id).order_by(m.Stop.position)
            )
            out.append(
                {
                    "name": route.name,
                    "notes": route.notes,
                    "active": route.active,
                    "stops": [
                        {
                            "name": s.name,
                            "position": s.position,
                            "weekday": s.weekday,
                            "starts_at": s.starts_at,
                            "ends_at": s.ends_at,
                            "every_weeks": s.every_weeks,
                            "first_visit": s.first_visit.isoformat(),
                            "address": s.address,
                            "active": s.active,
                        }
                        for s in stops
                    ],
                }
            )
        return out

    # -- the laptop ---------------------------------------------------------------

    def put_categories(self, rows: Sequence[Row]) -> None:
        for r in rows:
            row = self._s.scalar(select(m.PatronCategory).where(m.PatronCategory.code == r["code"]))
            if row is None:
                row = m.PatronCategory(code=r["code"])
                self._s.add(row)
            row.name, row.membership_days = r["name"], r["membership_days"]
        self._s.flush()

    def put_item_types(self, rows: Sequence[Row]) -> None:
        for r in rows:
            row = self._s.scalar(select(m.ItemType).where(m.ItemType.code == r["code"]))
            if row is None:
                row = m.ItemType(code=r["code"])
                self._s.add(row)
            row.name = r["name"]
        self._s.flush()

    def put_rules(self, rows: Sequence[Row]) -> None:
        for r in rows:
            category = self._category_id(r["category"])
            item_type = self._item_type_id(r["item_type"])
            row = self._s.scalar(
                select(m.LoanRule).where(
                    m.LoanRule.category_id == category, m.LoanRule.item_type_id == item_type
                )
            )
            if row is None:
                row = m.LoanRule(
                    category_id=category,
                    item_type_id=item_type,
                    loan_days=r["loan_days"],
                    max_renewals=r["max_renewals"],
                    max_items=r["max_items"],
                )
                self._s.add(row)
            row.loan_days, row.max_renewals, row.max_items = (
                r["loan_days"],
                r["max_renewals"],
                r["max_items"],
            )
            row.fine_per_day_minor, row.grace_days = r["fine_per_day_minor"], r["grace_days"]
            row.max_fine_minor = r["max_fine_minor"]
        self._s.flush()

    def put_closed_days(self, rows: Sequence[Row], first: date) -> None:
        self._s.execute(delete(m.ClosedDay).where(m.ClosedDay.day >= first))
        for r in rows:
            self._s.add(m.ClosedDay(day=date.fromisoformat(r["day"]), reason=r["reason"]))
        self._s.flush()

    def put_routes(self, rows: Sequence[Row]) -> None:
        for r in rows:
            route = self._s.scalar(select(m.Route).where(m.Route.name == r["name"]))
            if route is None:
                route = m.Route(name=r["name"])
                self._s.add(route)
            route.notes, route.active = r["notes"], r["active"]
            self._s.flush()
            for s in r["stops"]:
                stop = self._s.scalar(select(m.Stop).where(m.Stop.name == s["name"]))
                if stop is None:
                    stop = m.Stop(name=s["name"])
                    self._s.add(stop)
                stop.route_id = route.id
                for key in ("position", "weekday", "starts_at", "ends_at", "every_weeks"):
                    setattr(stop, key, s[key])
                stop.first_visit = date.fromisoformat(s["first_visit"])
                stop.address, stop.active = s["address"], s["active"]
        self._s.flush()

    def put_items(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        for r in rows:
            item_type = self._item_type_id(r["item_type"])
            row = self._s.scalar(select(m.Item).where(m.Item.barcode == r["barcode"]))
            if row is None:
                biblio = self._biblio_id(r, actor, now)
                row = m.Item(barcode=r["barcode"], biblio_id=biblio, item_type_id=item_type)
                stamp(row, actor, now, new=True)
                self._s.add(row)
            else:
                stamp(row, actor, now)
            row.call_number, row.location, row.status = r["call_number"], r["location"], r["status"]
            row.shelf_key = shelf_key(r["call_number"]) if r["call_number"] else None
            row.item_type_id = item_type
        self._s.flush()

    def put_patrons(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        for r in rows:
            category = self._category_id(r["category"])
            row = self._s.scalar(select(m.Patron).where(m.Patron.barcode == r["barcode"]))
            if row is None:
                row = m.Patron(barcode=r["barcode"], notice_channel="print", category_id=category)
                stamp(row, actor, now, new=True)
                self._s.add(row)
            else:
                stamp(row, actor, now)
            row.name, row.category_id = r["name"], category
            row.expires_on = _day(r["expires_on"])
            if row.blocked_reason != r["blocked_reason"]:
                row.blocked_at = now if r["blocked_reason"] else None
                row.blocked_by = actor.username if r["blocked_reason"] else None
            row.blocked_reason, row.blocked_until = r["blocked_reason"], _day(r["blocked_until"])
        self._s.flush()

    def set_balance(
        self, barcode: str, owed_minor: int, description: str, actor: Actor, now: datetime
    ) -> None:
        patron_id = self._patron_id(barcode)
        self._clear_account(patron_id)
        if owed_minor > 0:
            self._s.add(
                m.Fine(
                    patron_id=patron_id,
                    kind="manual",
                    amount_minor=owed_minor,
                    description=description,
                    created_at=now,
                    created_by=actor.username,
                )
            )
        self._s.flush()

    def match_loans(
        self,
        loans: Sequence[Row],
        keep_items: Collection[str],
        keep_patrons: Collection[str],
        actor: Actor,
        now: datetime,
    ) -> tuple[int, int]:
        wanted = {r["item"]: r for r in loans}
        closed = 0
        for loan in self._s.scalars(select(m.Loan).where(m.Loan.returned_at.is_(None))):
            item, patron = loan.item.barcode, loan.patron.barcode
            if item in keep_items or patron in keep_patrons:
                continue
            there = wanted.get(item)
            if there is not None and there["patron"] == patron:
                loan.due_on, loan.renewals = date.fromisoformat(there["due"]), there["renewals"]
                continue
            loan.returned_at, loan.returned_by = now, actor.username
            closed += 1
        self._s.flush()
        made = 0
        for r in loans:
            if r["item"] in keep_items:
                continue
            item = self._s.scalar(select(m.Item).where(m.Item.barcode == r["item"]))
            patron = self._s.scalar(select(m.Patron).where(m.Patron.barcode == r["patron"]))
            if item is None or patron is None:
                continue
            current = self._s.scalar(
                select(m.Loan).where(m.Loan.item_id == item.id, m.Loan.returned_at.is_(None))
            )
            if current is not None:
                continue
            self._s.add(
                m.Loan(
                    item_id=item.id,
                    patron_id=patron.id,
                    checked_out_at=datetime.fromisoformat(r["checked_out_at"]),
                    checked_out_by=actor.username,
                    due_on=date.fromisoformat(r["due"]),
                    renewals=r["renewals"],
                )
            )
            item.status = "on_loan"
            made += 1
        self._s.flush()
        return made, closed

    def remove_patrons(self, keep: Collection[str], actor: Actor, now: datetime) -> int:
        keep = {*keep, ANONYMISED_BARCODE}
        gone = [p for p in self._s.scalars(select(m.Patron)) if p.barcode not in keep]
        if not gone:
            return 0
        anonymised = self._anonymised(actor, now)
        for patron in gone:
            self._clear_account(patron.id)
            for loan in self._s.scalars(select(m.Loan).where(m.Loan.patron_id == patron.id)):
                if loan.returned_at is None:
                    loan.returned_at, loan.returned_by = now, actor.username
                loan.patron_id = anonymised
            self._s.execute(delete(m.PatronIncident).where(m.PatronIncident.patron_id == patron.id))
            self._s.execute(delete(m.Notice).where(m.Notice.patron_id == patron.id))
            self._s.execute(delete(m.Hold).where(m.Hold.patron_id == patron.id))
            for ward in self._s.scalars(select(m.Patron).where(m.Patron.guardian_id == patron.id)):
                ward.guardian_id = None
            self._s.flush()
            self._s.delete(patron)
        self._s.flush()
        return len(gone)

    # -- helpers ------------------------------------------------------------------

    def _clear_account(self, patron_id: int) -> None:
        fines = select(m.Fine.id).where(m.Fine.patron_id == patron_id)
        payments = select(m.Payment.id).where(m.Payment.patron_id == patron_id)
        self._s.execute(
            delete(m.FineCredit).where(
                or_(m.FineCredit.fine_id.in_(fines), m.FineCredit.payment_id.in_(payments))
            )
        )
        self._s.execute(delete(m.Fine).where(m.Fine.patron_id == patron_id))
        self._s.execute(delete(m.Payment).where(m.Payment.patron_id == patron_id))

    def _anonymised(self, actor: Actor, now: datetime) -> int:
        from libtech_desktop.db.repositories.patrons import SqlPatronRepository

        return SqlPatronRepository(self._s).anonymised(actor, now).id

    def _biblio_id(self, r: Row, actor: Actor, now: datetime) -> int:
        query = select(m.Biblio.id).order_by(m.Biblio.id).limit(1)
        if r["isbn"]:
            found = self._s.scalar(query.where(m.Biblio.isbn == r["isbn"]))
        else:
            found = self._s.scalar(
                query.where(m.Biblio.title == r["title"], m.Biblio.author.is_(r["author"]))
                if r["author"] is None
                else query.where(m.Biblio.title == r["title"], m.Biblio.author == r["author"])
            )
        if found is not None:
            return found
        draft = BiblioDraft(title=r["title"], author=r["author"], isbn=r["isbn"])
        row = m.Biblio(title=r["title"], author=r["author"], isbn=r["isbn"])
        row.work_key = work_key(draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return row.id

    def _category_id(self, code: str) -> int:
        return self._s.scalars(
            select(m.PatronCategory.id).where(m.PatronCategory.code == code)
        ).one()

    def _item_type_id(self, code: str) -> int:
        return self._s.scalars(select(m.ItemType.id).where(m.ItemType.code == code)).one()

    def _patron_id(self, barcode: str) -> int:
        return self._s.scalars(select(m.Patron.id).where(m.Patron.barcode == barcode)).one()


def _day(text: Any) -> date | None:
    return date.fromisoformat(text) if text else None
