"""The GUI thread's longest stall while long jobs run in their real dialogs (offscreen Qt;
prints figures; never fails on time).

Run from the checkout::

    python benchmarks/gui_stall_bench.py                      # every job, on lib-100k
    python benchmarks/gui_stall_bench.py --db /tmp/large/lib-10k.sqlite3 --only labels audit
    python benchmarks/gui_stall_bench.py --skip restore --labels 1000 --audit 20000
    python benchmarks/gui_stall_bench.py --only package --operations 10000

Issue 9: anything longer than ~100 ms runs off the GUI thread, with a progress bar and
Cancel. This script copies the library (``--db``, default /tmp/large/lib-100k.sqlite3;
the original is only read) into a scratch folder, adds what the jobs need there (audit
entries written with plain SQL, the backup folder), then opens each job's dialog over a
real TaskRunner as the desk does, lets it settle (``--settle`` seconds: the first layout
of a table of rows is not the job), starts the job as the button would and handles
events until it has ended. A 10 ms QTimer on the GUI thread measures the longest gap
between its ticks meanwhile: that gap is how long the window could not repaint or answer
a key. Jobs (``--only`` / ``--skip``):

- ``labels``: ``--labels`` (5,000) items' barcode labels to a PDF (LabelsDialog, the
  items chosen as if selected: the queue shows at most 500);
- ``audit``: export of the audit log with ``--audit`` (300,000) entries to CSV
  (AuditDialogs.open_audit, then Export);
- ``stocktake``: a stocktake of ``--location`` (the largest location if blank) started,
  its report read (nothing scanned: every item is missing) and Mark missing confirmed
  (InventoryDialog through CollectionDialogs.open_stocktake) — three figures, and the
  worst of them;
- ``shelf_list``: the shelf list from the top (2,000 rows, ShelfListDialog's print limit)
  printed through ``ListPrinter`` on a QPrinter writing a PDF (the printer the print
  dialog would have chosen), then saved as a PDF (Save as PDF, ``ListPdfSaver``:
  figures ``shelf_list_pdf_*``);
- ``backup``: Back up now (BackupDialogs.back_up_now) into the scratch folder;
- ``package``: a bookmobile package imported on a new laptop library (ImportPackageDialog
  through PackageDialogs.open_import: the file read, the passphrase typed, Enter). The
  copy is the branch: it prepares the package first (not timed) with ``--operations``
  (10,000) items on the truck, and, as at any branch, every patron whose card travels and
  the open loans (and their items) of those patrons;
- ``restore``: that backup restored through the restore dialog (last: it replaces the
  library under the open window).

Figures: ``<job>_job_s`` (from the click to the job's end, its outcome delivered),
``<job>_max_stall_ms`` (the longest gap), ``<job>_worst_at_s`` (when, after the click,
that gap ended), ``<job>_ticks`` and ``<job>_outcome``; ``worst_max_stall_ms`` and
``worst_job`` over them all; for the package, ``package_items``, ``package_patrons``,
``package_loans`` and ``package_mb`` (the file's size).
Measured on a shared machine the figures vary from run to run; the target is < 100 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

DEFAULT_DB = Path("/tmp/large/lib-100k.sqlite3")
JOBS = ("labels", "audit", "stocktake", "shelf_list", "backup", "package", "restore")
TICK_MS = 10
#: A job that has not ended after this long is reported as timed out (not a failure).
JOB_TIMEOUT_S = 1800.0

Figures = dict[str, Any]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB, help="the library (only read)")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a new temp one)")
    parser.add_argument("--labels", type=int, default=5000, help="labels in the batch")
    parser.add_argument("--audit", type=int, default=300_000, help="audit entries added")
    parser.add_argument("--location", default="", help="stocktake location (blank: largest)")
    parser.add_argument(
        "--operations", type=int, default=10_000, help="items on the package's truck"
    )
    parser.add_argument("--settle", type=float, default=2.0, help="seconds before each job")
    parser.add_argument("--only", nargs="+", choices=JOBS, metavar="JOB", help="these jobs")
    parser.add_argument("--skip", nargs="+", choices=JOBS, default=[], metavar="JOB")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    parser.add_argument("--json", type=Path, help="also write the figures here (JSON)")
    return parser


def run(**options: object) -> Figures:
    """The figures, for ``benchmarks/run_all.py``: options as the command line's (``db``,
    ``work``, ``labels``, ``audit``, ``location``, ``operations``, ``settle``, ``only``,
    ``skip``, ``keep``). Measured in a fresh process, as a desk runs: in the caller's,
    every object its earlier work left alive lengthens each full garbage collection."""
    argv = [sys.executable, str(Path(__file__).resolve())]
    for key, value in options.items():
        flag = "--" + key
        if isinstance(value, bool):
            argv += [flag] if value else []
        elif isinstance(value, list | tuple):
            argv += [flag, *map(str, value)] if value else []
        elif value is not None:
            argv += [flag, str(value)]
    with tempfile.TemporaryDirectory(prefix="gui-stall-figures-") as folder:
        out = Path(folder) / "figures.json"
        subprocess.run([*argv, "--json", str(out)], check=True)
        figures: Figures = json.loads(out.read_text())
    return figures


# ------------------------------------------------------------------------ the library


def copy_library(src: Path, dest: Path) -> None:
    """A consistent copy of ``src`` (its WAL included) through SQLite's backup API; the
    original is opened read-only."""
    dest.unlink(missing_ok=True)
    source = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    target = sqlite3.connect(dest)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()


def add_audit_entries(db: Path, count: int) -> int:
    """``count`` audit entries (fine waivers by "admin", 4 s apart); the entries now."""
    conn = sqlite3.connect(db)
    try:
        start = conn.execute("SELECT COALESCE(MAX(id), 0) FROM audit_log").fetchone()[0]
        base = datetime(2026, 1, 1)
        rows = (
            (
                (base + timedelta(seconds=4 * n)).strftime("%Y-%m-%d %H:%M:%S.%f"),
                f"K{start + n}",
            )
            for n in range(1, count + 1)
        )
        conn.executemany(
            'INSERT INTO audit_log (at, staff, action, entity, entity_key, "before", "after",'
            " note) VALUES (?, 'admin', 'fine.waive', 'fine', ?, '{\"amount\": 100}',"
            " '{\"amount\": 0}', 'bench')",
            rows,
        )
        conn.commit()
        return int(conn.execute("SELECT COUNT(*) FROM audit_log").fetchone()[0])
    finally:
        conn.close()


def set_backup_folder(db: Path, folder: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        conn.execute(
            "INSERT OR REPLACE INTO library_settings (key, value) VALUES ('backup.folder', ?)",
            (str(folder),),
        )
        conn.commit()
    finally:
        conn.close()


def first_barcodes(db: Path, count: int) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        query = "SELECT barcode FROM items ORDER BY id LIMIT ?"
        return [row[0] for row in conn.execute(query, (count,))]
    finally:
        conn.close()


def largest_location(db: Path) -> str:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = conn.execute(
            "SELECT location FROM items WHERE location IS NOT NULL"
            " GROUP BY location ORDER BY COUNT(*) DESC LIMIT 1"
        ).fetchone()
        return str(row[0]) if row else ""
    finally:
        conn.close()


# ----------------------------------------------------------------- the GUI thread meter


class StallMeter:
    """A 10 ms QTimer on the GUI thread; the gaps between its ticks since ``reset``."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self._clock = QElapsedTimer()
        self._clock.start()
        self._last = self._since = self._clock.elapsed()
        self.gaps: list[int] = []
        #: When (ms after ``reset``) the longest gap ended.
        self.worst_at_ms = 0
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start(TICK_MS)

    def _tick(self) -> None:
        now = self._clock.elapsed()
        gap = now - self._last
        if gap > max(self.gaps, default=-1):
            self.worst_at_ms = now - self._since
        self.gaps.append(gap)
        self._last = now

    def reset(self) -> None:
        self.gaps.clear()
        self._last = self._since = self._clock.elapsed()
        self.worst_at_ms = 0

    def close(self) -> None:
        """The gap up to now counts too (a stall at the very end)."""
        self._tick()
        self._timer.stop()

    @property
    def worst(self) -> int:
        return max(self.gaps, default=0)


