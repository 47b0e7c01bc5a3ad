"""Issue 8, done when: a backup made while checking out restores to a working library.

A child process lends and takes back items without pause, saying each loan once it is
committed, while this process backs the library up several times. The last backup,
restored into a fresh library, is sound, lends and takes back, and holds every loan
committed before that backup started.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
from collections import Counter
from pathlib import Path

import libtech_desktop
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import open_library
from tests.conftest import NOON, item_code, patron_code

PATRONS, ITEMS, BACKUPS = 20, 80, 4
CHILD_TIMEOUT_S = 120
PACKAGE_ROOT = str(Path(libtech_desktop.__file__).resolve().parents[1])

LEND = """
import sys, threading
from datetime import datetime
from libtech_desktop import open_library
from libtech_desktop.domain.clock import FixedClock

lib = open_library(sys.argv[1], clock=FixedClock(datetime.fromisoformat(sys.argv[2])))
patrons, items = sys.argv[3].split(","), sys.argv[4].split(",")
stop = threading.Event()
threading.Thread(target=lambda: (sys.stdin.readline(), stop.set()), daemon=True).start()
while not stop.is_set():
    for n, item in enumerate(items):
        lib.circulation.checkout(patrons[n % len(patrons)], item)
        print("LENT", item, flush=True)
    for item in items:
        lib.circulation.checkin(item)
print("FINISHED", flush=True)
"""


class Lent:
    """The loans the child reported committed, read from its output as they come."""

    def __init__(self, child: subprocess.Popen[str]) -> None:
        self.items: list[str] = []
        self.finished = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, args=(child,), daemon=True)
        self._reader.start()

    def _read(self, child: subprocess.Popen[str]) -> None:
        assert child.stdout is not None
        for line in child.stdout:
            with self._changed:
                if line.startswith("LENT "):
                    self.items.append(line.split()[1])
                self.finished = self.finished or line.startswith("FINISHED")
                self._changed.notify_all()
        with self._changed:
            self.finished = True
            self._changed.notify_all()

    def snapshot(self) -> list[str]:
        with self._changed:
            return list(self.items)

    def wait_for_more_than(self, count: int) -> None:
        with self._changed:
            self._changed.wait_for(
                lambda: len(self.items) > count or self.finished, timeout=CHILD_TIMEOUT_S
            )


def _setup(path: Path) -> tuple[list[str], list[str]]:
    patrons = [patron_code(n) for n in range(1, PATRONS + 1)]
    items = [item_code(n) for n in range(1, ITEMS + 1)]
    with open_library(path) as lib:
        for n, barcode in enumerate(patrons):
            lib.patrons.register(barcode=barcode, name=f"Reader, Number{n}", category="adult")
        for n, barcode in enumerate(items):
            biblio = lib.catalogue.add_biblio(title=f"Title {n}", author="Author, Some")
            lib.catalogue.add_item(biblio.id, barcode=barcode)
    return patrons, items


def test_a_backup_made_while_checking_out_restores_to_a_working_library(tmp_path):
    path = tmp_path / "desk.sqlite3"
    patrons, items = _setup(path)
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            LEND,
            str(path),
            NOON.isoformat(),
            ",".join(patrons),
            ",".join(items),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=PACKAGE_ROOT,
    )
    lent = Lent(child)
    made: list[tuple[Path, list[str]]] = []
    try:
        with open_library(path) as lib:
            for _ in range(BACKUPS):
                lent.wait_for_more_than(len(lent.snapshot()) + 3)
                before = lent.snapshot()  # committed before this backup started
                made.append((lib.backups.back_up().path, before))
        lent.wait_for_more_than(len(lent.snapshot()) + 3)  # lending went on meanwhile
    finally:
        assert child.stdin is not None
        child.stdin.write("STOP\n")
        child.stdin.close()
        child.wait(timeout=CHILD_TIMEOUT_S)
    assert child.returncode == 0
    last, committed = made[-1]
    assert committed, "the child lent nothing before the last backup"
    assert len(lent.snapshot()) > len(committed)  # and went on while it was made

    fresh = tmp_path / "elsewhere" / "restored.sqlite3"
    with open_library(fresh, clock=FixedClock(NOON)) as restored:
        restored.backups.restore(last)
        with sqlite3.connect(fresh) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        # Every loan reported before the backup started, returned since or not.
        assert Counter(committed) - Counter(_loans(fresh)) == Counter()
        # It takes back and lends.
        on_loan = [loan.item_barcode for loan in restored.circulation.open_loans()]
        if on_loan:
            restored.circulation.checkin(on_loan[0])
        free = next(barcode for barcode in items if barcode not in on_loan[1:])
        loan = restored.circulation.checkout(patrons[0], free)
        assert restored.circulation.item_loan(free) == loan
        restored.circulation.checkin(free)
        assert restored.circulation.item_loan(free) is None


def _loans(path: Path) -> list[str]:
    """The item of every loan in the file, open or returned."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT items.barcode FROM loans JOIN items ON items.id = loans.item_id"
        ).fetchall()
    conn.close()
    return [row[0] for row in rows]
