"""Holds through the services on a real library file: place, queue, trap, collect, expire."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import PatronBlocked, UnknownRecord
from libtech_desktop.domain.holds import HoldRefused, HoldStatus, UnknownHold, slip_code

# Today is Monday 2026-03-02; holds wait 7 days on the hold shelf by default.
PICKUP = date(2026, 3, 9)


@pytest.fixture
def ada(make_patron):
    return make_patron("Lovelace, Ada")


@pytest.fixture
def bob(make_patron):
    return make_patron("Babbage, Charles")


@pytest.fixture
def cleo(make_patron):
    return make_patron("Cleopatra, Queen")


def _second_copy(library, item, barcode="3999900009990", call_number="FIC ELI c.2"):
    return library.catalogue.add_item(item.biblio_id, barcode=barcode, call_number=call_number)


def _lend_and_return(library, patron, item):
    library.circulation.checkout(patron.barcode, item.barcode)
    return library.circulation.checkin(item.barcode)


# ------------------------------------------------------------------ placing


def test_a_record_hold_waits_first_in_the_queue(library, ada, item, clock):
    hold = library.holds.place(ada.barcode, biblio_id=item.biblio_id)

    assert hold.status is HoldStatus.WAITING
    assert hold.position == 1
    assert hold.patron_barcode == ada.barcode
    assert hold.title == "Middlemarch"
    assert hold.item_barcode is None
    assert hold.placed_at == clock.now()
    assert [h.id for h in library.holds.holds(ada.barcode)] == [hold.id]


def test_the_queue_is_in_order_placed(library, ada, bob, cleo, item, clock):
    first = library.holds.place(bob.barcode, biblio_id=item.biblio_id)
    clock.advance(hours=1)
    second = library.holds.place(ada.barcode, item_barcode=item.barcode)
    clock.advance(hours=1)
    third = library.holds.place(cleo.barcode, biblio_id=item.biblio_id)

    positions = {h.id: h.position for h in library.holds.holds()}
    assert positions == {first.id: 1, second.id: 2, third.id: 3}
    assert library.holds.get(second.id).item_barcode == item.barcode


def test_a_second_hold_on_the_same_record_is_refused(library, ada, item):
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    with pytest.raises(HoldRefused, match="already has hold"):
        library.holds.place(ada.barcode, item_barcode=item.barcode)
    assert len(library.holds.holds()) == 1


def test_a_blocked_patron_cannot_place_a_hold(library, ada, item):
    library.patrons.block(ada.barcode, "Damaged books")
    with pytest.raises(PatronBlocked, match="Damaged books"):
        library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    assert library.holds.holds() == []


def test_a_hold_on_what_the_patron_has_on_loan_is_refused(library, ada, item):
    library.circulation.checkout(ada.barcode, item.barcode)
    with pytest.raises(HoldRefused, match="on loan now"):
        library.holds.place(ada.barcode, item_barcode=item.barcode)
    with pytest.raises(HoldRefused, match="on loan now"):
        library.holds.place(ada.barcode, biblio_id=item.biblio_id)


def test_a_record_with_no_copies_cannot_be_held(library, ada):
    biblio = library.catalogue.add_biblio(title="Ghost record")
    with pytest.raises(HoldRefused, match="no copies"):
        library.holds.place(ada.barcode, biblio_id=biblio.id)
    with pytest.raises(UnknownRecord):
        library.holds.place(ada.barcode, biblio_id=9999)


def test_a_withdrawn_copy_cannot_be_held(library, admin, ada, item):
    admin.set_item_status(item.barcode, ItemStatus.WITHDRAWN)
    with pytest.raises(HoldRefused, match="withdrawn"):
        library.holds.place(ada.barcode, item_barcode=item.barcode)
    with pytest.raises(HoldRefused, match="withdrawn or lost"):
        library.holds.place(ada.barcode, biblio_id=item.biblio_id)


def test_place_needs_exactly_one_target(library, ada, item):
    with pytest.raises(HoldRefused, match="either a record or one item"):
        library.holds.place(ada.barcode)
    with pytest.raises(HoldRefused, match="either a record or one item"):
        library.holds.place(ada.barcode, biblio_id=item.biblio_id, item_barcode=item.barcode)


# ------------------------------------------------------------------ trap at check-in


def test_a_returned_item_is_trapped_for_the_first_hold(library, ada, bob, item):
    hold = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    library.circulation.checkout(bob.barcode, item.barcode)

    result = library.circulation.checkin(item.barcode)

    assert result.trap is not None
    assert result.trap.hold_id == hold.id
    assert result.trap.slip_name == "Lovelace, Ada"
    assert result.trap.pickup_by == PICKUP
    assert result.item.status is ItemStatus.ON_HOLD_SHELF
    trapped = library.holds.get(hold.id)
    assert trapped.status is HoldStatus.TRAPPED
    assert trapped.trapped_item_barcode == item.barcode
    assert trapped.pickup_by == PICKUP
    assert trapped.position is None


def test_an_item_found_on_the_shelf_at_checkin_is_trapped(library, ada, item):
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)

    result = library.circulation.checkin(item.barcode)

    assert result.trap is not None and result.trap.patron_barcode == ada.barcode
    assert library.catalogue.item(item.barcode).status is ItemStatus.ON_HOLD_SHELF


def test_pickup_day_on_a_closed_day_moves_to_the_next_open_day(library, admin, ada, item):
    admin.add_closed_day(PICKUP)
    library.settings.set("holds.pickup_days", "3")
    admin.add_closed_day(date(2026, 3, 5))
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)

    trap = library.circulation.checkin(item.barcode).trap

    assert trap is not None and trap.pickup_by == date(2026, 3, 6)


def test_a_frozen_hold_is_passed_over_and_keeps_its_place(library, ada, bob, item, clock):
    first = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    clock.advance(hours=1)
    second = library.holds.place(bob.barcode, biblio_id=item.biblio_id)
    library.holds.freeze(first.id)

    assert library.holds.get(first.id).position == 1
    assert library.holds.get(first.id).status_text == "Frozen"
    trap = library.circulation.checkin(item.barcode).trap
    assert trap is not None and trap.hold_id == second.id

    library.holds.freeze(first.id, frozen=False)
    assert library.holds.get(first.id).frozen is False


def test_an_item_hold_is_filled_only_by_its_own_copy(library, ada, item):
    other = _second_copy(library, item)
    library.holds.place(ada.barcode, item_barcode=item.barcode)

    assert library.circulation.checkin(other.barcode).trap is None
    assert library.catalogue.item(other.barcode).status is ItemStatus.AVAILABLE
    assert library.circulation.checkin(item.barcode).trap is not None


def test_an_item_in_repair_is_not_trapped(library, admin, ada, item):
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    admin.set_item_status(item.barcode, ItemStatus.IN_REPAIR)

    assert library.circulation.checkin(item.barcode).trap is None
    assert library.holds.holds()[0].status is HoldStatus.WAITING


def test_the_slip_can_show_an_anonymised_code(library, ada, item):
    library.settings.set("holds.slip_name", "code")
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)

    trap = library.circulation.checkin(item.barcode).trap

    assert trap is not None
    assert trap.slip_name == f"LOV-{ada.barcode[-4:]}"
    assert library.holds.slip(trap.hold_id) == trap


def test_slip_code_takes_the_surname_letters_and_card_tail():
    assert slip_code("O'Brien, Pat", "29999000000123") == "OBR-0123"
    assert slip_code("Li", "P9") == "LI-P9"


# ------------------------------------------------------------------ check-out


def test_checkout_to_the_holder_collects_the_hold(library, ada, bob, item):
    hold = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    _lend_and_return(library, bob, item)

    loan = library.circulation.checkout(ada.barcode, item.barcode)

    assert loan.patron_barcode == ada.barcode
    assert library.holds.get(hold.id).status is HoldStatus.COLLECTED
    assert library.holds.holds() == []
    assert library.catalogue.item(item.barcode).status is ItemStatus.ON_LOAN


def test_checkout_of_a_trapped_item_to_someone_else_is_refused(library, ada, bob, item, snapshot):
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    _lend_and_return(library, bob, item)
    before = snapshot()

    with pytest.raises(HoldRefused, match=r"held for Lovelace, Ada until 2026-03-09.*holder"):
        library.circulation.checkout(bob.barcode, item.barcode)

    assert snapshot() == before
    assert library.holds.holds()[0].status is HoldStatus.TRAPPED


def test_checkout_of_a_copy_from_the_shelf_fills_the_patrons_waiting_hold(library, ada, item):
    hold = library.holds.place(ada.barcode, biblio_id=item.biblio_id)

    library.circulation.checkout(ada.barcode, item.barcode)

    assert library.holds.get(hold.id).status is HoldStatus.COLLECTED


def test_an_item_hold_stops_the_copy_going_to_someone_else(library, ada, bob, item):
    library.holds.place(ada.barcode, item_barcode=item.barcode)
    with pytest.raises(HoldRefused, match="reserved for Lovelace, Ada"):
        library.circulation.checkout(bob.barcode, item.barcode)


def test_a_record_hold_does_not_stop_a_copy_on_the_shelf_being_lent(library, ada, bob, item):
    hold = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    library.circulation.checkout(bob.barcode, item.barcode)
    assert library.holds.get(hold.id).status is HoldStatus.WAITING


# ------------------------------------------------------------------ cancel and expire


def test_cancelling_a_trapped_hold_passes_the_item_on(library, ada, bob, item, clock):
    first = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    clock.advance(hours=1)
    second = library.holds.place(bob.barcode, biblio_id=item.biblio_id)
    library.circulation.checkin(item.barcode)

    cancelled = library.holds.cancel(first.id)

    assert cancelled.status is HoldStatus.CANCELLED
    assert library.holds.get(second.id).status is HoldStatus.TRAPPED
    with pytest.raises(HoldRefused, match="already cancelled"):
        library.holds.cancel(first.id)
    with pytest.raises(UnknownHold):
        library.holds.cancel(999)


def test_a_trapped_hold_cannot_be_frozen(library, ada, item):
    hold = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    library.circulation.checkin(item.barcode)
    with pytest.raises(HoldRefused, match="hold shelf"):
        library.holds.freeze(hold.id)


def test_an_uncollected_hold_expires_and_passes_to_the_next(library, ada, bob, item, clock):
    first = library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    clock.advance(hours=1)
    second = library.holds.place(bob.barcode, biblio_id=item.biblio_id)
    library.circulation.checkin(item.barcode)

    clock.advance(days=7)
    assert library.holds.expire_uncollected() == []  # the pickup day itself still counts

    clock.advance(days=1)
    [expiry] = library.holds.expire_uncollected()

    assert expiry.hold.id == first.id and expiry.hold.status is HoldStatus.EXPIRED
    assert expiry.item_barcode == item.barcode
    assert expiry.next_trap is not None and expiry.next_trap.hold_id == second.id
    assert expiry.next_trap.pickup_by == date(2026, 3, 17)
    assert library.holds.get(second.id).status is HoldStatus.TRAPPED
    assert library.catalogue.item(item.barcode).status is ItemStatus.ON_HOLD_SHELF


def test_an_expired_hold_with_no_one_waiting_puts_the_item_back(library, ada, item, clock):
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    library.circulation.checkin(item.barcode)
    clock.advance(days=8)

    [expiry] = library.holds.expire_uncollected()

    assert expiry.next_trap is None
    assert library.catalogue.item(item.barcode).status is ItemStatus.AVAILABLE
    assert library.holds.holds() == []


# ------------------------------------------------------------------ pull list


def test_the_pull_list_gives_one_shelf_copy_per_hold_in_shelf_order(
    library, make_item, ada, bob, cleo, clock
):
    zola = make_item("Nana", author="Zola, Emile", call_number="FIC ZOL")
    austen = make_item("Emma", author="Austen, Jane", call_number="FIC AUS")
    _second_copy(library, austen, barcode="3999900009991", call_number="FIC AUS c.2")
    library.holds.place(ada.barcode, biblio_id=zola.biblio_id)
    clock.advance(hours=1)
    library.holds.place(bob.barcode, biblio_id=austen.biblio_id)
    clock.advance(hours=1)
    library.holds.place(cleo.barcode, biblio_id=austen.biblio_id)
    frozen = library.holds.place(ada.barcode, biblio_id=make_item("Kept").biblio_id)
    library.holds.freeze(frozen.id)

    entries = library.holds.pull_list()

    assert [(e.item_barcode, e.patron_barcode) for e in entries] == [
        (austen.barcode, bob.barcode),
        ("3999900009991", cleo.barcode),
        (zola.barcode, ada.barcode),
    ]


def test_the_pull_list_leaves_out_copies_on_loan_and_filled_holds(library, ada, bob, item):
    library.holds.place(ada.barcode, biblio_id=item.biblio_id)
    library.circulation.checkout(bob.barcode, item.barcode)
    assert library.holds.pull_list() == []

    library.circulation.checkin(item.barcode)  # trapped: on the hold shelf, not the shelf
    assert library.holds.pull_list() == []


def test_a_scanned_copy_can_name_its_whole_record(library, ada, item):
    hold = library.holds.place(ada.barcode, item_barcode=item.barcode, any_copy=True)

    assert (hold.biblio_id, hold.item_id) == (item.biblio_id, None)
    mine = library.holds.patron_holds(ada.barcode)
    assert mine.patron.name == "Lovelace, Ada"
    assert [h.id for h in mine.holds] == [hold.id]
