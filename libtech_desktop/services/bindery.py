"""Binding: volumes prepared with instructions, grouped into shipments, sent and
received back with their costs; and transfers of items between locations (issue 6)."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class BinderyService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
