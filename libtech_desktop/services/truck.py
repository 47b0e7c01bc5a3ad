"""What is on the bookmobile (issue 7): scanning items onto the truck moves them to its
location; scanning them off puts them back where they came from (or where staff say)."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class TruckService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
