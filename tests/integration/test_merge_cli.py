"""``libtech biblio duplicates`` and ``libtech biblio merge`` end to end."""

from __future__ import annotations

import json
from typing import Any

import pytest


@pytest.fixture(autouse=True)
def cli(run_cli: Any) -> Any:
    return run_cli


def last_line(out: str) -> str:
    return out.strip().splitlines()[-1]


@pytest.fixture
def records(cli: Any) -> dict[str, int]:
    made = {}
    for key, title, author in [
        ("keep", "Cien años de soledad", "García Márquez, Gabriel"),
        ("dupe", "CIEN ANOS DE SOLEDAD", "Garcia Marquez, Gabriel"),
        ("other", "El otoño del patriarca", "García Márquez, Gabriel"),
    ]:
        code, out, _ = cli("biblio", "add", "--title", title, "--author", author, "--year", "1967")
        assert code == 0
        made[key] = int(last_line(out))
    assert cli("item", "add", str(made["keep"]), "3001")[0] == 0
    assert cli("item", "add", str(made["dupe"]), "3002", "--call-number", "863 GAR")[0] == 0
    return made


def test_duplicates_json(cli: Any, records: dict[str, int]) -> None:
    code, out, err = cli("biblio", "duplicates", str(records["keep"]), "--json")

    assert (code, err) == (0, "")
    found = json.loads(out)
    assert [(r["id"], r["title"], r["items"]) for r in found] == [
        (records["dupe"], "CIEN ANOS DE SOLEDAD", 1)
    ]


def test_duplicates_text(cli: Any, records: dict[str, int]) -> None:
    code, out, _ = cli("biblio", "duplicates", str(records["dupe"]))
    assert code == 0
    assert "Cien años de soledad" in out
    code, out, _ = cli("biblio", "duplicates", str(records["other"]))
    assert (code, out.strip()) == (0, f"No duplicates of record {records['other']}.")


def test_merge_prints_the_kept_id_last(cli: Any, records: dict[str, int]) -> None:
    code, out, err = cli("biblio", "merge", str(records["keep"]), str(records["dupe"]))

    assert (code, err) == (0, "")
    assert last_line(out) == str(records["keep"])
    assert "moved 1 item" in out
    code, out, _ = cli("search", "cien", "--json")
    assert [(r["id"], r["items"]) for r in json.loads(out)] == [(records["keep"], 2)]
    code, out, _ = cli("item", "show", "3002", "--json")
    assert json.loads(out)["title"] == "Cien años de soledad"
    assert json.loads(cli("biblio", "duplicates", str(records["keep"]), "--json")[1]) == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("1", "1"), "cannot be merged into itself"),
        (("1", "99"), "no record number 99"),
    ],
)
def test_merge_refusals_are_one_line_and_status_1(
    cli: Any, records: dict[str, int], args: tuple[str, str], message: str
) -> None:
    code, out, err = cli("biblio", "merge", *args)
    assert code == 1
    assert out == ""
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_duplicates_of_an_unknown_record(cli: Any, records: dict[str, int]) -> None:
    code, _, err = cli("biblio", "duplicates", "99")
    assert code == 1
    assert "no record number 99" in err
