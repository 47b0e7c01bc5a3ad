"""What merging other devices' journals needs from storage (issue 7)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.circulation import Loan
from libtech_desktop.domain.sync_merge import ImportSummary, IncomingOp, SyncExceptionEntry


@dataclass(frozen=True)
class ImportCounts:
    """The outcomes of the operations an import has handled so far."""

    applied: int = 0
    unchanged: int = 0
    exceptions: int = 0


class SyncRepository(Protocol):
    def acknowledgements(self) -> Mapping[str, int]:
        """For each device merged here, the highest of its sequence numbers handled."""

    def open_exception_count(self) -> int:
        """Imported operations waiting for staff."""

    # -- the ledger ---------------------------------------------------------------------

    def handled(self, op_ids: Collection[str]) -> Mapping[str, str]:
        """Which of these operations an import has handled here: op id -> outcome."""

    def record_op(
        self, op: IncomingOp, import_id: int, outcome: str, note: str | None, now: datetime
    ) -> None:
        """Write (or, for a retried exception, overwrite) the operation's ledger row."""

    def unfinished_import(self, sha256: str) -> int | None:
        """The id of an import of this file cut short before its end, if any."""

    def start_import(
        self,
        device_id: str,
        source: str,
        file_name: str,
        sha256: str,
        staff: str,
        now: datetime,
        operations: int,
        clock_offset_s: float,
    ) -> int:
        """A new ``sync_imports`` row, unfinished; its id."""

    def import_counts(self, import_id: int) -> ImportCounts:
        """The outcomes written under this import so far."""

    def finish_import(self, import_id: int, now: datetime) -> None:
        """Mark the import finished, with its counts."""

    def imports(self) -> Sequence[ImportSummary]:
        """Every import, newest first."""

    # -- peers ---------------------------------------------------------------------------

    def save_peer(
        self,
        device_id: str,
        name: str | None,
        last_seq: int,
        clock: tuple[float | None, float | None, float],
        now: datetime,
    ) -> None:
        """Record a device merged from: name, highest seq handled (never lowered), the
        clock bounds (lo, hi) and the offset applied."""

    # -- exceptions ----------------------------------------------------------------------

    def add_exception(self, op: IncomingOp, import_id: int, at: datetime, reason: str) -> int:
        """Queue an operation that did not apply; ``at``: its corrected instant."""

    def exceptions(self, status: str | None) -> Sequence[SyncExceptionEntry]:
        """The queue (``None``: every status), oldest first."""

    def exception(self, exception_id: int) -> SyncExceptionEntry | None: ...

    def close_exception(
        self, exception_id: int, status: str, staff: str, now: datetime, resolution: str
    ) -> SyncExceptionEntry:
        """Resolve or dismiss an exception."""

    def update_exception_reason(self, exception_id: int, reason: str) -> None: ...

    # -- what the branch knows of an item ------------------------------------------------

    def latest_loan(self, item_barcode: str) -> Loan | None:
        """The item's most recent loan here (open or returned), by when it was made."""
