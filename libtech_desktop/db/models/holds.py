"""Holds (reservations) on a record or on one item (migration 0008).

A hold waits in its record's queue (oldest first); a frozen hold keeps its place but
is passed over. At check-in an item that fills a waiting hold is trapped: the hold
becomes ``trapped`` with the item and a pickup date, and the item goes to the hold
shelf. It ends ``collected`` (lent to the holder), ``cancelled`` or ``expired``.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime

HOLD_STATUSES = ("waiting", "trapped", "collected", "cancelled", "expired")


class Hold(Base):
    __tablename__ = "holds"
    __table_args__ = (
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in HOLD_STATUSES) + ")", name="status"
        ),
        # The open queue of a record, in order: what check-in reads to trap an item.
        Index("ix_holds_biblio_open", "biblio_id", "id", sqlite_where=text("closed_at IS NULL")),
        # One item is trapped for at most one hold at a time.
        Index(
            "uq_holds_trapped_item",
            "trapped_item_id",
            unique=True,
            sqlite_where=text("status = 'trapped'"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"), index=True)
    biblio_id: Mapped[int] = mapped_column(ForeignKey("biblios.id"))
    #: A hold on this one copy only; ``None``: any copy of the record.
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    status: Mapped[str] = mapped_column(String(16), server_default="waiting")
    frozen: Mapped[bool] = mapped_column(server_default="0")
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime())
    placed_by: Mapped[str] = mapped_column(String(64))
    trapped_item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"))
    trapped_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    #: The last day the trapped item waits on the hold shelf.
    pickup_by: Mapped[date | None] = mapped_column(Date)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(64))
