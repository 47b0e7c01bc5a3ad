"""Stocktake and shelf reading: what should stand on a shelf, what was scanned there (in
the order it stands), and what the difference means (issue 6).

A stocktake covers a location, a call-number range, or both. The range is inclusive at
both ends and the upper end takes in everything that *begins* with it, as a shelf
reader means it: "to FIC C" covers every C author (``FIC CER``, ``FIC COL``); "to 823.99"
covers ``823.99 SMI`` and the classes under it, ``823.991`` and ``823.9914`` (Dewey
narrows by adding digits); "to 823.9" covers all of 823.9x. Their shelf keys start with
the key of the upper end, so the bound is that key followed by a character above any a
key holds.

The report (:func:`build_report`):

* **missing** — available items of the location and range that were not scanned;
* **misshelved** — the fewest scanned items which, moved, leave the rest in call-number
  order: a longest non-decreasing run of shelf keys (:func:`longest_ordered_run`) stays put,
  every other scanned item of the range is misshelved and told where it belongs, between
  the two items of the run it falls between. Items of this location outside the range are
  misshelved too ("belongs before/after this range");
* **wrongly on loan**, **found** (recorded missing or lost), **unexpected status** (in repair,
  at the bindery, on the hold shelf, withdrawn) — scanned items whose record disagrees
  with the shelf; they still count for the order check, since they stand there;
* **other location** — scanned items recorded at another location (not order-checked);
* **unknown** — barcodes no item has.

A barcode scanned twice in one stocktake counts once: the repeat is ignored.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple, overload

from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput, LibtechError, NotFound

#: Above every character a shelf key holds (they are ASCII): ``key < upper + PAST``
#: keeps every key that begins with ``upper``.
_PAST_SEPARATOR = "\uffff"

#: Recorded as not on the shelf, yet scanned there: one action puts the record right.
FIXABLE = frozenset({ItemStatus.ON_LOAN, ItemStatus.MISSING, ItemStatus.LOST})


class StocktakeRefused(LibtechError):
    code = "stocktake_refused"


class UnknownStocktake(NotFound):
    code = "unknown_stocktake"


class StockItem(NamedTuple):
    """An item as a stocktake sees it: where it is recorded and where it files.

    Its fields are plain values (the status as its code), so that a long list of items can
    be kept as plain tuples (:class:`StockItems`).
    """

    id: int
    barcode: str
    title: str
    call_number: str | None
    location: str | None
    #: ``ItemStatus`` value ("available", "on_loan"…): :attr:`status` is the member.
    status_code: str
    #: ``domain.callnumbers.shelf_key`` of the call number; ``None``: no call number.
    shelf_key: str | None

    @property
    def status(self) -> ItemStatus:
        return ItemStatus(self.status_code)

    @property
    def shown(self) -> str:
        """How a report names it: call number and barcode (two copies share a call number)."""
        return f"{self.call_number or '(no call number)'} ({self.barcode})"


#: A :class:`StockItem`'s fields as a plain tuple.
StockRow = tuple[int, str, str, str | None, str | None, str, str | None]


class StockItems(Sequence[StockItem]):
    """Many items (a location's 40,000), kept as plain tuples, each made a
    :class:`StockItem` as it is read.

    Why: Python's garbage collector stops watching a plain tuple of strings and numbers,
    but not an object (nor a named tuple). 40,000 objects kept alive while a report is made
    set off a full collection of the whole program, which held the GIL, and so the GUI
    thread, for a tenth of a second or more; these tuples do not.
    """

    __slots__ = ("_rows",)

    def __init__(self, rows: Iterable[StockRow] = ()) -> None:
        self._rows: tuple[StockRow, ...] = tuple(rows)

    @classmethod
    def of(cls, items: Iterable[StockItem]) -> StockItems:
        return cls(_plain(item) for item in items)

    @property
    def rows(self) -> tuple[StockRow, ...]:
        """The items as plain tuples, in order (``StockItem._make`` makes one an item)."""
        return self._rows

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> StockItem: ...

    @overload
    def __getitem__(self, index: slice) -> StockItems: ...

    def __getitem__(self, index: int | slice) -> StockItem | StockItems:
        if isinstance(index, slice):
            return StockItems(self._rows[index])
        return StockItem._make(self._rows[index])

    def __iter__(self) -> Iterator[StockItem]:
        return map(StockItem._make, self._rows)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, StockItems):
            return self._rows == other._rows
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self._rows) and all(
                tuple(o) == r for o, r in zip(other, self._rows, strict=True)
            )
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._rows)

    def __repr__(self) -> str:
        return f"StockItems({len(self._rows)} items)"


def _plain(item: StockItem) -> StockRow:
    """``item`` as a plain tuple (a StockItem made from a row is one already, underneath)."""
    return (
        item.id,
        item.barcode,
        item.title,
        item.call_number,
        item.location,
        str(item.status_code),  # plain text, even if given the member
        item.shelf_key,
    )


@dataclass(frozen=True)
class Stocktake:
    """One stocktake session: its location and range, who started it, how far it got."""

    id: int
    location: str | None
    from_call_number: str | None
    to_call_number: str | None
    from_key: str | None
    to_key: str | None
    started_at: datetime
    started_by: str
    closed_at: datetime | None
    #: Barcodes scanned so far (repeats not counted).
    scanned: int = 0

    @property
    def closed(self) -> bool:
        return self.closed_at is not None

    @property
    def description(self) -> str:
        """ "Main, 800 to 899.99"; "Main"; "from FIC A to FIC M"."""
        parts = [self.location] if self.location else []
        low, high = self.from_call_number, self.to_call_number
        if low and high:
            parts.append(f"{low} to {high}")
        elif low:
            parts.append(f"from {low}")
        elif high:
            parts.append(f"up to {high}")
        return ", ".join(parts)

    def in_range(self, key: str | None) -> bool:
        return in_range(key, self.from_key, self.to_key)

    def at_location(self, item: StockItem) -> bool:
        return self.location is None or item.location == self.location


@dataclass(frozen=True)
class ShelfScan:
    """One barcode read off the shelf, at its place in the scanning order."""

    position: int
    barcode: str
    #: ``None``: no item has this barcode.
    item: StockItem | None


@dataclass(frozen=True)
class Misshelved:
    item: StockItem
    #: Where it was scanned (1 is the first item read).
    position: int
    #: Where it belongs: "between X and Y", "after X", "before Y", or outside the range.
    belongs: str


@dataclass(frozen=True)
class ScanOutcome:
    """What one scan did, for the scan field to say at once."""

    barcode: str
    #: Its place in the scanning order; ``None``: a repeat, ignored.
    position: int | None
    item: StockItem | None
    #: Empty when all is well; otherwise what is odd about it (said inline).
    problem: str = ""


@dataclass(frozen=True)
class StocktakeReport:
    stocktake: Stocktake
    #: Available items of the location and range (what should stand on the shelf).
    expected: int
    scanned: int
    #: In shelf order; plain tuples underneath (a location's worth).
    missing: StockItems
    misshelved: tuple[Misshelved, ...]
    wrongly_on_loan: tuple[StockItem, ...]
    #: Recorded missing or lost, yet on the shelf.
    found: tuple[StockItem, ...]
    unexpected_status: tuple[StockItem, ...]
    other_location: tuple[StockItem, ...]
    unknown: tuple[str, ...]

    @property
    def fixable(self) -> tuple[StockItem, ...]:
        """Recorded on loan, missing or lost but on the shelf: one action each puts right."""
        return self.wrongly_on_loan + self.found


def key_range(
    from_call_number: str | None, to_call_number: str | None
) -> tuple[str | None, str | None]:
    """The shelf keys of a range as typed; a range that ends before it starts is refused."""
    low = shelf_key(from_call_number) if from_call_number else None
    high = shelf_key(to_call_number) if to_call_number else None
    if low is not None and high is not None and low >= high + _PAST_SEPARATOR:
        raise InvalidInput(
            f"The range {from_call_number} to {to_call_number} ends before it starts: "
            "give the lower call number first."
        )
    return low, high


def upper_bound(to_key: str) -> str:
    """Every key filed under ``to_key`` (inclusive) is below this one."""
    return to_key + _PAST_SEPARATOR


def in_range(key: str | None, from_key: str | None, to_key: str | None) -> bool:
    if from_key is None and to_key is None:
        return True
    if key is None:
        return False
    if from_key is not None and key < from_key:
        return False
    return to_key is None or key < upper_bound(to_key)


def clean_barcodes(codes: Sequence[str]) -> list[str]:
    """The scans as typed, trimmed; blank ones dropped."""
    return [c.strip() for c in codes if c.strip()]


def scan_problem(stocktake: Stocktake, item: StockItem | None) -> str:
    """What to say inline about one scan at once (the full picture is the report)."""
    if item is None:
        return "No item has this barcode."
    if not stocktake.at_location(item):
        return f"Belongs to another location: {item.location or 'none recorded'}."
    if not stocktake.in_range(item.shelf_key):
        return f"{item.call_number or 'No call number'}: not in this range."
    if item.status is not ItemStatus.AVAILABLE:
        return f"Recorded as {item.status.label.lower()}."
    return ""


def longest_ordered_run(keys: Sequence[str]) -> list[int]:
    """Indexes of a longest non-decreasing subsequence of ``keys``, in order.

    Patience sorting, O(n log n): ``tails[j]`` is the index ending the best run of length
    ``j + 1`` found so far (the one with the smallest last key); ``before`` links each
    index to the one ahead of it in its run, to read the run back.
    """
    tail_keys: list[str] = []
    tails: list[int] = []
    before = [-1] * len(keys)
    for index, key in enumerate(keys):
        # bisect_right: an equal key extends a run (non-decreasing, not increasing).
        length = bisect_right(tail_keys, key)
        if length:
            before[index] = tails[length - 1]
        if length == len(tails):
            tail_keys.append(key)
            tails.append(index)
        else:
            tail_keys[length], tails[length] = key, index
    run: list[int] = []
    at = tails[-1] if tails else -1
    while at != -1:
        run.append(at)
        at = before[at]
    run.reverse()
    return run


def build_report(
    stocktake: Stocktake, expected: Sequence[StockItem], scans: Sequence[ShelfScan]
) -> StocktakeReport:
    """The report of a stocktake; ``expected``: the items of its location and range (any
    status), ``scans``: what was scanned, in shelf order."""
    scanned_ids = {s.item.id for s in scans if s.item is not None}
    # On plain tuples (see StockItems): (id, barcode, …, status code, shelf key).
    rows = expected.rows if isinstance(expected, StockItems) else StockItems.of(expected).rows
    available = ItemStatus.AVAILABLE.value
    on_shelf = [r for r in rows if r[5] == available]
    missing = sorted(
        (r for r in on_shelf if r[0] not in scanned_ids), key=lambda r: (r[6] or "", r[1])
    )
    unknown: list[str] = []
    other: list[StockItem] = []
    on_loan: list[StockItem] = []
    found: list[StockItem] = []
    odd: list[StockItem] = []
    outside: list[Misshelved] = []
    ordered: list[ShelfScan] = []
    for scan in scans:
        item = scan.item
        if item is None:
            unknown.append(scan.barcode)
            continue
        if not stocktake.at_location(item):
            other.append(item)
            continue
        if item.status is ItemStatus.ON_LOAN:
            on_loan.append(item)
        elif item.status in FIXABLE:
            found.append(item)
        elif item.status is not ItemStatus.AVAILABLE:
            odd.append(item)
        if not stocktake.in_range(item.shelf_key):
            outside.append(Misshelved(item, scan.position, _outside(stocktake, item)))
        elif item.shelf_key is not None:
            ordered.append(scan)
    return StocktakeReport(
        stocktake=stocktake,
        expected=len(on_shelf),
        scanned=len(scans),
        missing=StockItems(missing),
        misshelved=tuple(sorted(outside + _out_of_order(ordered), key=lambda m: m.position)),
        wrongly_on_loan=tuple(on_loan),
        found=tuple(found),
        unexpected_status=tuple(odd),
        other_location=tuple(other),
        unknown=tuple(unknown),
    )


def _key(scan: ShelfScan) -> str:
    assert scan.item is not None and scan.item.shelf_key is not None
    return scan.item.shelf_key


def _out_of_order(scans: Sequence[ShelfScan]) -> list[Misshelved]:
    """Every scan off the longest ordered run, with the two run items it belongs between."""
    keys = [_key(s) for s in scans]
    kept = set(longest_ordered_run(keys))
    run = [scans[i] for i in sorted(kept)]
    run_keys = [_key(s) for s in run]
    moved: list[Misshelved] = []
    for index, scan in enumerate(scans):
        if index in kept:
            continue
        assert scan.item is not None
        at = bisect_right(run_keys, keys[index])
        after = run[at - 1].item if at else None
        before = run[at].item if at < len(run) else None
        moved.append(Misshelved(scan.item, scan.position, _between(after, before)))
    return moved


def _between(after: StockItem | None, before: StockItem | None) -> str:
    if after is not None and before is not None:
        return f"between {after.shown} and {before.shown}"
    if after is not None:
        return f"after {after.shown}"
    if before is not None:
        return f"before {before.shown}"
    return "anywhere on this shelf"


def _outside(stocktake: Stocktake, item: StockItem) -> str:
    if item.shelf_key is None:
        return "has no call number: not part of this range"
    if stocktake.from_key is not None and item.shelf_key < stocktake.from_key:
        return f"before this range (it starts at {stocktake.from_call_number})"
    return f"after this range (it ends at {stocktake.to_call_number})"
