"""Two programs on one library file: they take turns, never corrupt it, and a writer that
waits too long says so clearly instead of failing with a driver's traceback."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

import libtech_desktop
import libtech_desktop.db.engine as engine_module
from libtech_desktop.cli import main
from libtech_desktop.domain.errors import LibraryBusy
from libtech_desktop.library import Library, open_library

from .conftest import CliResult, assert_one_error_line

BUSY = "The library is busy: another program is writing to it. Try again in a moment."
PACKAGE_ROOT = str(Path(libtech_desktop.__file__).resolve().parents[1])

#: Another program in the middle of a write: it has renamed a patron and not committed,
#: so it holds the write lock until told (a line on stdin) to commit, or is killed.
HOLD_THE_LOCK = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("UPDATE patrons SET name = 'Hopper, Grace B.' WHERE barcode = '2002'")
print("HOLDING", flush=True)
if sys.stdin.readline().strip() == "commit":
    db.execute("COMMIT")
"""


def child_env() -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")]),
    }


@pytest.fixture
def stocked(db_path: Path, clock) -> Path:
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
        lib.patrons.register(barcode="2002", name="Hopper, Grace")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        for n in range(40):
            lib.catalogue.add_item(biblio.id, barcode=f"30{n:02d}")
    return db_path


@contextmanager
def other_program(path: Path) -> Iterator[subprocess.Popen[str]]:
    """Run :data:`HOLD_THE_LOCK` on the library; yields once it holds the lock. Killed
    at the end if still running (a kill drops its uncommitted change)."""
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_THE_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "HOLDING"
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()


def let_it_commit(child: subprocess.Popen[str]) -> None:
    assert child.stdin is not None
    child.stdin.write("commit\n")
    child.stdin.close()
    assert child.wait(timeout=60) == 0


def integrity(path: Path) -> list[tuple[str]]:
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA integrity_check").fetchall()
    finally:
        db.close()


def patron_name(path: Path, barcode: str) -> str:
    db = sqlite3.connect(path)
    try:
        return db.execute("SELECT name FROM patrons WHERE barcode = ?", (barcode,)).fetchone()[0]
    finally:
        db.close()


def test_two_libraries_writing_at_once_take_turns_and_lose_nothing(stocked, clock):
    """Two desks (two Library objects, as two windows would be) lend at the same time."""
    desks = [open_library(stocked, clock=clock) for _ in range(2)]
    failures: list[BaseException] = []
    start = threading.Barrier(2)

    def lend(lib: Library, patron: str, first: int) -> None:
        try:
            start.wait()
            for n in range(first, first + 20):
                lib.circulation.checkout(patron, f"30{n:02d}")
        except BaseException as exc:
            failures.append(exc)

    threads = [
        threading.Thread(target=lend, args=(desks[0], "2001", 0)),
        threading.Thread(target=lend, args=(desks[1], "2002", 20)),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for lib in desks:
        lib.close()

    assert failures == []
    assert integrity(stocked) == [("ok",)]
    with open_library(stocked, clock=clock) as lib:
        assert len(lib.circulation.open_loans("2001")) == 20
        assert len(lib.circulation.open_loans("2002")) == 20
        assert [e.kind.value for e in lib.journal.entries()].count("checkout") == 40


def test_the_command_line_and_an_open_library_write_at_once(stocked, clock):
    """The desk keeps lending while the command line (another process) lends too."""
    cli = subprocess.Popen(
        [sys.executable, "-m", "libtech_desktop", "--db", str(stocked), "checkout", "2002"]
        + [f"30{n:02d}" for n in range(20, 40)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={
            **child_env(),
            "LIBTECH_TODAY": "2026-03-02",
            "XDG_STATE_HOME": str(stocked.parent / "state"),
        },
        text=True,
    )
    try:
        with open_library(stocked, clock=clock) as lib:
            for n in range(20):
                lib.circulation.checkout("2001", f"30{n:02d}")
    finally:
        _, err = cli.communicate(timeout=120)
    assert cli.returncode == 0, err

    assert integrity(stocked) == [("ok",)]
    with open_library(stocked, clock=clock) as lib:
        assert len(lib.circulation.open_loans("2001")) == 20
        assert len(lib.circulation.open_loans("2002")) == 20


def test_a_writer_kept_waiting_says_the_library_is_busy_and_changes_nothing(
    stocked, clock, monkeypatch
):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)  # read at each connect
    with open_library(stocked, clock=clock) as lib:
        lib.circulation.open_loans()  # the desk is open and has read the file
        with other_program(stocked) as other:
            with pytest.raises(LibraryBusy) as refused:
                lib.circulation.checkout("2001", "3000")
            assert str(refused.value) == BUSY
            let_it_commit(other)
        # Nothing of the refused check-out was written; now free, it goes through.
        assert lib.circulation.open_loans() == []
        assert lib.circulation.checkout("2001", "3000").item_barcode == "3000"
    assert integrity(stocked) == [("ok",)]
    assert patron_name(stocked, "2002") == "Hopper, Grace B."  # the other's work is kept


def test_a_writer_waits_for_the_other_program_within_the_busy_timeout(stocked, clock):
    """With the normal timeout, a check-out waits for the other program's commit."""
    done: list[str] = []
    with open_library(stocked, clock=clock) as lib:
        lib.circulation.open_loans()
        with other_program(stocked) as other:
            waiter = threading.Thread(
                target=lambda: done.append(lib.circulation.checkout("2001", "3000").item_barcode)
            )
            waiter.start()
            let_it_commit(other)
            waiter.join(timeout=60)
        assert done == ["3000"]
        [loan] = lib.circulation.open_loans()
        assert loan.patron_barcode == "2001"
    assert patron_name(stocked, "2002") == "Hopper, Grace B."


def test_the_command_line_says_the_library_is_busy(stocked, cli_env, capsys, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    with other_program(stocked):
        code = main(["--db", str(stocked), "checkout", "2001", "3000"])
    captured = capsys.readouterr()

    assert_one_error_line(CliResult(code, captured.out, captured.err), "library is busy")
    assert "another program is writing to it. Try again in a moment." in captured.err
