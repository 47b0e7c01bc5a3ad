"""A read-only library file or a full disk: reported in words a technician understands,
nothing half-done, and everything confirmed before still there."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import libtech_desktop
import libtech_desktop.db.engine as engine_module
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.errors import DiskFull, LibraryReadOnly
from libtech_desktop.library import open_library

PACKAGE_ROOT = str(Path(libtech_desktop.__file__).resolve().parents[1])


@pytest.fixture
def stocked(db_path: Path, clock) -> Path:
    """One patron, three items, and one loan already confirmed."""
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        for code in ("3001", "3002", "3003"):
            lib.catalogue.add_item(biblio.id, barcode=code)
        lib.circulation.checkout("2001", "3001")
    return db_path


def with_pragma(monkeypatch: pytest.MonkeyPatch, pragma: Callable[[Any], str]) -> None:
    """Every connection the library opens from now on also runs ``pragma(cursor)``."""
    original = engine_module._on_connect

    def on_connect(dbapi_connection: Any, record: Any) -> None:
        original(dbapi_connection, record)
        cursor = dbapi_connection.cursor()
        cursor.execute(pragma(cursor))
        cursor.close()

    monkeypatch.setattr(engine_module, "_on_connect", on_connect)


def check_only_the_first_loan(path: Path) -> None:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        loans = db.execute(
            "SELECT i.barcode FROM loans AS l JOIN items AS i ON i.id = l.item_id"
        ).fetchall()
        assert loans == [("3001",)]
        assert db.execute("SELECT barcode, status FROM items ORDER BY barcode").fetchall() == [
            ("3001", "on_loan"),
            ("3002", "available"),
            ("3003", "available"),
        ]
        kinds = db.execute("SELECT kind FROM journal WHERE kind = 'checkout'").fetchall()
        assert kinds == [("checkout",)]
    finally:
        db.close()


# -- a full disk ------------------------------------------------------------------------


def test_a_full_disk_is_reported_and_what_was_confirmed_stays(stocked, clock, monkeypatch):
    # SQLite answers SQLITE_FULL once the file may not grow: what a full disk looks like.
    with_pragma(
        monkeypatch,
        lambda cursor: (
            f"PRAGMA max_page_count = {cursor.execute('PRAGMA page_count').fetchone()[0]}"
        ),
    )
    with open_library(stocked, clock=clock) as lib:
        with pytest.raises(DiskFull) as full:
            lib.catalogue.add_biblio(title="A very long title " + "x" * 300_000)
        assert str(full.value).startswith("The disk is full")
        assert "nothing was changed" in str(full.value)
        # The desk carries on: reading works, and the loan confirmed before is there.
        [loan] = lib.circulation.open_loans()
        assert loan.item_barcode == "3001"
        assert lib.catalogue.item("3002").status is ItemStatus.AVAILABLE
    assert "A very long title" not in stocked.read_bytes().decode("latin-1")

    monkeypatch.undo()  # space freed: the same action goes through
    with open_library(stocked, clock=clock) as lib:
        lib.catalogue.add_biblio(title="A very long title " + "x" * 300_000)
        assert len(lib.circulation.open_loans()) == 1


def test_a_desk_action_meeting_a_full_disk_leaves_nothing_half_done(stocked, clock, monkeypatch):
    """A check-out writes a loan, the item's status and a journal entry: all or none."""
    with open_library(stocked, clock=clock) as lib:
        # Fill the file's free pages with a big record, so the next write must grow it.
        lib.catalogue.add_biblio(title="Filler " + "y" * 50_000)
    with_pragma(
        monkeypatch,
        lambda cursor: (
            f"PRAGMA max_page_count = {cursor.execute('PRAGMA page_count').fetchone()[0]}"
        ),
    )
    with open_library(stocked, clock=clock) as lib:
        refusals = 0
        for n in range(300):  # patrons until the file is full
            try:
                lib.patrons.register(barcode=f"4{n:04d}", name=f"Patron, {n}")
            except DiskFull:
                refusals += 1
                break
        assert refusals == 1
        with pytest.raises(DiskFull):
            lib.patrons.register(barcode="49999", name="Babbage, Charles " + "z" * 20_000)
    db = sqlite3.connect(stocked)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # Every patron registered is whole: a journal entry for each, none without.
        patrons = db.execute("SELECT count(*) FROM patrons WHERE barcode LIKE '4%'").fetchone()
        added = db.execute(
            "SELECT count(*) FROM journal WHERE kind = 'patron_add' "
            "AND json_extract(data, '$.barcode') LIKE '4%'"
        ).fetchone()
        assert patrons == added
        assert db.execute("SELECT count(*) FROM patrons WHERE barcode = '49999'").fetchone() == (0,)
    finally:
        db.close()
    check_only_the_first_loan(stocked)


