"""What merging other devices' journals needs from storage (issue 7)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol


class SyncRepository(Protocol):
    def acknowledgements(self) -> Mapping[str, int]:
        """For each device merged here, the highest of its sequence numbers handled."""

    def open_exception_count(self) -> int:
        """Imported operations waiting for staff."""
