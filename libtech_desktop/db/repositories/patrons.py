"""Patrons and patron categories; the anonymised patron that keeps old loan history."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.repositories._shared import like_pattern, stamp
from libtech_desktop.db.search_schema import PATRON_SEARCH_TABLE
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.patrons import (
    ANONYMISED_BARCODE,
    ANONYMISED_NAME,
    Category,
    Patron,
    PatronDraft,
)
from libtech_desktop.domain.staff import Actor

#: Barcodes per ``IN (...)``: well under SQLite's limit on bound parameters.
_IN_BATCH = 500
#: The shortest text the trigram index answers (FTS5's trigram tokenizer matches no
#: shorter phrase); a shorter one is searched by reading the table.
TRIGRAM = 3
#: From this many index hits a text is common: listing and sorting them all would cost
#: more than reading the table, and a page is likely among the first names in order.
MANY_HITS = 20_000
#: How many patrons in name order a common text's page is sought among first.
NAME_WINDOW = 5_000


class SqlPatronRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    # Built once: a card scan does not build and compile its query again.
    _by_barcode = select(m.Patron).where(m.Patron.barcode == bindparam("barcode"))

    def _row(self, barcode: str) -> m.Patron | None:
        return self._s.scalar(self._by_barcode, {"barcode": barcode})

    def _patron(self, row: m.Patron) -> Patron:
        guardian = self._s.get(m.Patron, row.guardian_id) if row.guardian_id else None
        return mapping.patron(row, guardian)

    _BY_BARCODE = f"SELECT {mapping.PATRON_COLUMNS} FROM {mapping.PATRON_FROM} WHERE p.barcode = ?"

    def by_barcode(self, barcode: str) -> Patron | None:
        # The desk's hot path (every card and item scan asks): plain SQL, no ORM row.
        row = mapping.run(self._s, self._BY_BARCODE, (barcode,)).first()
        return mapping.patron_of(row) if row else None

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
        return self._patron(row) if row else None

    _SEARCH = f"SELECT {mapping.PATRON_COLUMNS} FROM {mapping.PATRON_FROM} WHERE p.barcode != ?"
    #: Not the anonymised patron; a part of the name or email (LIKE's own wildcards
    #: escaped, ASCII letters in either case), or the card itself.
    _FILTER = (
        " p.barcode != ? AND (lower(p.name) LIKE lower(?) ESCAPE '\\'"
        " OR p.barcode = ? OR lower(p.email) LIKE lower(?) ESCAPE '\\')"
    )
    # Without the index (a text of one or two characters, or a common one): the table
    # read straight through and the matches sorted (about 150 ms for 200,000 patrons).
    # Walking the name index instead takes half a second or more when the matches are
    # few or far down the alphabet; only a blank search (every patron) walks it.
    _MATCHING = (
        f"SELECT {mapping.PATRON_COLUMNS} FROM "
        + mapping.PATRON_FROM.replace("patrons AS p ", "patrons AS p NOT INDEXED ", 1)
        + " WHERE"
        + _FILTER
    )
    # The trigram index (migration 0014) lists the patrons whose name or email holds the
    # text (3+ characters, case folded as the tokenizer folds it: never fewer than LIKE
    # finds); with the card's patron they are the candidates, checked by the same filter.
    _HITS = f"SELECT rowid FROM {PATRON_SEARCH_TABLE} WHERE {PATRON_SEARCH_TABLE} MATCH ?"
    _COUNT_HITS = f"SELECT count(*) FROM ({_HITS} LIMIT ?)"
    _INDEXED = (
        f"SELECT {mapping.PATRON_COLUMNS} FROM (SELECT rowid AS id FROM {PATRON_SEARCH_TABLE} "
        f"WHERE {PATRON_SEARCH_TABLE} MATCH ? UNION SELECT id FROM patrons WHERE barcode = ?) "
        f"AS h CROSS JOIN {mapping.PATRON_FROM} WHERE p.id = h.id AND" + _FILTER
    )
    # A common text (MANY_HITS or more): the first NAME_WINDOW patrons in name order,
    # filtered. Right whenever a whole page is found among them (the window is the start
    # of the list's own order); else the table is read.
    _WINDOWED = (
        f"SELECT {mapping.PATRON_COLUMNS} FROM (SELECT id FROM patrons "
        "ORDER BY name, id LIMIT ?) AS w "
        f"CROSS JOIN {mapping.PATRON_FROM} WHERE p.id = w.id AND" + _FILTER
    )
    #: Name order; the id keeps patrons of the same name in one order from page to page.
    _ORDER = " ORDER BY p.name, p.id LIMIT ? OFFSET ?"

    def search(self, text: str, limit: int, offset: int = 0) -> Sequence[Patron]:
        """Patrons whose name or email contains ``text`` or whose card it is, by name
        (every patron for a blank ``text``): ``limit`` of them from ``offset``."""
        if not text:
            return self._page(self._SEARCH, [ANONYMISED_BARCODE], limit, offset)
        pattern = like_pattern(text)
        filtered = [ANONYMISED_BARCODE, pattern, text, pattern]
        # FTS5 reads its query only up to a NUL character: such a text reads the table.
        if len(text) >= TRIGRAM and "\x00" not in text:
            phrase = '"' + text.replace('"', '""') + '"'  # one phrase: a substring
            found = mapping.run(self._s, self._COUNT_HITS, (phrase, MANY_HITS)).scalar_one()
            if found < MANY_HITS:
                return self._page(self._INDEXED, [phrase, text, *filtered], limit, offset)
            page = self._page(self._WINDOWED, [NAME_WINDOW, *filtered], limit, offset)
            if len(page) == limit:
                return page
        return self._page(self._MATCHING, filtered, limit, offset)

    def _page(self, sql: str, params: list[Any], limit: int, offset: int) -> list[Patron]:
        rows = mapping.run(self._s, sql + self._ORDER, (*params, limit, offset))
        return [mapping.patron_of(row) for row in rows]

    def add(self, draft: PatronDraft, actor: Actor, now: datetime) -> Patron:
        row = m.Patron(barcode=draft.barcode)
        self._fill(row, draft)
        stamp(row, actor, now, new=True)
        self._s.add(row)
        self._s.flush()
        return self._patron(row)

    def update(self, patron_id: int, draft: PatronDraft, actor: Actor, now: datetime) -> Patron:
        row = self._s.get_one(m.Patron, patron_id)
        row.barcode = draft.barcode
        self._fill(row, draft)
        stamp(row, actor, now)
        self._s.flush()
        return self._patron(row)

    def _fill(self, row: m.Patron, draft: PatronDraft) -> None:
        row.name = draft.name
        row.category = self._s.scalars(
            select(m.PatronCategory).where(m.PatronCategory.code == draft.category_code)
        ).one()
        row.email, row.phone, row.notes = draft.email, draft.phone, draft.notes
        row.address = draft.address
        row.notice_channel = draft.notice_channel or ("email" if draft.email else "print")
        guardian = self._row(draft.guardian_barcode) if draft.guardian_barcode else None
        if draft.guardian_barcode and guardian is None:
            raise InvalidInput(f"No patron has the card {draft.guardian_barcode} (guardian).")
        row.guardian_id = guardian.id if guardian else None
        if draft.expires_on is not None:
            row.expires_on = draft.expires_on

    def set_block(
        self,
        patron_id: int,
        reason: str | None,
        actor: Actor,
        now: datetime,
        until: date | None = None,
    ) -> Patron:
        row = self._s.get_one(m.Patron, patron_id)
        row.blocked_reason = reason
        row.blocked_at = now if reason else None
        row.blocked_by = actor.username if reason else None
        row.blocked_until = until if reason else None
        stamp(row, actor, now)
        self._s.flush()
        return self._patron(row)

    def set_expiry(self, patron_id: int, expires_on: date, actor: Actor, now: datetime) -> Patron:
        row = self._s.get_one(m.Patron, patron_id)
        row.expires_on = expires_on
        stamp(row, actor, now)
        self._s.flush()
        return self._patron(row)

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

    # -- privacy -------------------------------------------------------------------

    def anonymised(self, actor: Actor, now: datetime) -> Patron:
        row = self._row(ANONYMISED_BARCODE)
        if row is None:
            first = self._s.scalars(select(m.PatronCategory).order_by(m.PatronCategory.id)).first()
            if first is None:
                raise InvalidInput("The library has no patron categories yet.")
            row = m.Patron(
                barcode=ANONYMISED_BARCODE,
                name=ANONYMISED_NAME,
                category=first,
                notice_channel="print",
                notes="Holds the loan history and payments of erased or anonymised patrons.",
            )
            stamp(row, actor, now, new=True)
            self._s.add(row)
            self._s.flush()
        return self._patron(row)

    def anonymise_loans(
        self, to_patron_id: int, returned_before: datetime | None, patron_id: int | None = None
    ) -> int:
        query = update(m.Loan).where(
            m.Loan.returned_at.is_not(None), m.Loan.patron_id != to_patron_id
        )
        if returned_before is not None:
            query = query.where(m.Loan.returned_at <= returned_before)
        if patron_id is not None:
            query = query.where(m.Loan.patron_id == patron_id)
        result = self._s.execute(query.values(patron_id=to_patron_id))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def reassign_accounts(self, patron_id: int, to_patron_id: int) -> None:
        for model in (m.Fine, m.Payment):
            self._s.execute(
                update(model).where(model.patron_id == patron_id).values(patron_id=to_patron_id)
            )

    def has_trapped_holds(self, patron_id: int) -> bool:
        query = select(m.Hold.id).where(m.Hold.patron_id == patron_id, m.Hold.status == "trapped")
        return self._s.scalar(query.limit(1)) is not None

    def delete(self, patron_id: int) -> None:
        """Delete a patron with their notices and holds (the caller moved the rest)."""
        self._s.execute(delete(m.Notice).where(m.Notice.patron_id == patron_id))
        self._s.execute(delete(m.Hold).where(m.Hold.patron_id == patron_id))
        self._s.execute(
            update(m.Patron).where(m.Patron.guardian_id == patron_id).values(guardian_id=None)
        )
        self._s.execute(delete(m.Patron).where(m.Patron.id == patron_id))
        self._s.expire_all()

    def export(self, patron_id: int) -> Mapping[str, Sequence[Mapping[str, Any]]]:
        """Every row that is about the patron, table by table, as plain values."""
        tables: dict[str, Any] = {
            "loans": m.Loan,
            "fines": m.Fine,
            "payments": m.Payment,
            "holds": m.Hold,
            "notices": m.Notice,
            "incidents": m.PatronIncident,
        }
        out: dict[str, list[dict[str, Any]]] = {}
        for name, model in tables.items():
            rows = self._s.scalars(
                select(model).where(model.patron_id == patron_id).order_by(model.id)
            )
            out[name] = [_plain(row) for row in rows]
        fine_ids = [fine["id"] for fine in out["fines"]]
        credits = self._s.scalars(
            select(m.FineCredit).where(m.FineCredit.fine_id.in_(fine_ids)).order_by(m.FineCredit.id)
        )
        out["fine_credits"] = [_plain(row) for row in credits]
        for loan in out["loans"]:
            item = self._s.get(m.Item, loan["item_id"])
            if item is not None:
                loan["item_barcode"], loan["title"] = item.barcode, item.biblio.title
        return out


def _plain(row: Any) -> dict[str, Any]:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}
