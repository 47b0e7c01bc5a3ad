"""Binding through the services on a real library file: prepare volumes, group them into
a shipment, send it, receive it back with costs."""

from __future__ import annotations

from datetime import date

import pytest

from libtech_desktop.domain.bindery import (
    BinderyRefused,
    Instructions,
    ShipmentStatus,
    UnknownShipment,
    split_cost,
)
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import UnknownItem
from libtech_desktop.services.bindery_slips import binding_slips_html


@pytest.fixture
def volumes(library):
    """Two volumes of one journal on the shelf."""
    biblio = library.catalogue.add_biblio(title="Journal of Mending", author=None)
    return [
        library.catalogue.add_item(biblio.id, barcode=code, call_number=f"050 JOU v.{n}")
        for n, code in ((1, "V0001"), (2, "V0002"))
    ]


def _status(library, barcode):
    return library.catalogue.item(barcode).status


# ------------------------------------------------------------------ preparing


def test_a_prepared_volume_keeps_its_instructions_and_stays_on_the_shelf(library, volumes):
    volume = library.bindery.prepare(
        "V0001",
        Instructions(
            binding_type=" buckram ", colour="dark red", lettering="JOURNAL\n\n 1926 ", notes="trim"
        ),
    )

    assert (volume.binding_type, volume.colour, volume.notes) == ("buckram", "dark red", "trim")
    assert volume.lettering_lines == ("JOURNAL", "1926")
    assert volume.shipment_id is None
    assert [v.barcode for v in library.bindery.prepared()] == ["V0001"]
    assert _status(library, "V0001") is ItemStatus.AVAILABLE


def test_blank_lettering_becomes_the_title_and_call_number(library, volumes):
    volume = library.bindery.prepare("V0002")

    assert volume.lettering_lines[0] == "Journal of Mending"
    assert "v.2" in volume.lettering_lines


@pytest.mark.parametrize(
    ("status", "why"),
    [
        (ItemStatus.WITHDRAWN, "withdrawn"),
        (ItemStatus.LOST, "lost"),
        (ItemStatus.AT_BINDERY, "already at the bindery"),
    ],
)
def test_an_item_off_the_shelf_cannot_be_prepared(library, admin, volumes, status, why):
    admin.set_item_status("V0001", status)

    with pytest.raises(BinderyRefused, match=why):
        library.bindery.prepare("V0001")
    assert library.bindery.prepared() == []


def test_an_item_on_loan_cannot_be_prepared(library, patron, volumes):
    library.circulation.checkout(patron.barcode, "V0001")

    with pytest.raises(BinderyRefused, match="on loan"):
        library.bindery.prepare("V0001")


def test_an_item_cannot_be_prepared_twice(library, volumes):
    library.bindery.prepare("V0001")

    with pytest.raises(BinderyRefused, match="already prepared"):
        library.bindery.prepare("V0001")


def test_an_unknown_barcode_is_refused(library, volumes):
    with pytest.raises(UnknownItem):
        library.bindery.prepare("NOPE")


def test_a_volume_taken_out_of_the_preparation_can_be_prepared_again(library, volumes):
    volume = library.bindery.prepare("V0001")

    library.bindery.unprepare(volume.id)

    assert library.bindery.prepared() == []
    assert library.bindery.prepare("V0001").barcode == "V0001"


# ------------------------------------------------------------------ shipments


def test_sending_a_shipment_puts_its_items_at_the_bindery(library, volumes):
    for v in volumes:
        library.bindery.prepare(v.barcode)

    shipment = library.bindery.create_shipment(bindery="Acme Bindery", note="rush")
    assert shipment.status is ShipmentStatus.PREPARING
    assert {v.barcode for v in shipment.volumes} == {"V0001", "V0002"}
    assert library.bindery.prepared() == []
    assert _status(library, "V0001") is ItemStatus.AVAILABLE

    sent = library.bindery.send(shipment.id, date(2026, 3, 4))

    assert sent.status is ShipmentStatus.SENT
    assert sent.sent_on == date(2026, 3, 4)
    assert sent.bindery == "Acme Bindery"
    assert [_status(library, v.barcode) for v in volumes] == [ItemStatus.AT_BINDERY] * 2
    assert [s.id for s in library.bindery.shipments()] == [shipment.id]


def test_a_shipment_cannot_be_sent_twice(library, volumes):
    shipment = library.bindery.send_items(["V0001"])

    with pytest.raises(BinderyRefused, match="already sent"):
        library.bindery.send(shipment.id)


def test_sending_is_refused_whole_when_one_item_was_lent_meanwhile(library, patron, volumes):
    for v in volumes:
        library.bindery.prepare(v.barcode)
    shipment = library.bindery.create_shipment()
    library.circulation.checkout(patron.barcode, "V0002")

    with pytest.raises(BinderyRefused, match=r"V0002.*on loan"):
        library.bindery.send(shipment.id)

    assert library.bindery.shipment(shipment.id).status is ShipmentStatus.PREPARING
    assert _status(library, "V0001") is ItemStatus.AVAILABLE