# -- a read-only file -------------------------------------------------------------------


def opened_read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library opens its file read-only from now on, as SQLite does by itself with a
    file the user may not write (what the chmod tests below check, where they can)."""
    original = engine_module.create_engine

    def create_engine(url: Any, **kwargs: Any) -> Any:
        if isinstance(url, str) and url.startswith("sqlite:///"):
            url = f"sqlite:///file:{url.removeprefix('sqlite:///')}?mode=ro&uri=true"
        return original(url, **kwargs)

    monkeypatch.setattr(engine_module, "create_engine", create_engine)


def test_a_desk_action_on_a_read_only_library_says_so_and_changes_nothing(
    stocked, clock, monkeypatch
):
    opened_read_only(monkeypatch)
    with open_library(stocked, clock=clock) as lib:
        assert [loan.item_barcode for loan in lib.circulation.open_loans()] == ["3001"]
        with pytest.raises(LibraryReadOnly) as refused:
            lib.circulation.checkout("2001", "3002")
        assert str(refused.value).startswith("The library file is read-only")
        with pytest.raises(LibraryReadOnly):
            lib.circulation.checkin("3001")
        assert lib.catalogue.item("3001").status is ItemStatus.ON_LOAN
    check_only_the_first_loan(stocked)


def as_ordinary_user() -> list[str]:
    """A command prefix under which file permissions hold: none for an ordinary user; for
    root (a container), a user namespace without root's override of permissions."""
    if os.geteuid() != 0:
        return []
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-U", "true"], check=False).returncode == 0:
        return [unshare, "-U"]
    pytest.skip("runs as root, who may write any file, and cannot drop that right here")


@pytest.fixture
def libtech(cli_env) -> Iterator[Callable[..., subprocess.CompletedProcess[str]]]:
    """``libtech(path, *args)``: the command line in its own process, as an ordinary
    user (see :func:`as_ordinary_user`)."""
    prefix = as_ordinary_user()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([PACKAGE_ROOT, os.environ.get("PYTHONPATH", "")]),
    }

    def run(path: Path, *args: str) -> subprocess.CompletedProcess[str]:
        command = [*prefix, sys.executable, "-m", "libtech_desktop", "--db", str(path), *args]
        return subprocess.run(command, capture_output=True, text=True, env=env, check=False)

    yield run


def test_a_read_only_library_file_can_be_read_and_refuses_changes_clearly(stocked, libtech):
    stocked.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        listed = libtech(stocked, "loans")
        assert listed.returncode == 0, listed.stderr
        assert "3001" in listed.stdout

        refused = libtech(stocked, "checkout", "2001", "3002")
        assert refused.returncode == 1
        [line] = refused.stderr.strip().splitlines()
        assert line.startswith("libtech: error: The library file is read-only"), line
    finally:
        stocked.chmod(stat.S_IRUSR | stat.S_IWUSR)
    check_only_the_first_loan(stocked)


def test_a_library_in_a_read_only_folder_says_it_is_read_only(stocked, libtech):
    folder = stocked.parent
    for leftover in folder.glob(stocked.name + "-*"):  # -wal, -shm: a closed library
        leftover.unlink()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        result = libtech(stocked, "checkout", "2001", "3002")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert result.returncode == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("libtech: error: The library file is read-only"), line
    check_only_the_first_loan(stocked)
