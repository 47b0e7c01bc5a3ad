"""Notices to patrons: one row per notice due, kept as the log of what went out (0008).

A notice is written once per (kind, loan) or (kind, hold): the unique indexes make a
second run, or two desks running at once, unable to send the same notice twice. A
failed delivery stays ``failed`` with its error and is retried by the next run.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime

NOTICE_KINDS = ("reminder", "overdue1", "overdue2", "overdue3", "lost", "hold")
NOTICE_STATUSES = ("pending", "sent", "printed", "failed")


class Notice(Base):
    __tablename__ = "notices"
    __table_args__ = (
        CheckConstraint("kind IN (" + ", ".join(f"'{k}'" for k in NOTICE_KINDS) + ")", name="kind"),
        CheckConstraint(
            "status IN (" + ", ".join(f"'{s}'" for s in NOTICE_STATUSES) + ")", name="status"
        ),
        CheckConstraint("channel IN ('email', 'print')", name="channel"),
        Index(
            "uq_notices_kind_loan",
            "kind",
            "loan_id",
            unique=True,
            sqlite_where=text("loan_id IS NOT NULL"),
        ),
        Index(
            "uq_notices_kind_hold",
            "kind",
            "hold_id",
            unique=True,
            sqlite_where=text("hold_id IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    hold_id: Mapped[int | None] = mapped_column(ForeignKey("holds.id"))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10))
    attempts: Mapped[int] = mapped_column(server_default="0")
    last_error: Mapped[str | None] = mapped_column(Text)
    subject: Mapped[str] = mapped_column(Text)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
