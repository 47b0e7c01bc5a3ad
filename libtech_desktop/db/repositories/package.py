"""Reading a bookmobile package's state at the branch, and writing it into the laptop's
library file (issue 7). Rows are plain JSON-able mappings keyed by barcodes and codes.
The laptop's settings-like tables (categories, item types, rules, closed days, routes)
are written here through the ORM; its items, patrons, balances and loans set-based in
``package_mirror.py``."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.db.repositories.package_mirror import PackageMirror
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.services.ports.package import Row


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


class SqlPackageRepository(PackageMirror):
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

    def _category_id(self, code: str) -> int:
        return self._s.scalars(
            select(m.PatronCategory.id).where(m.PatronCategory.code == code)
        ).one()

    def _item_type_id(self, code: str) -> int:
        return self._s.scalars(select(m.ItemType.id).where(m.ItemType.code == code)).one()
