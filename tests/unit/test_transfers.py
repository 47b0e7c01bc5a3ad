"""Transfers through the services on a real library file: request, pick list in walking
order, arrival at the destination, cancel."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.transfers import TransferRefused, TransferStatus, UnknownTransfer


@pytest.fixture
def shelf(library):
    """Five books in two locations, added out of shelf order."""
    made = {}
    for code, call_number, location in (
        ("B5", "823 ZOL", "Stacks"),
        ("B1", "100 ARI", "Stacks"),
        ("B3", "FIC ELI", "Annex"),
        ("B2", "500 DAR", "Stacks"),
        ("B4", "FIC AUS", "Annex"),
    ):
        biblio = library.catalogue.add_biblio(title=f"Book {code}", author=None)
        made[code] = library.catalogue.add_item(
            biblio.id, barcode=code, call_number=call_number, location=location
        )
    return made


def test_a_requested_move_waits_on_the_pick_list(library, clock, shelf):
    transfer = library.transfers.request("B1", "  Display   table ")

    assert transfer.status is TransferStatus.OPEN
    assert (transfer.from_location, transfer.to_location) == ("Stacks", "Display table")
    assert transfer.requested_at == clock.now()
    assert [t.barcode for t in library.transfers.pick_list()] == ["B1"]
    assert library.catalogue.item("B1").location == "Stacks"


def test_the_pick_list_is_in_walking_order(library, shelf):
    for code in ("B5", "B3", "B2", "B1", "B4"):
        library.transfers.request(code, "Reserve shelf")

    # Annex before Stacks; within each, shelf order (FIC AUS before FIC ELI, 100 < 500 < 823).
    assert [t.barcode for t in library.transfers.pick_list()] == ["B4", "B3", "B1", "B2", "B5"]


def test_arrival_at_the_destination_moves_the_item_and_its_shelf_list(library, shelf):
    library.transfers.request("B2", "Display")

    done = library.transfers.arrive("B2")

    assert done.status is TransferStatus.DONE
    assert done.completed_at is not None
    assert library.catalogue.item("B2").location == "Display"
    assert library.transfers.pick_list() == []
    assert [e.barcode for e in library.shelf_list.page(location="Display")] == ["B2"]
    assert "B2" not in [e.barcode for e in library.shelf_list.page(location="Stacks")]


def test_an_item_on_loan_cannot_be_moved(library, patron, shelf):
    library.circulation.checkout(patron.barcode, "B1")

    with pytest.raises(TransferRefused, match="on loan"):
        library.transfers.request("B1", "Display")
    assert library.transfers.pick_list() == []


def test_an_item_already_going_there_is_refused(library, shelf):
    first = library.transfers.request("B1", "Display")

    with pytest.raises(
        TransferRefused, match=f"already on its way to Display \\(transfer {first.id}"
    ):
        library.transfers.request("B1", "Display")
    with pytest.raises(TransferRefused, match="cancel that move first"):
        library.transfers.request("B1", "Storage")


def test_an_item_already_in_that_location_is_refused(library, shelf):
    with pytest.raises(TransferRefused, match="already in Stacks"):
        library.transfers.request("B1", "Stacks")


def test_a_blank_destination_is_refused(library, shelf):
    with pytest.raises(InvalidInput, match="location"):
        library.transfers.request("B1", "  ")


def test_an_item_at_the_bindery_cannot_be_moved(library, admin, shelf):
    admin.set_item_status("B1", ItemStatus.AT_BINDERY)

    with pytest.raises(TransferRefused, match="at the bindery"):
        library.transfers.request("B1", "Display")


def test_arrival_of_an_item_not_being_moved_changes_nothing(library, shelf):
    with pytest.raises(TransferRefused, match="not being moved anywhere: it stays in Stacks"):
        library.transfers.arrive("B1")
    assert library.catalogue.item("B1").location == "Stacks"


def test_a_cancelled_move_leaves_the_item_where_it_is(library, shelf):
    transfer = library.transfers.request("B3", "Display")

    cancelled = library.transfers.cancel(transfer.id)

    assert cancelled.status is TransferStatus.CANCELLED
    assert library.transfers.pick_list() == []
    assert library.catalogue.item("B3").location == "Annex"
    with pytest.raises(TransferRefused, match="not being moved"):
        library.transfers.arrive("B3")
    with pytest.raises(TransferRefused, match="already cancelled"):
        library.transfers.cancel(transfer.id)
    # And it can be asked for again.
    assert library.transfers.request("B3", "Display").status is TransferStatus.OPEN


def test_an_unknown_transfer_is_named(library):
    with pytest.raises(UnknownTransfer, match="99"):
        library.transfers.cancel(99)


def test_destinations_offered_are_the_known_locations(library, shelf):
    assert library.transfers.locations() == ["Annex", "Stacks"]
