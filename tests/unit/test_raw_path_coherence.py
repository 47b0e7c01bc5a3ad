"""The desk's hot path runs plain SQL on the unit of work's connection beside the ORM.

Two things must hold, in one unit of work: a row written with plain SQL is seen new by an
ORM read that follows (no stale copy in the session), and a row changed through the ORM
is seen new by a plain-SQL read that follows (pending changes are flushed first). And a
record read with plain SQL is the same record the ORM path builds.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.domain.catalogue import Item, ItemStatus
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.domain.holds import HoldStatus
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library
from libtech_desktop.services import journal


def _patron(library: Library, barcode: str) -> Patron:
    with library.context.unit_of_work() as uow:
        found = uow.patrons.by_barcode(barcode)
    assert found is not None
    return found


# -- a plain-SQL write, then an ORM read of the same row ---------------------------------
#
# The session keeps only weak references to clean rows: the hazard is a row the ORM
# still holds (a relationship, a caller inside ``db/``). These tests hold one.


def _orm(uow: Any, model: type[Any], row_id: int) -> Any:
    row = uow._session.get(model, row_id)
    assert row is not None
    return row


def test_an_item_lent_with_plain_sql_reads_on_loan_through_the_orm(
    library: Library, patron: Patron, item: Item
) -> None:
    actor, now = library.current_actor(), library.context.clock.now()
    with library.context.unit_of_work() as uow:
        held = _orm(uow, m.Item, item.id)
        assert held.status == ItemStatus.AVAILABLE.value
        uow.loans.create(item.id, patron.id, now.date(), actor, now)
        assert held.status == ItemStatus.ON_LOAN.value
        assert [i.status for i in uow.catalogue.items_of(item.biblio_id)] == [ItemStatus.ON_LOAN]


def test_an_item_returned_with_plain_sql_reads_available_through_the_orm(
    library: Library, patron: Patron, item: Item
) -> None:
    library.circulation.checkout(patron.barcode, item.barcode)
    actor, now = library.current_actor(), library.context.clock.now()
    with library.context.unit_of_work() as uow:
        loan = uow.loans.open_for_item(item.id)
        assert loan is not None
        held_item, held_loan = _orm(uow, m.Item, item.id), _orm(uow, m.Loan, loan.id)
        assert held_item.status == ItemStatus.ON_LOAN.value and held_loan.returned_at is None
        uow.loans.close(loan.id, actor, now)
        assert held_item.status == ItemStatus.AVAILABLE.value
        assert held_loan.returned_at == now
        assert [i.status for i in uow.catalogue.items_of(item.biblio_id)] == [ItemStatus.AVAILABLE]


def test_a_journal_entry_written_with_plain_sql_reads_through_the_orm(library: Library) -> None:
    actor, now = library.current_actor(), library.context.clock.now()
    with library.context.unit_of_work() as uow:
        before = len(uow.journal.entries())
        journal.record(uow, actor, now, JournalKind.CHECKOUT, {"item": "X1", "patron": "P1"})
        entries = uow.journal.entries()
        assert len(entries) == before + 1
        assert entries[-1].at == now
        assert entries[-1].data == {"item": "X1", "patron": "P1"}
        assert entries[-1].staff == actor.username


# -- an ORM write, then a plain-SQL read in the same unit of work ------------------------


def test_rows_changed_through_the_orm_and_not_flushed_are_read_new_with_plain_sql(
    library: Library, patron: Patron, item: Item
) -> None:
    with library.context.unit_of_work() as uow:
        row = _orm(uow, m.Patron, patron.id)
        row.blocked_reason, row.expires_on = "Lost card", date(2030, 1, 1)
        thing = _orm(uow, m.Item, item.id)
        thing.status = ItemStatus.MISSING.value
        read = uow.patrons.by_barcode(patron.barcode)
        assert read is not None
        assert (read.blocked_reason, read.expires_on) == ("Lost card", date(2030, 1, 1))
        found = uow.catalogue.item_by_barcode(item.barcode)
        assert found is not None and found.status is ItemStatus.MISSING


def test_a_hold_closed_through_the_orm_leaves_the_queue_read_with_plain_sql(
    library: Library, patron: Patron, item: Item
) -> None:
    hold = library.holds.place(patron.barcode, biblio_id=item.biblio_id)
    actor, now = library.current_actor(), library.context.clock.now()
    with library.context.unit_of_work() as uow:
        assert [h.id for h in uow.holds.queue(item.biblio_id)] == [hold.id]
        uow.holds.close(hold.id, HoldStatus.CANCELLED, actor, now)
        assert list(uow.holds.queue(item.biblio_id)) == []


def test_a_rule_and_a_closed_day_set_in_a_transaction_are_read_back_in_it(
    library: Library,
) -> None:
    day = date(2031, 12, 25)
    with library.context.unit_of_work() as uow:
        rule = uow.rules.rule("adult", "book")
        assert rule is not None
        uow.rules.set_rule(LoanRule("adult", "book", 3, 0, 1))
        assert uow.rules.rule("adult", "book") == LoanRule("adult", "book", 3, 0, 1)
        assert not uow.rules.is_closed(day - timedelta(days=1))
        uow.rules.add_closed_day(day, "Holiday")
        assert uow.rules.is_closed(day)
    with library.context.unit_of_work() as uow:
        # Not committed: the old rule.
        assert uow.rules.rule("adult", "book") == rule


# -- the plain-SQL records are the ORM's records ------------------------------------------


def test_plain_sql_records_equal_the_orm_records(
    library: Library,
    make_patron: Callable[..., Patron],
    make_item: Callable[..., Item],
) -> None:
    guardian = make_patron("Parent, Pat")
    library.patrons.register("C1", "Kid, A", category="child", guardian=guardian.barcode)
    kid = _patron(library, "C1")
    lent, held = make_item("Emma"), make_item("Persuasion")
    library.circulation.checkout(guardian.barcode, lent.barcode)
    library.holds.place(kid.barcode, biblio_id=held.biblio_id)
    library.patrons.block(kid.barcode, "Rude", until=date(2027, 1, 1))
    library.patrons.record_incident(kid.barcode, "Shouted", suspended_until=date(2027, 4, 1))
    today = library.context.clock.today()
    with library.context.unit_of_work() as uow:
        for barcode in (kid.barcode, guardian.barcode):
            raw = uow.patrons.by_barcode(barcode)
            assert raw is not None
            assert raw == uow.patrons.by_id(raw.id)
        raw_kid = uow.patrons.by_barcode("C1")
        assert raw_kid is not None and raw_kid.guardian_barcode == guardian.barcode
        for item in (lent, held):
            assert [uow.catalogue.item_by_barcode(item.barcode)] == list(
                uow.catalogue.items_of(item.biblio_id)
            )
        assert list(uow.loans.open_for_patron(guardian.id)) == list(uow.loans.open_loans(100))
        assert list(uow.holds.queue(held.biblio_id)) == list(uow.holds.open_holds(kid.id))
        assert list(uow.incidents.suspensions(kid.id, today)) == list(
            uow.incidents.for_patron(kid.id)
        )
        assert [uow.rules.rule(r.category_code, r.item_type_code) for r in uow.rules.rules()] == (
            list(uow.rules.rules())
        )
        assert uow.fines.outstanding_total(kid.id) == 0


def test_a_driver_error_on_the_plain_path_is_sqlalchemys_error(library: Library) -> None:
    # The unit of work turns SQLAlchemy's DBAPIError into "busy", "read-only", "disk
    # full": the plain path must raise the same kind, not the driver's own.
    with library.context.unit_of_work() as uow, pytest.raises(DBAPIError):
        mapping.run(uow._session, "INSERT INTO journal (seq) VALUES (?)", ("not a row",))
