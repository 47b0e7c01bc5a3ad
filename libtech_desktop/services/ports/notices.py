"""What the notices workflow needs from storage (issue 5)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime
from typing import Protocol

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.notices import (
    NoticeHold,
    NoticeKind,
    NoticeLoan,
    NoticeLogEntry,
    StoredNotice,
)


class NoticeRepository(Protocol):
    def loans_due_by(self, day: date) -> Sequence[NoticeLoan]:
        """Open loans due on or before ``day`` that are not declared lost, oldest due
        first, with the kinds of notice each already has and its fine so far."""

    def loans_to_declare_lost(self, due_by: date) -> Sequence[Loan]:
        """Open loans due on or before ``due_by`` that have no lost charge yet."""

    def lost_unbilled(self) -> Sequence[NoticeLoan]:
        """Loans with an outstanding lost charge and no 'lost' notice yet."""

    def trapped_unnotified(self) -> Sequence[NoticeHold]:
        """Holds trapped and waiting on the shelf that have no 'hold' notice yet."""

    def add_pending(
        self,
        patron_id: int,
        kind: NoticeKind,
        loan_id: int | None,
        hold_id: int | None,
        channel: str,
        subject: str,
        body: str,
        now: datetime,
    ) -> int | None:
        """Write a notice as 'pending'; its id, or ``None`` if this (kind, loan) or
        (kind, hold) already has a notice (another run got there first)."""

    def failed(self) -> Sequence[StoredNotice]:
        """Notices whose delivery failed, to retry, oldest first."""

    def pending_count(self) -> int:
        """Notices left 'pending' by a run that stopped mid-delivery (never re-sent)."""

    def mark(
        self, ids: Collection[int], status: str, now: datetime, error: str | None = None
    ) -> None:
        """Record a delivery attempt: 'sent', 'printed' or 'failed' (with ``error``)."""

    def discard_pending(self, ids: Collection[int]) -> None:
        """Delete notices still 'pending' that were never attempted (a cancelled run)."""

    def log(self, limit: int) -> Sequence[NoticeLogEntry]:
        """The newest ``limit`` notices, newest first."""
