"""What the inventory workflow needs from storage (issue 6): Stocktakes: sessions, their scans and what was expected on the shelf."""

from __future__ import annotations

from typing import Protocol


class InventoryRepository(Protocol):
    pass
