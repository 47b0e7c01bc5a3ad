"""Holds: place, queue, cancel, freeze; trap at check-in; the pull list (issue 5)."""

from __future__ import annotations

from datetime import date, datetime

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.domain.holds import HoldTrap
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork


class HoldService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context


# -- called by circulation inside its unit of work -------------------------------------


def trap_at_checkin(
    uow: UnitOfWork, actor: Actor, now: datetime, today: date, item: Item
) -> HoldTrap | None:
    """Trap a just-returned ``item`` for the first hold it can fill, if any."""
    return None


def claim_for_checkout(
    uow: UnitOfWork, actor: Actor, now: datetime, patron: Patron, item: Item
) -> None:
    """Before ``item`` is lent to ``patron``: fill the patron's own hold on it, or refuse
    (:class:`~libtech_desktop.domain.errors.CirculationRefused`) when it is held for
    someone else."""
