"""Hundreds of SIGKILLs at random moments during check-outs, check-ins and payments:
the file stays sound, everything the child confirmed is there, and nothing half-done is.

The child is forked from the test process (already imported: a start costs milliseconds,
not a second) and opens the library itself, like a fresh program. After each commit it
writes one line naming what it confirmed; the parent kills it at a random moment (during
its start, mid-transaction, mid-commit, or between two), over and over, then checks.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import threading
from pathlib import Path

import pytest

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.library import open_library

pytestmark = pytest.mark.skipif(
    not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"), reason="needs fork and SIGKILL"
)

KILLS = 300
#: The kill comes up to this long after the child's last awaited line (or its fork): a
#: start takes ~50 ms, a transaction 10-40 ms.
MAX_DELAY_S = 0.06
PATRONS = [f"20{n:02d}" for n in range(1, 6)]
#: Patrons who owe (and so may not borrow): they pay it off bit by bit.
PAYERS = [f"21{n:02d}" for n in range(1, 4)]
ITEMS = [f"30{n:02d}" for n in range(1, 13)]
FINE_MINOR = 10_000_000


@pytest.fixture
def stocked(db_path: Path, clock) -> Path:
    """Five borrowers, three patrons owing a large fine; twelve items."""
    with open_library(db_path, clock=clock) as lib:
        for code in PATRONS:
            lib.patrons.register(barcode=code, name=f"Patron, {code}")
        for code in PAYERS:
            lib.patrons.register(barcode=code, name=f"Payer, {code}")
            lib.fines.charge(code, FINE_MINOR, description="Opening balance for the test")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        for code in ITEMS:
            lib.catalogue.add_item(biblio.id, barcode=code)
    return db_path


def child_work(db_path: Path, clock, out: int, seed: int) -> None:
    """Lend, return and take payments until killed; one line per confirmed commit."""
    rng = random.Random(seed)
    with open_library(db_path, clock=clock) as lib:
        on_loan = {loan.item_barcode for loan in lib.circulation.open_loans()}
        while True:
            action = rng.random()
            try:
                if action < 0.2:
                    receipt = lib.fines.pay(rng.choice(PAYERS), rng.randint(1, 500))
                    line = f"pay {receipt.payment_id} {receipt.amount_minor}"
                else:
                    code = rng.choice(ITEMS)
                    if code in on_loan:
                        result = lib.circulation.checkin(code)
                        on_loan.discard(code)
                        line = f"checkin {result.loan.id}"
                    else:
                        loan = lib.circulation.checkout(rng.choice(PATRONS), code)
                        on_loan.add(code)
                        line = f"checkout {loan.id} {code}"
            except LibtechError:
                continue  # a refusal (a loan limit): nothing to confirm
            os.write(out, f"{line}\n".encode())


def run_and_kill(db_path: Path, clock, seed: int) -> list[str]:
    """Fork a child doing :func:`child_work`, SIGKILL it after a random delay, and
    return the lines it confirmed before it died."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        status = 0
        try:
            os.close(read_end)
            child_work(db_path, clock, write_end, seed)
        except BaseException:
            import traceback

            traceback.print_exc()
            status = 70
        finally:
            os._exit(status)
    os.close(write_end)
    rng = random.Random(seed)
    # Let the child confirm 0-4 transactions, then kill it a random moment later: in
    # its start, in the middle of a transaction or of a commit, or between two.
    wait_for = rng.randint(0, 4)
    killer = threading.Timer(rng.uniform(0, MAX_DELAY_S), os.kill, (pid, signal.SIGKILL))
    confirmed: list[str] = []
    try:
        with os.fdopen(read_end, "r") as lines:
            if wait_for == 0:
                killer.start()
            for line in lines:  # until EOF: the child is dead
                if not line.endswith("\n"):
                    break  # cut by the kill: not confirmed
                confirmed.append(line.rstrip("\n"))
                if len(confirmed) == wait_for:
                    killer.start()
    finally:
        if not killer.is_alive() and not killer.finished.is_set():
            os.kill(pid, signal.SIGKILL)  # the loop ended early (a bug): do not hang
        else:
            killer.join()
        _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
        f"the child ended by itself (status {status}): see its traceback above"
    )
    return confirmed


