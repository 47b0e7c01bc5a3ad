"""Writing a bookmobile package into the laptop's library file (issue 7), set-based
(issue 9: a package of 20,000 patrons took a minute a row at a time through the ORM).

A batch of rows reads what exists once (barcode -> id and the columns it may change,
records by ISBN or by title and author, codes), then writes with one ``executemany`` per
statement and deletes by ``IN`` over parts of :data:`_PART` ids, on the session's
connection and transaction. What it writes is what the ORM wrote a row at a time — the
same columns, stamps and ids (new ids are the largest + 1, as SQLite gives them; see
``set_balances``), and an UPDATE names only the columns that change, so the search
index's triggers run for the same rows (tests/unit/test_sync_package_golden.py compares
every table with the old way's). ``SqlPackageRepository`` (``package.py``) is this plus
the branch's reads."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import NoResultFound
from sqlalchemy.orm import Session

from libtech_desktop.db import models as m
from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.domain.duplicates import work_key
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.ports.package import Row


class PackageMirror:
    """The laptop's writes of a package's items, patrons, balances and loans."""

    _s: Session

    def put_items(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        for run in _runs(rows, "barcode"):
            self._put_items(run, actor, now)

    def _put_items(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        items = _table(m.Item)
        types = self._codes(m.ItemType)
        have = self._current(items, [r["barcode"] for r in rows], _ITEM_COLUMNS)
        biblios = self._biblios([r for r in rows if r["barcode"] not in have], actor, now)
        made: list[dict[str, Any]] = []
        changed: list[tuple[int, dict[str, Any]]] = []
        for r in rows:
            values = {
                "call_number": r["call_number"],
                "location": r["location"],
                "status": r["status"],
                "shelf_key": shelf_key(r["call_number"]) if r["call_number"] else None,
                "item_type_id": _one(types, r["item_type"]),
                "updated_at": now,
                "updated_by": actor.username,
            }
            found = have.get(r["barcode"])
            if found is None:
                made.append(
                    values
                    | {
                        "barcode": r["barcode"],
                        "biblio_id": biblios[_biblio_key(r)],
                        "created_at": now,
                        "created_by": actor.username,
                    }
                )
            else:
                changed.append((found["id"], values))
        if made:
            self._s.connection().execute(insert(items), made)
        self._update(items, have, changed)

    def put_patrons(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        for run in _runs(rows, "barcode"):
            self._put_patrons(run, actor, now)

    def _put_patrons(self, rows: Sequence[Row], actor: Actor, now: datetime) -> None:
        patrons = _table(m.Patron)
        categories = self._codes(m.PatronCategory)
        have = self._current(patrons, [r["barcode"] for r in rows], _PATRON_COLUMNS)
        made: list[dict[str, Any]] = []
        changed: list[tuple[int, dict[str, Any]]] = []
        for r in rows:
            reason = r["blocked_reason"]
            values = {
                "name": r["name"],
                "category_id": _one(categories, r["category"]),
                "expires_on": _day(r["expires_on"]),
                "blocked_reason": reason,
                "blocked_until": _day(r["blocked_until"]),
                "updated_at": now,
                "updated_by": actor.username,
            }
            found = have.get(r["barcode"])
            # The block's stamp changes with its reason (a new row has none before).
            if reason != (found["blocked_reason"] if found is not None else None):
                values["blocked_at"] = now if reason else None
                values["blocked_by"] = actor.username if reason else None
            if found is None:
                made.append(
                    values
                    | {
                        "barcode": r["barcode"],
                        "notice_channel": "print",
                        "created_at": now,
                        "created_by": actor.username,
                    }
                )
            else:
                changed.append((found["id"], values))
        db = self._s.connection()
        # Inserted in the package's order: the ids one at a time would have given them.
        for run in _same_keys(made):
            db.execute(insert(patrons), run)
        self._update(patrons, have, changed)

    def set_balances(
        self,
        balances: Sequence[tuple[str, int]],
        description: str,
        actor: Actor,
        now: datetime,
    ) -> None:
        for run in _runs(balances, 0):
            self._set_balances(run, description, actor, now)

    def _set_balances(
        self,
        balances: Sequence[tuple[str, int]],
        description: str,
        actor: Actor,
        now: datetime,
    ) -> None:
        fines = _table(m.Fine)
        have = self._ids(m.Patron, [barcode for barcode, _owed in balances])
        ids = [_one(have, barcode) for barcode, _owed in balances]
        owed = [n for n, (_barcode, amount) in enumerate(balances) if amount > 0]
        first = 1
        if owed:
            # The ids one patron at a time gave them (SQLite: the largest id + 1, after
            # the accounts before were cleared): the first after those left, then in turn.
            cleared = ids[: owed[0] + 1]
            last = self._s.connection().scalar(
                select(fines.c.id)
                .where(fines.c.patron_id.not_in(cleared))
                .order_by(fines.c.id.desc())
                .limit(1)
            )
            first = (last or 0) + 1
        self._clear_accounts(ids)
        if owed:
            self._s.connection().execute(
                insert(fines),
                [
                    {
                        "id": first + k,
                        "patron_id": ids[n],
                        "kind": "manual",
                        "amount_minor": balances[n][1],
                        "description": description,
                        "created_at": now,
                        "created_by": actor.username,
                    }
                    for k, n in enumerate(owed)
                ],
            )

    def match_loans(
        self,
        loans: Sequence[Row],
        keep_items: Collection[str],
        keep_patrons: Collection[str],
        actor: Actor,
        now: datetime,
    ) -> tuple[int, int]:
        table = _table(m.Loan)
        items, patrons = _table(m.Item), _table(m.Patron)
        db = self._s.connection()
        wanted = {r["item"]: r for r in loans}
        query = (
            select(table.c.id, table.c.item_id, items.c.barcode, patrons.c.barcode)
            .join(items, items.c.id == table.c.item_id)
            .join(patrons, patrons.c.id == table.c.patron_id)
            .where(table.c.returned_at.is_(None))
            .order_by(table.c.id)
        )
        lent: set[int] = set()  # items with an open loan once the loans here are matched
        matched: list[dict[str, Any]] = []
        ended: list[int] = []
        for loan_id, item_id, item, patron in db.execute(query).all():
            if item in keep_items or patron in keep_patrons:
                lent.add(item_id)
                continue
            there = wanted.get(item)
            if there is not None and there["patron"] == patron:
                matched.append(
                    {
                        "b_id": loan_id,
                        "due_on": date.fromisoformat(there["due"]),
                        "renewals": there["renewals"],
                    }
                )
                lent.add(item_id)
                continue
            ended.append(loan_id)
        if matched:
            db.execute(update(table).where(table.c.id == bindparam("b_id")), matched)
        for part in _parts(ended):
            db.execute(
                update(table)
                .where(table.c.id.in_(part))
                .values(returned_at=now, returned_by=actor.username)
            )
        new = [r for r in loans if r["item"] not in keep_items]
        item_ids = self._ids(m.Item, list({r["item"] for r in new}))
        patron_ids = self._ids(m.Patron, list({r["patron"] for r in new}))
        made: list[dict[str, Any]] = []
        for r in new:
            item_id, patron_id = item_ids.get(r["item"]), patron_ids.get(r["patron"])
            if item_id is None or patron_id is None or item_id in lent:
                continue
            lent.add(item_id)
            made.append(
                {
                    "item_id": item_id,
                    "patron_id": patron_id,
                    "checked_out_at": datetime.fromisoformat(r["checked_out_at"]),
                    "checked_out_by": actor.username,
                    "due_on": date.fromisoformat(r["due"]),
                    "renewals": r["renewals"],
                }
            )
        if made:
            db.execute(insert(table), made)
        for part in _parts([row["item_id"] for row in made]):
            db.execute(
                update(items)
                .where(items.c.id.in_(part), items.c.status != "on_loan")
                .values(status="on_loan")
            )
        return len(made), len(ended)

    def remove_patrons(self, keep: Collection[str], actor: Actor, now: datetime) -> int:
        keep = {*keep, ANONYMISED_BARCODE}
        patrons, loans = _table(m.Patron), _table(m.Loan)
        everyone = self._s.connection().execute(select(patrons.c.id, patrons.c.barcode)).all()
        gone = [id_ for id_, barcode in everyone if barcode not in keep]
        if not gone:
            return 0
        anonymised = self._anonymised(actor, now)
        db = self._s.connection()
        for part in _parts(gone):
            self._clear_accounts(part)
            db.execute(
                update(loans)
                .where(loans.c.patron_id.in_(part), loans.c.returned_at.is_(None))
                .values(returned_at=now, returned_by=actor.username)
            )
            db.execute(
                update(loans).where(loans.c.patron_id.in_(part)).values(patron_id=anonymised)
            )
            for model in (m.PatronIncident, m.Notice, m.Hold):
                table = _table(model)
                db.execute(delete(table).where(table.c.patron_id.in_(part)))
            db.execute(
                update(patrons).where(patrons.c.guardian_id.in_(part)).values(guardian_id=None)
            )
        for part in _parts(gone):
            db.execute(delete(patrons).where(patrons.c.id.in_(part)))
        return len(gone)

    # -- helpers ------------------------------------------------------------------

    def _clear_accounts(self, patron_ids: Sequence[int]) -> None:
        """Every fine, payment and credit of these patrons deleted."""
        fines, payments = _table(m.Fine), _table(m.Payment)
        credits = _table(m.FineCredit)
        db = self._s.connection()
        for part in _parts(patron_ids):
            own_fines = select(fines.c.id).where(fines.c.patron_id.in_(part))
            own_payments = select(payments.c.id).where(payments.c.patron_id.in_(part))
            db.execute(delete(credits).where(credits.c.fine_id.in_(own_fines)))
            db.execute(delete(credits).where(credits.c.payment_id.in_(own_payments)))
            db.execute(delete(fines).where(fines.c.patron_id.in_(part)))
            db.execute(delete(payments).where(payments.c.patron_id.in_(part)))

    def _current(
        self, table: Table, barcodes: Sequence[str], columns: Sequence[str]
    ) -> dict[str, dict[str, Any]]:
        """Barcode -> the id and ``columns`` of the rows with these barcodes."""
        out: dict[str, dict[str, Any]] = {}
        db = self._s.connection()
        wanted = [table.c.id, table.c.barcode, *(table.c[name] for name in columns)]
        for part in _parts(barcodes):
            for row in db.execute(select(*wanted).where(table.c.barcode.in_(part))):
                out[row.barcode] = row._asdict()
        return out

    def _update(
        self,
        table: Table,
        have: dict[str, dict[str, Any]],
        changes: Sequence[tuple[int, dict[str, Any]]],
    ) -> None:
        """Write each row's ``changes`` that differ from what it has, as the ORM would
        (an UPDATE names only the columns that change: a search index's trigger then
        runs only for a row whose indexed column did); one ``executemany`` per set of
        columns."""
        current = {row["id"]: row for row in have.values()}
        batches: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for id_, values in changes:
            now = current[id_]
            differ = {k: v for k, v in values.items() if now[k] != v}
            if differ:
                batches.setdefault(tuple(differ), []).append(differ | {"b_id": id_})
        db = self._s.connection()
        for batch in batches.values():
            db.execute(update(table).where(table.c.id == bindparam("b_id")), batch)

    def _ids(self, model: type[m.Item] | type[m.Patron], barcodes: Sequence[str]) -> dict[str, int]:
        """Barcode -> id of the rows with these barcodes."""
        table = _table(model)
        out: dict[str, int] = {}
        db = self._s.connection()
        for part in _parts(barcodes):
            query = select(table.c.barcode, table.c.id).where(table.c.barcode.in_(part))
            out.update((row[0], row[1]) for row in db.execute(query))
        return out

    def _codes(self, model: type[m.PatronCategory] | type[m.ItemType]) -> dict[str, int]:
        table = _table(model)
        rows = self._s.connection().execute(select(table.c.code, table.c.id))
        return {row[0]: row[1] for row in rows}

    def _biblios(self, rows: Sequence[Row], actor: Actor, now: datetime) -> dict[Any, int]:
        """The record of each new item (see :func:`_biblio_key`): the first found by ISBN,
        else by title and author, else one made (in the rows' order)."""
        table = _table(m.Biblio)
        db = self._s.connection()
        by_isbn: dict[str, int] = {}
        by_title: dict[tuple[str, str | None], int] = {}
        for part in _parts(sorted({r["isbn"] for r in rows if r["isbn"]})):
            query = (
                select(table.c.isbn, func.min(table.c.id))
                .where(table.c.isbn.in_(part))
                .group_by(table.c.isbn)
            )
            by_isbn.update((row[0], row[1]) for row in db.execute(query))
        titles = sorted({r["title"] for r in rows if not r["isbn"]})
        for part in _parts(titles):
            query = (
                select(table.c.title, table.c.author, func.min(table.c.id))
                .where(table.c.title.in_(part))
                .group_by(table.c.title, table.c.author)
            )
            for row in db.execute(query):
                by_title[(row[0], row[1])] = row[2]
        out: dict[Any, int] = {}
        made: list[dict[str, Any]] = []
        next_id = 0
        for r in rows:
            key = _biblio_key(r)
            if key in out:
                continue
            found = by_isbn.get(r["isbn"]) if r["isbn"] else by_title.get((r["title"], r["author"]))
            if found is None:
                if not next_id:  # SQLite's next id: the largest + 1
                    next_id = (db.scalar(select(func.max(table.c.id))) or 0) + 1
                found, next_id = next_id, next_id + 1
                draft = BiblioDraft(title=r["title"], author=r["author"], isbn=r["isbn"])
                made.append(
                    {
                        "id": found,
                        "title": r["title"],
                        "author": r["author"],
                        "isbn": r["isbn"],
                        "work_key": work_key(draft),
                        "created_at": now,
                        "created_by": actor.username,
                        "updated_at": now,
                        "updated_by": actor.username,
                    }
                )
                if r["isbn"]:
                    by_isbn[r["isbn"]] = found
                by_title.setdefault((r["title"], r["author"]), found)
            out[key] = found
        if made:
            db.execute(insert(table), made)
        return out

    def _anonymised(self, actor: Actor, now: datetime) -> int:
        from libtech_desktop.db.repositories.patrons import SqlPatronRepository

        return SqlPatronRepository(self._s).anonymised(actor, now).id


def _table(model: type[m.Base]) -> Table:
    return cast(Table, model.__table__)


def _day(text: Any) -> date | None:
    return date.fromisoformat(text) if text else None


#: What an import may change in an item, or in a patron (read before, to write only what
#: changes).
_ITEM_COLUMNS = (
    "call_number",
    "location",
    "status",
    "shelf_key",
    "item_type_id",
    "updated_at",
    "updated_by",
)
_PATRON_COLUMNS = (
    "name",
    "category_id",
    "expires_on",
    "blocked_reason",
    "blocked_until",
    "blocked_at",
    "blocked_by",
    "updated_at",
    "updated_by",
)

#: Ids or barcodes named in one ``IN (…)``.
_PART = 500


def _parts(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _PART):
        yield values[start : start + _PART]


def _runs(rows: Sequence[Any], key: Any) -> Iterator[Sequence[Any]]:
    """``rows`` in runs without two rows of one ``row[key]`` (a barcode met again is
    written after the one before it, as a row at a time would)."""
    start, seen = 0, set[Any]()
    for n, row in enumerate(rows):
        if row[key] in seen:
            yield rows[start:n]
            start, seen = n, set()
        seen.add(row[key])
    if start < len(rows):
        yield rows[start:]


def _same_keys(rows: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    """``rows`` in runs of rows with the same keys (one ``executemany`` each)."""
    start = 0
    for n in range(1, len(rows) + 1):
        if n == len(rows) or rows[n].keys() != rows[start].keys():
            yield rows[start:n]
            start = n


def _biblio_key(r: Row) -> Any:
    """What finds a new item's record: its ISBN, else its title and author."""
    return ("isbn", r["isbn"]) if r["isbn"] else ("title", r["title"], r["author"])


def _one(ids: dict[str, int], key: str) -> int:
    """``ids[key]``, or :class:`NoResultFound` as ``.one()`` would (an unknown code)."""
    try:
        return ids[key]
    except KeyError:
        raise NoResultFound(f"nothing is known by {key!r}") from None
