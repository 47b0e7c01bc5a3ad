"""What is on the bookmobile (issue 7): scanning items onto the truck moves them to its
location; scanning them off puts them back where they came from (or where staff say).

Loading happens at the branch, so it is not journalled. An item on loan is refused: it
is not on the shelf to load (check it in first, which is journalled as usual).
"""

from __future__ import annotations

from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.routes import RouteRefused, TruckAction, TruckItem, TruckScan
from libtech_desktop.domain.transfers import clean_location
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item
from libtech_desktop.services.ports import UnitOfWork

LOCATION_KEY = "bookmobile.location"


def truck_location(uow: UnitOfWork) -> str:
    return SettingsReader(uow.settings.get).text(LOCATION_KEY) or "Bookmobile"


class TruckService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def location(self) -> str:
        """The location name of items on the truck (setting ``bookmobile.location``)."""
        with self._ctx.unit_of_work() as uow:
            return truck_location(uow)

    def locations(self) -> list[str]:
        """The locations items stand in (where unloaded items may go), not the truck's."""
        with self._ctx.unit_of_work() as uow:
            truck = truck_location(uow)
            return [place for place in uow.shelf.locations() if place != truck]

    def on_truck(self) -> list[TruckItem]:
        """What is loaded, in shelf order."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.routes.on_truck())

    def load(self, item_barcode: str) -> TruckScan:
        """Scan an item onto the truck: it moves to the truck's location."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            where = truck_location(uow)
            loaded, _ = uow.routes.open_load_from(item.id)
            if loaded:
                return TruckScan(
                    item.barcode,
                    item.title,
                    TruckAction.ALREADY_LOADED,
                    item.location,
                    f"{item.barcode} “{item.title}” is already on the truck.",
                )
            loan = uow.loans.open_for_item(item.id)
            if loan is not None:
                raise RouteRefused(
                    f"{item.barcode} “{item.title}” is on loan (due {loan.due.isoformat()}): "
                    "check it in before loading it."
                )
            uow.routes.load(item.id, where, actor, now)
            uow.commit()
        came = f" from {item.location}" if item.location else ""
        return TruckScan(
            item.barcode,
            item.title,
            TruckAction.LOADED,
            where,
            f"Loaded {item.barcode} “{item.title}”{came}.",
        )

    def unload(self, item_barcode: str, to_location: str | None = None) -> TruckScan:
        """Scan an item off the truck: back where it came from, or to ``to_location``."""
        destination = clean_location(to_location) if to_location else None
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            loaded, came_from = uow.routes.open_load_from(item.id)
            if not loaded:
                where = f" (it is in {item.location})" if item.location else ""
                return TruckScan(
                    item.barcode,
                    item.title,
                    TruckAction.NOT_LOADED,
                    item.location,
                    f"{item.barcode} “{item.title}” is not on the truck{where}.",
                )
            target = destination or came_from
            uow.routes.unload(item.id, target, actor, now)
            uow.commit()
        to = f" to {target}" if target else " (no location)"
        return TruckScan(
            item.barcode,
            item.title,
            TruckAction.UNLOADED,
            target,
            f"Unloaded {item.barcode} “{item.title}”{to}.",
        )
