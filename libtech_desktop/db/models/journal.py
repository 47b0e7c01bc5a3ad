"""The journal of desk actions (migration 0010, issue 7).

Append-only: the program inserts rows and never changes or deletes one. ``seq`` is
this device's monotonic sequence; ``op_id`` (a UUID) names the operation everywhere;
``data`` is JSON text with what the action needs to be replayed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime

JOURNAL_KINDS = (
    "checkout",
    "checkin",
    "renew",
    "payment",
    "patron_add",
    "patron_change",
    "hold_place",
    "damage",
)


class JournalEntry(Base):
    __tablename__ = "journal"
    __table_args__ = (
        CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in JOURNAL_KINDS) + ")", name="kind"
        ),
        # This device's unmerged operations, and each device's highest sequence (0011).
        Index("ix_journal_device_seq", "device_id", "seq"),
    )
    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    #: The staff member who acted (their username).
    staff: Mapped[str] = mapped_column(String(64))
    #: The wall-clock instant of the action (UTC).
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    data: Mapped[str] = mapped_column(Text)
    #: An operation merged from another device: its ``seq`` there (0011). ``None``: made here.
    origin_seq: Mapped[int | None]
