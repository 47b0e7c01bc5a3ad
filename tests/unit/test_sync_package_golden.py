"""Importing a bookmobile package writes exactly what the row-at-a-time import wrote
(issue 9): a golden comparison of every table after a first import, a second package
that changes things, and that package again (everything already there: updates only).

``_RowAtATime`` is the import as it was before it became set-based (commit 2f21f2f's
``db/repositories/package.py``, its laptop half copied unchanged): the same packages are
imported into two laptops, one through it, and the two files must hold the same rows —
ids, stamps, search index and all (only the device id differs)."""

from __future__ import annotations

import sqlite3
from collections.abc import Collection, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, or_, select

from libtech_desktop.db import models as m
from libtech_desktop.db import uow as uow_module
from libtech_desktop.db.repositories import package_mirror
from libtech_desktop.db.repositories._shared import stamp
from libtech_desktop.db.repositories.package import SqlPackageRepository
from libtech_desktop.db.repositories.package_mirror import _day
from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.journal import DEVICE_ID_KEY
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.domain.staff import Actor
from libtech_desktop.interop import package_file
from libtech_desktop.library import open_library
from libtech_desktop.services import sync_package
from libtech_desktop.services.ports.package import Row
from tests.conftest import item_code, patron_code

PASS = "correct horse battery"


class _RowAtATime(SqlPackageRepository):
    """The laptop's half of the package repository as it was (the reference)."""

    def set_balances(
        self,
        balances: Sequence[tuple[str, int]],
        description: str,
        actor: Actor,
        now: datetime,
    ) -> None:
        for barcode, owed_minor in balances:
            self.set_balance(barcode, owed_minor, description, actor, now)

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


# -- the packages ----------------------------------------------------------------------


def _item(n: int, title: str, author: str | None, isbn: str | None, **kw: Any) -> Row:
    return {
        "barcode": item_code(n),
        "title": title,
        "author": author,
        "isbn": isbn,
        "call_number": kw.get("call_number", f"823.{n} WRI"),
        "item_type": kw.get("item_type", "book"),
        "location": kw.get("location", "Bookmobile"),
        "status": kw.get("status", "available"),
    }


def _patron(n: int, name: str, owed: int = 0, **kw: Any) -> Row:
    return {
        "barcode": patron_code(n),
        "name": name,
        "category": kw.get("category", "adult"),
        "expires_on": kw.get("expires_on", "2027-01-31"),
        "blocked_reason": kw.get("blocked_reason"),
        "blocked_until": kw.get("blocked_until"),
        "owed_minor": owed,
        "blocks": [],
    }


def _loan(patron: int, item: int, due: str, renewals: int = 0) -> Row:
    return {
        "patron": patron_code(patron),
        "item": item_code(item),
        "title": "",
        "author": None,
        "due": due,
        "renewals": renewals,
        "checked_out_at": "2026-02-20T10:15:00.250000+00:00",
    }


FIRST = {
    "collection": [
        # A record made here with an ISBN is found again by it, and by its title and
        # author; the same title by another author or by no author is another record.
        _item(7, "Shared title", "Writer, A", "9780000000002"),
        _item(1, "Ada's book", "Writer, A", "9780000000001"),
        _item(2, "Ada's book, again", "Writer, A", "9780000000001", status="missing"),
        _item(3, "Shared title", "Writer, A", "", call_number=None),
        _item(4, "Shared title", "Writer, A", None),
        _item(5, "Shared title", None, None, location=None),
        _item(6, "Shared title", None, None),
        _item(8, "Shared title", "Writer, B", None, call_number="  "),
        _item(9, "Other", "Writer, A", None, status="on_loan"),
        _item(10, "Other", "Writer, A", None),
        _item(11, "Bound volume", None, "9780000000011"),
        _item(12, "Bound volume", None, "9780000000012"),
    ],
    "patrons": [
        _patron(1, "Lovelace, Ada", 500),
        _patron(2, "Babbage, Charles", blocked_reason="Lost three books"),
        _patron(3, "Hopper, Grace", 250, blocked_reason="", expires_on=None),
        _patron(4, "Turing, Alan", 100, blocked_reason="Damage", blocked_until="2026-04-01"),
        _patron(5, "Leaving, Lee", 75),
        _patron(6, "Ward, Wendy"),
        _patron(7, "Still, Sam", blocked_reason="Unpaid"),
        _patron(8, "Child, Chris", 30, category="child"),
    ],
    "loans": [
        _loan(1, 1, "2026-03-10"),
        _loan(3, 2, "2026-03-11", 1),
        _loan(4, 99, "2026-03-12"),  # an item the package does not carry
        _loan(99, 3, "2026-03-12"),  # a patron it does not carry
        _loan(5, 5, "2026-03-13"),
        _loan(2, 1, "2026-03-14"),  # the item is already lent: left as it is
        _loan(8, 9, "2026-03-15", 2),
    ],
}

