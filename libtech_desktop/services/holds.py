"""Holds: place, queue, cancel, freeze; trap at check-in; expiry; the pull list (issue 5).

Check-out (``claim_for_checkout``): lending an item to a patron collects that patron's
hold it fills (trapped for them, or a waiting hold on its record or on the item). An
item on the hold shelf for someone else is refused, naming the holder's slip name and
pickup date; so is an available item lent to someone else while an unfrozen item-level
hold waits on it. A record-level hold never stops an available copy being lent: the
hold waits for the next copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.circulation import next_open_day
from libtech_desktop.domain.holds import (
    Hold,
    HoldExpiry,
    HoldRefused,
    HoldStatus,
    HoldTrap,
    PullEntry,
    UnknownHold,
    can_fill,
    first_to_fill,
    pull_list,
    slip_name,
)
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.library_settings import SettingsReader
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import Actor
from libtech_desktop.services import journal
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_biblio, require_item, require_patron
from libtech_desktop.services.patrons import borrowing_refusal
from libtech_desktop.services.ports import UnitOfWork

#: A copy in one of these states can never fill a hold placed on it.
_NEVER_BACK = frozenset({ItemStatus.WITHDRAWN, ItemStatus.LOST})


@dataclass(frozen=True)
class PatronHolds:
    """A patron and their open holds, for the Holds dialog."""

    patron: Patron
    holds: tuple[Hold, ...]


class HoldService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # -- queries -------------------------------------------------------------

    def holds(self, patron_barcode: str | None = None) -> list[Hold]:
        """Open holds (waiting and trapped), of one patron if given, oldest first."""
        with self._ctx.unit_of_work() as uow:
            patron_id = require_patron(uow, patron_barcode).id if patron_barcode else None
            return list(uow.holds.open_holds(patron_id))

    def patron_holds(self, patron_barcode: str) -> PatronHolds:
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            return PatronHolds(patron, tuple(uow.holds.open_holds(patron.id)))

    def get(self, hold_id: int) -> Hold:
        with self._ctx.unit_of_work() as uow:
            return _require_hold(uow, hold_id)

    def pull_list(self) -> list[PullEntry]:
        """Copies on the shelf to fetch for waiting holds, in shelf order."""
        with self._ctx.unit_of_work() as uow:
            waiting = uow.holds.waiting()
            shelf = uow.holds.available_copies({h.biblio_id for h in waiting})
            return pull_list(waiting, shelf)

    def slip(self, hold_id: int) -> HoldTrap:
        """The slip of a trapped hold again (a reprint)."""
        with self._ctx.unit_of_work() as uow:
            hold = _require_hold(uow, hold_id)
            if hold.status is not HoldStatus.TRAPPED:
                raise HoldRefused(f"Hold {hold_id} is not on the hold shelf; it has no slip.")
            return _trap_of(uow, hold)

    # -- desk actions --------------------------------------------------------

    def place(
        self,
        patron_barcode: str,
        *,
        biblio_id: int | None = None,
        item_barcode: str | None = None,
        any_copy: bool = False,
    ) -> Hold:
        """Put a patron in the queue for a record (any copy) or for one item; with
        ``any_copy``, ``item_barcode`` only names the record (a copy scanned at the desk)."""
        if (biblio_id is None) == (item_barcode is None):
            raise HoldRefused("Name either a record or one item to place a hold on.")
        actor, now, today = self._ctx.actor(), self._ctx.clock.now(), self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            patron = require_patron(uow, patron_barcode)
            refusal = borrowing_refusal(uow, patron, today)
            if refusal is not None:
                raise refusal.error(f"No hold can be placed. {refusal.message}")
            item = require_item(uow, item_barcode) if item_barcode is not None else None
            biblio = require_biblio(uow, item.biblio_id if item else (biblio_id or 0))
            if any_copy:
                item = None
            _check_placeable(uow, patron, biblio.id, biblio.title, item)
            hold = uow.holds.add(patron.id, biblio.id, item.id if item else None, actor, now)
            data = {
                "patron": patron.barcode,
                "biblio_id": biblio.id,
                "isbn": biblio.isbn,
                "title": biblio.title,
                "item": item.barcode if item else None,
                # The copy scanned to name the record: how another desk finds it.
                "copy": item_barcode,
            }
            journal.record(uow, actor, now, JournalKind.HOLD_PLACE, data)
            uow.commit()
        return hold

    def cancel(self, hold_id: int) -> Hold:
        """Cancel an open hold; a copy on the hold shelf for it passes to the next hold."""
        actor, now, today = self._ctx.actor(), self._ctx.clock.now(), self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            hold = _require_open(uow, hold_id)
            closed = uow.holds.close(hold.id, HoldStatus.CANCELLED, actor, now)
            if hold.trapped_item_id is not None and hold.status is HoldStatus.TRAPPED:
                _pass_on(uow, actor, now, today, hold.trapped_item_id)
            uow.commit()
        return closed

    def freeze(self, hold_id: int, frozen: bool = True) -> Hold:
        """Freeze (keep its place, passed over) or unfreeze a waiting hold."""
        with self._ctx.unit_of_work() as uow:
            hold = _require_open(uow, hold_id)
            if hold.status is not HoldStatus.WAITING:
                raise HoldRefused(
                    f"Hold {hold.id} is already on the hold shelf for {hold.patron_name}; "
                    "cancel it instead."
                )
            changed = uow.holds.set_frozen(hold.id, frozen)
            uow.commit()
        return changed

    def expire_uncollected(self) -> list[HoldExpiry]:
        """Holds left on the hold shelf past their pickup day expire; each copy goes to
        the next waiting hold (trapped again) or back on the shelf."""
        actor, now, today = self._ctx.actor(), self._ctx.clock.now(), self._ctx.clock.today()
        expired: list[HoldExpiry] = []
        with self._ctx.unit_of_work() as uow:
            for hold in uow.holds.expired_traps(today):
                assert hold.trapped_item_id is not None and hold.trapped_item_barcode
                closed = uow.holds.close(hold.id, HoldStatus.EXPIRED, actor, now)
                trap = _pass_on(uow, actor, now, today, hold.trapped_item_id)
                expired.append(HoldExpiry(closed, hold.trapped_item_barcode, trap))
            uow.commit()
        return expired


# -- called by circulation inside its unit of work -------------------------------------


def trap_at_checkin(
    uow: UnitOfWork, actor: Actor, now: datetime, today: date, item: Item
) -> HoldTrap | None:
    """Trap a just-returned ``item`` for the first hold it can fill, if any."""
    if item.status is not ItemStatus.AVAILABLE:
        return None
    hold = first_to_fill(uow.holds.queue(item.biblio_id), item)
    if hold is None:
        return None
    days = SettingsReader(uow.settings.get).integer("holds.pickup_days")
    pickup_by = next_open_day(today + timedelta(days=days), uow.rules.is_closed)
    trapped = uow.holds.trap(hold.id, item.id, now, pickup_by)
    uow.catalogue.set_status(item.id, ItemStatus.ON_HOLD_SHELF, actor, now)
    return _trap_of(uow, trapped)


def claim_for_checkout(
    uow: UnitOfWork, actor: Actor, now: datetime, patron: Patron, item: Item
) -> None:
    """Before ``item`` is lent to ``patron``: fill the patron's own hold on it, or refuse
    (:class:`~libtech_desktop.domain.errors.CirculationRefused`) when it is held for
    someone else."""
    trapped = uow.holds.trapped_for_item(item.id)
    if trapped is not None:
        if trapped.patron_id != patron.id:
            raise HoldRefused(_held_for(uow, trapped, item))
        uow.holds.close(trapped.id, HoldStatus.COLLECTED, actor, now)
        return
    queue = uow.holds.queue(item.biblio_id)
    own = [h for h in queue if h.patron_id == patron.id and can_fill(h, item)]
    if own:
        uow.holds.close(own[0].id, HoldStatus.COLLECTED, actor, now)
        return
    for hold in queue:
        if hold.item_id == item.id and not hold.frozen:
            raise HoldRefused(
                f"{item.barcode} “{item.title}” is reserved for "
                f"{_slip_name(uow, hold)} (hold {hold.id}); the holder gets it — "
                "check it in to put it on the hold shelf."
            )


# -- helpers ----------------------------------------------------------------------------


def _check_placeable(
    uow: UnitOfWork, patron: Patron, biblio_id: int, title: str, item: Item | None
) -> None:
    for hold in uow.holds.open_holds(patron.id):
        if hold.biblio_id == biblio_id:
            raise HoldRefused(
                f"{patron.name} already has hold {hold.id} on “{title}” "
                f"({hold.status_text.lower()})."
            )
    copies = uow.catalogue.items_of(biblio_id)
    if not copies:
        raise HoldRefused(f"“{title}” has no copies to hold.")
    for loan in uow.loans.open_for_patron(patron.id):
        if loan.item_barcode in {c.barcode for c in copies}:
            raise HoldRefused(
                f"{patron.name} has {loan.item_barcode} “{title}” on loan now "
                f"(due {loan.due.isoformat()}): renew it instead of holding it."
            )
    if item is not None and item.status in _NEVER_BACK:
        raise HoldRefused(
            f"{item.barcode} “{title}” is {item.status.label.lower()}: hold the record instead."
        )
    if item is None and all(c.status in _NEVER_BACK for c in copies):
        raise HoldRefused(f"Every copy of “{title}” is withdrawn or lost: none can be held.")


def _pass_on(
    uow: UnitOfWork, actor: Actor, now: datetime, today: date, item_id: int
) -> HoldTrap | None:
    """A copy freed from the hold shelf: trapped for the next hold, else back on the shelf."""
    item = uow.catalogue.set_status(item_id, ItemStatus.AVAILABLE, actor, now)
    return trap_at_checkin(uow, actor, now, today, item)


def _trap_of(uow: UnitOfWork, hold: Hold) -> HoldTrap:
    assert hold.trapped_item_barcode is not None and hold.pickup_by is not None
    return HoldTrap(
        hold_id=hold.id,
        item_barcode=hold.trapped_item_barcode,
        title=hold.title,
        patron_barcode=hold.patron_barcode,
        patron_name=hold.patron_name,
        slip_name=_slip_name(uow, hold),
        pickup_by=hold.pickup_by,
    )


def _slip_name(uow: UnitOfWork, hold: Hold) -> str:
    mode = SettingsReader(uow.settings.get).text("holds.slip_name")
    return slip_name(mode, hold.patron_name, hold.patron_barcode)


def _held_for(uow: UnitOfWork, hold: Hold, item: Item) -> str:
    until = hold.pickup_by.isoformat() if hold.pickup_by else "collected"
    return (
        f"{item.barcode} “{item.title}” is held for {_slip_name(uow, hold)} until {until}; "
        "the holder gets it."
    )


def _require_hold(uow: UnitOfWork, hold_id: int) -> Hold:
    hold = uow.holds.get(hold_id)
    if hold is None:
        raise UnknownHold(f"There is no hold number {hold_id}.")
    return hold


def _require_open(uow: UnitOfWork, hold_id: int) -> Hold:
    hold = _require_hold(uow, hold_id)
    if not hold.status.is_open:
        raise HoldRefused(f"Hold {hold_id} is already {hold.status.value}.")
    return hold
