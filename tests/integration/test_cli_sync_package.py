"""``libtech sync prepare`` and ``libtech sync import-package`` end to end, on two
library files (the branch's and the laptop's)."""

from __future__ import annotations

from typing import Any

import pytest

from libtech_desktop.cli import main
from libtech_desktop.domain.barcodes import with_check_digit
from tests.integration.conftest import CliResult, assert_one_error_line

ADA = with_check_digit("2999900000001")
BOOK1 = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")
PASS = "correct horse battery"


@pytest.fixture
def branch(cli: Any) -> Any:
    """Two items on the bookmobile; Ada has BOOK1 out."""
    assert cli("init").code == 0
    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    record = cli("biblio", "add", "--title", "Emma").out.strip().splitlines()[-1]
    for code in (BOOK1, BOOK2):
        assert cli("item", "add", record, code, "--location", "Bookmobile").code == 0
    assert cli("checkout", ADA, BOOK1).code == 0
    return cli


@pytest.fixture
def laptop(tmp_path: Any, capsys: pytest.CaptureFixture[str]) -> Any:
    def run(*args: str) -> CliResult:
        code = main(["--db", str(tmp_path / "laptop.sqlite3"), *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def secret(tmp_path: Any) -> Any:
    path = tmp_path / "pass.txt"
    path.write_text(PASS + "\nignored second line\n")
    return path


def test_prepare_with_a_passphrase_file_then_import_with_the_environment(
    branch, laptop, secret, tmp_path, monkeypatch
):
    out = tmp_path / "trip.lbp"

    made = branch("sync", "prepare", "-o", str(out), "--passphrase-file", str(secret))

    assert made.code == 0, made.err
    assert made.last_line == str(out)
    assert "2 items, 1 patron " in made.out
    monkeypatch.setenv("LIBTECH_SYNC_PASSPHRASE", PASS)
    imported = laptop("sync", "import-package", str(out))
    assert imported.code == 0, imported.err
    assert "1 loan added" in imported.out
    checkin = laptop("checkin", BOOK1)
    assert checkin.code == 0, checkin.err
    assert "Lovelace, Ada" in checkin.out


def test_prepare_from_a_list_of_barcodes_with_fewer_days(branch, secret, tmp_path):
    barcodes = tmp_path / "items.txt"
    barcodes.write_text(f"{BOOK2}\n")
    out = tmp_path / "trip.lbp"

    made = branch(
        "sync", "prepare", "--items", str(barcodes), "--days", "3", "-o", str(out),
        "--passphrase-file", str(secret),
    )  # fmt: skip

    assert made.code == 0, made.err
    assert "Expires 2026-03-05" in made.out
    # BOOK1 travels too: Ada has it out, and the truck can take it back.
    assert "2 items" in made.out


def test_no_passphrase_and_no_terminal_is_one_clear_error(branch, tmp_path, monkeypatch):
    monkeypatch.delenv("LIBTECH_SYNC_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)

    result = branch("sync", "prepare", "-o", str(tmp_path / "trip.lbp"))

    assert_one_error_line(result, "--passphrase-file", "LIBTECH_SYNC_PASSPHRASE")
    assert not (tmp_path / "trip.lbp").exists()


def test_a_wrong_passphrase_is_one_clear_error(branch, laptop, secret, tmp_path, monkeypatch):
    out = tmp_path / "trip.lbp"
    assert branch("sync", "prepare", "-o", str(out), "--passphrase-file", str(secret)).code == 0
    monkeypatch.setenv("LIBTECH_SYNC_PASSPHRASE", "not the passphrase")

    result = laptop("sync", "import-package", str(out))

    assert_one_error_line(result, "passphrase does not open this package")


def test_a_prompt_asks_twice_when_preparing(branch, tmp_path, monkeypatch):
    monkeypatch.delenv("LIBTECH_SYNC_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter([PASS, "something else"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))

    result = branch("sync", "prepare", "-o", str(tmp_path / "trip.lbp"))

    assert_one_error_line(result, "passphrases differ")
