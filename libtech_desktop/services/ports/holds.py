"""What the holds workflow needs from storage (issue 5)."""

from __future__ import annotations

from typing import Protocol


class HoldRepository(Protocol):
    pass
