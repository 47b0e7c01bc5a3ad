"""``libtech import-marc`` and ``export-marc`` end to end, on real files."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pymarc
import pytest

MARC = Path(__file__).parents[1] / "data" / "marc"


@pytest.fixture(autouse=True)
def cli(run_cli: Any) -> Any:
    return run_cli


def test_import_json_reports_counts_and_numbered_errors(cli: Any) -> None:
    code, out, err = cli("import-marc", str(MARC / "bad_records.mrc"), "--json")

    assert (code, err) == (0, "")
    report = json.loads(out)
    assert {k: report[k] for k in ("added", "merged", "skipped", "failed")} == {
        "added": 2,  # record 8 is record 1 again, but without an ISBN nothing matches it
        "merged": 0,
        "skipped": 0,
        "failed": 7,
    }
    assert [e["record"] for e in report["errors"]] == [2, 3, 4, 5, 6, 7, 9]
    assert all(set(e) == {"record", "reason"} and e["reason"] for e in report["errors"])


def test_import_prints_a_report_and_reimport_skips_isbn_duplicates(cli: Any) -> None:
    code, out, _ = cli("import-marc", str(MARC / "test.dat"))
    assert code == 0
    assert "added 10, merged 0, skipped as duplicates 0, failed 0" in out

    code, out, _ = cli("import-marc", str(MARC / "test.dat"), "--json")
    report = json.loads(out)
    # Record 3 has no ISBN, so nothing matches it: it is added again.
    assert (report["added"], report["skipped"], report["failed"]) == (1, 9, 0)


def test_import_of_an_unreadable_file_is_one_line_and_status_1(cli: Any, tmp_path: Path) -> None:
    code, _, err = cli("import-marc", str(tmp_path / "missing.mrc"))
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and err.startswith("libtech: error: ")


@pytest.mark.parametrize("fmt", ["mrc", "xml"])
def test_export_round_trip_prints_the_count(cli: Any, tmp_path: Path, fmt: str) -> None:
    cli("import-marc", str(MARC / "test.dat"), "--items-from", "852")
    out_file = tmp_path / f"out.{fmt}"

    code, out, _ = cli("export-marc", str(out_file), "--format", fmt)

    assert code == 0 and out.strip().splitlines()[-1] == "10"
    with (MARC / "test.dat").open("rb") as fh:
        before = [str(r) for r in pymarc.MARCReader(fh)]
    if fmt == "mrc":
        after = [str(r) for r in pymarc.MARCReader(out_file.read_bytes())]
    else:
        after = [str(r) for r in pymarc.parse_xml_to_array(str(out_file))]
    strip_leader = [s.split("\n", 1)[1] for s in before]
    assert [s.split("\n", 1)[1] for s in after] == strip_leader


def test_export_with_a_query(cli: Any, tmp_path: Path) -> None:
    cli("import-marc", str(MARC / "test.dat"))
    code, out, _ = cli(
        "export-marc", str(tmp_path / "dbi.xml"), "--format", "xml", "--query", "DBI"
    )
    assert (code, out.strip().splitlines()[-1]) == (0, "1")
    [record] = pymarc.parse_xml_to_array(str(tmp_path / "dbi.xml"))
    assert record["245"]["a"] == "Programming the Perl DBI /"