SECOND = {
    "collection": [
        _item(1, "Ada's book", "Writer, A", "9780000000001", call_number="823.1 LOV"),
        _item(2, "Ada's book, again", "Writer, A", "9780000000001", status="available"),
        _item(3, "Shared title", "Writer, A", "", call_number="823.3 NEW"),
        _item(4, "Shared title", "Writer, A", None, location="Main"),
        _item(5, "Shared title", None, None),
        _item(6, "Shared title", None, None, item_type="dvd"),
        _item(7, "Shared title", "Writer, A", "9780000000002"),
        _item(8, "Shared title", "Writer, B", None),
        _item(9, "Other", "Writer, A", None, status="available"),
        _item(10, "Other", "Writer, A", None, status="on_loan"),
        # New here: found by the ISBN of a record the laptop made itself, by title and
        # author, and two new records.
        _item(20, "Laptop's own record", None, "9780000000099"),
        _item(21, "Other", "Writer, A", None),
        _item(22, "Brand new", "Writer, C", "9780000000022"),
        _item(23, "Brand new", "Writer, C", None),
    ],
    "patrons": [
        _patron(1, "Lovelace, Ada King", 800),
        _patron(2, "Babbage, Charles"),  # the block lifted
        _patron(3, "Hopper, Grace", 0, blocked_reason="Now blocked"),
        _patron(4, "Turing, Alan", 100, blocked_reason="Damage", blocked_until="2026-05-01"),
        _patron(6, "Ward, Wendy", 40),
        _patron(7, "Still, Sam", blocked_reason="Unpaid"),
        _patron(8, "Child, Chris", 0, category="adult"),
        _patron(9, "New, Nina", 60, blocked_reason="Came blocked"),
        _patron(10, "New, Ned"),
    ],
    "loans": [
        _loan(1, 1, "2026-03-24", 1),  # renewed at the branch
        _loan(8, 9, "2026-03-15", 2),  # as it was
        _loan(9, 6, "2026-03-20"),
        _loan(1, 3, "2026-03-21"),
        _loan(10, 21, "2026-03-22"),
        _loan(10, 10, "2026-03-22"),  # was lent to nobody, is on loan already
    ],
}


def _write(out: Path, template: Path, part: dict[str, Any], prepared: datetime) -> Path:
    header, payload = package_file.read(template, PASS)
    payload = payload | part
    header = replace(
        header,
        prepared_at=prepared,
        expires_at=prepared + timedelta(days=14),
        items=len(part["collection"]),
        patrons=len(part["patrons"]),
    )
    package_file.write(out, header, payload, PASS)
    return out


@pytest.fixture
def template(library, tmp_path):
    """A real package from a branch with the categories, item types and rules above."""
    out = tmp_path / "branch.lbp"
    library.packages.prepare(out, PASS, location="Bookmobile")
    return out


# -- the laptop's own changes between two packages ---------------------------------------


