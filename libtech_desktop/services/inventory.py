"""Stocktake and shelf reading: scan a shelf, see what is missing, misshelved, wrongly
on loan or of another location, and fix it (issue 6).

The rules of the report are in ``domain.inventory``. Decisions here:

* A stocktake names a location, a call-number range, or both; an unknown location is
  refused (a typo would report the whole shelf missing).
* Scans are appended in the order given, after earlier ones; a barcode this stocktake
  already has is ignored (said per scan), as is a blank one.
* "Mark missing" marks the report's missing items (available, not scanned) MISSING and
  finishes the stocktake: no more scans. The report can still be read.
* Starting, reading the report and "Mark missing" take ``progress(done, total, what)``
  and ``should_cancel()`` (the GUI's runner passes its own). Mark missing is one
  transaction: a cancel (:class:`Cancelled`) marks nothing and leaves the stocktake open.
* An item found on the shelf while recorded on loan is checked in as returned on its due
  day (or today, if not yet due): the patron who brought it back is not fined for the desk
  not checking it in. One recorded missing or lost is checked in as found (the normal
  check-in: a lost item's charge is refunded, a waiting hold traps it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.inventory import (
    FIXABLE,
    ScanOutcome,
    ShelfScan,
    StockItem,
    Stocktake,
    StocktakeRefused,
    StocktakeReport,
    UnknownStocktake,
    build_report,
    clean_barcodes,
    key_range,
    scan_problem,
)
from libtech_desktop.services.circulation import CheckinResult, CirculationService
from libtech_desktop.services.context import ServiceContext
from libtech_desktop.services.lookups import require_item
from libtech_desktop.services.ports import UnitOfWork
from libtech_desktop.services.progress import (
    CancelFn,
    Cancelled,
    ProgressFn,
    never_cancel,
    no_progress,
)

#: Mark missing records this many items a statement (and says how far it got after each).
_MARK_BATCH = 500


@dataclass(frozen=True)
class MarkedMissing:
    stocktake: Stocktake
    #: The items now recorded missing, in shelf order.
    items: Sequence[StockItem]


class InventoryService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def start(
        self,
        location: str | None = None,
        from_call_number: str | None = None,
        to_call_number: str | None = None,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> Stocktake:
        """Start a stocktake of a location, a call-number range (both ends inclusive; "to
        823.99" takes in 823.99 SMI), or both. Cancelled: no stocktake is started."""
        tell, cancelled = progress or no_progress, should_cancel or never_cancel
        where = (location or "").strip() or None
        low = (from_call_number or "").strip() or None
        high = (to_call_number or "").strip() or None
        if where is None and low is None and high is None:
            raise StocktakeRefused(
                "Name the location, the call-number range, or both, to take stock of."
            )
        keys = key_range(low, high)
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            tell(0, 2, "Checking the location")
            if where is not None:
                _check_location(uow, where)
            tell(1, 2, "Starting the stocktake")
            stocktake = uow.inventory.start(where, (low, high), keys, actor, now)
            if cancelled():
                raise Cancelled()
            uow.commit()
        tell(2, 2, "Started")
        return stocktake

    def locations(self) -> list[str]:
        """The locations items are recorded at, to choose one to take stock of."""
        with self._ctx.unit_of_work() as uow:
            return list(uow.shelf.locations())

    def get(self, session_id: int) -> Stocktake:
        with self._ctx.unit_of_work() as uow:
            return _require(uow, session_id)

    def scan(self, session_id: int, barcodes: Sequence[str]) -> list[ScanOutcome]:
        """Add barcodes read off the shelf, in the order they stand, after earlier scans."""
        codes = clean_barcodes(barcodes)
        now = self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            stocktake = _require_open(uow, session_id)
            seen = set(uow.inventory.already_scanned(session_id, codes))
            items = uow.inventory.items_by_barcode(codes)
            outcomes: list[ScanOutcome] = []
            new: list[tuple[str, int | None]] = []
            for code in codes:
                item = items.get(code)
                if code in seen:
                    outcomes.append(ScanOutcome(code, None, item, "Already scanned: ignored."))
                    continue
                seen.add(code)
                new.append((code, item.id if item else None))
                outcomes.append(ScanOutcome(code, 0, item, scan_problem(stocktake, item)))
            position = uow.inventory.add_scans(session_id, new, now)
            uow.commit()
        numbered: list[ScanOutcome] = []
        for outcome in outcomes:
            if outcome.position is not None:
                outcome = ScanOutcome(outcome.barcode, position, outcome.item, outcome.problem)
                position += 1
            numbered.append(outcome)
        return numbered

    def scans(self, session_id: int) -> list[ShelfScan]:
        with self._ctx.unit_of_work() as uow:
            _require(uow, session_id)
            return list(uow.inventory.scans(session_id))

    def report(
        self,
        session_id: int,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> StocktakeReport:
        tell, cancelled = progress or no_progress, should_cancel or never_cancel
        with self._ctx.unit_of_work() as uow:
            return _report(uow, _require(uow, session_id), tell, cancelled)

    def mark_missing(
        self,
        session_id: int,
        *,
        progress: ProgressFn | None = None,
        should_cancel: CancelFn | None = None,
    ) -> MarkedMissing:
        """Record the report's missing items as MISSING and finish the stocktake.

        One transaction, reported item by item: a cancel (:class:`Cancelled`) marks
        nothing and leaves the stocktake open."""
        tell, cancelled = progress or no_progress, should_cancel or never_cancel
        actor, now = self._ctx.actor(), self._ctx.clock.now()
        with self._ctx.unit_of_work() as uow:
            report = _report(uow, _require_open(uow, session_id), tell, cancelled)
            ids = [row[0] for row in report.missing.rows]  # (id, …): see StockItems
            total = len(ids)
            for start in range(0, total, _MARK_BATCH):  # one UPDATE a batch, no item loaded
                batch = ids[start : start + _MARK_BATCH]
                uow.inventory.set_statuses(batch, ItemStatus.MISSING, actor, now)
                tell(start + len(batch), total, "Items marked missing")
                if cancelled():
                    raise Cancelled()
            closed = uow.inventory.close(session_id, now)
            if cancelled():
                raise Cancelled()
            uow.commit()
        return MarkedMissing(closed, report.missing)

    def put_right(self, item_barcode: str) -> CheckinResult:
        """An item found on the shelf while recorded on loan, missing or lost: check it in,
        a loan as returned on its due day (or today), so nobody is fined for it."""
        circulation = CirculationService(self._ctx)
        today = self._ctx.clock.today()
        with self._ctx.unit_of_work() as uow:
            item = require_item(uow, item_barcode)
            _check_fixable(item)
            loan = uow.loans.open_for_item(item.id)
        returned = min(loan.due, today) if loan is not None else None
        return circulation.checkin(item.barcode, on=returned)


def _report(
    uow: UnitOfWork,
    stocktake: Stocktake,
    tell: ProgressFn = no_progress,
    cancelled: CancelFn = never_cancel,
) -> StocktakeReport:
    """The report, in three steps (the scans, the items expected, the comparison)."""
    tell(0, 3, "Reading the scans")
    scans = uow.inventory.scans(stocktake.id)
    if cancelled():
        raise Cancelled()
    tell(1, 3, "Reading the items expected on the shelf")
    expected = uow.inventory.expected(stocktake)
    if cancelled():
        raise Cancelled()
    tell(2, 3, "Comparing")
    report = build_report(stocktake, expected, scans)
    tell(3, 3, "Report ready")
    return report


def _require(uow: UnitOfWork, session_id: int) -> Stocktake:
    stocktake = uow.inventory.stocktake(session_id)
    if stocktake is None:
        raise UnknownStocktake(f"There is no stocktake number {session_id}.")
    return stocktake


def _require_open(uow: UnitOfWork, session_id: int) -> Stocktake:
    stocktake = _require(uow, session_id)
    if stocktake.closed:
        raise StocktakeRefused(
            f"Stocktake {session_id} is finished (its missing items were marked); "
            "start a new one to scan again."
        )
    return stocktake


def _check_location(uow: UnitOfWork, location: str) -> None:
    known = list(uow.shelf.locations())
    if location not in known:
        choices = f"the locations are {', '.join(known)}" if known else "no item has one yet"
        raise StocktakeRefused(f"No item is at the location “{location}”: {choices}.")


def _check_fixable(item: Item) -> None:
    if item.status not in FIXABLE:
        raise StocktakeRefused(
            f"{item.barcode} “{item.title}” is {item.status.label.lower()}: "
            "there is nothing to put right."
        )
