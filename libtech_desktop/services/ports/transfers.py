"""What moving items between locations needs from storage (issue 6)."""

from __future__ import annotations

from typing import Protocol


class TransferRepository(Protocol):
    pass
