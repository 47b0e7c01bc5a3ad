"""``libtech repair``, ``withdraw``, ``replacements`` and ``condition`` end to end."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.cli import main
from libtech_desktop.domain.barcodes import with_check_digit

from .conftest import CliResult as Result
from .conftest import assert_one_error_line

ADA = with_check_digit("2999900000001")
BOOK1 = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")


@pytest.fixture
def desk(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
    """Ada; "Emma" (BOOK1, FIC AUS) and "Nana" (BOOK2, FIC ZOL)."""
    db = tmp_path / "library.sqlite3"

    def run(*args: str) -> Result:
        code = main(["--db", str(db), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    assert run("init").code == 0
    assert run("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    for title, barcode, call in (("Emma", BOOK1, "FIC AUS"), ("Nana", BOOK2, "FIC ZOL")):
        record = run("biblio", "add", "--title", title)
        assert run("item", "add", record.last_line, barcode, "--call-number", call).code == 0
    return run


def test_a_repair_from_open_to_close(desk):
    opened = desk("repair", "open", BOOK1, "--type", "tape spine", "--note", "Spine split")
    assert opened.code == 0, opened.err
    ticket = opened.last_line
    assert ticket == "1"
    assert desk("item", "show", BOOK1, "--json").json()["status"] == "in_repair"
    [listed] = desk("repair", "list", "--json").json()
    assert (listed["id"], listed["item"], listed["type"], listed["status"]) == (
        1,
        BOOK1,
        "tape spine",
        "queued",
    )

    assert desk("repair", "start", ticket, "--who", "Jo").code == 0
    assert desk("repair", "log", ticket, "--minutes", "20", "--cost", "1.50").code == 0
    closed = desk("repair", "close", ticket, "--cost", "1.75", "--minutes", "10")
    assert closed.code == 0, closed.err
    assert "available again" in closed.out

    assert desk("item", "show", BOOK1, "--json").json()["status"] == "available"
    assert desk("repair", "list", "--json").json() == []
    [done] = desk("repair", "list", "--status", "done", "--json").json()
    assert (done["assigned_to"], done["minutes"], done["materials"], done["outcome"]) == (
        "Jo",
        30,
        "3.25",
        "repaired",
    )
    history = desk("condition", BOOK1, "--json").json()
    assert [(e["condition"], e["source"]) for e in history] == [
        ("good", "repair"),
        ("damaged", "repair"),
    ]
    assert_one_error_line(desk("repair", "close", ticket), "already done")


def test_close_with_withdrawal(desk):
    ticket = desk("repair", "open", BOOK2, "--type", "rebind").last_line
    closed = desk("repair", "close", ticket, "--withdraw", "damaged")
    assert closed.code == 0, closed.err
    assert desk("item", "show", BOOK2, "--json").json()["status"] == "withdrawn"
    [done] = desk("repair", "list", "--status", "done", "--json").json()
    assert done["outcome"] == "withdrawn"


def test_withdraw_with_a_reason_and_a_replacement(desk):
    assert desk("replacements", "--json").json() == []
    done = desk(
        "withdraw", BOOK1, "--reason", "outdated", "--note", "Superseded edition", "--replace"
    )
    assert done.code == 0, done.err
    assert "Withdrew" in done.out
    assert desk("item", "show", BOOK1, "--json").json()["status"] == "withdrawn"
    [wanted] = desk("replacements", "--json").json()
    assert (wanted["title"], wanted["item"], wanted["reason"]) == (
        "Emma",
        BOOK1,
        "Withdrawn: outdated",
    )
    assert "Emma" in desk("replacements").out
    assert_one_error_line(desk("withdraw", BOOK1, "--reason", "weeded"), "already been withdrawn")


def test_refusals_are_one_line_and_change_nothing(desk):
    assert desk("checkout", ADA, BOOK2).code == 0
    assert_one_error_line(desk("withdraw", BOOK2, "--reason", "weeded"), "on loan")
    assert_one_error_line(desk("withdraw", BOOK1, "--reason", "ugly"), "withdrawal reason")
    assert_one_error_line(desk("repair", "close", "7"), "no repair ticket number 7")
    assert_one_error_line(desk("repair", "list", "--status", "soon"), "ticket status")
    assert desk("item", "show", BOOK1, "--json").json()["status"] == "available"


def test_condition_by_hand(desk):
    assert "No condition recorded" in desk("condition", BOOK1).out
    recorded = desk("condition", BOOK1, "--record", "poor", "--note", "Cover worn")
    assert recorded.code == 0, recorded.err
    assert "poor" in recorded.out and "Cover worn" in recorded.out
    [entry] = desk("condition", BOOK1, "--json").json()
    assert (entry["condition"], entry["source"], entry["note"]) == ("poor", "hand", "Cover worn")
