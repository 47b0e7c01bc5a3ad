"""ORM row -> frozen domain record. The only place that knows both shapes."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy.exc import DBAPIError, NoResultFound
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import Biblio, Item, ItemStatus, ItemType
from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.patrons import Category, Patron
from libtech_desktop.domain.repairs import Repair, RepairOutcome, RepairStatus


def category(row: m.PatronCategory) -> Category:
    return Category(row.id, row.code, row.name, row.membership_days)


def patron(row: m.Patron, guardian: m.Patron | None = None) -> Patron:
    """``guardian``: the row of ``row.guardian_id``, when the caller has read it."""
    return Patron(
        id=row.id,
        barcode=row.barcode,
        name=row.name,
        category_code=row.category.code,
        category_name=row.category.name,
        email=row.email,
        phone=row.phone,
        expires_on=row.expires_on,
        blocked_reason=row.blocked_reason,
        notes=row.notes,
        blocked_until=row.blocked_until,
        address=row.address,
        notice_channel=row.notice_channel or "email",
        guardian_barcode=guardian.barcode if guardian else None,
        guardian_name=guardian.name if guardian else None,
    )


def item_type(row: m.ItemType) -> ItemType:
    return ItemType(row.id, row.code, row.name)


def biblio(row: m.Biblio) -> Biblio:
    return Biblio(row.id, row.title, row.author, row.isbn, row.year, row.publisher)


def item(row: m.Item) -> Item:
    return Item(
        id=row.id,
        biblio_id=row.biblio_id,
        barcode=row.barcode,
        title=row.biblio.title,
        author=row.biblio.author,
        call_number=row.call_number,
        item_type_code=row.item_type.code,
        location=row.location,
        status=ItemStatus(row.status),
        condition_note=row.condition_note,
        price_minor=row.price_minor,
        acquired_on=row.acquired_on,
    )


def loan(row: m.Loan) -> Loan:
    return Loan(
        id=row.id,
        item_barcode=row.item.barcode,
        title=row.item.biblio.title,
        call_number=row.item.call_number,
        patron_barcode=row.patron.barcode,
        patron_name=row.patron.name,
        checked_out=row.checked_out_at,
        due=row.due_on,
        renewals=row.renewals,
        returned=row.returned_at,
    )


def repair(row: m.Repair) -> Repair:
    return Repair(
        id=row.id,
        item_barcode=row.item.barcode,
        title=row.item.biblio.title,
        call_number=row.item.call_number,
        note=row.note,
        reported=row.reported_at,
        reported_by=row.reported_by,
        resolved=row.resolved_at,
        outcome=RepairOutcome(row.outcome) if row.outcome else None,
        repair_type=row.repair_type,
        status=RepairStatus(row.status or "queued"),
        assigned_to=row.assigned_to,
        started=row.started_at,
        minutes_spent=row.minutes_spent or 0,
        materials_minor=row.materials_minor or 0,
    )


# -- the desk's hot path: plain SQL rows (tuples) -> domain records -----------------------
#
# The check-out and check-in statements run as fixed SQL strings on the unit of work's
# own connection (``driver.run``): their columns come back as SQLite stores them, so
# the conversions the ORM's column types make are made here, the same way.

#: How SQLAlchemy's SQLite ``DateTime`` stores a value (``UTCDateTime``: naive UTC).
_STORED = "%Y-%m-%d %H:%M:%S.%f"


def utc_text(value: datetime) -> str:
    """An aware datetime as ``UTCDateTime`` stores it (naive UTC text)."""
    if value.tzinfo is None:
        raise ValueError("refusing to store a naive datetime; pass an aware one")
    return value.astimezone(UTC).strftime(_STORED)


def utc_value(text: str | None) -> datetime | None:
    """A stored ``UTCDateTime`` back as an aware (UTC) datetime."""
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=UTC)


def date_value(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


#: The columns of :func:`patron_of` (``p``: the patron, ``c``: its category, ``g``: its
#: guardian, left-joined).
PATRON_COLUMNS = (
    "p.id, p.barcode, p.name, c.code, c.name, p.email, p.phone, p.expires_on, "
    "p.blocked_reason, p.notes, p.blocked_until, p.address, p.notice_channel, "
    "g.barcode, g.name"
)
PATRON_FROM = (
    "patrons AS p JOIN patron_categories AS c ON c.id = p.category_id "
    "LEFT OUTER JOIN patrons AS g ON g.id = p.guardian_id"
)


def patron_of(row: Sequence[Any]) -> Patron:
    return Patron(
        id=row[0],
        barcode=row[1],
        name=row[2],
        category_code=row[3],
        category_name=row[4],
        email=row[5],
        phone=row[6],
        expires_on=date_value(row[7]),
        blocked_reason=row[8],
        notes=row[9],
        blocked_until=date_value(row[10]),
        address=row[11],
        notice_channel=row[12] or "email",
        guardian_barcode=row[13],
        guardian_name=row[14],
    )


#: The columns of :func:`item_of` (``i``: the item, ``b``: its record, ``t``: its type).
ITEM_COLUMNS = (
    "i.id, i.biblio_id, i.barcode, b.title, b.author, i.call_number, t.code, i.location, "
    "i.status, i.condition_note, i.price_minor, i.acquired_on"
)
ITEM_FROM = (
    "items AS i JOIN biblios AS b ON b.id = i.biblio_id "
    "JOIN item_types AS t ON t.id = i.item_type_id"
)


def item_of(row: Sequence[Any]) -> Item:
    return Item(
        id=row[0],
        biblio_id=row[1],
        barcode=row[2],
        title=row[3],
        author=row[4],
        call_number=row[5],
        item_type_code=row[6],
        location=row[7],
        status=ItemStatus(row[8]),
        condition_note=row[9],
        price_minor=row[10],
        acquired_on=date_value(row[11]),
    )


#: The columns of :func:`loan_of` (``l``: the loan, ``i``/``b``/``p``: its item, record
#: and patron).
LOAN_COLUMNS = (
    "l.id, i.barcode, b.title, i.call_number, p.barcode, p.name, l.checked_out_at, "
    "l.due_on, l.renewals, l.returned_at"
)
LOAN_FROM = (
    "loans AS l JOIN items AS i ON i.id = l.item_id JOIN biblios AS b ON b.id = i.biblio_id "
    "JOIN patrons AS p ON p.id = l.patron_id"
)


def loan_of(row: Sequence[Any]) -> Loan:
    return Loan(
        id=row[0],
        item_barcode=row[1],
        title=row[2],
        call_number=row[3],
        patron_barcode=row[4],
        patron_name=row[5],
        checked_out=utc_value(row[6]),  # type: ignore[arg-type]
        due=date_value(row[7]),  # type: ignore[arg-type]
        renewals=row[8],
        returned=utc_value(row[9]),
    )


class Rows:
    """What :func:`run` gives back: the rows of one statement, read at once."""

    __slots__ = ("_rows",)

    def __init__(self, rows: list[Any]) -> None:
        self._rows = rows

    def __iter__(self) -> Iterator[Any]:
        return iter(self._rows)

    def first(self) -> Any:
        return self._rows[0] if self._rows else None

    def one(self) -> Any:
        if len(self._rows) != 1:
            raise NoResultFound(f"expected one row, found {len(self._rows)}")
        return self._rows[0]

    def scalar(self) -> Any:
        return self._rows[0][0] if self._rows else None

    def scalar_one(self) -> Any:
        return self.one()[0]


def run(session: Session, sql: str, params: Sequence[Any] = ()) -> Rows:
    """Run a fixed SQL string with bound parameters on ``session``'s own DBAPI connection,
    in its transaction: nothing built, compiled or wrapped per call (the desk's hot path).

    The session's pending ORM changes are flushed first, so the statement sees them; a
    caller that writes this way expires any ORM copy of the rows it changed
    (:func:`forget`). Like a statement SQLAlchemy runs, it is announced to the engine's
    ``before_cursor_execute`` listeners (statement counters), and a driver error comes
    out as SQLAlchemy's ``DBAPIError`` (the unit of work turns a lock, a read-only file or
    a full disk into a clear error)."""
    session.flush()
    conn = session.connection()
    args = tuple(params)
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        if conn._has_events or conn.engine._has_events:
            conn.dispatch.before_cursor_execute(conn, cursor, sql, args, None, False)
        cursor.execute(sql, args)
        return Rows(cursor.fetchall())
    except conn.dialect.loaded_dbapi.Error as exc:
        raise DBAPIError.instance(
            sql, args, exc, conn.dialect.loaded_dbapi.Error, dialect=conn.dialect
        ) from exc
    finally:
        cursor.close()


def forget(session: Session, model: type[m.Base], row_id: Any) -> None:
    """A row changed with plain SQL: its ORM copy in ``session``, if any, is read again
    when next used."""
    held = session.identity_map.get(identity_key(model, row_id))
    if held is not None:
        session.expire(held)
