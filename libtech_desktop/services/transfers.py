"""Transfers: items to move between locations on a pick list in walking order; scanning
them at the destination completes the move (issue 6)."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class TransferService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
