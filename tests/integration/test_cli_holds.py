"""``libtech hold`` and ``libtech holds`` end to end, on a real library file."""

from __future__ import annotations

from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit

from .conftest import assert_one_error_line

ADA = with_check_digit("2999900000001")
BOB = with_check_digit("2999900000002")
BOOK1 = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")


@pytest.fixture
def desk(cli: Any) -> Any:
    """Ada and Bob; record 1 "Emma" with BOOK1 (FIC AUS), record 2 "Nana" with BOOK2."""
    assert cli("init").code == 0
    for barcode, name in ((ADA, "Lovelace, Ada"), (BOB, "Builder, Bob")):
        assert cli("patron", "add", barcode, "--name", name).code == 0
    for title, barcode, call in (("Emma", BOOK1, "FIC AUS"), ("Nana", BOOK2, "FIC ZOL")):
        record = cli("biblio", "add", "--title", title)
        assert cli("item", "add", record.last_line, barcode, "--call-number", call).code == 0
    return cli


def test_place_prints_the_hold_id_last_and_holds_lists_it(desk):
    placed = desk("hold", "place", ADA, "--biblio", "1")
    assert placed.code == 0, placed.err
    assert placed.last_line == "1"
    assert "number 1 in the queue" in placed.out

    [hold] = desk("holds", "--json").json()
    assert hold["id"] == 1
    assert hold["patron"] == ADA
    assert hold["biblio"] == 1
    assert hold["title"] == "Emma"
    assert hold["item"] is None
    assert hold["status"] == "waiting"
    assert hold["position"] == 1
    assert hold["pickup_by"] is None


def test_an_item_hold_and_the_patron_filter(desk):
    assert desk("hold", "place", ADA, "--biblio", "1").code == 0
    assert desk("hold", "place", BOB, "--item", BOOK1).code == 0

    [bobs] = desk("holds", "--patron", BOB, "--json").json()
    assert (bobs["item"], bobs["position"]) == (BOOK1, 2)
    assert "Builder, Bob" in desk("holds", "--patron", BOB).out
    assert "Lovelace" not in desk("holds", "--patron", BOB).out


def test_checkin_traps_and_item_show_says_on_hold_shelf(desk):
    desk("hold", "place", ADA, "--biblio", "1")
    desk("checkout", BOB, BOOK1)
    assert desk("checkin", BOOK1).code == 0

    assert desk("item", "show", BOOK1, "--json").json()["status"] == "on_hold_shelf"
    [hold] = desk("holds", "--json").json()
    assert (hold["status"], hold["item"], hold["pickup_by"]) == ("trapped", BOOK1, "2026-03-09")

    refused = desk("checkout", BOB, BOOK1)
    assert_one_error_line(refused, "held for Lovelace, Ada until 2026-03-09")
    assert desk("checkout", ADA, BOOK1).code == 0
    assert desk("holds", "--json").json() == []


def test_pull_list_in_shelf_order(desk):
    desk("hold", "place", ADA, "--biblio", "2")
    desk("hold", "place", BOB, "--biblio", "1")

    entries = desk("holds", "pull-list", "--json").json()

    assert [(e["item"], e["patron"], e["call_number"]) for e in entries] == [
        (BOOK1, BOB, "FIC AUS"),
        (BOOK2, ADA, "FIC ZOL"),
    ]
    assert "FIC AUS" in desk("holds", "pull-list").out.splitlines()[0]


def test_freeze_unfreeze_and_cancel(desk):
    desk("hold", "place", ADA, "--biblio", "1")
    assert "Froze hold 1" in desk("hold", "freeze", "1").out
    assert desk("holds", "--json").json()[0]["frozen"] is True
    assert desk("holds", "pull-list", "--json").json() == []
    assert "Unfroze hold 1" in desk("hold", "freeze", "1", "--off").out
    assert desk("hold", "cancel", "1").code == 0
    assert desk("holds", "--json").json() == []
    assert_one_error_line(desk("hold", "cancel", "1"), "already cancelled")
    assert_one_error_line(desk("hold", "cancel", "42"), "no hold number 42")


def test_refusals_are_one_line(desk):
    desk("hold", "place", ADA, "--biblio", "1")
    assert_one_error_line(desk("hold", "place", ADA, "--item", BOOK1), "already has hold")
    assert_one_error_line(desk("hold", "place", ADA, "--biblio", "99"), "no record")
    assert desk("hold", "place", ADA).code == 2


def test_holds_expire_passes_nothing_when_none_are_due(desk):
    result = desk("holds", "expire")
    assert result.code == 0
    assert result.last_line == "0 holds expired."