@pytest.mark.slow
def test_hundreds_of_kills_lose_nothing_confirmed_and_leave_nothing_half_done(stocked, clock):
    seed0 = int(os.environ.get("LIBTECH_KILL_SEED", "20260302"))
    confirmed: list[list[str]] = []
    for n in range(KILLS):
        confirmed.extend(line.split() for line in run_and_kill(stocked, clock, seed0 + n))
    # Enough work got done between kills for the test to mean something.
    kinds = {line[0] for line in confirmed}
    assert kinds == {"checkout", "checkin", "pay"}, kinds
    assert len(confirmed) > KILLS

    db = sqlite3.connect(stocked)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        check_confirmed_work_is_there(db, confirmed)
        check_nothing_is_half_done(db)
    finally:
        db.close()

    # And the library opens and lends at once: no lock or half-written log left behind.
    with open_library(stocked, clock=clock) as lib:
        lent = {loan.item_barcode for loan in lib.circulation.open_loans()}
        free = next(code for code in ITEMS if code not in lent)
        assert lib.circulation.checkout(PATRONS[0], free).item_barcode == free


def check_confirmed_work_is_there(db: sqlite3.Connection, confirmed: list[list[str]]) -> None:
    for line in confirmed:
        match line:
            case ["checkout", loan_id, code]:
                row = db.execute(
                    "SELECT i.barcode FROM loans AS l JOIN items AS i ON i.id = l.item_id "
                    "WHERE l.id = ?",
                    (int(loan_id),),
                ).fetchone()
                assert row == (code,), f"confirmed loan {loan_id} of {code} is missing"
            case ["checkin", loan_id]:
                row = db.execute(
                    "SELECT returned_at IS NOT NULL FROM loans WHERE id = ?", (int(loan_id),)
                ).fetchone()
                assert row == (1,), f"confirmed return of loan {loan_id} is missing"
            case ["pay", payment_id, amount]:
                row = db.execute(
                    "SELECT p.amount_minor, (SELECT sum(c.amount_minor) FROM fine_credits AS c "
                    "WHERE c.payment_id = p.id) FROM payments AS p WHERE p.id = ?",
                    (int(payment_id),),
                ).fetchone()
                assert row == (int(amount), int(amount)), f"confirmed payment {payment_id}: {row}"
            case _:
                pytest.fail(f"the child confirmed something unknown: {line}")


def check_nothing_is_half_done(db: sqlite3.Connection) -> None:
    def journal_count(kind: str, code: str) -> int:
        return db.execute(
            "SELECT count(*) FROM journal WHERE kind = ? AND json_extract(data, '$.item') = ?",
            (kind, code),
        ).fetchone()[0]

    for code in ITEMS:
        loans, returned, status = db.execute(
            "SELECT count(l.id), count(l.returned_at), i.status FROM items AS i "
            "LEFT JOIN loans AS l ON l.item_id = i.id WHERE i.barcode = ? GROUP BY i.id",
            (code,),
        ).fetchone()
        # Every loan has its journal entry, every return too, and no entry lacks its loan.
        assert journal_count("checkout", code) == loans, code
        assert journal_count("checkin", code) == returned, code
        # An item is on loan exactly when it has an open loan.
        assert (status == "on_loan") == (loans - returned == 1), (code, status, loans, returned)
        assert loans - returned in (0, 1), code
    # Every payment is credited in full to fines, and journalled; no stray credit.
    assert db.execute(
        "SELECT count(*) FROM payments AS p WHERE p.amount_minor != (SELECT "
        "coalesce(sum(c.amount_minor), 0) FROM fine_credits AS c WHERE c.payment_id = p.id)"
    ).fetchone() == (0,)
    payments = db.execute("SELECT count(*) FROM payments").fetchone()[0]
    journalled = db.execute("SELECT count(*) FROM journal WHERE kind = 'payment'").fetchone()[0]
    assert journalled == payments
    assert db.execute(
        "SELECT count(*) FROM fine_credits WHERE kind = 'payment' AND payment_id NOT IN "
        "(SELECT id FROM payments)"
    ).fetchone() == (0,)
