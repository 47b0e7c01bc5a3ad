"""What the audit log needs from storage (issue 8). Append-only: no update, no delete."""

from __future__ import annotations

from typing import Protocol


class AuditRepository(Protocol):
    """Filled by the audit workflow."""
