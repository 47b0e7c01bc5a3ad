"""``libtech notices run|log`` end to end: a dry run, letters, the log, no second send."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from libtech_desktop.domain.barcodes import with_check_digit
from tests.integration.conftest import CliRun

ADA = with_check_digit("2999900000001")
BEA = with_check_digit("2999900000002")
BOOK = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")


@pytest.fixture
def lent(run_cli: CliRun, monkeypatch: pytest.MonkeyPatch) -> CliRun:
    """Ada (no email: letters) borrowed Middlemarch on 2 March, due 23 March; it is now
    24 March. Bea (email, no mail server set up) borrowed Emma."""
    assert run_cli("patron", "add", ADA, "--name", "Okafor, Ada")[0] == 0
    assert (
        run_cli("patron", "add", BEA, "--name", "Berg, Bea", "--email", "bea@example.org")[0] == 0
    )
    for barcode, title in ((BOOK, "Middlemarch"), (BOOK2, "Emma")):
        _code, out, _ = run_cli("biblio", "add", "--title", title)
        assert run_cli("item", "add", out.strip().splitlines()[-1], barcode)[0] == 0
    assert run_cli("checkout", ADA, BOOK)[0] == 0
    assert run_cli("checkout", BEA, BOOK2)[0] == 0
    monkeypatch.setenv("LIBTECH_TODAY", "2026-03-24")
    return run_cli


def test_dry_run_lists_what_is_due_and_sends_nothing(lent: CliRun, tmp_path: Path) -> None:
    code, out, err = lent("notices", "run", "--dry-run", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["dry_run"] is True
    assert [(n["patron"], n["kind"], n["channel"]) for n in data["notices"]] == [
        (ADA, "overdue1", "print"),
        (BEA, "overdue1", "email"),
    ]
    assert data["notices"][0]["items"] == [f"{BOOK} Middlemarch"]
    code, out, _ = lent("notices", "log", "--json")
    assert json.loads(out) == []


def test_run_prints_letters_reports_failures_and_never_sends_twice(
    lent: CliRun, tmp_path: Path
) -> None:
    letters = tmp_path / "letters.pdf"
    code, out, err = lent("notices", "run", "--letters", str(letters))
    assert code == 1  # Bea's email could not go: no mail server
    assert "printed 1 letter" in out and f"Letters to print: {letters}" in out
    assert "Berg, Bea" in err and "smtp.host" in err
    (page,) = PdfReader(letters).pages
    assert "Okafor, Ada" in page.extract_text() and "Middlemarch" in page.extract_text()

    code, out, _ = lent("notices", "log", "--json")
    log = json.loads(out)
    assert sorted((e["patron"], e["status"], e["attempts"], e["item"]) for e in log) == [
        (ADA, "printed", 1, BOOK),
        (BEA, "failed", 1, BOOK2),
    ]
    # Again: Ada's letter is not printed twice; Bea's failure is retried (and fails again).
    letters.unlink()
    code, out, err = lent("notices", "run", "--letters", str(letters), "--json")
    data = json.loads(out)
    assert [(n["patron"], n["retry"]) for n in data["notices"]] == [(BEA, True)]
    assert data["printed"] == 0 and not letters.exists()
    code, out, _ = lent("notices", "log")
    assert "failed" in out and "printed" in out and "Middlemarch" in out


def test_nothing_due(run_cli: CliRun) -> None:
    code, out, _ = run_cli("notices", "run", "--dry-run")
    assert code == 0 and "No notices are due." in out


def test_letters_into_a_missing_folder_is_refused(lent: CliRun, tmp_path: Path) -> None:
    code, _, err = lent("notices", "run", "--letters", str(tmp_path / "no" / "x.pdf"))
    assert code == 1 and "There is no folder" in err


def test_the_run_first_passes_on_holds_left_on_the_hold_shelf(
    lent: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bea reserved Middlemarch; Ada returned it on 24 March and it was trapped; Bea
    never came. Two weeks on, the run expires her hold and puts the book back."""
    assert lent("hold", "place", BEA, "--item", BOOK)[0] == 0
    assert lent("checkin", BOOK)[0] == 0
    assert "on_hold_shelf" in lent("item", "show", BOOK, "--json")[1]
    monkeypatch.setenv("LIBTECH_TODAY", "2026-04-07")

    code, out, _err = lent("notices", "run", "--letters", str(tmp_path / "letters.pdf"))

    assert code == 1  # Bea's emails cannot go: no mail server is set up
    assert out.splitlines()[0] == "1 uncollected hold expired and passed on."
    assert json.loads(lent("item", "show", BOOK, "--json")[1])["status"] == "available"
