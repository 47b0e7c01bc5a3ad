"""Incidents with problem patrons: a dated log, and suspensions that block borrowing."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime


class PatronIncident(Base):
    __tablename__ = "patron_incidents"
    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"), index=True)
    occurred_on: Mapped[date] = mapped_column(Date)
    #: What happened, in the staff member's words.
    what: Mapped[str] = mapped_column(Text)
    #: What was done about it.
    action: Mapped[str | None] = mapped_column(Text)
    #: Borrowing is suspended until the end of the day before this date; ``None``: none.
    suspended_until: Mapped[date | None] = mapped_column(Date)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(64))
