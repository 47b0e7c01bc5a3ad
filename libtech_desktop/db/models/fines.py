"""Fines and fees, payments, and the credits that settle fines (migration 0008).

Every amount is an integer in minor units. A fine's outstanding amount is its amount
less the sum of its credits: payments (each a share of one ``Payment``), waivers,
corrections and reversals. Nothing is ever updated in place, so the account can be
read back as a statement.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from libtech_desktop.db.models._base import Base, UTCDateTime

FINE_KINDS = ("overdue", "lost", "processing", "damage", "manual")
CREDIT_KINDS = ("payment", "waiver", "correction", "reversal")
PAYMENT_METHODS = ("cash", "card", "other")


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


class Fine(Base):
    __tablename__ = "fines"
    __table_args__ = (
        CheckConstraint(_one_of("kind", FINE_KINDS), name="kind"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        # One overdue fine, one lost charge ... per loan: a retried check-in never charges twice.
        Index(
            "uq_fines_loan_kind",
            "loan_id",
            "kind",
            unique=True,
            sqlite_where=text("loan_id IS NOT NULL"),
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"), index=True)
    item_id: Mapped[int | None] = mapped_column(ForeignKey("items.id"), index=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loans.id"))
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int]
    description: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))


class Payment(Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint(_one_of("method", PAYMENT_METHODS), name="method"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    patron_id: Mapped[int] = mapped_column(ForeignKey("patrons.id"), index=True)
    amount_minor: Mapped[int]
    method: Mapped[str] = mapped_column(String(10))
    note: Mapped[str | None] = mapped_column(Text)
    paid_at: Mapped[datetime] = mapped_column(UTCDateTime())
    taken_by: Mapped[str] = mapped_column(String(64))


class FineCredit(Base):
    """What reduced (or, a negative correction, raised) one fine's outstanding amount."""

    __tablename__ = "fine_credits"
    __table_args__ = (
        CheckConstraint(_one_of("kind", CREDIT_KINDS), name="kind"),
        CheckConstraint("amount_minor <> 0", name="amount_not_zero"),
        CheckConstraint(
            "kind = 'correction' OR amount_minor > 0", name="only_corrections_negative"
        ),
        CheckConstraint(
            "(kind = 'payment') = (payment_id IS NOT NULL)", name="payment_has_payment"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    fine_id: Mapped[int] = mapped_column(ForeignKey("fines.id"), index=True)
    payment_id: Mapped[int | None] = mapped_column(ForeignKey("payments.id"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int]
    #: Required for waivers and corrections: why, in the staff member's words.
    reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(64))
