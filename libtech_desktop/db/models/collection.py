"""The collection's upkeep (migration 0009): condition history, withdrawals, the
replacement list, bindery shipments, transfers between locations and stocktakes.

Repairs themselves are the ``repairs`` table (``models/__init__``), which 0009 gives a
type, a status, who works on it, time spent and materials cost.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime

CONDITIONS = ("good", "fair", "poor", "damaged")
WITHDRAWAL_REASONS = ("damaged", "outdated", "lost", "superseded", "duplicate", "weeded")
REPLACEMENT_STATUSES = ("open", "ordered", "cancelled")
SHIPMENT_STATUSES = ("preparing", "sent", "received")
TRANSFER_STATUSES = ("open", "done", "cancelled")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class ItemCondition(Base):
    """One entry of an item's condition history: what it looked like, when, by whom."""

    __tablename__ = "item_conditions"
    __table_args__ = (CheckConstraint(_one_of("condition", CONDITIONS), name="condition"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    condition: Mapped[str] = mapped_column(String(16))
    note: Mapped[str | None] = mapped_column(Text)
    #: Where it was noted: check-in, repair, stocktake, bindery, by hand.
    source: Mapped[str] = mapped_column(String(16))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64))


class Withdrawal(Base):
    """An item taken out of the collection for good; the item row stays (statistics)."""

    __tablename__ = "withdrawals"
    __table_args__ = (CheckConstraint(_one_of("reason", WITHDRAWAL_REASONS), name="reason"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    reason: Mapped[str] = mapped_column(String(16))
    #: The weeding criteria met (CREW/MUSTIE: misleading, ugly, superseded, trivial,
    #: irrelevant, elsewhere), or any words of the technician's.
    note: Mapped[str | None] = mapped_column(Text)
    withdrawn_at: Mapped[datetime] = mapped_column(UTCDateTime())
    withdrawn_by: Mapped[str] = mapped_column(String(64))


class ReplacementRequest(Base):
    """A title to buy again (read later by acquisitions)."""

    __tablename__ = "replacement_requests"
    __table_args__ = (CheckConstraint(_one_of("status", REPLACEMENT_STATUSES), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    biblio_id: Mapped[int] = mapped_column(ForeignKey("biblios.id"), index=True)
    #: The copy it replaces, if one.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), server_default="open")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by: Mapped[str] = mapped_column(String(64))


class BinderyShipment(Base):
    """Volumes sent to the bindery together on one date, and received back."""

    __tablename__ = "bindery_shipments"
    __table_args__ = (CheckConstraint(_one_of("status", SHIPMENT_STATUSES), name="status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    status: Mapped[str] = mapped_column(String(16), server_default="preparing")
    bindery: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    sent_on: Mapped[date | None] = mapped_column(Date)
    received_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class BinderyItem(Base):
    """One volume prepared for binding, with its instructions; in a shipment once grouped."""

    __tablename__ = "bindery_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("bindery_shipments.id"), index=True)
    binding_type: Mapped[str | None] = mapped_column(String(64))
    colour: Mapped[str | None] = mapped_column(String(64))
    #: What is lettered on the spine, lines separated by newlines.
    lettering: Mapped[str | None] = mapped_column(Text)
    instructions: Mapped[str | None] = mapped_column(Text)
    cost_minor: Mapped[int | None]
    received_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class Transfer(Base):
    """An item to move to another location; scanning it there completes the move."""

    __tablename__ = "transfers"
    __table_args__ = (
        CheckConstraint(_one_of("status", TRANSFER_STATUSES), name="status"),
        # One open move per item at a time.
        Index(
            "uq_transfers_open_item", "item_id", unique=True, sqlite_where=text("status = 'open'")
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id"))
    from_location: Mapped[str | None] = mapped_column(String(100))
    to_location: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), server_default="open")
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    requested_by: Mapped[str] = mapped_column(String(64))
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    completed_by: Mapped[str | None] = mapped_column(String(64))


class InventorySession(Base):
    """A stocktake of a shelf or a call-number range: what should be there (the range)
    and what was scanned, in shelf order."""

    __tablename__ = "inventory_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    location: Mapped[str | None] = mapped_column(String(100))
    #: The call-number range as typed, and as shelf keys (``domain.callnumbers``).
    from_call_number: Mapped[str | None] = mapped_column(String(100))
    to_call_number: Mapped[str | None] = mapped_column(String(100))
    from_key: Mapped[str | None] = mapped_column(String(300))
    to_key: Mapped[str | None] = mapped_column(String(300))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    started_by: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class InventoryScan(Base):
    __tablename__ = "inventory_scans"
    __table_args__ = (UniqueConstraint("session_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("inventory_sessions.id"), index=True)
    #: The order it was scanned in: the order the items stand on the shelf.
    position: Mapped[int]
    barcode: Mapped[str] = mapped_column(String(64))
    #: ``None``: no item has this barcode.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime())
