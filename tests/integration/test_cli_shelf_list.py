"""``libtech shelf-list``: items in shelf order, by location, from a call number, as JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest

#: (barcode, call number, location), in no particular order.
COPIES = [
    ("3001", "823.92 SMI", "Main"),
    ("3002", "QA100 .B3", "Main"),
    ("3003", "823.914 SMI", "Branch"),
    ("3004", None, "Main"),
    ("3005", "QA76.73.P98 L88 2010", "Main"),
    ("3006", "FIC SMI", "Branch"),
]


@pytest.fixture(autouse=True)
def cli(run_cli: Any) -> Any:
    code, out, _ = run_cli("biblio", "add", "--title", "Shelf test", "--author", "Smith, Zadie")
    assert code == 0
    biblio = out.strip().splitlines()[-1]
    for barcode, call_number, location in COPIES:
        args = ["item", "add", biblio, barcode, "--location", location]
        if call_number:
            args += ["--call-number", call_number]
        assert run_cli(*args)[0] == 0
    return run_cli


def test_json_lists_every_item_in_shelf_order(cli: Any) -> None:
    code, out, err = cli("shelf-list", "--json")

    assert (code, err) == (0, "")
    found = json.loads(out)
    assert [e["call_number"] for e in found] == [
        "823.914 SMI",
        "823.92 SMI",
        "QA76.73.P98 L88 2010",
        "QA100 .B3",
        "FIC SMI",
        None,
    ]
    assert found[0] == {
        "call_number": "823.914 SMI",
        "barcode": "3003",
        "title": "Shelf test",
        "author": "Smith, Zadie",
        "location": "Branch",
        "status": "available",
        "shelf_key": found[0]["shelf_key"],
    }
    assert found[0]["shelf_key"] < found[1]["shelf_key"]


def test_text_by_location_from_a_call_number_with_a_limit(cli: Any) -> None:
    code, out, _ = cli("shelf-list", "--location", "Main", "--from", "823.93", "--limit", "2")

    assert code == 0
    lines = out.strip().splitlines()
    assert lines[0].split()[:3] == ["QA76.73.P98", "L88", "2010"]
    assert "3005  Shelf test / Smith, Zadie  [Main]  Available" in lines[0]
    assert lines[1].startswith("QA100 .B3 ")
    assert lines[-1] == "2 items at Main from 823.93."


def test_items_without_a_call_number_are_marked_and_last(cli: Any) -> None:
    code, out, _ = cli("shelf-list", "--location", "Main", "--from", "R")
    assert code == 0
    assert out.strip().splitlines() == [
        "(no call number)  3004  Shelf test / Smith, Zadie  [Main]  Available",
        "1 item at Main from R.",
    ]


def test_a_long_list_is_read_page_by_page(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from libtech_desktop.cli import shelf_commands

    monkeypatch.setattr(shelf_commands, "PAGE", 2)  # three pages for six items
    code, out, _ = cli("shelf-list", "--json", "--limit", "5")
    assert code == 0
    assert [e["barcode"] for e in json.loads(out)] == ["3003", "3001", "3005", "3002", "3006"]


def test_a_bad_limit_is_a_usage_error(cli: Any) -> None:
    code, _, err = cli("shelf-list", "--limit", "0")
    assert code == 2
    assert "must be 1 or more" in err