def handle_events_until(done: Callable[[], bool], timeout_s: float) -> bool:
    """Run the GUI event loop (as ``app.exec()`` would) until ``done()``; False on timeout."""
    from PySide6.QtCore import QEventLoop, QTimer

    if done():
        return True
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    ended = [False]

    def look() -> None:
        if done():
            ended[0] = True
            loop.quit()
        elif time.perf_counter() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(look)
    poll.start(5)
    loop.exec()
    poll.stop()
    return ended[0]


def settle(seconds: float) -> None:
    end = time.perf_counter() + seconds
    handle_events_until(lambda: time.perf_counter() >= end, seconds + 1)


class Bench:
    """The desk's pieces (runner, window) and the meter; ``measure`` times one job."""

    def __init__(self, settle_s: float) -> None:
        from PySide6.QtWidgets import QMainWindow

        from libtech_desktop.ui.runner import TaskRunner

        self.window = QMainWindow()
        self.window.resize(1200, 800)
        self.window.show()
        self.runner = TaskRunner(self.window)
        self.settle_s = settle_s
        self.long_jobs: list[Any] = []
        self.runner.job_finished.connect(self._finished)
        self.meter = StallMeter()
        self.figures: Figures = {}

    def _finished(self, job: Any) -> None:
        if job.long:
            self.long_jobs.append(job)

    def idle(self, timeout_s: float = 600) -> None:
        if not handle_events_until(lambda: not self.runner.busy, timeout_s):
            raise TimeoutError("the runner stayed busy")

    def measure(self, name: str, start: Callable[[], None], ended: Callable[[], bool]) -> Any:
        """Settle, click (``start``), handle events until a long job has finished, the
        runner is idle and ``ended()``; record the figures; the long job."""
        self.idle()
        settle(self.settle_s)
        self.long_jobs.clear()
        self.meter.reset()
        started = time.perf_counter()
        start()

        def over() -> bool:
            return bool(self.long_jobs) and not self.runner.busy and ended()

        finished = handle_events_until(over, JOB_TIMEOUT_S)
        seconds = time.perf_counter() - started
        self.meter._tick()  # the gap up to the end counts too
        job = self.long_jobs[-1] if self.long_jobs else None
        outcome = job.outcome if job is not None else "no long job"
        if not finished:
            outcome = f"timed out after {JOB_TIMEOUT_S:.0f} s"
        self.figures |= {
            f"{name}_job_s": round(seconds, 2),
            f"{name}_max_stall_ms": self.meter.worst,
            f"{name}_worst_at_s": round(self.meter.worst_at_ms / 1000, 2),
            f"{name}_ticks": len(self.meter.gaps),
            f"{name}_outcome": outcome,
        }
        print(
            f"{name:<24} job {seconds:7.2f} s   longest GUI stall {self.meter.worst:5d} ms"
            f" (ending {self.meter.worst_at_ms / 1000:.2f} s in; {len(self.meter.gaps)} ticks;"
            f" {outcome})",
            flush=True,
        )
        return job


