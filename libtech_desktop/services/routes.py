"""The bookmobile's routes and stops (issue 7): where the truck is today, and the due
date of a loan made at a stop (the stop's next visit on or after the rule's due date).

:func:`stop_for_action` and :func:`due_at_stop` are the hooks circulation calls inside
its unit of work.
"""

from __future__ import annotations

import json
from datetime import date

from libtech_desktop.domain.routes import Stop, next_visit
from libtech_desktop.services import journal
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork

#: JSON {"stop_id": N, "day": "YYYY-MM-DD"}: the stop the bookmobile is at, that day only.
CURRENT_STOP_KEY = "bookmobile.current_stop"


def stop_for_action(uow: UnitOfWork, today: date) -> Stop | None:
    """The stop a desk action happens at: the replayed operation's stop during a merge,
    else the stop this desk is at today (set by the technician), else ``None``."""
    origin = journal.current_origin()
    if origin is not None:
        return uow.routes.stop_by_name(origin.stop) if origin.stop else None
    text = uow.settings.get(CURRENT_STOP_KEY)
    if not text:
        return None
    try:
        current = json.loads(text)
        if date.fromisoformat(current["day"]) != today:
            return None
        return uow.routes.stop_by_id(int(current["stop_id"]))
    except (ValueError, KeyError, TypeError):
        return None


def due_at_stop(uow: UnitOfWork, stop: Stop, due: date) -> date:
    """A loan made at ``stop`` is due on its first visit on or after ``due``."""
    return next_visit(stop, due, uow.rules.is_closed)


class RouteService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context
