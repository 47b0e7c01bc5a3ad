"""Notices: reminders, overdue and lost-item notices, hold available; by email or
printed letter (issue 5)."""

from __future__ import annotations

from libtech_desktop.services.context import ServiceContext


class NoticeService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
