"""Scan to screen: from the scanner's Return to the new row on the desk's screen, in the
real window (offscreen). Prints figures; never fails on time.

Run from the checkout::

    QT_QPA_PLATFORM=offscreen python3 benchmarks/scan_to_screen_bench.py \\
        --db /tmp/large/lib-1m.sqlite3 --scans 300

The library at ``--db`` is copied first (scans write). The window is the program's own
(``DeskApplication``, as the GUI tests build it). At the Check out tab a patron's card,
then items, are typed into the scan field as a wedge scanner types them (key clicks,
then Return); each item is timed from the Return key to the tab's ``loan_made`` signal,
emitted once the loans list shows the new loan. Then the same items are scanned at the
Check in tab, timed from Return to ``checked_in`` (the returns list has the row). A new
patron's card comes every three items. Figures are p50/p99 in milliseconds; taken on a
shared machine they vary from run to run.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

sys.path.insert(0, str(Path(__file__).parent))

from circulation_bench import _candidates, _copy, _login, _percentiles, print_figures
from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from libtech_desktop.app import DeskApplication
from libtech_desktop.ui.feedback import RecordingSoundPlayer
from libtech_desktop.ui.settings import WorkstationSettings

from PySide6.QtCore import Qt  # isort: skip


def _scan(field: QWidget, code: str, done: SignalInstance, timeout_ms: int = 30_000) -> float:
    """Type ``code`` and Return into ``field``; seconds from Return to ``done``."""
    loop = QEventLoop()
    fired: list[float] = []

    def finished(*_args: object) -> None:
        fired.append(time.perf_counter())
        loop.quit()

    done.connect(finished)
    QTimer.singleShot(timeout_ms, loop.quit)
    try:
        QTest.keyClicks(field, code)
        start = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        if not fired:
            loop.exec()
    finally:
        done.disconnect(finished)
    if not fired:
        raise TimeoutError(f"No answer to the scan of {code} in {timeout_ms} ms")
    return fired[0] - start


def _handled(signal: SignalInstance, field: QWidget, code: str) -> None:
    """Scan ``code`` and wait for the tab to finish with it (untimed)."""
    _scan(field, code, signal)


def run(db: str, scans: int = 300, seed: int = 9) -> dict[str, float | int | str]:
    """Time ``scans`` item scans at Check out and as many at Check in, in the window."""
    app = QApplication.instance() or QApplication([])
    figures: dict[str, float | int | str] = {"db": db, "scans": scans}
    with _copy(db) as path:
        patrons, items = _candidates(path, scans, random.Random(seed))
        library = _login(path)
        folder = Path(tempfile.mkdtemp(prefix="scan-bench-", dir=str(path.parent)))
        desk = DeskApplication(
            library,
            WorkstationSettings(folder / "workstation.ini"),
            folder / "libtech.log",
            sounds=RecordingSoundPlayer(),
            receipts_dir=folder / "receipts",
        )
        try:
            desk.window.show()
            app.processEvents()
            out_tab, in_tab = desk.checkout, desk.checkin
            out_field, in_field = out_tab.ui.scan_edit, in_tab.ui.scan_edit
            lent: list[str] = []
            checkout: list[float] = []
            queue = iter(items)
            while len(checkout) < scans:
                if len(checkout) % 3 == 0:
                    card = patrons[(len(checkout) // 3) % len(patrons)]
                    _handled(out_tab.patron_opened, out_field, card)
                code = next(queue)
                rows = out_tab.loans.rowCount()
                elapsed = _scan(out_field, code, out_tab.scan_handled)
                if out_tab.loans.rowCount() == rows + 1:
                    checkout.append(elapsed)
                    lent.append(code)
            checkin = [_scan(in_field, code, in_tab.checked_in) for code in lent]
        finally:
            desk.upkeep_runner.shutdown()
            desk.mail_runner.shutdown()
            desk.runner.shutdown()
            desk.window.close()
            library.close()
    for name, samples in (("checkout", checkout), ("checkin", checkin)):
        p50, p95, p99 = _percentiles(samples)
        figures |= {
            f"{name}_scan_to_screen_p50_ms": p50,
            f"{name}_scan_to_screen_p95_ms": p95,
            f"{name}_scan_to_screen_p99_ms": p99,
        }
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the library to copy and measure")
    parser.add_argument("--scans", type=int, default=300)
    parser.add_argument("--seed", type=int, default=9)
    args = parser.parse_args()
    print_figures(run(args.db, args.scans, args.seed))


if __name__ == "__main__":
    main()