def _work_on_the_laptop(path: Path) -> None:
    """What the desk did on the laptop between the packages, written as it would be, but
    not journalled (so that the second package takes no account of it): a payment and
    its credit, an incident, a notice and a hold for the patron who leaves, a ward of
    theirs, a returned loan of theirs, a record of the laptop's own, and a fine of Ada's
    written last (the highest id: cleared first, its id is taken again)."""
    stamp4 = ("2026-03-02 11:00:00.000000", "desk")
    with sqlite3.connect(path) as conn:
        pid = {barcode: id_ for id_, barcode in conn.execute("SELECT id, barcode FROM patrons")}
        iid = {barcode: id_ for id_, barcode in conn.execute("SELECT id, barcode FROM items")}
        lee, wendy, ada = pid[patron_code(5)], pid[patron_code(6)], pid[patron_code(1)]
        (fine,) = conn.execute("SELECT id FROM fines WHERE patron_id = ?", (lee,)).fetchone()
        conn.execute(
            "INSERT INTO payments (patron_id, amount_minor, method, paid_at, taken_by)"
            " VALUES (?, 25, 'cash', ?, ?)",
            (lee, *stamp4),
        )
        conn.execute(
            "INSERT INTO fine_credits (fine_id, payment_id, kind, amount_minor, created_at,"
            " created_by) VALUES (?, last_insert_rowid(), 'payment', 25, ?, ?)",
            (fine, *stamp4),
        )
        conn.execute(
            "INSERT INTO patron_incidents (patron_id, occurred_on, what, recorded_at,"
            " recorded_by) VALUES (?, '2026-03-01', 'Shouted', ?, ?)",
            (lee, *stamp4),
        )
        (biblio,) = conn.execute(
            "SELECT biblio_id FROM items WHERE id = ?", (iid[item_code(4)],)
        ).fetchone()
        conn.execute(
            "INSERT INTO holds (patron_id, biblio_id, placed_at, placed_by) VALUES (?, ?, ?, ?)",
            (lee, biblio, *stamp4),
        )
        conn.execute(
            "INSERT INTO notices (patron_id, kind, channel, status, subject, body, created_at)"
            " VALUES (?, 'hold', 'print', 'pending', 'Ready', 'Your hold', ?)",
            (lee, stamp4[0]),
        )
        conn.execute("UPDATE patrons SET guardian_id = ? WHERE id = ?", (lee, wendy))
        conn.execute(
            "INSERT INTO loans (item_id, patron_id, checked_out_at, checked_out_by, due_on,"
            " renewals, returned_at, returned_by) VALUES (?, ?, ?, ?, '2026-02-01', 0, ?, ?)",
            (iid[item_code(8)], lee, *stamp4, *stamp4),
        )
        conn.execute(
            "INSERT INTO biblios (title, isbn, created_at, created_by, updated_at, updated_by)"
            " VALUES ('Laptop''s own record', '9780000000099', ?, ?, ?, ?)",
            (*stamp4, *stamp4),
        )
        conn.execute(
            "INSERT INTO fines (patron_id, kind, amount_minor, description, created_at,"
            " created_by) VALUES (?, 'manual', 10, 'Lost card', ?, ?)",
            (ada, *stamp4),
        )


# -- the comparison ------------------------------------------------------------------------


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in rowid order; the device id left out (each library
    file has its own). A full-text index is compared by its rows, after FTS5 has checked
    that its index holds exactly them: how its segments are laid out (``*_data``,
    ``*_idx``) depends on the order rows were written within the transaction, not on
    what they hold."""
    with sqlite3.connect(path) as conn:
        indexes = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%fts5%'"
            )
        ]
        assert indexes  # the catalogue's (and the patrons') search
        layout = {f"{index}_{part}" for index in indexes for part in ("data", "idx")}
        for index in indexes:
            conn.execute(f"INSERT INTO {index} ({index}) VALUES ('integrity-check')")
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if name not in layout
        ]
        out = {}
        for table in tables:
            try:
                rows = conn.execute(f'SELECT rowid, * FROM "{table}" ORDER BY rowid').fetchall()
            except sqlite3.OperationalError:  # WITHOUT ROWID
                rows = sorted(conn.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            out[table] = rows
        out["library_settings"] = [
            row for row in out["library_settings"] if DEVICE_ID_KEY not in row
        ]
        return out


def test_a_set_based_import_writes_what_a_row_at_a_time_import_wrote(
    template, clock, tmp_path, monkeypatch
):
    # Small batches and short IN lists: every step runs over several of them.
    monkeypatch.setattr(sync_package, "_CHUNK", 3)
    monkeypatch.setattr(package_mirror, "_PART", 2)
    now = clock.now()
    first = _write(tmp_path / "first.lbp", template, FIRST, now)
    second = _write(tmp_path / "second.lbp", template, SECOND, now + timedelta(hours=1))
    again = _write(tmp_path / "again.lbp", template, SECOND, now + timedelta(hours=2))
    laptops = {"set": tmp_path / "set.sqlite3", "rows": tmp_path / "rows.sqlite3"}
    reports: dict[str, list[Any]] = {"set": [], "rows": []}
    for way, path in laptops.items():
        with monkeypatch.context() as patch:
            if way == "rows":
                patch.setattr(uow_module, "SqlPackageRepository", _RowAtATime)
            with open_library(path, clock=clock) as laptop:
                reports[way].append(laptop.packages.import_package(first, PASS))
                _work_on_the_laptop(path)
                clock.advance(hours=1)
                reports[way].append(laptop.packages.import_package(second, PASS))
                clock.advance(hours=1)
                reports[way].append(laptop.packages.import_package(again, PASS))
                clock.advance(hours=-2)
                assert laptop.journal.device_id()  # both files have one, left out below

    assert reports["set"] == reports["rows"]
    # What the three imports did, so that the comparison compares something.
    done = [(r.loans_made, r.loans_closed, r.patrons_removed) for r in reports["set"]]
    assert done == [(4, 0, 0), (4, 2, 1), (0, 0, 0)]
    new, old = _dump(laptops["set"]), _dump(laptops["rows"])
    assert new.keys() == old.keys()
    for table in old:
        assert new[table] == old[table], table
    assert len(new["biblios"]) == 9 and len(new["items"]) == 16
