"""Loading and unloading the bookmobile: items move to its location and back (issue 7)."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.errors import UnknownItem
from libtech_desktop.domain.routes import RouteRefused, TruckAction


@pytest.fixture
def shelved(library, make_item):
    """Two items on the adult fiction shelves, one in the children's room."""
    made = []
    for n, (call, where) in enumerate(
        [("FIC BRO", "Adult fiction"), ("FIC AUS", "Adult fiction"), ("J 510", "Children")]
    ):
        biblio = library.catalogue.add_biblio(title=f"Book {n}", author=None)
        made.append(
            library.catalogue.add_item(
                biblio.id, barcode=f"3999900000{n:04d}", call_number=call, location=where
            )
        )
    return made


def location(library, barcode):
    return library.catalogue.item(barcode).location


def test_loading_moves_items_to_the_truck_and_unloading_puts_them_back(library, shelved):
    first, second, third = shelved
    scan = library.truck.load(first.barcode)
    assert scan.action is TruckAction.LOADED and scan.changed
    assert "from Adult fiction" in scan.message
    library.truck.load(third.barcode)
    assert location(library, first.barcode) == "Bookmobile"
    assert [t.barcode for t in library.truck.on_truck()] == [first.barcode, third.barcode]

    back = library.truck.unload(first.barcode)
    assert back.action is TruckAction.UNLOADED and back.location == "Adult fiction"
    assert location(library, first.barcode) == "Adult fiction"
    assert [t.barcode for t in library.truck.on_truck()] == [third.barcode]
    assert location(library, second.barcode) == "Adult fiction"


def test_on_truck_is_in_shelf_order(library, shelved):
    for item in shelved:
        library.truck.load(item.barcode)
    assert [t.call_number for t in library.truck.on_truck()] == ["FIC AUS", "FIC BRO", "J 510"]


def test_unloading_to_another_location(library, shelved):
    library.truck.load(shelved[2].barcode)
    scan = library.truck.unload(shelved[2].barcode, to_location="  Returns   trolley ")
    assert scan.location == "Returns trolley" == location(library, shelved[2].barcode)


def test_the_truck_location_is_a_setting(library, shelved):
    library.settings.set("bookmobile.location", "Van 2")
    assert library.truck.load(shelved[0].barcode).location == "Van 2"
    assert location(library, shelved[0].barcode) == "Van 2"


def test_a_second_load_says_so_and_changes_nothing(library, shelved, db_rows):
    library.truck.load(shelved[0].barcode)
    again = library.truck.load(shelved[0].barcode)
    assert again.action is TruckAction.ALREADY_LOADED and not again.changed
    assert "already on the truck" in again.message
    assert db_rows("SELECT count(*) FROM truck_loads") == [(1,)]
    library.truck.unload(shelved[0].barcode)
    assert location(library, shelved[0].barcode) == "Adult fiction"


def test_unloading_an_item_not_on_the_truck_says_so(library, shelved):
    scan = library.truck.unload(shelved[1].barcode)
    assert scan.action is TruckAction.NOT_LOADED
    assert "not on the truck (it is in Adult fiction)" in scan.message
    assert location(library, shelved[1].barcode) == "Adult fiction"


def test_an_unknown_barcode_is_refused(library):
    with pytest.raises(UnknownItem, match="No item has the barcode 123"):
        library.truck.load("123")


def test_an_item_on_loan_is_not_loaded(library, shelved, patron, db_rows):
    library.circulation.checkout(patron.barcode, shelved[0].barcode)
    with pytest.raises(RouteRefused, match=r"on loan .*check it in"):
        library.truck.load(shelved[0].barcode)
    assert db_rows("SELECT count(*) FROM truck_loads") == [(0,)]
    assert location(library, shelved[0].barcode) == "Adult fiction"


def test_loads_keep_who_and_when(library, shelved, db_rows, as_stored, clock):
    library.truck.load(shelved[0].barcode)
    clock.advance(hours=3)
    library.truck.unload(shelved[0].barcode, "Stacks")
    rows = db_rows(
        "SELECT from_location, loaded_at, loaded_by, unloaded_at, to_location FROM truck_loads"
    )
    assert rows[0][0] == "Adult fiction" and rows[0][4] == "Stacks"
    assert rows[0][3] == as_stored(clock.now())
