"""The library's equipment: inventory, faults, scheduled maintenance, and the
accessories of lent equipment checked at return (issue 6)."""

from __future__ import annotations

from libtech_desktop.domain.catalogue import Item
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.ports import UnitOfWork


class EquipmentService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context


# -- called by circulation inside its unit of work -------------------------------------


def accessories_at_checkin(uow: UnitOfWork, item: Item) -> tuple[str, ...]:
    """The accessories to check when ``item`` (lent equipment) comes back; () for a book."""
    return ()
