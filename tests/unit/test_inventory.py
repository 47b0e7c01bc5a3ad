"""Stocktake and shelf reading: the report's rules (domain) and the service on a real file."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from itertools import combinations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.domain.catalogue import Item, ItemDraft, ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.domain.errors import InvalidInput, NotFound
from libtech_desktop.domain.inventory import (
    ShelfScan,
    StockItem,
    StockItems,
    Stocktake,
    StocktakeRefused,
    build_report,
    in_range,
    key_range,
    longest_ordered_run,
)
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.domain.staff import DESK_ACCOUNT
from libtech_desktop.library import Library
from libtech_desktop.services.progress import Cancelled

from ..conftest import NOON, Admin, item_code

# -- the longest ordered run --------------------------------------------------------


def _brute_force_length(keys: list[str]) -> int:
    for size in range(len(keys), 0, -1):
        for chosen in combinations(range(len(keys)), size):
            picked = [keys[i] for i in chosen]
            if picked == sorted(picked):
                return size
    return 0


@given(st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=9))
def test_the_run_kept_in_place_is_a_longest_ordered_one(keys: list[str]) -> None:
    run = longest_ordered_run(keys)

    assert run == sorted(set(run))  # indexes, in shelf order, each once
    assert [keys[i] for i in run] == sorted(keys[i] for i in run)
    assert len(run) == _brute_force_length(keys)


def test_equal_call_numbers_stay_in_the_run() -> None:
    assert longest_ordered_run(["b", "a", "a", "c", "a"]) == [1, 2, 4]
    assert longest_ordered_run([]) == []


# -- the range ----------------------------------------------------------------------


def test_the_range_takes_in_what_begins_with_its_upper_end() -> None:
    low, high = key_range("823", "823.99")

    def covered(call_number: str, low: str | None = low, high: str | None = high) -> bool:
        return in_range(shelf_key(call_number), low, high)

    assert covered("823") and covered("823.5 ADA") and covered("823.99")
    assert covered("823.99 SMI") and covered("823.99 SMI v.2")
    assert covered("823.991 ADA")  # a narrower class of 823.99
    assert not covered("824 ADA")
    assert not covered("822.9 ZZZ")
    # "FIC A to FIC C" is every author from A through the Cs, as a shelf reader means it.
    fiction = key_range("FIC A", "FIC C")
    assert covered("FIC ACH", *fiction) and covered("FIC CER", *fiction)
    assert covered("FIC CZZ", *fiction) and not covered("FIC DIC", *fiction)
    assert not in_range(None, low, high)
    assert in_range(None, None, None)


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(InvalidInput, match="ends before it starts"):
        key_range("900", "800")


# -- the report ---------------------------------------------------------------------


def _stock(n: int, call_number: str, status: ItemStatus = ItemStatus.AVAILABLE) -> StockItem:
    return StockItem(n, f"B{n}", f"Book {n}", call_number, "Main", status, shelf_key(call_number))


def _stocktake(**kw: str) -> Stocktake:
    return Stocktake(
        1,
        kw.get("location", "Main"),
        kw.get("low"),
        kw.get("high"),
        shelf_key(kw["low"]) if "low" in kw else None,
        shelf_key(kw["high"]) if "high" in kw else None,
        NOON,
        "desk",
        None,
    )


def test_the_report_says_where_a_misshelved_item_belongs() -> None:
    a, b, c, d = (_stock(n, f"823.{n} X") for n in (1, 2, 3, 4))
    scans = [ShelfScan(p, i.barcode, i) for p, i in enumerate((a, c, b, d), start=1)]

    report = build_report(_stocktake(), [a, b, c, d], scans)

    assert report.missing == ()
    # Either C or B can move; one of them does, and the note names its neighbours.
    assert len(report.misshelved) == 1
    moved = report.misshelved[0]
    if moved.item == b:
        assert moved.belongs == "between 823.1 X (B1) and 823.3 X (B3)"
    else:
        assert moved.belongs == "between 823.2 X (B2) and 823.4 X (B4)"


def test_the_report_sorts_out_each_kind_of_odd_scan() -> None:
    a = _stock(1, "823.1 A")
    b = _stock(2, "823.2 B")
    gone = _stock(3, "823.3 C")
    lent = _stock(4, "823.4 D", ItemStatus.ON_LOAN)
    lost = _stock(5, "823.5 E", ItemStatus.LOST)
    elsewhere = StockItem(6, "B6", "Book 6", "823.6 F", "Annex", ItemStatus.AVAILABLE, "x")
    first = _stock(7, "100 AAA")  # this location, before the range
    scans = [
        ShelfScan(p, code, item)
        for p, (code, item) in enumerate(
            [
                ("B1", a),
                ("B7", first),
                ("B2", b),
                ("B4", lent),
                ("NOPE", None),
                ("B5", lost),
                ("B6", elsewhere),
            ],
            start=1,
        )
    ]

    report = build_report(_stocktake(low="800", high="899"), [a, b, gone, lent, lost], scans)

    assert [i.barcode for i in report.missing] == ["B3"]
    assert report.expected == 3 and report.scanned == 7
    assert [(m.item.barcode, m.belongs) for m in report.misshelved] == [
        ("B7", "before this range (it starts at 800)")
    ]
    assert [i.barcode for i in report.wrongly_on_loan] == ["B4"]
    assert [i.barcode for i in report.found] == ["B5"]
    assert [i.barcode for i in report.fixable] == ["B4", "B5"]
    assert [i.barcode for i in report.other_location] == ["B6"]
    assert report.unknown == ("NOPE",)


# -- the service --------------------------------------------------------------------

MakeItem = Callable[..., Item]


def _add(library: Library, n: int, call_number: str, location: str = "Main") -> str:
    biblio = library.catalogue.add_biblio(title=f"Book {n}", author="Author, Some")
    item = library.catalogue.add_item(biblio.id, item_code(n), call_number, location=location)
    return item.barcode


@pytest.fixture
def shelf(library: Library) -> list[str]:
    """Five books at Main, in shelf order, then one out of the range at Main."""
    numbers = ("823.1 ADA", "823.2 BAR", "823.3 COE", "823.4 DOY", "823.99 SMI", "900 HIS")
    return [_add(library, n, c) for n, c in enumerate(numbers, start=500)]


def test_a_stocktake_reports_one_missing_and_one_misshelved(
    library: Library, shelf: list[str]
) -> None:
    a, b, c, d, e, _ = shelf
    stocktake = library.inventory.start("Main", "823", "823.99")

    outcomes = library.inventory.scan(stocktake.id, [a, c, d, b])  # e is missing; b misplaced
    report = library.inventory.report(stocktake.id)

    assert [o.position for o in outcomes] == [1, 2, 3, 4]
    assert [i.barcode for i in report.missing] == [e]
    assert [(m.item.barcode, m.position) for m in report.misshelved] == [(b, 4)]
    assert report.misshelved[0].belongs == f"between 823.1 ADA ({a}) and 823.3 COE ({c})"
    assert report.expected == 5 and report.scanned == 4
    assert report.wrongly_on_loan == () and report.unknown == ()


def test_scans_append_in_order_and_repeats_are_ignored(library: Library, shelf: list[str]) -> None:
    a, b, c, *_ = shelf
    stocktake = library.inventory.start("Main")
    library.inventory.scan(stocktake.id, [a, " "])

    outcomes = library.inventory.scan(stocktake.id, [b, a, "NOSUCHCODE", c])

    assert [(o.barcode, o.position) for o in outcomes] == [
        (b, 2),
        (a, None),
        ("NOSUCHCODE", 3),
        (c, 4),
    ]
    assert outcomes[1].problem == "Already scanned: ignored."
    assert outcomes[2].problem == "No item has this barcode."
    assert [s.barcode for s in library.inventory.scans(stocktake.id)] == [a, b, "NOSUCHCODE", c]
    assert library.inventory.get(stocktake.id).scanned == 4
    assert library.inventory.report(stocktake.id).unknown == ("NOSUCHCODE",)


def test_an_item_of_another_location_is_flagged_not_misshelved(
    library: Library, shelf: list[str]
) -> None:
    stranger = _add(library, 900, "823.25 ZED", location="Annex")
    stocktake = library.inventory.start("Main")

    outcomes = library.inventory.scan(stocktake.id, [shelf[0], stranger, shelf[1]])
    report = library.inventory.report(stocktake.id)

    assert outcomes[1].problem == "Belongs to another location: Annex."
    assert [i.barcode for i in report.other_location] == [stranger]
    assert report.misshelved == ()


def test_an_overdue_loan_found_on_the_shelf_is_checked_in_without_a_fine(
    library: Library, shelf: list[str], patron: Patron, clock: FixedClock
) -> None:
    lent = shelf[2]
    library.circulation.checkout(patron.barcode, lent)
    clock.advance(days=40)  # long overdue
    stocktake = library.inventory.start("Main", "823", "823.99")
    library.inventory.scan(stocktake.id, shelf[:5])
    report = library.inventory.report(stocktake.id)
    assert [i.barcode for i in report.wrongly_on_loan] == [lent]

    result = library.inventory.put_right(lent)

    assert result.fine_minor == 0
    assert result.loan is not None and result.loan.returned is not None
    assert library.catalogue.item(lent).status is ItemStatus.AVAILABLE
    assert library.circulation.open_loans(patron.barcode) == []
    assert library.inventory.report(stocktake.id).wrongly_on_loan == ()


def test_a_lost_item_found_on_the_shelf_is_available_again(
    library: Library, shelf: list[str], admin: Admin
) -> None:
    admin.set_item_status(shelf[1], ItemStatus.LOST)
    stocktake = library.inventory.start("Main")
    library.inventory.scan(stocktake.id, shelf[:3])
    assert [i.barcode for i in library.inventory.report(stocktake.id).found] == [shelf[1]]

    library.inventory.put_right(shelf[1])

    assert library.catalogue.item(shelf[1]).status is ItemStatus.AVAILABLE
    with pytest.raises(StocktakeRefused, match="nothing to put right"):
        library.inventory.put_right(shelf[1])


def test_mark_missing_then_a_missing_item_comes_back_at_checkin(
    library: Library, shelf: list[str]
) -> None:
    a, b, c, d, e, outside = shelf
    stocktake = library.inventory.start("Main", "823", "823.99")
    library.inventory.scan(stocktake.id, [a, b, d])

    marked = library.inventory.mark_missing(stocktake.id)

    assert [i.barcode for i in marked.items] == [c, e]
    assert marked.stocktake.closed
    assert library.catalogue.item(c).status is ItemStatus.MISSING
    assert library.catalogue.item(outside).status is ItemStatus.AVAILABLE  # not in range
    with pytest.raises(StocktakeRefused, match="finished"):
        library.inventory.scan(stocktake.id, [c])
    assert [i.barcode for i in library.inventory.report(stocktake.id).missing] == []

    result = library.circulation.checkin(c)

    assert result.item.status is ItemStatus.AVAILABLE
    assert any("marked missing" in note for note in result.notes)


def test_a_stocktake_needs_a_known_location_or_a_range(
    library: Library, shelf: list[str], snapshot: Callable[[], object]
) -> None:
    before = snapshot()
    with pytest.raises(StocktakeRefused, match="Name the location"):
        library.inventory.start()
    with pytest.raises(StocktakeRefused, match="the locations are Main"):
        library.inventory.start("Mian")
    with pytest.raises(InvalidInput, match="ends before it starts"):
        library.inventory.start(None, "900", "800")
    with pytest.raises(NotFound, match="no stocktake number 99"):
        library.inventory.report(99)
    assert snapshot() == before


def test_two_thousand_items_are_scanned_and_reported_quickly(
    library: Library, make_item: MakeItem
) -> None:
    first = make_item(call_number="000")
    drafts = [
        ItemDraft(item_code(1000 + n), f"{500 + n // 10}.{n % 10} ABC", "book", "Stacks")
        for n in range(2000)
    ]
    with library.context.unit_of_work() as uow:
        item_type = first.item_type_code
        uow.catalogue.add_items(
            [
                (first.biblio_id, ItemDraft(d.barcode, d.call_number, item_type, d.location))
                for d in drafts
            ],
            DESK_ACCOUNT,
            NOON,
        )
        uow.commit()
    barcodes = [d.barcode for d in drafts]
    barcodes[10], barcodes[1500] = barcodes[1500], barcodes[10]  # two swapped
    del barcodes[700]  # one gone
    stocktake = library.inventory.start("Stacks")

    began = time.perf_counter()
    library.inventory.scan(stocktake.id, barcodes)
    report = library.inventory.report(stocktake.id)
    elapsed = time.perf_counter() - began

    assert [i.barcode for i in report.missing] == [drafts[700].barcode]
    assert len(report.misshelved) == 2
    assert elapsed < 1.0, f"{elapsed:.2f} s"


# -- issue 9: progress and Cancel ------------------------------------------------------------


def test_a_cancelled_mark_missing_marks_nothing_and_the_stocktake_stays_open(
    library: Library, shelf: list[str]
) -> None:
    a, b, c, d, e, _outside = shelf
    stocktake = library.inventory.start("Main", "823", "823.99")
    library.inventory.scan(stocktake.id, [a, b])
    heard: list[tuple[int, int, str]] = []

    def tell(done: int, total: int, what: str) -> None:
        heard.append((done, total, what))

    with pytest.raises(Cancelled):
        library.inventory.mark_missing(
            stocktake.id,
            progress=tell,
            should_cancel=lambda: heard[-1] == (3, 3, "Items marked missing"),
        )

    assert heard[-1] == (3, 3, "Items marked missing")  # c, d and e: then Cancel
    assert {library.catalogue.item(x).status for x in (c, d, e)} == {ItemStatus.AVAILABLE}
    assert not library.inventory.get(stocktake.id).closed
    library.inventory.scan(stocktake.id, [d])  # still open: the scanning goes on

    heard.clear()
    marked = library.inventory.mark_missing(stocktake.id, progress=tell)

    assert [i.barcode for i in marked.items] == [c, e]
    assert [what for _, _, what in heard] == [
        "Reading the scans",
        "Reading the items expected on the shelf",
        "Comparing",
        "Report ready",
        "Items marked missing",
    ]


def test_a_cancelled_start_or_report_starts_and_changes_nothing(
    library: Library, shelf: list[str]
) -> None:
    with pytest.raises(Cancelled):
        library.inventory.start("Main", should_cancel=lambda: True)
    stocktake = library.inventory.start("Main")
    assert stocktake.id == 1  # the cancelled one was never recorded

    with pytest.raises(Cancelled):
        library.inventory.report(stocktake.id, should_cancel=lambda: True)


# -- a location's worth of missing items -------------------------------------------------


def test_a_big_report_keeps_its_missing_items_as_plain_tuples_the_collector_skips() -> None:
    # 40,000 objects kept alive while a report was made set off full collections that
    # held the GIL (and so froze the window) for a tenth of a second each.
    shelf = [_stock(n, f"823.{n:05d} X") for n in range(1, 3001)]
    scanned = shelf[1000]
    report = build_report(_stocktake(), StockItems.of(shelf), [ShelfScan(1, "B1001", scanned)])

    assert len(report.missing) == 2999
    assert [i.barcode for i in report.missing[998:1001]] == ["B999", "B1000", "B1002"]
    assert report.missing[0] == shelf[0] and report.missing[0].status is ItemStatus.AVAILABLE
    assert report.missing == tuple(i for i in shelf if i != scanned)
    assert report.missing != tuple(shelf)
    gc.collect()  # a plain tuple of strings and numbers is untracked at its first collection
    assert not any(gc.is_tracked(row) for row in report.missing.rows)


def _stacks(library: Library, make_item: MakeItem, count: int) -> list[str]:
    """``count`` items at "Stacks" in shelf order (added in one go); their barcodes."""
    first = make_item(call_number="000")
    drafts = [
        ItemDraft(
            item_code(1000 + n), f"{500 + n // 10}.{n % 10} ABC", first.item_type_code, "Stacks"
        )
        for n in range(count)
    ]
    with library.context.unit_of_work() as uow:
        uow.catalogue.add_items([(first.biblio_id, d) for d in drafts], DESK_ACCOUNT, NOON)
        uow.commit()
    return [d.barcode for d in drafts]


def test_mark_missing_marks_exactly_the_missing_items_batch_by_batch(
    library: Library, make_item: MakeItem
) -> None:
    codes = _stacks(library, make_item, 1203)
    with library.context.unit_of_work() as uow:
        repair = library.catalogue.item(codes[5]).id
        uow.catalogue.set_status(repair, ItemStatus.IN_REPAIR, DESK_ACCOUNT, NOON)
        uow.commit()
    stocktake = library.inventory.start("Stacks")
    kept = {codes[0], codes[600], codes[-1]}
    library.inventory.scan(stocktake.id, sorted(kept))
    heard: list[tuple[int, int, str]] = []

    marked = library.inventory.mark_missing(stocktake.id, progress=lambda *said: heard.append(said))

    gone = [c for n, c in enumerate(codes) if c not in kept and n != 5]
    assert [i.barcode for i in marked.items] == gone
    status = {c: library.catalogue.item(c).status for c in codes}
    assert [c for c in codes if status[c] is ItemStatus.MISSING] == gone
    assert status[codes[5]] is ItemStatus.IN_REPAIR
    assert {status[c] for c in kept} == {ItemStatus.AVAILABLE}
    assert [said for said in heard if said[2] == "Items marked missing"] == [
        (500, 1199, "Items marked missing"),
        (1000, 1199, "Items marked missing"),
        (1199, 1199, "Items marked missing"),
    ]


def test_mark_missing_cancelled_after_a_batch_marks_nothing(
    library: Library, make_item: MakeItem
) -> None:
    codes = _stacks(library, make_item, 1100)
    stocktake = library.inventory.start("Stacks")
    heard: list[tuple[int, int, str]] = []

    with pytest.raises(Cancelled):
        library.inventory.mark_missing(
            stocktake.id,
            progress=lambda *said: heard.append(said),
            should_cancel=lambda: heard[-1] == (1000, 1100, "Items marked missing"),
        )

    assert {library.catalogue.item(c).status for c in codes} == {ItemStatus.AVAILABLE}
    assert not library.inventory.get(stocktake.id).closed
