"""What moving items between locations needs from storage (issue 6)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from libtech_desktop.domain.staff import Actor
from libtech_desktop.domain.transfers import Transfer, TransferStatus


class TransferRepository(Protocol):
    def add(
        self,
        item_id: int,
        from_location: str | None,
        to_location: str,
        actor: Actor,
        now: datetime,
    ) -> Transfer: ...
    def by_id(self, transfer_id: int) -> Transfer | None: ...
    def open_for_item(self, item_id: int) -> Transfer | None: ...
    def open_transfers(self) -> Sequence[Transfer]: ...
    def close(
        self, transfer_id: int, status: TransferStatus, actor: Actor, now: datetime
    ) -> Transfer:
        """End an open transfer; ``done`` also moves its item to the destination."""
