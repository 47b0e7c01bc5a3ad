"""``libtech headings`` and ``libtech authority add|list`` end to end, on a real file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from pymarc import MARCWriter

from ..marc_builders import marc_record

CliRun = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(run_cli: CliRun, tmp_path: Path) -> CliRun:
    """A library with four records, imported as a technician would."""
    path = tmp_path / "cats.mrc"
    with path.open("wb") as fh:
        writer = MARCWriter(fh)
        for record in (
            marc_record("The cat book", "Cats", "Cats -- Behavior"),
            marc_record("Cat care", "cats.", "Felines"),
            marc_record("Good dogs", "Dogs"),
            marc_record("Library catalogs", "Catalogs"),
        ):
            writer.write(record)
    code, _, err = run_cli("import-marc", str(path), "--match", "none")
    assert (code, err) == (0, "")
    return run_cli


def test_headings_from_a_prefix_with_record_counts(cli: CliRun) -> None:
    code, out, err = cli("headings", "cat")
    assert (code, err) == (0, "")
    lines = [line.split(None, 1) for line in out.splitlines()]
    assert lines == [["1", "Catalogs"], ["2", "Cats"], ["1", "Cats -- Behavior"]]


def test_authority_add_prints_its_id_last_and_headings_show_the_status(cli: CliRun) -> None:
    code, out, err = cli("authority", "add", "Cats", "--use", "Felines", "--use", "Kitties")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == "Authorised “Cats” (used for: Felines, Kitties)."
    assert out.splitlines()[-1].isdigit()

    code, out, _ = cli("headings", "--json")
    assert code == 0
    found = {h["heading"]: h for h in json.loads(out)}
    assert found["Cats"]["records"] == 2 and found["Cats"]["status"] == "authorised"
    assert (found["Felines"]["status"], found["Felines"]["use"]) == ("variant", "Cats")
    assert (found["Kitties"]["records"], found["Kitties"]["use"]) == (0, "Cats")
    assert found["Dogs"]["status"] == "unknown" and found["Dogs"]["authority_id"] is None

    code, out, _ = cli("headings", "fel")
    assert out.splitlines() == ["      1  Felines  [use Cats]"]


def test_authority_list_text_and_json(cli: CliRun) -> None:
    cli("authority", "add", "Dogs", "--note", "Domestic dogs", "--use", "Hounds")
    cli("authority", "add", "Cats")
    code, out, _ = cli("authority", "list")
    assert code == 0
    assert [line.strip() for line in out.splitlines()] == [
        "2  Cats",
        "1  Dogs  (Domestic dogs)",
        "used for: Hounds",
    ]
    code, out, _ = cli("authority", "list", "--json")
    assert json.loads(out) == [
        {"id": 2, "heading": "Cats", "note": None, "references": []},
        {"id": 1, "heading": "Dogs", "note": "Domestic dogs", "references": ["Hounds"]},
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("authority", "add", "CATS"), "“Cats” is already an authorised heading."),
        (
            ("authority", "add", "Pets", "--use", "cats"),
            "“Cats” is an authorised heading, so it cannot also say “use Pets”",
        ),
        (("authority", "add", "Kitties"), "is a “use” reference to “Cats”"),
    ],
)
def test_a_clash_in_the_list_is_a_one_line_refusal(
    cli: CliRun, args: tuple[str, ...], message: str
) -> None:
    cli("authority", "add", "Cats", "--use", "Kitties")
    code, out, err = cli(*args)
    assert code == 1 and out == ""
    assert err.startswith("libtech: error: ") and message in err
    assert len(err.splitlines()) == 1
    _, listed, _ = cli("authority", "list", "--json")
    assert [a["heading"] for a in json.loads(listed)] == ["Cats"]


def test_headings_say_when_nothing_starts_so(cli: CliRun) -> None:
    assert cli("headings", "zebra") == (0, "No headings start with “zebra”.\n", "")


def test_headings_limit(cli: CliRun) -> None:
    code, out, _ = cli("headings", "--limit", "2")
    assert code == 0 and len(out.splitlines()) == 2
