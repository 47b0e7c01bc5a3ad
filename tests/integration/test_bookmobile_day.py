"""Issue 7's "done when": a bookmobile day, end to end, on two library files.

The branch prepares a package; the laptop imports it and works two stops offline (one
patron is blocked at the branch meanwhile, one item checked out at the branch
meanwhile); the laptop exports its journal; the branch's dry run shows exactly those two
exceptions; applying does what the dry run said; importing the same file again changes
nothing; and the laptop's .koc export is one Koha's parser reads line by line.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from libtech_desktop.cli import main as cli_main
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import open_library
from tests.conftest import NOON, item_code, patron_code
from tests.koha import koha_parse_command_line, koha_parse_header_line

PASSPHRASE = "north loop 2026"
#: Monday 2 March 2026: the truck visits the school at 10:00 and the farm at 14:00.
MONDAY = date(2026, 3, 2)


def at(hour: int, minute: int = 0) -> datetime:
    """That local time on the bookmobile day, as an aware instant."""
    return NOON + timedelta(hours=hour - 12, minutes=minute)


@pytest.fixture
def branch(tmp_path):
    lib = open_library(tmp_path / "branch.sqlite3", clock=FixedClock(at(8)))
    yield lib
    lib.close()


@pytest.fixture
def laptop(tmp_path):
    lib = open_library(tmp_path / "laptop.sqlite3", clock=FixedClock(at(8, 30)))
    yield lib
    lib.close()


ADA, BOB, CY, DEE = (patron_code(n) for n in (1, 2, 3, 4))
ON_TRUCK = [item_code(n) for n in range(1, 6)]
AT_BRANCH = item_code(9)


def set_up_branch(branch) -> None:
    for code, name in ((ADA, "Lovelace, Ada"), (BOB, "Babbage, Bob"), (CY, "Young, Cy")):
        branch.patrons.register(code, name)
    branch.patrons.register(DEE, "Dee, John")
    for n, code in enumerate([*ON_TRUCK, AT_BRANCH], start=1):
        biblio = branch.catalogue.add_biblio(title=f"Book {n}", author="Writer, A")
        location = "Adult fiction" if code == AT_BRANCH else None
        branch.catalogue.add_item(biblio.id, barcode=code, call_number=f"FIC W{n}")
        if location is None:
            branch.truck.load(code)
    # Cy borrowed a branch book last week and will return it to the bookmobile.
    branch.circulation.checkout(CY, AT_BRANCH, on=MONDAY - timedelta(days=5))
    branch.routes.add_route("North loop")
    # Every other Monday: loans made there fall due on a visit, not on the rule's day.
    branch.routes.add_stop(
        "North loop", "Millbrook School", 0, "10:00", "11:30", MONDAY, every_weeks=2
    )
    branch.routes.add_stop("North loop", "Hill Farm", 0, "14:00", "15:00", MONDAY)


def test_a_bookmobile_day(branch, laptop, tmp_path, capsys):
    set_up_branch(branch)
    package = tmp_path / "north-loop.ltpkg"
    branch.packages.prepare(package, PASSPHRASE, route="North loop")

    # -- on the road -------------------------------------------------------------------
    laptop.packages.import_package(package, PASSPHRASE)
    laptop.context.clock.instant = at(10, 5)
    laptop.routes.set_current_stop("Millbrook School")
    laptop.circulation.checkout(ADA, ON_TRUCK[0])
    laptop.circulation.checkout(BOB, ON_TRUCK[1])  # Bob is blocked at the branch at 11:00
    laptop.circulation.checkout(ADA, ON_TRUCK[2])
    laptop.circulation.checkin(AT_BRANCH)  # Cy brings the branch's book back
    laptop.context.clock.instant = at(14, 10)
    laptop.routes.set_current_stop("Hill Farm")
    laptop.circulation.checkout(CY, ON_TRUCK[3])  # lent at the branch at 12:00 too
    laptop.circulation.checkin(ON_TRUCK[2])  # Ada changed her mind

    # -- meanwhile at the branch -----------------------------------------------------------
    branch.context.clock.instant = at(11)
    branch.patrons.block(BOB, "Unpaid replacement charge")
    branch.context.clock.instant = at(12)
    branch.circulation.checkout(DEE, ON_TRUCK[3])

    # -- back home ---------------------------------------------------------------------------
    laptop.context.clock.instant = at(17)
    journal = tmp_path / "laptop-journal.jsonl"
    assert laptop.journal.export(journal) == 6
    koc_file = tmp_path / "laptop.koc"
    laptop.journal.export_koc(koc_file)

    branch.context.clock.instant = at(17, 20)
    before = _loans(branch)
    # The dry run, as a technician runs it from the command line.
    argv = ["--db", str(branch.path), "sync", "import", str(journal), "--dry-run", "--json"]
    assert cli_main(argv) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["operations"] == 6
    assert sorted((e["patron"], e["item"], e["action"]) for e in report["exceptions"]) == [
        (BOB, ON_TRUCK[1], "check out"),
        (CY, ON_TRUCK[3], "check out"),
    ]
    reasons = {e["item"]: e["reason"] for e in report["exceptions"]}
    assert "blocked" in reasons[ON_TRUCK[1]].lower()
    assert "Dee, John" in reasons[ON_TRUCK[3]] and "on loan" in reasons[ON_TRUCK[3]].lower()
    dry = branch.sync.dry_run(journal)
    assert _loans(branch) == before  # the dry runs changed nothing
    assert sorted(_exception(e) for e in dry.exceptions) == [
        (BOB, ON_TRUCK[1], "blocked"),
        (CY, ON_TRUCK[3], "on loan"),
    ]

    applied = branch.sync.apply(journal)
    assert sorted(_exception(e) for e in applied.exceptions) == sorted(
        _exception(e) for e in dry.exceptions
    )
    loans = _loans(branch)
    assert loans[ON_TRUCK[0]] == ADA
    assert loans[ON_TRUCK[3]] == DEE  # the branch's loan stands; the truck's is queued
    assert ON_TRUCK[1] not in loans and ON_TRUCK[2] not in loans
    assert AT_BRANCH not in loans  # Cy's return at the school counted
    ada_loan = branch.circulation.item_loan(ON_TRUCK[0])
    # 21 days from 2 March is 23 March, an off week: due on the school's visit of 30 March.
    assert ada_loan is not None and ada_loan.due == date(2026, 3, 30)
    stats = {
        s.stop: (s.checkouts, s.checkins) for s in branch.routes.stop_statistics(MONDAY, MONDAY)
    }
    assert stats == {"Millbrook School": (2, 1), "Hill Farm": (0, 1)}
    assert len(branch.sync.exceptions()) == 2

    again = branch.sync.apply(journal)
    assert _loans(branch) == loans
    assert (again.applied, again.already_applied) == (0, 6)
    assert "nothing" in again.message.lower()
    assert len(branch.sync.exceptions()) == 2

    # The same dry run from the command line, as JSON.
    code = cli_main(
        ["--db", str(branch.path), "sync", "import", str(journal), "--dry-run", "--json"]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["operations"] == 6
    assert report["exceptions"] == []  # all six were handled by the apply before

    # The branch keeps its own work at home; the laptop's six wait until the branch says,
    # with the next package, that it has them.
    assert branch.journal.pending().pending == 0
    assert branch.journal.pending().exceptions == 2
    assert laptop.journal.pending().pending == 6
    branch.context.clock.instant = at(18)
    tomorrow = tmp_path / "tomorrow.ltpkg"
    branch.packages.prepare(tomorrow, PASSPHRASE)
    laptop.context.clock.instant = at(18, 5)
    laptop.packages.import_package(tomorrow, PASSPHRASE)
    assert laptop.journal.pending().pending == 0
    assert laptop.circulation.item_loan(ON_TRUCK[3]).patron_barcode == DEE

    # The laptop's .koc: every line is one Koha's parser reads.
    header, *lines = koc_file.read_text(encoding="utf-8").splitlines(keepends=True)
    assert koha_parse_header_line(header)["Version"] == "1.0"
    commands = [koha_parse_command_line(line) for line in lines]
    assert [c["command"] for c in commands] == [
        "issue",
        "issue",
        "issue",
        "return",
        "issue",
        "return",
    ]


def _loans(lib) -> dict[str, str]:
    return {loan.item_barcode: loan.patron_barcode for loan in lib.circulation.open_loans()}


def _exception(entry) -> tuple[str, str, str]:
    reason = entry.reason.lower()
    kind = "blocked" if "blocked" in reason else "on loan" if "on loan" in reason else reason
    return entry.patron, entry.item, kind


def test_two_desk_pcs_exchange_journals_both_ways(tmp_path):
    """A branch with two standalone PCs: each lends, each imports the other's journal;
    both end with every loan, and each learns from the other that its work is merged."""
    clock = FixedClock(at(9))
    front = open_library(tmp_path / "front.sqlite3", clock=clock)
    back = open_library(tmp_path / "back.sqlite3", clock=clock)
    try:
        for lib in (front, back):  # the same patrons and books on both, as after a copy
            lib.patrons.register(ADA, "Lovelace, Ada")
            lib.patrons.register(BOB, "Babbage, Bob")
            for n, code in enumerate(ON_TRUCK[:2], start=1):
                record = lib.catalogue.add_biblio(title=f"Book {n}", author="Writer, A")
                lib.catalogue.add_item(record.id, barcode=code)
        front.circulation.checkout(ADA, ON_TRUCK[0])
        clock.instant = at(10)
        back.circulation.checkout(BOB, ON_TRUCK[1])

        for source, target, name in ((front, back, "front"), (back, front, "back")):
            out = tmp_path / f"{name}.jsonl"
            source.journal.export(out)
            report = target.sync.apply(out)
            assert report.exceptions == ()
        # Front learns, from back's file, that back merged front's work; back learns it
        # from front's next file.
        assert front.journal.pending().pending == 0
        again = tmp_path / "front-again.jsonl"
        front.journal.export(again)
        assert "nothing" in back.sync.apply(again).message.lower()
        assert back.journal.pending().pending == 0
        for lib in (front, back):
            assert _loans(lib) == {ON_TRUCK[0]: ADA, ON_TRUCK[1]: BOB}
    finally:
        front.close()
        back.close()
