"""Merging another device's operations (issue 7): what comes in, in what order it is
replayed, and what the merge reports. Plain data, no storage."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.money import format_money


@dataclass(frozen=True)
class IncomingOp:
    """One operation read from a journal or .koc file, as the other device recorded it."""

    op_id: str
    device_id: str
    #: Its sequence number on that device (the line number in a .koc file).
    seq: int
    staff: str
    #: The instant as the device's clock said it.
    at: datetime
    kind: JournalKind
    data: dict[str, Any]

    @property
    def effect_at(self) -> datetime:
        """When the action happened there: an after-the-fact entry carries its own date."""
        dated = self.data.get("dated")
        return datetime.fromisoformat(dated) if isinstance(dated, str) else self.at

    @property
    def item(self) -> str | None:
        value = self.data.get("item") or self.data.get("copy")
        return str(value) if value else None

    @property
    def patron(self) -> str | None:
        key = "barcode" if self.kind is JournalKind.PATRON_ADD else "patron"
        value = self.data.get(key)
        return str(value) if value else None

    @property
    def action(self) -> str:
        """The operation in words, as the exceptions list shows it."""
        if self.kind is JournalKind.PAYMENT:
            return f"payment {format_money(int(self.data.get('amount_minor') or 0))}"
        return ACTIONS[self.kind]


ACTIONS = {
    JournalKind.CHECKOUT: "check out",
    JournalKind.CHECKIN: "check in",
    JournalKind.RENEW: "renew",
    JournalKind.PAYMENT: "payment",
    JournalKind.PATRON_ADD: "register patron",
    JournalKind.PATRON_CHANGE: "change patron",
    JournalKind.HOLD_PLACE: "place hold",
    JournalKind.DAMAGE: "mark damaged",
}


@dataclass(frozen=True)
class IncomingFile:
    """A journal or .koc file, read and checked line by line."""

    source: str  # "journal" or "koc"
    device_id: str
    device_name: str | None
    #: Header fields of a journal export (``exported_at``, ``clock_check``, ``acknowledged``).
    header: dict[str, Any]
    operations: tuple[IncomingOp, ...]


def corrected(instant: datetime, offset_s: float) -> datetime:
    """A device's instant on this library's clock (the offset is device minus ours)."""
    return instant - timedelta(seconds=offset_s)


def replay_order(ops: Iterable[IncomingOp], offset_s: float) -> list[IncomingOp]:
    """Registrations first (a check-out may name the new card), then by corrected time,
    ties by the device's sequence."""
    return sorted(
        ops,
        key=lambda op: (
            op.kind is not JournalKind.PATRON_ADD,
            corrected(op.effect_at, offset_s),
            op.seq,
        ),
    )


@dataclass(frozen=True)
class OpOutcome:
    """What replaying one operation did here."""

    #: ``applied``, ``unchanged`` or ``exception``.
    outcome: str
    #: Why (an exception's reason, or what "unchanged" means), or ``None``.
    note: str | None = None


@dataclass(frozen=True)
class MergeException:
    """An operation that will not (or did not) apply as recorded."""

    op_id: str
    at: datetime
    item: str | None
    patron: str | None
    action: str
    reason: str

    def as_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "patron": self.patron,
            "action": self.action,
            "reason": self.reason,
            "at": self.at.isoformat(),
            "op_id": self.op_id,
        }


@dataclass(frozen=True)
class MergeReport:
    device_id: str
    device_name: str | None
    source: str
    operations: int
    applied: int = 0
    unchanged: int = 0
    #: Handled by an earlier import (or made here): skipped.
    already_applied: int = 0
    exceptions: tuple[MergeException, ...] = ()
    clock_offset_s: float = 0.0
    dry_run: bool = False
    #: ``False`` when cancelled before the end (an apply resumes next time).
    finished: bool = True

    @property
    def message(self) -> str:
        n = self.operations
        ops = f"{n} operation{'s' if n != 1 else ''}"
        if not n:
            return "The file holds no operations: nothing changes."
        if self.already_applied == n:
            return f"{ops}: all already merged here — nothing changes."
        will = "will apply" if self.dry_run else "applied"
        parts = [f"{self.applied} {will}", f"{self.unchanged} unchanged"]
        parts.append(f"{len(self.exceptions)} exception{'s' if len(self.exceptions) != 1 else ''}")
        if self.already_applied:
            parts.append(f"{self.already_applied} already merged")
        text = f"{ops}: " + ", ".join(parts)
        if self.clock_offset_s:
            text += f" (clock corrected by {_offset_text(self.clock_offset_s)})"
        if not self.finished:
            text += " — stopped before the end; import the file again to finish"
        return text + "."

    def as_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "device_name": self.device_name,
            "source": self.source,
            "operations": self.operations,
            "applied": self.applied,
            "unchanged": self.unchanged,
            "already_applied": self.already_applied,
            "exceptions": [e.as_json() for e in self.exceptions],
            "clock_offset_s": self.clock_offset_s,
            "dry_run": self.dry_run,
            "finished": self.finished,
            "message": self.message,
        }


def _offset_text(seconds: float) -> str:
    minutes = round(abs(seconds) / 60)
    ahead = "fast" if seconds > 0 else "slow"
    if minutes:
        return f"{minutes} min, the device was {ahead}"
    return f"{abs(seconds):.0f} s, the device was {ahead}"


@dataclass(frozen=True)
class SyncExceptionEntry:
    """An exception in the queue, for staff to retry or dismiss."""

    id: int
    op_id: str
    device_id: str
    kind: JournalKind
    at: datetime
    staff: str
    item: str | None
    patron: str | None
    action: str
    reason: str
    data: dict[str, Any]
    status: str
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    resolution: str | None = None
    #: The operation's sequence number on its device, and its time by that device's clock.
    origin_seq: int | None = None
    recorded_at: datetime | None = None
    #: The import it came with.
    import_id: int = 0

    def operation(self) -> IncomingOp:
        """The operation as it came in, to replay it again."""
        return IncomingOp(
            op_id=self.op_id,
            device_id=self.device_id,
            seq=self.origin_seq or 0,
            staff=self.staff,
            at=self.recorded_at or self.at,
            kind=self.kind,
            data=self.data,
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "op_id": self.op_id,
            "at": self.at.isoformat(),
            "action": self.action,
            "item": self.item,
            "patron": self.patron,
            "reason": self.reason,
            "status": self.status,
            "resolution": self.resolution,
        }


@dataclass(frozen=True)
class ImportSummary:
    """One imported file, as the history lists it."""

    id: int
    device_id: str
    device_name: str | None
    source: str
    file_name: str
    staff: str
    started_at: datetime
    finished_at: datetime | None
    operations: int
    applied: int
    unchanged: int
    exceptions: int
    clock_offset_s: float


@dataclass
class Tally:
    """Counts kept while a file is replayed."""

    applied: int = 0
    unchanged: int = 0
    already: int = 0
    exceptions: list[MergeException] = field(default_factory=list)

    def add(self, outcome: str) -> None:
        if outcome == "applied":
            self.applied += 1
        elif outcome == "unchanged":
            self.unchanged += 1
