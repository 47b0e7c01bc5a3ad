"""``libtech`` for patron records: categories, renewals, incidents, CSV import and
a patron's data exported or erased (issue 5)."""

from __future__ import annotations

import json
from typing import Any

import pytest

ADA = "P1"


@pytest.fixture
def cli(cli: Any) -> Any:
    """The command line of a new library where Ada is registered."""
    assert cli("init").code == 0
    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada").code == 0
    return cli


def test_category_add_and_list(cli):
    added = cli("category", "add", "senior", "Senior", "--membership-days", "365")
    assert added.code == 0, added.err
    listed = cli("category", "list", "--json").json()
    assert {"code": "senior", "name": "Senior", "membership_days": 365} in listed
    assert cli("patron", "add", "T1", "--name", "Elder, Sue", "--category", "senior").code == 0


def test_patron_renew(cli):
    result = cli("patron", "renew", ADA)
    assert result.code == 0, result.err
    assert "card expires 2032-02-29" in result.out  # 2029-03-01 + 3 x 365 days


def test_incident_add_suspends_and_is_listed(cli):
    added = cli(
        "incident",
        "add",
        ADA,
        "--what",
        "Threw a chair",
        "--action",
        "Sent home",
        "--suspend-until",
        "2026-03-16",
    )
    assert added.code == 0, added.err
    assert "no borrowing until 2026-03-16" in added.out

    listed = cli("incidents", ADA, "--json").json()
    assert [(i["what"], i["action"], i["suspended_until"]) for i in listed] == [
        ("Threw a chair", "Sent home", "2026-03-16")
    ]
    shown = cli("patron", "show", ADA, "--json").json()
    assert shown["may_borrow"] is False


def test_incident_with_a_bad_date_is_a_usage_error(cli):
    result = cli("incident", "add", ADA, "--what", "x", "--suspend-until", "soon")
    assert result.code == 2


def test_import_patrons_dry_run_then_import(cli, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_bytes(
        "Card;Surname;First name;Grade\nS1;Núñez;José;5\nS2;;;4\nP1;Lovelace;Augusta;\n".encode(
            "cp1252"
        )
    )

    dry = cli("import-patrons", str(roster), "--category", "child", "--dry-run", "--json")
    assert dry.code == 1  # a bad row
    plan = dry.json()
    assert (plan["imported"], plan["new"], plan["updated"], plan["errors"]) == (False, 1, 1, 1)
    assert dry.err.strip() == "libtech: error: row 3: A patron needs a name (Last, First)."
    assert cli("patron", "show", "S1").code == 1

    done = cli("import-patrons", str(roster), "--category", "child")
    assert done.code == 1
    assert "Added 1 patrons, updated 1; 1 rows refused." in done.out
    assert cli("patron", "show", "S1", "--json").json()["name"] == "Núñez, José"
    assert cli("patron", "show", ADA, "--json").json()["name"] == "Lovelace, Augusta"


def test_import_patrons_with_a_column_map(cli, tmp_path):
    roster = tmp_path / "roster.csv"
    roster.write_text('Number,Pupil\nS9,"Pupil, Pat"\n', encoding="utf-8")
    result = cli("import-patrons", str(roster), "--map", "barcode=Number", "--map", "name=Pupil")
    assert result.code == 0, result.err
    assert cli("patron", "show", "S9", "--json").json()["name"] == "Pupil, Pat"


def test_patron_export_and_erase(cli, tmp_path):
    cli("incident", "add", ADA, "--what", "Shouted")
    out = tmp_path / "ada.json"

    exported = cli("patron", "export", ADA, "-o", str(out))
    assert exported.code == 0, exported.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["patron"]["name"] == "Lovelace, Ada"
    assert [i["what"] for i in data["incidents"]] == ["Shouted"]

    refused = cli("patron", "erase", ADA)
    assert refused.code == 1 and "--yes" in refused.err
    erased = cli("patron", "erase", ADA, "--yes")
    assert erased.code == 0, erased.err
    assert cli("patron", "show", ADA).code == 1


def test_privacy_anonymise(cli):
    result = cli("privacy", "anonymise")
    assert result.code == 0
    assert result.out.strip() == "Anonymised 0 returned loans."
