"""``libtech sync import|import-koc|exceptions|resolve|dismiss`` end to end (issue 7): the
laptop's journal merged at the branch, with its exceptions, on two library files."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.cli import main
from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.library import open_library
from tests.integration.conftest import CliResult, assert_one_error_line

ADA, BOB, CY = (with_check_digit(f"299990000000{n}") for n in (1, 2, 3))
B1, B2, B3 = (with_check_digit(f"399990000000{n}") for n in (1, 2, 3))


@pytest.fixture
def laptop(cli: Any, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> Any:
    """The branch has Ada, Bob, Cy and three books; ``laptop(*args)`` runs libtech on a copy
    of its file made before the trip (its own device from then on)."""
    assert cli("init").code == 0
    for code, name in ((ADA, "Lovelace, Ada"), (BOB, "Babbage, Bob"), (CY, "Cyrus, Cy")):
        assert cli("patron", "add", code, "--name", name).code == 0
    for code in (B1, B2, B3):
        record = cli("biblio", "add", "--title", f"Book {code[-2:]}").out.strip().splitlines()[-1]
        assert cli("item", "add", record, code).code == 0
    path = tmp_path / "laptop.sqlite3"
    source, target = sqlite3.connect(tmp_path / "library.sqlite3"), sqlite3.connect(path)
    source.backup(target)
    source.close()
    target.close()
    with open_library(path) as lib, lib.context.unit_of_work() as uow:
        uow.settings.set("sync.device_id", str(uuid.uuid4()))
        uow.settings.set("sync.device_name", "Bookmobile laptop")
        uow.commit()

    def run(*args: str) -> CliResult:
        code = main(["--db", str(path), *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def journal(cli: Any, laptop: Any, tmp_path: Path) -> Path:
    """On the road: Ada borrows B1, Bob B2 (blocked at the branch meanwhile), Cy B3 (lent to
    Ada at the branch meanwhile). Exported for the branch."""
    for patron, item in ((ADA, B1), (BOB, B2), (CY, B3)):
        assert laptop("checkout", patron, item).code == 0
    assert cli("patron", "block", BOB, "--reason", "Lost two books").code == 0
    assert cli("checkout", ADA, B3).code == 0
    out = tmp_path / "laptop.jsonl"
    assert laptop("sync", "export", "-o", str(out)).code == 0
    return out


def test_dry_run_json_lists_exactly_the_two_exceptions_and_changes_nothing(cli, journal):
    result = cli("sync", "import", str(journal), "--dry-run", "--json")

    assert result.code == 0, result.err
    report = result.json()
    assert report["operations"] == 3 and report["dry_run"] is True
    shown = [
        {k: e[k] for k in ("item", "patron", "action", "reason")} for e in report["exceptions"]
    ]
    assert [(e["item"], e["patron"], e["action"]) for e in shown] == [
        (B2, BOB, "check out"),
        (B3, CY, "check out"),
    ]
    assert shown[0]["reason"].startswith("blocked at the branch: ")
    assert shown[1]["reason"].startswith(f"on loan to Lovelace, Ada ({ADA}) since ")
    assert cli("item", "show", B1).out.count(ADA) == 0
    assert cli("sync", "exceptions", "--json").json() == []


def test_apply_prints_a_summary_and_each_exception_then_a_second_import_changes_nothing(
    cli, journal
):
    applied = cli("sync", "import", str(journal))

    assert applied.code == 0, applied.err
    first, *rest = applied.out.splitlines()
    assert first == (
        "Bookmobile laptop (journal): 3 operations: 1 applied, 0 unchanged, 2 exceptions."
    )
    assert len(rest) == 2 and "check out" in rest[0] and "blocked at the branch" in rest[0]
    again = cli("sync", "import", str(journal), "--json").json()
    assert (again["applied"], again["already_applied"], again["exceptions"]) == (0, 3, [])
    assert "nothing changes" in cli("sync", "import", str(journal)).out


def test_the_exceptions_queue_resolve_and_dismiss(cli, journal):
    cli("sync", "import", str(journal))
    queue = cli("sync", "exceptions", "--json").json()
    blocked, lent = queue
    assert blocked["item"] == B2 and lent["item"] == B3

    refused = cli("sync", "resolve", str(lent["id"]))
    assert_one_error_line(refused, "still not applied", "on loan to Lovelace, Ada")
    assert cli("checkin", B3).code == 0
    resolved = cli("sync", "resolve", str(lent["id"]))
    assert resolved.out == f"Exception {lent['id']} resolved: applied on retry.\n"
    dismissed = cli("sync", "dismiss", str(blocked["id"]), "--note", "Talked to Bob")
    assert dismissed.out == f"Exception {blocked['id']} dismissed: Talked to Bob\n"
    assert cli("sync", "exceptions").out == "No sync exceptions to resolve.\n"
    assert len(cli("sync", "exceptions", "--all").out.splitlines()) == 2


def test_import_koc_dry_run_then_apply_once(cli, laptop, tmp_path):
    assert laptop("checkout", ADA, B1).code == 0
    koc = tmp_path / "laptop.koc"
    assert laptop("sync", "export-koc", "-o", str(koc)).code == 0

    dry = cli("sync", "import-koc", str(koc), "--dry-run", "--json").json()
    assert (dry["source"], dry["operations"], dry["applied"], dry["exceptions"]) == (
        "koc",
        1,
        1,
        [],
    )
    assert "Dry run — nothing changed." in cli("sync", "import-koc", str(koc), "--dry-run").out
    assert cli("sync", "import-koc", str(koc)).code == 0
    assert ADA in cli("item", "show", B1).out
    assert cli("sync", "import-koc", str(koc), "--json").json()["already_applied"] == 1


def test_a_journal_given_to_import_koc_and_a_bad_line_are_refused(cli, journal):
    assert_one_error_line(cli("sync", "import-koc", str(journal)), "not a Koha .koc file")
    journal.write_text(journal.read_text() + "garbage\n")
    assert_one_error_line(cli("sync", "import", str(journal)), "line 5: not an operation")
