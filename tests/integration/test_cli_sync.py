"""``libtech sync status|export|export-koc`` end to end, on a real library file."""

from __future__ import annotations

import json
from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit

ADA = with_check_digit("2999900000001")
BOOK1 = with_check_digit("3999900000001")


@pytest.fixture
def desk(cli: Any) -> Any:
    """Ada has borrowed BOOK1 ("Emma") and brought it back."""
    assert cli("init").code == 0
    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    record = cli("biblio", "add", "--title", "Emma").out.strip().splitlines()[-1]
    assert cli("item", "add", record, BOOK1).code == 0
    assert cli("checkout", ADA, BOOK1).code == 0
    assert cli("checkin", BOOK1).code == 0
    return cli


def test_a_new_library_is_up_to_date(cli):
    assert cli("init").code == 0
    status = cli("sync", "status")
    assert (status.code, status.out) == (0, "Sync: up to date\n")
    state = cli("sync", "status", "--json").json()
    assert (state["pending"], state["oldest"]) == (0, None)
    assert len(state["device_id"]) == 36


def test_status_counts_the_desks_operations(desk):
    state = desk("sync", "status", "--json").json()
    assert state["pending"] == 3
    assert state["oldest"].startswith("2026-03-02T")
    assert desk("sync", "status").out == "Sync: 3 operations not yet merged, oldest 0 s ago\n"


def test_export_to_stdout_and_to_a_file_write_the_same_lines(desk, tmp_path):
    printed = desk("sync", "export")
    assert printed.code == 0, printed.err
    header, *operations = [json.loads(line) for line in printed.out.splitlines()]
    assert header["format"] == "libtech-journal"
    assert [op["kind"] for op in operations] == ["patron_add", "checkout", "checkin"]

    out = tmp_path / "laptop.jsonl"
    written = desk("sync", "export", "-o", str(out))
    assert written.out == f"Wrote 3 operations to {out}.\n"
    assert out.read_text() == printed.out
    assert desk("sync", "export").out == printed.out


def test_since_a_later_day_exports_nothing(desk):
    lines = desk("sync", "export", "--since", "2026-03-03").out.splitlines()
    assert len(lines) == 1
    assert len(desk("sync", "export", "--since", "2026-03-02").out.splitlines()) == 4


def test_a_bad_since_is_a_usage_error(desk):
    result = desk("sync", "export", "--since", "yesterday")
    assert result.code == 2
    assert "is not a date like 2026-03-23" in result.err


def test_export_koc_writes_the_header_and_the_circulation(desk, tmp_path):
    out = tmp_path / "bookmobile.koc"
    result = desk("sync", "export-koc", "-o", str(out))
    assert result.code == 0, result.err
    assert "Wrote 2 operations" in result.out
    header, issue, ret = out.read_text().splitlines()
    assert header.startswith("Version=1.0\tGenerator=LibTech Desk\tGeneratorVersion=")
    assert issue.split("\t")[1:] == ["issue", ADA, BOOK1]
    assert ret.split("\t")[1:] == ["return", BOOK1]
    assert issue.startswith("2026-03-02 12:00:00 000\t")
