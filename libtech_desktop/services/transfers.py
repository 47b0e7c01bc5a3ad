"""Transfers: items to move between locations on a pick list in walking order; scanning
them at the destination completes the move (issue 6). Rules: ``domain.transfers``."""

from __future__ import annotations

from libtech_desktop.domain.transfers import (
    Transfer,
    TransferRefused,
    TransferStatus,
    UnknownTransfer,
    check_movable,
    clean_location,
    walking_order,
)
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item
from libtech_desktop.services.ports import UnitOfWork


class TransferService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- queries -------------------------------------------------------------

    def pick_list(self) -> list[Transfer]:
        """Open transfers in walking order: where each item is now, then shelf order."""
        with self._ctx.unit_of_work() as uow:
            return walking_order(uow.transfers.open_transfers())

    def locations(self) -> list[str]:
        """The locations items stand in, to offer as destinations."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.shelf.locations())

    # -- desk actions --------------------------------------------------------

    def request(self, barcode: str, to_location: str) -> Transfer:
        """Ask for an item to be moved to ``to_location``: it joins the pick list."""
        destination = clean_location(to_location)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, barcode)
            check_movable(item, destination, uow.transfers.open_for_item(item.id))
            transfer = uow.transfers.add(item.id, item.location, destination, actor, now)
            uow.commit()
        return transfer

    def arrive(self, barcode: str) -> Transfer:
        """The item was scanned at its destination: the move is done, its location changes."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, barcode)
            transfer = uow.transfers.open_for_item(item.id)
            if transfer is None:
                where = f" in {item.location}" if item.location else ""
                raise TransferRefused(
                    f"{item.barcode} “{item.title}” is not being moved anywhere: it stays{where}."
                )
            done = uow.transfers.close(transfer.id, TransferStatus.DONE, actor, now)
            uow.commit()
        return done

    def cancel(self, transfer_id: int) -> Transfer:
        """Call off an open move: the item stays where it is."""
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            transfer = _require_open(uow, transfer_id)
            cancelled = uow.transfers.close(transfer.id, TransferStatus.CANCELLED, actor, now)
            uow.commit()
        return cancelled


def _require_open(uow: UnitOfWork, transfer_id: int) -> Transfer:
    transfer = uow.transfers.by_id(transfer_id)
    if transfer is None:
        raise UnknownTransfer(f"There is no transfer number {transfer_id}.")
    if transfer.status is not TransferStatus.OPEN:
        raise TransferRefused(
            f"Transfer {transfer.id} of {transfer.barcode} is already {transfer.status.value}."
        )
    return transfer