def test_nothing_prepared_makes_no_shipment(library, volumes):
    with pytest.raises(BinderyRefused, match="No volume is prepared"):
        library.bindery.create_shipment()


def test_send_items_is_all_or_nothing(library, admin, volumes):
    admin.set_item_status("V0002", ItemStatus.LOST)

    with pytest.raises(BinderyRefused, match="V0002"):
        library.bindery.send_items(["V0001", "V0002"], Instructions(colour="blue"))

    assert library.bindery.prepared() == []
    assert library.bindery.shipments() == []
    assert _status(library, "V0001") is ItemStatus.AVAILABLE


# ------------------------------------------------------------------ receiving


def test_two_volumes_sent_and_received_back_with_their_cost(library, volumes):
    shipment = library.bindery.send_items(["V0001", "V0002"], Instructions("buckram"))

    back = library.bindery.receive(shipment.id, cost_each_minor=1250)

    assert back.status is ShipmentStatus.RECEIVED
    assert back.received_on == date(2026, 3, 2)
    assert back.outstanding == ()
    assert [v.cost_minor for v in back.volumes] == [1250, 1250]
    assert back.total_cost_minor == 2500
    assert [_status(library, v.barcode) for v in volumes] == [ItemStatus.AVAILABLE] * 2
    assert library.bindery.shipments() == []
    assert [s.id for s in library.bindery.shipments(include_received=True)] == [shipment.id]


def test_a_volume_kept_back_stays_at_the_bindery_and_is_listed(library, volumes):
    shipment = library.bindery.send_items(["V0001", "V0002"])

    partly = library.bindery.receive(shipment.id, ["V0002"], cost_each_minor=900)

    assert partly.status is ShipmentStatus.SENT
    assert [v.barcode for v in partly.outstanding] == ["V0001"]
    assert _status(library, "V0001") is ItemStatus.AT_BINDERY
    assert _status(library, "V0002") is ItemStatus.AVAILABLE

    done = library.bindery.receive(shipment.id, ["V0001"], cost_each_minor=1100)
    assert done.status is ShipmentStatus.RECEIVED
    assert done.total_cost_minor == 2000


def test_a_total_cost_is_shared_among_the_volumes_received(library, volumes):
    shipment = library.bindery.send_items(["V0001", "V0002"])

    back = library.bindery.receive(shipment.id, total_cost_minor=1001)

    assert sorted(v.cost_minor or 0 for v in back.volumes) == [500, 501]
    assert back.total_cost_minor == 1001


def test_receiving_a_volume_twice_or_a_stranger_is_refused(library, make_item, volumes):
    shipment = library.bindery.send_items(["V0001", "V0002"])
    library.bindery.receive(shipment.id, ["V0001"])
    other = make_item("Other")

    with pytest.raises(BinderyRefused, match="already received"):
        library.bindery.receive(shipment.id, ["V0001"])
    with pytest.raises(BinderyRefused, match="not in bindery shipment"):
        library.bindery.receive(shipment.id, [other.barcode])
    assert _status(library, "V0002") is ItemStatus.AT_BINDERY


def test_a_shipment_not_sent_cannot_be_received(library, volumes):
    library.bindery.prepare("V0001")
    shipment = library.bindery.create_shipment()

    with pytest.raises(BinderyRefused, match="not been sent"):
        library.bindery.receive(shipment.id)


def test_a_negative_cost_is_refused(library, volumes):
    shipment = library.bindery.send_items(["V0001"])

    with pytest.raises(BinderyRefused, match="negative"):
        library.bindery.receive(shipment.id, cost_each_minor=-1)
    assert _status(library, "V0001") is ItemStatus.AT_BINDERY


def test_an_unknown_shipment_is_named(library):
    with pytest.raises(UnknownShipment, match="42"):
        library.bindery.receive(42)


def test_a_received_item_can_be_bound_again_later(library, volumes):
    shipment = library.bindery.send_items(["V0001"])
    library.bindery.receive(shipment.id)

    assert library.bindery.prepare("V0001").barcode == "V0001"


def test_split_cost_gives_the_remainder_to_the_first_volumes():
    assert split_cost(1000, 3) == [334, 333, 333]
    assert split_cost(0, 2) == [0, 0]
    assert split_cost(500, 0) == []


# ------------------------------------------------------------------ slips


def test_binding_slips_carry_each_volume_and_its_spine_lettering(library, clock, volumes):
    shipment = library.bindery.send_items(
        ["V0001", "V0002"],
        Instructions("buckram", "green", "JOURNAL OF MENDING\nVOL. <1>"),
        bindery="Acme",
    )

    html = binding_slips_html(shipment, "Town Library", clock.now())

    assert html.count("BINDING SLIP") == 2
    assert "page-break-before" in html
    for word in ("Town Library", "Acme", "buckram", "green", "V0001", "050 JOU v.2"):
        assert word in html
    assert "VOL. &lt;1&gt;" in html
