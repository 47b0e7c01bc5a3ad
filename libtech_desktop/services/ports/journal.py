"""What the journal needs from storage (issue 7). Append-only: no update, no delete."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from collections.abc import Set as AbstractSet
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
        origin_seq: int | None = None,
    ) -> JournalEntry:
        """Add an entry at the end of the journal (the next ``seq``). ``origin_seq``: an
        operation replayed from another device, its sequence number there."""

    def entries(self, since: datetime | None = None) -> Sequence[JournalEntry]:
        """Entries made at or after ``since`` (``None``: all), in ``seq`` order."""

    def pending(self, since: datetime | None = None) -> tuple[int, datetime | None]:
        """How many entries were made at or after ``since``, and the oldest one's time."""

    def own(
        self, device_id: str, after_seq: int = 0, since: datetime | None = None
    ) -> Sequence[JournalEntry]:
        """Operations made on this device (not replayed from another) after its sequence
        number ``after_seq``, and at or after ``since``; in ``seq`` order."""

    def own_pending(self, device_id: str, after_seq: int = 0) -> tuple[int, datetime | None]:
        """How many of :meth:`own` there are (with ``since`` ``None``), and the oldest's time."""

    def known(self, op_ids: Collection[str]) -> AbstractSet[str]:
        """Which of these operations are in the journal (made or replayed here)."""
