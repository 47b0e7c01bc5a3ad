"""``libtech audit list`` and ``libtech audit export``, end to end on a real library file:
a librarian's waiver made on the command line is listed with before/after, filtered and
exported; a volunteer can neither waive nor read the log."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.interop.passwords import hash_password
from libtech_desktop.library import open_library

from .conftest import assert_one_error_line

ADA = with_check_digit("2999900000001")
BOB = with_check_digit("2999900000002")


@pytest.fixture
def desk(cli: Any, tmp_path: Path) -> Any:
    """Two patrons, a 3.00 fine on Ada (fine 1), Bob blocked; then staff accounts."""
    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    assert cli("patron", "add", BOB, "--name", "Babbage, Charles").code == 0
    assert cli("patron", "block", BOB, "--reason", "Shouted at staff").code == 0
    with open_library(tmp_path / "library.sqlite3") as lib:
        lib.fines.charge(ADA, 300, "manual", "Lost card")
        lib.staff.create_first_administrator("ada", "Ada Admin", "correct horse battery")
        with lib.context.unit_of_work() as uow:
            for user, role in (("lin", "librarian"), ("val", "volunteer")):
                uow.staff.add(
                    user,
                    user.title(),
                    role,
                    hash_password(f"{user} password"),
                    "ada",
                    lib.context.clock.now(),
                )
            uow.commit()
    return cli


def as_user(monkeypatch: pytest.MonkeyPatch, user: str) -> None:
    monkeypatch.setenv("LIBTECH_USER", user)
    monkeypatch.setenv("LIBTECH_PASSWORD", f"{user} password")


def test_a_librarians_waiver_is_listed_with_before_and_after(desk: Any, monkeypatch) -> None:
    as_user(monkeypatch, "lin")
    assert desk("waive", "1", "--reason", "Goodwill", "--amount", "1.00").code == 0

    [entry] = desk("audit", "list", "--action", "fine.waive", "--json").json()
    assert {k: entry[k] for k in ("staff", "action", "entity", "key", "note")} == {
        "staff": "lin", "action": "fine.waive", "entity": "fine", "key": "1", "note": "Goodwill",
    }  # fmt: skip
    assert entry["before"] == {"outstanding_minor": 300, "patron": ADA}
    assert entry["after"] == {"outstanding_minor": 200, "patron": ADA}

    text = desk("audit", "list", "--staff", "lin")
    assert text.code == 0
    assert "lin  fine.waive  fine 1  outstanding: 3.00 → 2.00" in text.out
    assert "(Goodwill)" in text.out


def test_filters_by_key_and_day(desk: Any, monkeypatch) -> None:
    as_user(monkeypatch, "lin")
    listed = desk("audit", "list", "--key", BOB, "--json").json()
    assert [e["action"] for e in listed] == ["patron.block", "patron.register"]
    assert desk("audit", "list", "--since", "2026-03-03").out.strip() == "No audit entries match."
    assert desk("audit", "list", "--until", "tomorrow").code == 2  # a usage error


def test_export_writes_the_csv_and_is_audited(desk: Any, monkeypatch, tmp_path: Path) -> None:
    as_user(monkeypatch, "lin")
    out = tmp_path / "audit.csv"
    done = desk("audit", "export", "-o", str(out), "--action", "patron.block")
    assert done.code == 0
    assert done.out.strip() == f"Wrote 1 audit entry to {out}."
    with out.open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert [(r["action"], r["key"], r["staff"]) for r in rows] == [("patron.block", BOB, "desk")]
    [exported] = desk("audit", "list", "--action", "audit.export", "--json").json()
    assert exported["staff"] == "lin" and exported["after"]["entries"] == 1


def test_a_volunteer_can_neither_waive_nor_read_the_log(desk: Any, monkeypatch) -> None:
    as_user(monkeypatch, "val")
    assert_one_error_line(desk("waive", "1", "--reason", "Goodwill"), "may not", "waive")
    assert_one_error_line(desk("audit", "list"), "may not", "audit")
    as_user(monkeypatch, "lin")
    assert desk("audit", "list", "--action", "fine.waive", "--json").json() == []
