"""The bookmobile and offline sync (migration 0011, issue 7).

- ``routes`` and ``stops``: where the bookmobile goes and when (a stop's visits are
  ``first_visit`` and every ``every_weeks`` weeks after, on that weekday).
- ``truck_loads``: an item scanned onto the truck, where it came from, and when it came off.
- ``sync_peers``: each other device this library has merged operations from, the highest
  of its sequence numbers handled here, and its clock's measured offset.
- ``sync_imports``: each journal (or .koc) file imported; ``finished_at`` is ``None``
  while an import is being applied (a power cut leaves it so; the next import resumes).
- ``sync_ops``: every imported operation handled here, once: applied, unchanged (it had
  nothing left to do) or an exception. It makes imports idempotent.
- ``sync_exceptions``: the operations that did not apply as recorded, with the reason,
  for staff to resolve one by one.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime

OP_OUTCOMES = ("applied", "unchanged", "exception")
EXCEPTION_STATUSES = ("open", "resolved", "dismissed")
IMPORT_SOURCES = ("journal", "koc")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class Route(Base):
    __tablename__ = "routes"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(server_default="1")


class Stop(Base):
    """A named stop on a route; stop names are unique in the library (they travel)."""

    __tablename__ = "stops"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("every_weeks >= 1", name="every_weeks_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    route_id: Mapped[int] = mapped_column(ForeignKey("routes.id"), index=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    #: Order of the stop within its route's day.
    position: Mapped[int] = mapped_column(server_default="0")
    #: Monday is 0 (Python's ``date.weekday()``).
    weekday: Mapped[int]
    #: Local wall-clock times "HH:MM" of the visit.
    starts_at: Mapped[str] = mapped_column(String(5))
    ends_at: Mapped[str] = mapped_column(String(5))
    every_weeks: Mapped[int] = mapped_column(server_default="1")
    #: The first visit (on ``weekday``); later visits every ``every_weeks`` weeks.
    first_visit: Mapped[date] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(server_default="1")


class TruckLoad(Base):
    """An item scanned onto the bookmobile, and off again. One open load per item."""

    __tablename__ = "truck_loads"
    __table_args__ = (
        Index(
            "uq_truck_loads_open_item",
            "item_id",
            unique=True,
            sqlite_where=text("unloaded_at IS NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    #: Where the item was before it was loaded (where unloading puts it back by default).
    from_location: Mapped[str | None] = mapped_column(String(100))
    loaded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    loaded_by: Mapped[str] = mapped_column(String(64))
    unloaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    unloaded_by: Mapped[str | None] = mapped_column(String(64))
    to_location: Mapped[str | None] = mapped_column(String(100))


class SyncPeer(Base):
    __tablename__ = "sync_peers"
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    #: What the device calls itself ("Bookmobile laptop"), from its files.
    name: Mapped[str | None] = mapped_column(String(100))
    #: The highest of the device's own sequence numbers handled here.
    last_seq: Mapped[int] = mapped_column(server_default="0")
    #: What the syncs showed of its clock, in seconds (device clock minus ours): it is
    #: at least ``clock_lo_s`` and at most ``clock_hi_s``; ``clock_offset_s`` is applied.
    clock_lo_s: Mapped[float | None]
    clock_hi_s: Mapped[float | None]
    clock_offset_s: Mapped[float] = mapped_column(server_default="0")
    last_import_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SyncImport(Base):
    __tablename__ = "sync_imports"
    __table_args__ = (CheckConstraint(_one_of("source", IMPORT_SOURCES), name="source"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), index=True)
    source: Mapped[str] = mapped_column(String(10))
    file_name: Mapped[str] = mapped_column(String(300))
    #: SHA-256 of the file's bytes: the same file imported again is recognised.
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    staff: Mapped[str] = mapped_column(String(64))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    #: ``None`` while applying: an import cut short is resumed by the next one.
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    operations: Mapped[int] = mapped_column(server_default="0")
    applied: Mapped[int] = mapped_column(server_default="0")
    unchanged: Mapped[int] = mapped_column(server_default="0")
    exceptions: Mapped[int] = mapped_column(server_default="0")
    #: The clock correction applied to this file's times, in seconds.
    clock_offset_s: Mapped[float] = mapped_column(server_default="0")


class SyncOp(Base):
    """An imported operation handled here: the ledger that makes imports idempotent."""

    __tablename__ = "sync_ops"
    __table_args__ = (CheckConstraint(_one_of("outcome", OP_OUTCOMES), name="outcome"),)
    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    origin_seq: Mapped[int | None]
    import_id: Mapped[int] = mapped_column(ForeignKey("sync_imports.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    handled_at: Mapped[datetime] = mapped_column(UTCDateTime())


class SyncException(Base):
    """An imported operation that did not apply as recorded, until staff resolve it."""

    __tablename__ = "sync_exceptions"
    __table_args__ = (CheckConstraint(_one_of("status", EXCEPTION_STATUSES), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("sync_imports.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    #: When the operation happened (corrected to this library's clock).
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    staff: Mapped[str] = mapped_column(String(64))
    item: Mapped[str | None] = mapped_column(String(64))
    patron: Mapped[str | None] = mapped_column(String(64))
    #: The operation in words: "check out", "check in", "renew", "payment 3.25", …
    action: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text)
    #: The operation's data, as it was recorded (JSON).
    data: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(10), server_default="open", index=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(64))
    resolution: Mapped[str | None] = mapped_column(Text)
