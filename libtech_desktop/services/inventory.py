"""Stocktake and shelf reading: scan a shelf, see what is missing, misshelved, wrongly
on loan or of another location, and fix it (issue 6)."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class InventoryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
