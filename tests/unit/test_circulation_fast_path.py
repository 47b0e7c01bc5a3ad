"""The desk's hot path stays short: a scan at check-out or check-in is one transaction of
a bounded number of SQL statements, and reads what it needs once.

These counts fail when someone adds a query to the hot path: if the new query is
needed, raise the bound here on purpose (and run benchmarks/circulation_bench.py).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import event

from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library
from libtech_desktop.services.checkin_session import CheckinSession
from libtech_desktop.services.checkout_session import CheckoutSession

#: Statements (BEGIN included) of one item scan at check-out: the lookups, the loan,
#: the journal and the summary the screen shows with the new loan (19 measured).
CHECKOUT_SCAN_MOST = 19
#: Of one check-in of an item on loan (fine, hold trap, accessories, journal; 13).
CHECKIN_MOST = 13


class Statements:
    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, _conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        self.seen.append(statement)

    @property
    def begins(self) -> int:
        return sum(1 for s in self.seen if s.startswith("BEGIN"))

    def reading(self, table: str) -> int:
        return sum(1 for s in self.seen if s.startswith("SELECT") and f"FROM {table}" in s)


@pytest.fixture
def statements(library: Library) -> Iterator[Callable[[], Statements]]:
    engine = library._engine
    current: list[Statements] = []

    def start() -> Statements:
        if current:
            event.remove(engine, "before_cursor_execute", current.pop())
        counter = Statements()
        event.listen(engine, "before_cursor_execute", counter)
        current.append(counter)
        return counter

    yield start
    if current:
        event.remove(engine, "before_cursor_execute", current.pop())


def test_an_item_scan_at_checkout_is_one_short_transaction(
    library: Library,
    patron: Patron,
    item: Item,
    make_item: Callable[..., Item],
    statements: Callable[[], Statements],
) -> None:
    session = CheckoutSession(library.circulation)
    session.scan(patron.barcode)
    make_item("Emma")  # a second copy in the file: nothing is read in bulk
    counted = statements()

    result = session.scan(item.barcode)

    assert result.loan is not None
    assert [loan.item_barcode for loan in result.summary.loans] == [item.barcode]
    assert counted.begins == 1, "the lookup, the loan and the summary share one transaction"
    assert len(counted.seen) <= CHECKOUT_SCAN_MOST, "\n".join(counted.seen)
    # The library's switches and the loan rule are read once per transaction.
    assert counted.reading("library_settings") == 1
    assert counted.reading("loan_rules") == 1
    # The block checks read the fines owed and the suspensions once: the refusal before
    # the loan and the summary after it share the reading.
    assert counted.reading("fines") == 1
    assert counted.reading("patron_incidents") == 1


def test_a_card_scan_reads_the_patrons_standing_once(
    library: Library, patron: Patron, item: Item, statements: Callable[[], Statements]
) -> None:
    library.circulation.checkout(patron.barcode, item.barcode)
    counted = statements()

    result = CheckoutSession(library.circulation).scan(patron.barcode)

    assert result.loan is None and len(result.summary.loans) == 1
    assert counted.begins == 1
    assert counted.reading("fines") == 1
    assert counted.reading("patron_incidents") == 1
    assert sum(1 for s in counted.seen if "FROM loans" in s) == 1


def test_a_checkin_is_one_short_transaction(
    library: Library,
    patron: Patron,
    item: Item,
    statements: Callable[[], Statements],
) -> None:
    library.circulation.checkout(patron.barcode, item.barcode)
    counted = statements()

    result = CheckinSession(library.circulation).checkin(item.barcode)

    assert result.loan is not None and result.loan.returned is not None
    assert result.item.status is ItemStatus.AVAILABLE
    assert counted.begins == 1
    assert len(counted.seen) <= CHECKIN_MOST, "\n".join(counted.seen)
    assert counted.reading("library_settings") <= 1


def test_the_loan_and_the_item_agree_within_the_transaction_that_lent_it(
    library: Library, patron: Patron, item: Item
) -> None:
    # The loan is written with plain SQL: the item read later in the same unit of work
    # (a hold trap, the result) must show it on loan, not a stale copy.
    with library.context.unit_of_work() as uow:
        before = uow.catalogue.item_by_barcode(item.barcode)
        assert before is not None and before.status is ItemStatus.AVAILABLE
        people = uow.patrons.by_barcode(patron.barcode)
        assert people is not None
        now = library.context.clock.now()
        loan = uow.loans.create(item.id, people.id, now.date(), library.current_actor(), now)
        after = uow.catalogue.item_by_barcode(item.barcode)
        assert after is not None and after.status is ItemStatus.ON_LOAN
        assert uow.loans.open_for_item(item.id) == loan
        closed = uow.loans.close(loan.id, library.current_actor(), now)
        assert closed.returned is not None
        back = uow.catalogue.item_by_barcode(item.barcode)
        assert back is not None and back.status is ItemStatus.AVAILABLE
        assert uow.loans.open_for_item(item.id) is None


def test_a_setting_changed_in_a_transaction_is_read_back_in_it(library: Library) -> None:
    with library.context.unit_of_work() as uow:
        assert uow.settings.get("bench.example") is None
        uow.settings.set("bench.example", "on")
        assert uow.settings.get("bench.example") == "on"
    with library.context.unit_of_work() as uow:
        # Not committed: gone.
        assert uow.settings.get("bench.example") is None


def test_a_long_setting_is_read_whole(library: Library) -> None:
    logo = "x" * 100_000
    with library.context.unit_of_work() as uow:
        uow.settings.set("test.long", logo)
        uow.settings.set("test.short", "yes")
        uow.commit()
    with library.context.unit_of_work() as uow:
        assert uow.settings.get("test.short") == "yes"  # the short ones, read ahead
        assert uow.settings.get("test.long") == logo  # then the long one, on its own
