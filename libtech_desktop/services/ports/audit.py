"""What the audit log needs from storage (issue 8). Append-only: no update, no delete."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.audit import AuditEntry, AuditFilter


class AuditRepository(Protocol):
    def add(
        self,
        at: datetime,
        staff: str,
        action: str,
        entity: str,
        key: str | None,
        before: str | None,
        after: str | None,
        note: str | None,
    ) -> int:
        """Append one entry (``before``/``after`` as JSON text); its id."""

    def entries(self, wanted: AuditFilter) -> Sequence[AuditEntry]:
        """Entries matching ``wanted``, newest first."""

    def iter_entries(self, wanted: AuditFilter) -> Iterator[AuditEntry]:
        """The same entries, read in chunks as they are used (a long export): never the
        whole log in memory or in one call. Use it up within the unit of work."""

    def count(self, wanted: AuditFilter) -> int:
        """How many entries :meth:`entries` would give (``wanted.limit`` at most)."""

    def actions(self) -> Sequence[str]:
        """Every action that has an entry, sorted."""

    def staff_names(self) -> Sequence[str]:
        """Every staff member (user name) who has an entry, sorted."""
