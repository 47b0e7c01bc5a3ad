"""``libtech bindery`` and ``libtech transfer(s)`` end to end, on a real library file."""

from __future__ import annotations

from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit

VOL1 = with_check_digit("3999900000001")
VOL2 = with_check_digit("3999900000002")
BOOK = with_check_digit("3999900000003")


@pytest.fixture
def stocked(cli: Any) -> None:
    assert cli("init").code == 0
    journal = cli("biblio", "add", "--title", "Journal of Mending").last_line
    for code, volume in ((VOL1, "v.1"), (VOL2, "v.2")):
        assert cli("item", "add", journal, code, "--call-number", f"050 JOU {volume}").code == 0
    novel = cli("biblio", "add", "--title", "Middlemarch").last_line
    added = cli("item", "add", novel, BOOK, "--call-number", "FIC ELI", "--location", "Stacks")
    assert added.code == 0, added.err


def _status(cli: Any, barcode: str) -> str:
    return str(cli("item", "show", barcode, "--json").json()["status"])


def test_two_volumes_sent_to_the_bindery_and_received_back(cli: Any, stocked: None) -> None:
    sent = cli(
        "bindery", "send", VOL1, VOL2, "--bindery", "Acme", "--binding-type", "buckram",
        "--colour", "red", "--note", "trim margins",
    )  # fmt: skip

    assert sent.code == 0, sent.err
    shipment = sent.last_line
    assert shipment.isdigit()
    assert "2 volumes sent on 2026-03-02" in sent.out
    assert _status(cli, VOL1) == _status(cli, VOL2) == "at_bindery"
    listed = cli("bindery", "list", "--json").json()
    assert [s["id"] for s in listed] == [int(shipment)]
    assert listed[0]["status"] == "sent"
    assert listed[0]["bindery"] == "Acme"
    assert {v["item"] for v in listed[0]["volumes"]} == {VOL1, VOL2}
    assert {v["binding_type"] for v in listed[0]["volumes"]} == {"buckram"}
    assert listed[0]["outstanding"] == sorted([VOL1, VOL2])

    received = cli("bindery", "receive", shipment, "--cost", "12.50")

    assert received.code == 0, received.err
    assert "2 of 2 back, cost 25.00" in received.out
    assert _status(cli, VOL1) == _status(cli, VOL2) == "available"
    assert cli("bindery", "list", "--json").json() == []
    everything = cli("bindery", "list", "--all", "--json").json()
    assert everything[0]["status"] == "received"
    assert everything[0]["total_cost"] == "25.00"
    assert {v["cost"] for v in everything[0]["volumes"]} == {"12.50"}


def test_receiving_some_volumes_lists_the_one_still_out(cli: Any, stocked: None) -> None:
    shipment = cli("bindery", "send", VOL1, VOL2).last_line

    partly = cli("bindery", "receive", shipment, VOL2, "--total", "9.00")

    assert partly.code == 0, partly.err
    assert "1 of 2 back, cost 9.00" in partly.out
    assert f"still at the bindery: {VOL1}" in partly.out
    assert _status(cli, VOL1) == "at_bindery"
    assert cli("bindery", "list", "--json").json()[0]["outstanding"] == [VOL1]


def test_a_refused_send_sends_nothing(cli: Any, stocked: None) -> None:
    ada = with_check_digit("2999900000001")
    assert cli("patron", "add", ada, "--name", "Lovelace, Ada").code == 0
    assert cli("checkout", ada, VOL2).code == 0

    refused = cli("bindery", "send", VOL1, VOL2)

    assert refused.code == 1
    assert "on loan" in refused.err
    assert len(refused.err.strip().splitlines()) == 1
    assert _status(cli, VOL1) == "available"
    assert cli("bindery", "list", "--json").json() == []


def test_a_bad_cost_is_refused(cli: Any, stocked: None) -> None:
    shipment = cli("bindery", "send", VOL1).last_line

    refused = cli("bindery", "receive", shipment, "--cost", "twelve")

    assert refused.code == 1
    assert _status(cli, VOL1) == "at_bindery"


def test_transfers_from_request_to_arrival(cli: Any, stocked: None) -> None:
    requested = cli("transfer", BOOK, VOL1, "--to", "Display")

    assert requested.code == 0, requested.err
    assert requested.last_line.isdigit()
    picks = cli("transfers", "--json").json()
    # Walking order: no location first, then Stacks.
    assert [p["item"] for p in picks] == [VOL1, BOOK]
    assert picks[1]["from"] == "Stacks"
    assert picks[1]["to"] == "Display"

    arrived = cli("transfer", "arrive", BOOK)

    assert arrived.code == 0, arrived.err
    assert "now in Display" in arrived.out
    assert cli("item", "show", BOOK, "--json").json()["location"] == "Display"
    assert [p["item"] for p in cli("transfers", "--json").json()] == [VOL1]

    cancelled = cli("transfer", "cancel", str(picks[0]["id"]))
    assert cancelled.code == 0, cancelled.err
    assert cli("transfers", "--json").json() == []
    assert "Nothing to move." in cli("transfers").out


def test_a_transfer_refusal_is_one_line_and_the_rest_go_on(cli: Any, stocked: None) -> None:
    cli("transfer", BOOK, "--to", "Display")

    again = cli("transfer", BOOK, VOL1, "--to", "Display")

    assert again.code == 1
    assert "already on its way to Display" in again.err
    assert len(again.err.strip().splitlines()) == 1
    assert {p["item"] for p in cli("transfers", "--json").json()} == {BOOK, VOL1}


def test_a_transfer_needs_a_destination(cli: Any, stocked: None) -> None:
    missing = cli("transfer", BOOK)

    assert missing.code == 1
    assert "--to LOCATION" in missing.err
