"""The ``libtech`` command line end to end, on real library files.

Most tests run ``main(argv)`` in-process (fast, output captured by capsys); a few
run ``python -m libtech_desktop`` as a real subprocess, as a script would.
``LIBTECH_TODAY`` fixes the desk's date: 2026-03-02, so a new library's 21-day
loans are due 2026-03-23.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import libtech_desktop
from libtech_desktop.cli import main
from libtech_desktop.db.engine import head_revision
from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit
from libtech_desktop.domain.circulation import LoanRule
from libtech_desktop.library import open_library
from libtech_desktop.services.circulation import CirculationService

TODAY = date(2026, 3, 2)
DUE = date(2026, 3, 23)
REPO_ROOT = Path(libtech_desktop.__file__).resolve().parent.parent

ADA = with_check_digit("2999900000001")
BOB = with_check_digit("2999900000002")
BOOK1 = with_check_digit("3999900000001")
BOOK2 = with_check_digit("3999900000002")
BOOK3 = with_check_digit("3999900000003")
NOWHERE = with_check_digit("3999900009999")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def last_line(self) -> str:
        return self.out.rstrip("\n").splitlines()[-1]

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LIBTECH_TODAY", TODAY.isoformat())
    monkeypatch.delenv("LIBTECH_DB", raising=False)
    # Internal errors are logged to the user's log directory: keep it in tmp_path.
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "library.sqlite3"


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db: Path) -> Any:
    """Run ``libtech --db <db> ARGS...`` in-process."""

    def run(*args: str, db_path: Path | None = db) -> Result:
        argv = (["--db", str(db_path)] if db_path is not None else []) + list(args)
        code = main(argv)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


@pytest.fixture
def desk(cli: Any) -> Any:
    """A library with two adult patrons (Ada, Bob) and three books."""
    assert cli("init").code == 0
    for barcode, name in ((ADA, "Lovelace, Ada"), (BOB, "Builder, Bob")):
        assert cli("patron", "add", barcode, "--name", name).code == 0
    for n, barcode in enumerate((BOOK1, BOOK2, BOOK3), start=1):
        record = cli("biblio", "add", "--title", f"Book {n}", "--author", "Eliot, George")
        added = cli("item", "add", record.last_line, barcode, "--call-number", "FIC ELI")
        assert added.code == 0, added.err
    return cli


def assert_one_error_line(result: Result, *words: str, code: int = 1) -> None:
    assert result.code == code
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("libtech: error: ")
    assert "Traceback" not in result.err
    for word in words:
        assert word.lower() in lines[0].lower(), lines[0]


def set_rule(db: Path, rule: LoanRule) -> None:
    with open_library(db) as lib, lib.context.unit_of_work() as uow:
        uow.rules.set_rule(rule)
        uow.commit()


def run_subprocess(
    *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "LIBTECH_TODAY": TODAY.isoformat(), **(env or {})}
    full_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(REPO_ROOT), full_env.get("PYTHONPATH")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "libtech_desktop", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
        check=False,
    )


# -- init -------------------------------------------------------------------------


def test_init_makes_a_library_that_lends_at_once(cli: Any, db: Path) -> None:
    result = cli("init")
    assert result.code == 0
    assert db.exists()
    assert "created" in result.out.lower()

    assert cli("patron", "add", ADA, "--name", "Lovelace, Ada", "--category", "child").code == 0
    record = cli("biblio", "add", "--title", "A DVD", "--author", "Someone")
    assert cli("item", "add", record.last_line, BOOK1, "--type", "dvd").code == 0
    lent = cli("checkout", ADA, BOOK1)
    assert lent.code == 0, lent.err
    assert lent.out.split() == [BOOK1, "A", "DVD", "due", DUE.isoformat()]


def test_init_on_an_existing_library_keeps_it_and_says_so(cli: Any, desk: Any) -> None:
    result = cli("init")
    assert result.code == 0
    assert "already exists" in result.out
    assert cli("item", "show", BOOK1, "--json").json()["title"] == "Book 1"


def test_init_with_a_name_names_the_new_library(cli: Any, db: Path) -> None:
    result = cli("init", "--name", "  Riverside Library ")
    assert result.code == 0, result.err
    assert "created" in result.out.lower()
    assert "Named it “Riverside Library”." in result.out
    with open_library(db) as lib:
        assert lib.settings.library_name() == "Riverside Library"


def test_init_with_a_name_renames_an_existing_library_and_says_so(cli: Any, desk: Any) -> None:
    first = cli("init", "--name", "Riverside Library")
    assert first.code == 0
    assert "already exists" in first.out
    assert "Renamed the library from “LibTech Library” to “Riverside Library”." in first.out

    again = cli("init", "--name", "Northside Library")
    assert "Renamed the library from “Riverside Library” to “Northside Library”." in again.out
    same = cli("init", "--name", "Northside Library")
    assert "The library is named “Northside Library” (unchanged)." in same.out
    assert cli("settings", "show", "--json").json()["library_name"] == "Northside Library"
    assert cli("item", "show", BOOK1, "--json").json()["title"] == "Book 1"


def test_init_without_a_name_keeps_the_name(cli: Any) -> None:
    cli("init", "--name", "Riverside Library")
    result = cli("init")
    assert result.code == 0 and "named" not in result.out.lower()
    assert cli("settings", "show", "--json").json()["library_name"] == "Riverside Library"


@pytest.mark.parametrize(("name", "words"), [("   ", ("blank",)), ("L" * 101, ("100", "101"))])
def test_init_refuses_a_blank_or_too_long_name_and_keeps_the_old_one(
    cli: Any, name: str, words: tuple[str, ...]
) -> None:
    cli("init", "--name", "Riverside Library")
    assert_one_error_line(cli("init", "--name", name), "library name", *words)
    assert cli("settings", "show", "--json").json()["library_name"] == "Riverside Library"


# -- settings -----------------------------------------------------------------------


def test_settings_show_json_gives_the_name_file_and_schema(cli: Any, db: Path) -> None:
    cli("init")
    shown = cli("settings", "show", "--json")
    assert shown.code == 0, shown.err
    assert shown.json() == {
        "library_name": "LibTech Library",
        "path": str(db),
        "schema_revision": head_revision(),
    }


def test_settings_show_for_people(cli: Any, db: Path) -> None:
    cli("init", "--name", "Riverside Library")
    result = cli("settings", "show")
    assert result.code == 0
    assert result.out.splitlines() == [
        "Library name:    Riverside Library",
        f"File:            {db}",
        f"Schema revision: {head_revision()}",
    ]


def test_settings_needs_an_action(cli: Any) -> None:
    result = cli("settings")
    assert result.code == 2
    assert result.err.startswith("usage: libtech settings")


# -- creating things prints the new id --------------------------------------------


def test_biblio_add_prints_the_new_id_alone_on_the_last_line(cli: Any, db: Path) -> None:
    first = cli("biblio", "add", "--title", "Middlemarch", "--author", "Eliot, George")
    second = cli(
        "biblio", "add", "--title", "Emma", "--isbn", "978-0-14-143958-7", "--year", "2003"
    )
    assert first.code == second.code == 0
    assert first.last_line.isdigit() and second.last_line.isdigit()
    assert int(second.last_line) != int(first.last_line)
    with open_library(db) as lib:
        emma = lib.catalogue.get_biblio(int(second.last_line))
    assert (emma.title, emma.isbn, emma.year) == ("Emma", "9780141439587", 2003)


def test_item_and_patron_add_print_their_new_ids(cli: Any, db: Path) -> None:
    record = cli("biblio", "add", "--title", "Middlemarch")
    item = cli("item", "add", record.last_line, BOOK1, "--location", "Adult Fiction")
    patron = cli("patron", "add", ADA, "--name", "Lovelace, Ada", "--email", "ada@example.org")
    assert item.last_line.isdigit() and patron.last_line.isdigit()
    with open_library(db) as lib:
        assert lib.catalogue.item(BOOK1).id == int(item.last_line)
        assert lib.catalogue.item(BOOK1).location == "Adult Fiction"
        assert lib.patrons.get(ADA).id == int(patron.last_line)
        assert lib.patrons.get(ADA).expires_on == TODAY + timedelta(days=365 * 3)


# -- circulation round trip ---------------------------------------------------------


def test_checkout_checkin_renew_round_trip_agrees_with_item_show(
    desk: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    lent = desk("checkout", ADA, BOOK1, BOOK2)
    assert lent.code == 0 and lent.err == ""
    assert lent.out.splitlines() == [
        f"{BOOK1}  Book 1  due {DUE.isoformat()}",
        f"{BOOK2}  Book 2  due {DUE.isoformat()}",
    ]
    shown = desk("item", "show", BOOK1, "--json").json()
    assert shown == {
        "barcode": BOOK1,
        "title": "Book 1",
        "author": "Eliot, George",
        "call_number": "FIC ELI",
        "status": "on_loan",
        "patron": ADA,
        "due": DUE.isoformat(),
        "location": None,
        "item_type": "book",
        "condition_note": None,
    }

    monkeypatch.setenv("LIBTECH_TODAY", "2026-03-12")
    renewed = desk("renew", BOOK1)
    assert renewed.code == 0
    assert "due 2026-04-02" in renewed.out and "renewal 1" in renewed.out
    assert desk("item", "show", BOOK1, "--json").json()["due"] == "2026-04-02"

    back = desk("checkin", BOOK1, BOOK2)
    assert back.code == 0
    assert back.out.count("Returned by Lovelace, Ada.") == 2
    shown = desk("item", "show", BOOK1, "--json").json()
    assert (shown["status"], shown["patron"], shown["due"]) == ("available", None, None)
    assert desk("loans", "--json").json() == []


def test_loans_json_lists_open_loans_with_their_shape(desk: Any) -> None:
    desk("checkout", ADA, BOOK1)
    desk("checkout", BOB, BOOK2)
    loans = desk("loans", "--json").json()
    assert {loan["item"] for loan in loans} == {BOOK1, BOOK2}
    ada = next(loan for loan in loans if loan["patron"] == ADA)
    assert set(ada) == {
        "patron",
        "patron_name",
        "item",
        "title",
        "due",
        "checked_out",
        "renewals",
        "overdue_days",
    }
    assert (ada["patron_name"], ada["item"], ada["title"]) == ("Lovelace, Ada", BOOK1, "Book 1")
    assert (ada["due"], ada["renewals"], ada["overdue_days"]) == (DUE.isoformat(), 0, 0)
    checked_out = datetime.fromisoformat(ada["checked_out"])
    assert checked_out.tzinfo is not None
    assert checked_out.astimezone().date() == TODAY

    only_bob = desk("loans", "--patron", BOB, "--json").json()
    assert [loan["item"] for loan in only_bob] == [BOOK2]


def test_human_loans_and_checkin_mark_overdue(desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    desk("checkout", ADA, BOOK1)
    monkeypatch.setenv("LIBTECH_TODAY", (DUE + timedelta(days=4)).isoformat())
    listed = desk("loans")
    assert "OVERDUE 4 days" in listed.out
    assert listed.last_line == "1 open loan, 1 overdue."
    assert desk("loans", "--json").json()[0]["overdue_days"] == 4
    back = desk("checkin", BOOK1)
    assert "OVERDUE by 4 days" in back.out


def test_checkin_of_an_item_on_the_shelf_says_not_on_loan(desk: Any) -> None:
    result = desk("checkin", BOOK1)
    assert result.code == 0
    assert result.out.strip() == f"{BOOK1}  Book 1  Not on loan."


def test_item_on_loan_to_another_patron_is_transferred_loudly(desk: Any) -> None:
    desk("checkout", ADA, BOOK1)
    result = desk("checkout", BOB, BOOK1)
    assert result.code == 0
    assert "!!" in result.out and "Lovelace, Ada" in result.out
    assert desk("item", "show", BOOK1, "--json").json()["patron"] == BOB


def test_patron_block_unblock_and_show(desk: Any) -> None:
    blocked = desk("patron", "block", ADA, "--reason", "Unpaid fines over limit")
    assert blocked.code == 0
    shown = desk("patron", "show", ADA, "--json").json()
    assert (shown["blocked_reason"], shown["may_borrow"]) == ("Unpaid fines over limit", False)
    assert "BLOCKED:  Unpaid fines over limit" in desk("patron", "show", ADA).out
    assert desk("patron", "unblock", ADA).code == 0
    assert desk("checkout", ADA, BOOK1).code == 0
    shown = desk("patron", "show", ADA, "--json").json()
    assert shown["may_borrow"] is True
    assert [loan["item"] for loan in shown["loans"]] == [BOOK1]


# -- refusals ---------------------------------------------------------------------


def test_unknown_patron_is_refused_in_one_line(desk: Any) -> None:
    stranger = with_check_digit("2999900000099")
    result = desk("checkout", stranger, BOOK1, BOOK2)
    assert_one_error_line(result, stranger)
    assert result.out == ""
    assert desk("loans", "--json").json() == []


def test_unknown_item_is_refused_and_the_rest_still_processed(desk: Any) -> None:
    result = desk("checkout", ADA, BOOK1, NOWHERE, BOOK2)
    assert_one_error_line(result, NOWHERE)
    assert [line.split()[0] for line in result.out.splitlines()] == [BOOK1, BOOK2]
    assert {loan["item"] for loan in desk("loans", "--json").json()} == {BOOK1, BOOK2}


@pytest.mark.parametrize("command", ["checkin", "renew"])
def test_batch_checkin_and_renew_report_each_failure(desk: Any, command: str) -> None:
    desk("checkout", ADA, BOOK1, BOOK2)
    result = desk(command, BOOK1, NOWHERE, BOOK2)
    assert_one_error_line(result, NOWHERE)
    assert [line.split()[0] for line in result.out.splitlines()] == [BOOK1, BOOK2]


def test_blocked_patron_is_refused_once_for_the_whole_batch(desk: Any) -> None:
    desk("patron", "block", ADA, "--reason", "Unpaid fines over limit")
    result = desk("checkout", ADA, BOOK1, BOOK2)
    assert_one_error_line(result, "blocked", "Unpaid fines over limit")
    assert desk("item", "show", BOOK1, "--json").json()["status"] == "available"


def test_expired_patron_is_refused(desk: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBTECH_TODAY", "2030-01-01")  # the card ran 3 years from 2026-03-02
    result = desk("checkout", ADA, BOOK1)
    assert_one_error_line(result, "expired", "2029-03-01")


def test_loan_limit_is_refused(desk: Any, db: Path) -> None:
    set_rule(db, LoanRule("adult", "book", loan_days=21, max_renewals=3, max_items=1))
    result = desk("checkout", ADA, BOOK1, BOOK2)
    assert_one_error_line(result, "limit")
    assert [loan["item"] for loan in desk("loans", "--json").json()] == [BOOK1]


def test_renewal_limit_is_refused(desk: Any, db: Path) -> None:
    set_rule(db, LoanRule("adult", "book", loan_days=21, max_renewals=1, max_items=25))
    desk("checkout", ADA, BOOK1)
    assert desk("renew", BOOK1).code == 0
    assert_one_error_line(desk("renew", BOOK1), "renewed 1 time")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("item", "show", NOWHERE), (NOWHERE,)),
        (("patron", "show", NOWHERE), (NOWHERE,)),
        (("item", "add", "999", BOOK3), ("999",)),
        (("item", "add", "1", BOOK1), ("already",)),
        (("item", "add", "1", with_check_digit("3999900000004"), "--type", "scroll"), ("scroll",)),
        (("patron", "add", ADA, "--name", "Again, Ada"), ("already",)),
        (("patron", "add", "X1", "--name", "Who, Ever", "--category", "vip"), ("vip",)),
        (("patron", "block", ADA, "--reason", "  "), ("reason",)),
        (("biblio", "add", "--title", "Bad", "--isbn", "123"), ("isbn",)),
        (("renew", BOOK1), ("not on loan",)),
    ],
)
def test_user_mistakes_are_one_line_and_exit_1(
    desk: Any, args: tuple[str, ...], words: Any
) -> None:
    assert_one_error_line(desk(*args), *words)


def test_demo_refuses_a_library_that_has_items(desk: Any) -> None:
    assert_one_error_line(desk("demo"), "already has items")


def test_bad_libtech_today_is_a_clear_error(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIBTECH_TODAY", "yesterday")
    assert_one_error_line(cli("init"), "LIBTECH_TODAY")


# -- argparse, --version, --db placement, internal errors ----------------------------


@pytest.mark.parametrize(
    "args",
    [("nosuch",), ("checkout", ADA), ("demo", "--items", "many"), ("patron", "add", ADA), ()],
)
def test_usage_errors_exit_2(cli: Any, args: tuple[str, ...]) -> None:
    result = cli(*args)
    assert result.code == 2
    assert result.err.startswith("usage: libtech")
    assert "error:" in result.err and "Traceback" not in result.err


def test_version(cli: Any) -> None:
    result = cli("--version", db_path=None)
    assert result.code == 0
    assert result.out.strip() == f"libtech {libtech_desktop.__version__}"


def test_db_may_also_follow_the_command(cli: Any, tmp_path: Path) -> None:
    later = tmp_path / "later.sqlite3"
    assert cli("init", "--db", str(later), db_path=None).code == 0
    assert later.exists()
    assert cli("biblio", "add", "--title", "T", "--db", str(later), db_path=None).code == 0
    with open_library(later) as lib:
        assert [b.title for b in lib.catalogue.search("")] == ["T"]


def test_libtech_db_environment_variable_is_honoured(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from_env = tmp_path / "from-env.sqlite3"
    monkeypatch.setenv("LIBTECH_DB", str(from_env))
    assert cli("biblio", "add", "--title", "Via the environment", db_path=None).code == 0
    with open_library(from_env) as lib:
        assert [b.title for b in lib.catalogue.search("")] == ["Via the environment"]


def test_a_bug_is_exit_3_logged_and_without_traceback_unless_debug(
    desk: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def broken(self: CirculationService, patron: str | None = None, limit: int = 0) -> None:
        raise RuntimeError("the index fell over")

    monkeypatch.setattr(CirculationService, "open_loans", broken)
    result = desk("loans")
    assert result.code == 3
    assert result.err.startswith("libtech: internal error: RuntimeError: the index fell over")
    assert "Traceback" not in result.err
    logs = list((tmp_path / "state").rglob("*.log"))
    assert logs and "the index fell over" in logs[0].read_text()
    assert "Traceback" in logs[0].read_text()

    debug = desk("loans", "--debug")
    assert debug.code == 3
    assert "Traceback" in debug.err


# -- demo -------------------------------------------------------------------------


def test_demo_builds_a_realistic_deterministic_library(cli: Any, db: Path, tmp_path: Path) -> None:
    result = cli("demo", "--patrons", "30", "--items", "80", "--seed", "7")
    assert result.code == 0, result.err
    assert "30 patrons" in result.out and "80 items" in result.out

    with open_library(db) as lib:
        patrons = lib.patrons.search("", 1000)
        copies = [i for b in lib.catalogue.search("", 1000) for i in lib.catalogue.items_of(b.id)]
        repairs = lib.repairs.queue()
    # The collection, and apart from it the demo's lendable laptop (issue 6).
    items = [i for i in copies if i.item_type_code != "equipment"]
    assert [i.title for i in copies if i.item_type_code == "equipment"] == [
        "Laptop 1 (ThinkPad E14)"
    ]
    assert len(patrons) == 30 and len(items) == 80
    for code, prefix in [(p.barcode, "2") for p in patrons] + [(i.barcode, "3") for i in items]:
        assert len(code) == 14 and code.startswith(prefix) and is_valid_luhn(code), code
    assert all(", " in p.name for p in patrons)
    assert {i.item_type_code for i in items} <= {"book", "dvd", "magazine"}
    assert all(i.call_number for i in items)

    blocked = {p.barcode for p in patrons if p.blocked_reason}
    expired = {p.barcode for p in patrons if p.is_expired(TODAY)}
    assert 1 <= len(blocked) <= 2
    assert 2 <= len(repairs) <= 3
    assert {i.status for i in items if i.barcode in {r.item_barcode for r in repairs}} == {
        "in_repair"
    }

    loans = cli("loans", "--json").json()
    assert len(loans) == round(80 * 0.15)
    assert not {loan["patron"] for loan in loans} & (blocked | expired)
    dues = [date.fromisoformat(loan["due"]) for loan in loans]
    assert all(TODAY - timedelta(days=20) <= due <= TODAY + timedelta(days=20) for due in dues)
    assert any(loan["overdue_days"] > 0 for loan in loans)
    assert any(due >= TODAY for due in dues)
    for loan in loans:
        assert datetime.fromisoformat(loan["checked_out"]).astimezone().date() < TODAY
        shown = cli("item", "show", loan["item"], "--json").json()
        assert (shown["status"], shown["patron"], shown["due"]) == (
            "on_loan",
            loan["patron"],
            loan["due"],
        )

    again = tmp_path / "again.sqlite3"
    assert cli("demo", "--patrons", "30", "--items", "80", "--seed", "7", db_path=again).code == 0
    assert cli("loans", "--json", db_path=again).json() == loans


def test_demo_defaults_are_50_patrons_and_200_items(cli: Any) -> None:
    result = cli("demo")
    assert result.code == 0
    assert "50 patrons" in result.out and "200 items" in result.out
    assert len(cli("loans", "--json").json()) == 30


def test_demo_names_a_library_that_has_no_name(cli: Any) -> None:
    result = cli("demo", "--patrons", "5", "--items", "10")
    assert result.code == 0, result.err
    assert "“Demo Library”" in result.out.splitlines()[0]
    assert cli("settings", "show", "--json").json()["library_name"] == "Demo Library"


def test_demo_keeps_the_name_the_library_was_given(cli: Any) -> None:
    cli("init", "--name", "Riverside Library")
    result = cli("demo", "--patrons", "5", "--items", "10")
    assert result.code == 0, result.err
    assert "“Riverside Library”" in result.out.splitlines()[0]
    assert cli("settings", "show", "--json").json()["library_name"] == "Riverside Library"


def test_a_refused_demo_leaves_the_library_unnamed(desk: Any) -> None:
    assert_one_error_line(desk("demo"), "already has items")
    assert desk("settings", "show", "--json").json()["library_name"] == "LibTech Library"


# -- as a real program ----------------------------------------------------------------


def test_subprocess_round_trip(tmp_path: Path) -> None:
    db = str(tmp_path / "sub.sqlite3")
    assert run_subprocess("--db", db, "init").returncode == 0
    assert (
        run_subprocess("--db", db, "patron", "add", ADA, "--name", "Lovelace, Ada").returncode == 0
    )
    record = run_subprocess("--db", db, "biblio", "add", "--title", "Middlemarch")
    biblio_id = record.stdout.splitlines()[-1]
    assert biblio_id.isdigit()
    assert run_subprocess("--db", db, "item", "add", biblio_id, BOOK1).returncode == 0

    lent = run_subprocess("--db", db, "checkout", ADA, BOOK1, NOWHERE)
    assert lent.returncode == 1
    assert lent.stdout.strip() == f"{BOOK1}  Middlemarch  due {DUE.isoformat()}"
    assert lent.stderr.strip() == f"libtech: error: No item has the barcode {NOWHERE}."

    shown = json.loads(run_subprocess("--db", db, "item", "show", BOOK1, "--json").stdout)
    assert (shown["status"], shown["patron"], shown["due"]) == ("on_loan", ADA, DUE.isoformat())


def test_subprocess_honours_libtech_db_and_refuses_cleanly(tmp_path: Path) -> None:
    env_db = tmp_path / "env.sqlite3"
    made = run_subprocess("init", env={"LIBTECH_DB": str(env_db)})
    assert made.returncode == 0, made.stderr
    assert env_db.exists()
    refused = run_subprocess("checkout", ADA, BOOK1, env={"LIBTECH_DB": str(env_db)})
    assert refused.returncode == 1
    assert refused.stderr.count("\n") == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("libtech: error: No patron has the card barcode")
