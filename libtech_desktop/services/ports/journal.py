"""What the journal needs from storage (issue 7). Append-only: no update, no delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from libtech_desktop.domain.journal import JournalEntry, JournalKind


class JournalRepository(Protocol):
    def append(
        self,
        op_id: str,
        device_id: str,
        staff: str,
        at: datetime,
        kind: JournalKind,
        data: Mapping[str, Any],
    ) -> JournalEntry:
        """Add an entry at the end of the journal (the next ``seq``)."""

    def entries(self, since: datetime | None = None) -> Sequence[JournalEntry]:
        """Entries made at or after ``since`` (``None``: all), in ``seq`` order."""

    def pending(self, since: datetime | None = None) -> tuple[int, datetime | None]:
        """How many entries were made at or after ``since``, and the oldest one's time."""
