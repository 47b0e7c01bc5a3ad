"""Stocktakes from the command line, end to end on a real library file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.cli import main
from libtech_desktop.domain.barcodes import with_check_digit

ADA = with_check_digit("2999900000001")
SHELF = {
    with_check_digit(f"39999000001{n:02d}"): call
    for n, call in enumerate(("823.1 ADA", "823.2 BAR", "823.3 COE", "823.4 DOY", "823.99 SMI"))
}
A, B, C, D, E = SHELF


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LIBTECH_TODAY", "2026-03-02")
    monkeypatch.delenv("LIBTECH_DB", raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
    db = tmp_path / "library.sqlite3"

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert run("init")[0] == 0
    assert run("patron", "add", ADA, "--name", "Lovelace, Ada")[0] == 0
    for barcode, call_number in SHELF.items():
        _, out, _ = run("biblio", "add", "--title", f"Book {call_number}")
        record = out.strip().splitlines()[-1]
        added = run("item", "add", record, barcode, "--call-number", call_number,
                    "--location", "Main")  # fmt: skip
        assert added[0] == 0, added[2]
    return run


def test_a_stocktake_reports_the_missing_and_the_misshelved(cli: Any) -> None:
    code, out, err = cli("inventory", "start", "--location", "Main", "--from", "823",
                         "--to", "823.99")  # fmt: skip
    assert code == 0, err
    session = out.strip().splitlines()[-1]
    assert session.isdigit()
    assert "Main, 823 to 823.99" in out

    code, out, _ = cli("inventory", "scan", session, A, C)
    assert code == 0
    code, out, _ = cli("inventory", "scan", session, D, B, "NOSUCH")  # E missing, B misplaced
    assert "NOSUCH: No item has this barcode." in out
    assert out.strip().endswith("Scanned 3 items; 5 in this stocktake.")

    code, out, _ = cli("inventory", "report", session, "--json")
    report = json.loads(out)
    assert report["missing"] == [E]
    assert report["misshelved"] == [B]
    assert report["misshelved_detail"][0]["belongs"] == (
        f"between 823.1 ADA ({A}) and 823.3 COE ({C})"
    )
    assert report["wrongly_on_loan"] == []
    assert report["unknown"] == ["NOSUCH"]

    code, out, _ = cli("inventory", "report", session)
    assert f"Missing: {E} 823.99 SMI" in out
    assert f"Misshelved: {B} 823.2 BAR (scan 4) belongs between" in out


def test_wrongly_on_loan_put_right_and_mark_missing(cli: Any) -> None:
    assert cli("checkout", ADA, C)[0] == 0
    session = cli("inventory", "start", "--location", "Main")[1].strip().splitlines()[-1]
    cli("inventory", "scan", session, A, B, C, D)

    report = json.loads(cli("inventory", "report", session, "--json")[1])
    assert report["wrongly_on_loan"] == [C]

    code, out, _ = cli("inventory", "put-right", C)
    assert code == 0
    assert "checked in: available" in out
    assert json.loads(cli("inventory", "report", session, "--json")[1])["wrongly_on_loan"] == []

    code, out, _ = cli("inventory", "mark-missing", session)
    assert code == 0
    assert f"Missing: {E}" in out
    assert "Marked 1 item missing" in out
    code, _, err = cli("inventory", "scan", session, E)
    assert code == 1
    assert "finished" in err and "Traceback" not in err

    code, out, _ = cli("checkin", E)
    assert code == 0
    assert "now available again" in out


def test_refusals_are_one_line(cli: Any) -> None:
    code, _, err = cli("inventory", "start")
    assert code == 1
    assert err.startswith("libtech: error: Name the location")
    code, _, err = cli("inventory", "report", "42")
    assert code == 1
    assert "no stocktake number 42" in err
