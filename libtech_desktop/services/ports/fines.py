"""What the fines and payments workflow needs from storage (issue 5)."""

from __future__ import annotations

from typing import Protocol


class FineRepository(Protocol):
    def outstanding_total(self, patron_id: int) -> int:
        """What the patron owes in all, in minor units (0 when nothing)."""
        ...
