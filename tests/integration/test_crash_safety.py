"""A confirmed loan survives the program being killed; an unconfirmed one leaves no trace.

A child process does the work, prints a line once it reaches the point under test,
then blocks; the test waits for that line (no sleeps) and SIGKILLs the child.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from datetime import date
from pathlib import Path

import pytest

import libtech_desktop
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.library import open_library

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

CHILD_TIMEOUT_S = 60
PACKAGE_ROOT = str(Path(libtech_desktop.__file__).resolve().parents[1])

PRELUDE = """
import sys, threading
from datetime import datetime
from libtech_desktop import open_library
from libtech_desktop.domain.clock import FixedClock

lib = open_library(sys.argv[1], clock=FixedClock(datetime(2026, 3, 2, 12, 0).astimezone()))
"""

CHECKOUT_AND_HANG = (
    PRELUDE
    + """
loan = lib.circulation.checkout("2001", "3001")
print("COMMITTED", loan.due.isoformat(), flush=True)
threading.Event().wait()
"""
)

WRITE_WITHOUT_COMMIT_AND_HANG = (
    PRELUDE
    + """
from libtech_desktop.domain.staff import DESK_ACCOUNT
with lib.context.unit_of_work() as uow:
    item = uow.catalogue.item_by_barcode("3001")
    patron = uow.patrons.by_barcode("2001")
    uow.loans.create(item.id, patron.id, datetime(2026, 3, 23).date(), DESK_ACCOUNT,
                     lib.context.clock.now())
    print("WRITTEN", flush=True)
    threading.Event().wait()
"""
)


CHECKOUT_AND_JOURNAL_WITHOUT_COMMIT_AND_HANG = (
    PRELUDE
    + """
from libtech_desktop.domain.journal import JournalKind
from libtech_desktop.domain.staff import DESK_ACCOUNT
from libtech_desktop.services import journal
with lib.context.unit_of_work() as uow:
    item = uow.catalogue.item_by_barcode("3001")
    patron = uow.patrons.by_barcode("2001")
    now = lib.context.clock.now()
    uow.loans.create(item.id, patron.id, datetime(2026, 3, 23).date(), DESK_ACCOUNT, now)
    journal.record(uow, DESK_ACCOUNT, now, JournalKind.CHECKOUT, {"item": "3001"})
    print("WRITTEN", flush=True)
    threading.Event().wait()
"""
)


@pytest.fixture
def stocked(db_path, clock):
    """A library with one patron and one item, closed again before the child opens it."""
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        lib.catalogue.add_item(biblio.id, barcode="3001")
    return db_path


def run_until_line_then_kill(script: str, db_path: Path, tmp_path: Path) -> str:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")]),
    }
    stderr_path = tmp_path / "child.stderr"
    with stderr_path.open("wb") as stderr:
        child = subprocess.Popen(
            [sys.executable, "-c", script, str(db_path)],
            stdout=subprocess.PIPE,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            env=env,
            text=True,
        )
        # A watchdog, not a wait: it only fires if the child hangs before its line.
        watchdog = threading.Timer(CHILD_TIMEOUT_S, child.kill)
        watchdog.start()
        try:
            assert child.stdout is not None
            line = child.stdout.readline()  # EOF ("") if the child dies first
        finally:
            watchdog.cancel()
            if child.poll() is None:
                child.send_signal(signal.SIGKILL)
            child.wait()
            assert child.stdout is not None
            child.stdout.close()
    assert line, f"child exited early:\n{stderr_path.read_text()}"
    assert child.returncode == -signal.SIGKILL
    return line.strip()


def test_a_committed_loan_survives_a_kill(stocked, tmp_path, clock):
    line = run_until_line_then_kill(CHECKOUT_AND_HANG, stocked, tmp_path)

    assert line == "COMMITTED 2026-03-23"
    with open_library(stocked, clock=clock) as lib:
        [loan] = lib.circulation.open_loans("2001")
        assert (loan.item_barcode, loan.due) == ("3001", date(2026, 3, 23))
        assert lib.catalogue.item("3001").status is ItemStatus.ON_LOAN


def test_an_uncommitted_loan_leaves_no_trace_after_a_kill(stocked, tmp_path, clock):
    line = run_until_line_then_kill(WRITE_WITHOUT_COMMIT_AND_HANG, stocked, tmp_path)

    assert line == "WRITTEN"
    with open_library(stocked, clock=clock) as lib:
        assert lib.circulation.open_loans() == []
        assert lib.catalogue.item("3001").status is ItemStatus.AVAILABLE
        # And the file is usable at once: the killed writer's lock is gone.
        assert lib.circulation.checkout("2001", "3001").due == date(2026, 3, 23)


def test_a_committed_loan_keeps_its_journal_entry_after_a_kill(stocked, tmp_path, clock):
    run_until_line_then_kill(CHECKOUT_AND_HANG, stocked, tmp_path)

    with open_library(stocked, clock=clock) as lib:
        kinds = [entry.kind.value for entry in lib.journal.entries()]
        assert kinds == ["patron_add", "checkout"]
        assert lib.journal.entries()[-1].data["item"] == "3001"


def test_a_kill_before_commit_leaves_neither_the_loan_nor_its_journal_entry(
    stocked, tmp_path, clock
):
    with open_library(stocked, clock=clock) as lib:
        before = lib.journal.entries()

    line = run_until_line_then_kill(CHECKOUT_AND_JOURNAL_WITHOUT_COMMIT_AND_HANG, stocked, tmp_path)

    assert line == "WRITTEN"
    with open_library(stocked, clock=clock) as lib:
        assert lib.circulation.open_loans() == []
        assert lib.journal.entries() == before
