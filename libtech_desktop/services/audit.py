"""The audit log (issue 8): who did what and when, with the values before and after.

Services call :func:`record` inside the unit of work of the change they audit, so the
entry and the change are saved together or not at all.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork


def record(
    uow: UnitOfWork,
    actor: Actor,
    now: datetime,
    action: str,
    entity: str,
    key: str | None,
    *,
    before: Mapping[str, Any] | None = None,
    after: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> None:
    """Append one entry: ``action`` dotted ("fine.waive"), ``entity`` ("fine") and its
    ``key`` (an id, a barcode); ``before``/``after`` the values that changed."""


class AuditService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
