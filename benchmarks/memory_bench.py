"""Peak memory of the desk with a 100,000-row list scrolled end to end (prints figures;
never fails on size).

Run from the checkout::

    python3 benchmarks/memory_bench.py --db /tmp/large/lib-1m.sqlite3
    python3 benchmarks/memory_bench.py --db LIBRARY --rows 100000 --query "the"

A child process (offscreen Qt) copies the library (the desk writes: never the original),
opens it in the real window, lists the Catalogue tab's search results (blank: the
newest records; they are read a page at a time as the list scrolls) and moves the
scroll bar to its end in steps, letting each page arrive, until ``rows`` rows are in
or the list ends. Its peak RSS (``ru_maxrss``) is the figure; the target is 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TARGET_MB = 400


def _child(db: str, rows: int, query: str) -> dict[str, float | int | str]:
    import resource
    import time

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from libtech_desktop.app import DeskApplication
    from libtech_desktop.library import open_library
    from libtech_desktop.ui.feedback import RecordingSoundPlayer
    from libtech_desktop.ui.settings import WorkstationSettings

    def rss_mb() -> float:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LibTech Desk memory bench")
    library = open_library(Path(db))
    desk = DeskApplication(
        library, WorkstationSettings(), Path(db).with_suffix(".log"), sounds=RecordingSoundPlayer()
    )
    window = desk.window
    window.show()
    start_mb = rss_mb()
    tab = desk.catalogue
    window.show_tab(window.ui.tabs_widget.indexOf(tab))
    model, view = tab.results, tab.ui.results_view

    def settle() -> None:
        while model.fetching or desk.runner.busy:
            QCoreApplication.processEvents()
            time.sleep(0.001)
        QCoreApplication.processEvents()

    began = time.perf_counter()
    settle()  # the first showing's search
    tab.search(query)
    settle()
    bar = view.verticalScrollBar()
    steps = 0
    while model.rowCount() < rows and not model.at_end:
        bar.setValue(bar.value() + max(bar.pageStep(), 1) * 50)
        if bar.value() >= bar.maximum() and model.canFetchMore():
            model.fetchMore(view.rootIndex())  # as the view does at the bottom
        settle()
        steps += 1
    seconds = time.perf_counter() - began
    listed = model.rowCount()
    bar.setValue(bar.maximum())
    settle()
    figures: dict[str, float | int | str] = {
        "list": f"Catalogue search results for {query!r}",
        "rows_listed": listed,
        "scroll_steps": steps,
        "scroll_s": round(seconds, 2),
        "rss_after_window_mb": round(start_mb, 1),
        "peak_rss_mb": round(rss_mb(), 1),
        "target_mb": TARGET_MB,
    }
    desk.close()
    return figures


def run(
    db: str, rows: int = 100_000, query: str = "", copy: bool = True
) -> dict[str, float | int | str]:
    with tempfile.TemporaryDirectory(prefix="memory-bench-") as folder:
        path = db
        if copy:
            path = str(Path(folder) / "library.sqlite3")
            shutil.copyfile(db, path)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run(
            [
                sys.executable,
                __file__,
                "--child",
                "--db",
                path,
                "--rows",
                str(rows),
                "--query",
                query,
            ],
            env=env,
            check=True,
            capture_output=True,
            text=True,
        )
    line = [x for x in out.stdout.splitlines() if x.startswith("{")][-1]
    figures: dict[str, float | int | str] = json.loads(line)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the library to list (copied first)")
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--query", default="", help="what to search for (blank: newest)")
    parser.add_argument("--no-copy", action="store_true", help="open --db itself")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(_child(args.db, args.rows, args.query)), flush=True)
        return
    figures = run(args.db, args.rows, args.query, copy=not args.no_copy)
    for name, value in figures.items():
        print(f"{name:>22}: {value}")


if __name__ == "__main__":
    main()
