"""Merging another device's journal (issue 7): a dry run that predicts every exception,
then a replay in time order through the same services as the desk, each operation
applied exactly once, the exceptions queued for staff.
"""

from __future__ import annotations

from libtech_desktop.services.context import ScratchCopy, ServiceContext


class MergeService:
    def __init__(self, context: ServiceContext, scratch: ScratchCopy) -> None:
        self._ctx = context
        self._scratch = scratch
