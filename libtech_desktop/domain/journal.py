"""The journal: every desk action, kept so that it can travel and be replayed (issue 7).

An entry is written in the same transaction as the action it records; the journal is
append-only. ``seq`` orders this device's entries; ``op_id`` names one operation on
every device, so that a merge can apply it exactly once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any


class JournalKind(StrEnum):
    CHECKOUT = "checkout"
    CHECKIN = "checkin"
    RENEW = "renew"
    PAYMENT = "payment"
    PATRON_ADD = "patron_add"
    PATRON_CHANGE = "patron_change"
    HOLD_PLACE = "hold_place"
    DAMAGE = "damage"


#: The library setting that holds this library file's device id (made once).
DEVICE_ID_KEY = "sync.device_id"


@dataclass(frozen=True)
class JournalEntry:
    seq: int
    op_id: str
    device_id: str
    staff: str
    at: datetime
    kind: JournalKind
    #: What the action needs to be replayed: barcodes, amounts (minor units), dates.
    data: dict[str, Any]


@dataclass(frozen=True)
class SyncState:
    """Operations made here and not yet merged elsewhere."""

    pending: int
    oldest: datetime | None
    #: Operations merged here that did not apply as recorded, waiting for staff.
    exceptions: int = 0

    def message(self, now: datetime) -> str:
        waiting = ""
        if self.exceptions:
            noun = "exception" if self.exceptions == 1 else "exceptions"
            waiting = f"; {self.exceptions} sync {noun} to resolve"
        if not self.pending or self.oldest is None:
            return f"Sync: up to date{waiting}"
        noun = "operation" if self.pending == 1 else "operations"
        return (
            f"Sync: {self.pending} {noun} not yet merged, "
            f"oldest {age(now - self.oldest)} ago{waiting}"
        )


def age(delta: Any) -> str:
    """A short, rounded-down age: '40 s', '5 min', '3 h', '2 days'."""
    seconds = max(int(delta.total_seconds()), 0)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min"
    if seconds < 86400:
        return f"{seconds // 3600} h"
    days = seconds // 86400
    return f"{days} day{'s' if days != 1 else ''}"