# ------------------------------------------------------------------------------- jobs


def job_labels(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    from libtech_desktop.ui.dialogs.labels_dialog import LabelsDialog
    from libtech_desktop.ui.settings import WorkstationSettings

    codes = first_barcodes(work / "library.sqlite3", args.labels)
    bench.figures["labels"] = len(codes)
    settings = WorkstationSettings(work / "workstation.ini")
    dialog = LabelsDialog(
        lib.labels, bench.runner, settings, bench.window, printers=lambda: ([], "")
    )
    dialog.show()
    dialog.start()
    # The queue lists at most 500 items; the batch is these items, as if selected.
    dialog.selected_barcodes = lambda: codes  # type: ignore[method-assign]
    written: list[str] = []
    dialog.pdf_written.connect(written.append)
    dialog.failed.connect(written.append)
    bench.measure("labels", lambda: dialog.save_pdf(work / "labels.pdf"), lambda: bool(written))


def job_audit(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    from libtech_desktop.ui.audit_dialogs import AuditDialogs

    dialogs = AuditDialogs(bench.window, lib.audit, bench.runner)
    dialog = dialogs.open_audit()
    ended: list[object] = []
    dialog.exported.connect(ended.append)
    dialog.failed.connect(ended.append)
    bench.measure("audit", lambda: dialog.export(work / "audit.csv"), lambda: bool(ended))


def job_stocktake(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    from libtech_desktop.ui.collection_dialogs import CollectionDialogs

    location = args.location or largest_location(work / "library.sqlite3")
    dialogs = CollectionDialogs(bench.window, lib, bench.runner, work / "slips")
    dialog = dialogs.open_stocktake()
    dialog.confirm = lambda _text: True  # the technician says yes
    combo = dialog.ui.location_combo
    if not handle_events_until(lambda: combo.findText(location) >= 0, 600):
        raise RuntimeError(f"no location {location!r} in the stocktake dialog")
    combo.setCurrentText(location)
    steps: list[object] = []
    for signal in (dialog.started, dialog.report_ready, dialog.marked_missing, dialog.failed):
        signal.connect(steps.append)
    stalls = []
    for step, click in (
        ("start", dialog.start),
        ("report", dialog.read_report),
        ("mark_missing", dialog.mark_missing),
    ):
        steps.clear()
        bench.measure(f"stocktake_{step}", click, lambda: bool(steps))
        stalls.append(bench.figures[f"stocktake_{step}_max_stall_ms"])
    bench.figures["stocktake_location"] = location
    bench.figures["stocktake_max_stall_ms"] = max(stalls)
    bench.figures["stocktake_job_s"] = round(
        sum(bench.figures[f"stocktake_{s}_job_s"] for s in ("start", "report", "mark_missing")), 2
    )


def job_shelf_list(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    from PySide6.QtPrintSupport import QPrinter

    from libtech_desktop.ui.dialogs.shelf_list_dialog import PRINT_LIMIT, ShelfListDialog

    dialog = ShelfListDialog(lib.shelf_list, bench.runner, bench.window)
    dialog.show()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(work / "shelf-list-printed.pdf"))
    list_printer = dialog.list_printer

    def chosen(content: Any, what: str) -> bool:
        # The system's print dialog would ask; here the PDF printer is the one chosen.
        list_printer.print_on(printer, content, what)
        return True

    list_printer.print_list = chosen  # type: ignore[method-assign]
    bench.measure("shelf_list", dialog.print_list, lambda: not list_printer.busy)
    bench.figures["shelf_list_rows"] = PRINT_LIMIT
    bench.figures["shelf_list_status"] = dialog.status_text
    # The same list saved as a PDF (Save as PDF: the rows read and the pages written on
    # the runner, with its own progress window).
    out = work / "shelf-list-saved.pdf"
    bench.measure("shelf_list_pdf", lambda: dialog.save_pdf(out), lambda: not dialog.pdf_saver.busy)
    bench.figures["shelf_list_pdf_status"] = dialog.status_text


def _backup_dialogs(bench: Bench, lib: Any, work: Path) -> Any:
    from libtech_desktop.ui.backup_dialogs import BackupDialogs
    from libtech_desktop.ui.settings import WorkstationSettings

    if not hasattr(bench, "backup_dialogs"):
        settings = WorkstationSettings(work / "workstation.ini")
        dialogs = BackupDialogs(bench.window, lib.backups, bench.runner, settings)
        dialogs.after_restore = lambda: None  # the desk would close here
        bench.backup_dialogs = dialogs  # type: ignore[attr-defined]
    return bench.backup_dialogs  # type: ignore[attr-defined]


def job_backup(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    dialogs = _backup_dialogs(bench, lib, work)
    job = bench.measure("backup", dialogs.back_up_now, lambda: True)
    if job is not None and job.outcome == "succeeded":
        bench.figures["backup_mb"] = round(job.result.size / 1e6, 1)
        bench.backup_path = job.result.path  # type: ignore[attr-defined]


def job_restore(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    dialogs = _backup_dialogs(bench, lib, work)
    path = getattr(bench, "backup_path", None)
    if path is None:  # no backup measured: make one (not timed)
        path = lib.backups.back_up().path
    dialog = dialogs.open_restore()
    bench.idle()  # the list of backups read
    bench.measure("restore", lambda: dialog.restore_confirmed.emit(str(path)), lambda: True)


PACKAGE_PASSPHRASE = "bookmobile bench passphrase"


def job_package(bench: Bench, lib: Any, work: Path, args: argparse.Namespace) -> None:
    from libtech_desktop.library import open_library
    from libtech_desktop.ui.package_dialogs import PackageDialogs

    package = work / "truck.lbp"
    started = time.perf_counter()
    summary = lib.packages.prepare(
        package,
        PACKAGE_PASSPHRASE,
        item_barcodes=first_barcodes(work / "library.sqlite3", args.operations),
    )
    print(
        f"package: {summary.items} items, {summary.patrons} patrons, {summary.loans} loans,"
        f" {package.stat().st_size / 1e6:.1f} MB, prepared in"
        f" {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    bench.figures |= {
        "package_items": summary.items,
        "package_patrons": summary.patrons,
        "package_loans": summary.loans,
        "package_mb": round(package.stat().st_size / 1e6, 1),
    }
    laptop = open_library(work / "laptop.sqlite3")
    try:
        dialogs = PackageDialogs(bench.window, laptop.packages, bench.runner, lambda: None)
        dialogs.open_import()
        dialog = dialogs.import_dialog
        assert dialog is not None
        headers: list[object] = []
        ended: list[object] = []
        dialog.header_read.connect(headers.append)
        dialog.failed.connect(ended.append)
        dialog.ui.file_edit.setText(str(package))
        dialog.read_header()  # Enter in the file box
        if not handle_events_until(lambda: bool(headers or ended), 600) or not headers:
            raise RuntimeError(f"the package's header was not read: {ended}")
        dialog.imported.connect(ended.append)
        dialog.ui.passphrase_edit.setText(PACKAGE_PASSPHRASE)
        bench.measure("package", dialog.start_import, lambda: bool(ended))
    finally:
        bench.idle()
        laptop.close()


RUNNERS: dict[str, Callable[[Bench, Any, Path, argparse.Namespace], None]] = {
    "labels": job_labels,
    "audit": job_audit,
    "stocktake": job_stocktake,
    "shelf_list": job_shelf_list,
    "backup": job_backup,
    "package": job_package,
    "restore": job_restore,
}


# ------------------------------------------------------------------------------- main


def _measure(args: argparse.Namespace) -> Figures:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from libtech_desktop.library import open_library

    jobs = [j for j in (args.only or JOBS) if j not in (args.skip or [])]
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="gui-stall-"))
    work.mkdir(parents=True, exist_ok=True)
    db = work / "library.sqlite3"
    started = time.perf_counter()
    copy_library(Path(args.db), db)
    figures: Figures = {"library": str(args.db), "jobs": " ".join(jobs), "tick_ms": TICK_MS}
    if "audit" in jobs:
        figures["audit_entries"] = add_audit_entries(db, args.audit)
    set_backup_folder(db, work / "backups")
    print(
        f"copied {args.db} to {db} and prepared it in {time.perf_counter() - started:.1f} s",
        flush=True,
    )
    app = QApplication.instance() or QApplication([])
    bench = Bench(args.settle)
    lib = open_library(db)
    try:
        for name in jobs:
            try:
                RUNNERS[name](bench, lib, work, args)
            except Exception as exc:  # one job that breaks must not stop the others
                bench.figures[f"{name}_outcome"] = f"error: {type(exc).__name__}: {exc}"
                print(f"{name}: {type(exc).__name__}: {exc}", file=sys.stderr, flush=True)
    finally:
        bench.meter.close()
        bench.runner.shutdown()
        try:
            lib.close()
        except Exception as exc:  # after a restore the file under it was replaced
            print(f"closing the library: {exc}", file=sys.stderr)
        bench.window.close()
        app.processEvents()
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)
    figures |= bench.figures
    stalls = {k: v for k, v in figures.items() if k.endswith("_max_stall_ms")}
    if stalls:
        worst = max(stalls, key=stalls.__getitem__)
        figures["worst_max_stall_ms"] = stalls[worst]
        figures["worst_job"] = worst.removesuffix("_max_stall_ms")
        print(f"longest stall of all: {stalls[worst]} ms ({figures['worst_job']})")
    return figures


def main() -> None:
    args = _parser().parse_args()
    figures = _measure(args)
    if args.json is not None:
        args.json.write_text(json.dumps(figures, indent=1, default=str))


if __name__ == "__main__":
    main()
