"""Offline sync speed: a bookmobile's journal replayed at the branch (prints figures; never
fails on time).

Run from the checkout::

    python3 benchmarks/sync_bench.py                   # 10,000 operations
    python3 benchmarks/sync_bench.py --ops 2000 --keep /tmp/sync-bench

Recorded (the shared 2-CPU build container, nothing else running): 10,000 operations read
in 0.18 s, dry run 104.7 s (95/s), apply 119.5 s (84/s).

It builds a branch library (patrons and items on the truck), prepares a package, imports it
on a laptop library, makes ``--ops`` operations there (check-outs and check-ins in turn,
from the truck's items), exports the journal, then times at the
branch: reading the file, the dry run (the whole merge on a throwaway copy) and the apply
(each operation in its own transaction through the desk's services, written to the
ledger). It reports operations per second and checks the apply's counts.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import open_library

PASSPHRASE = "benchmark passphrase"


def patron(n: int) -> str:
    return with_check_digit(f"29999{n:08d}")


def item(n: int) -> str:
    return with_check_digit(f"39999{n:08d}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=10_000)
    parser.add_argument("--patrons", type=int, default=500)
    parser.add_argument("--items", type=int, default=2_000)
    parser.add_argument("--keep", type=Path, help="a folder to keep the two libraries in")
    return parser


def run(**options: object) -> dict[str, float | int | str]:
    """The figures, for ``benchmarks/run_all.py``: options as the command line's
    (``ops``, ``patrons``, ``items``, ``keep``)."""
    args = _parser().parse_args([])
    vars(args).update(options)
    return _measure(args)


def main() -> None:
    _measure(_parser().parse_args())


def _measure(args: argparse.Namespace) -> dict[str, float | int | str]:
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sync-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    branch_clock, laptop_clock = FixedClock(start), FixedClock(start)

    with open_library(folder / "branch.sqlite3", clock=branch_clock) as branch:
        made = time.perf_counter()
        for n in range(1, args.patrons + 1):
            branch.patrons.register(patron(n), f"Patron, Number{n}")
        for n in range(1, args.items + 1):
            record = branch.catalogue.add_biblio(title=f"Book {n}", author="Writer, A")
            branch.catalogue.add_item(record.id, barcode=item(n), call_number=f"FIC W{n}")
            branch.truck.load(item(n))
        print(
            f"branch: {args.patrons} patrons, {args.items} items on the truck "
            f"in {time.perf_counter() - made:.1f} s"
        )
        package = folder / "truck.lbp"
        branch.packages.prepare(package, PASSPHRASE)

    with open_library(folder / "laptop.sqlite3", clock=laptop_clock) as laptop:
        laptop.packages.import_package(package, PASSPHRASE)
        made = time.perf_counter()
        lent: list[str] = []
        for op in range(args.ops):
            laptop_clock.instant = start + timedelta(seconds=op)
            if op % 2 == 0 or not lent:
                code = item(op // 2 % args.items + 1)
                if laptop.circulation.item_loan(code) is None:
                    laptop.circulation.checkout(patron(op % args.patrons + 1), code)
                    lent.append(code)
                    continue
            laptop.circulation.checkin(lent.pop(0))
        journal = folder / "laptop.jsonl"
        count = laptop.journal.export(journal)
        print(f"laptop: {count} operations made in {time.perf_counter() - made:.1f} s")

    with open_library(folder / "branch.sqlite3", clock=branch_clock) as branch:
        branch_clock.instant = start + timedelta(days=1)
        timed = time.perf_counter()
        branch.sync.read(journal)
        read_s = time.perf_counter() - timed
        timed = time.perf_counter()
        dry = branch.sync.dry_run(journal)
        dry_s = time.perf_counter() - timed
        timed = time.perf_counter()
        applied = branch.sync.apply(journal)
        apply_s = time.perf_counter() - timed
    assert applied.applied + applied.unchanged + len(applied.exceptions) == count, applied
    print(f"read {count} operations: {read_s * 1000:.0f} ms")
    print(
        f"dry run: {dry_s:.1f} s ({count / dry_s:,.0f} operations/s), "
        f"{len(dry.exceptions)} exceptions predicted"
    )
    print(f"apply:   {apply_s:.1f} s ({count / apply_s:,.0f} operations/s): {applied.message}")
    return {
        "operations": count,
        "sync_read_ms": round(read_s * 1000, 1),
        "sync_dry_run_s": round(dry_s, 2),
        "sync_apply_s": round(apply_s, 2),
        "sync_apply_ops_per_s": round(count / apply_s, 1),
        "sync_exceptions": len(applied.exceptions),
    }


if __name__ == "__main__":
    main()
