"""Start-up time of the desk: launch to "ready" (prints figures; never fails on time).

Run from the checkout::

    python3 benchmarks/startup_bench.py --db /tmp/large/lib-1m.sqlite3
    python3 benchmarks/startup_bench.py --db LIBRARY --runs 9

The library is copied once (the desk writes to it: never the original); each run launches
``libtech-desktop --db COPY --exit-when-ready`` (offscreen Qt) and times from launch to
its ``ready`` line: the window is drawn, the scan field has the focus and the event
loop is idle. Beside it the floor: a bare PySide6 window shown and quit the same way,
which is what any Qt program on this machine pays. Median and worst of ``runs``. The
target is 2 s on the large library.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_S = 2.0

FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
field = QLineEdit()
window.setCentralWidget(field)
window.show()
field.setFocus()
def ready():
    print("ready", type(window.focusWidget()).__name__, flush=True)
    app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def _time_to_ready(command: list[str]) -> tuple[float, str]:
    """Seconds from launch to the ``ready`` line. The process is then stopped: what it
    does as it closes (a backup of the whole library) is not start-up."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    began = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("ready"):
            seconds = time.perf_counter() - began
            focused = line.split()[-1]
            break
    else:
        process.wait()
        raise RuntimeError(f"{command[0]} ended without saying ready ({process.returncode})")
    process.kill()
    process.wait()
    process.stdout.close()
    return seconds, focused


def _desk_command(db: Path) -> list[str]:
    desk = shutil.which("libtech-desktop")
    launcher = (
        [desk]
        if desk
        else [
            sys.executable,
            "-c",
            "from libtech_desktop.app import main; raise SystemExit(main())",
        ]
    )
    return [*launcher, "--db", str(db), "--exit-when-ready"]


def run(db: str, runs: int = 5) -> dict[str, float | int | str]:
    desk_times, floor_times, focused = [], [], ""
    with tempfile.TemporaryDirectory(prefix="startup-bench-") as folder:
        copy = Path(folder) / "library.sqlite3"
        shutil.copyfile(db, copy)
        for _ in range(runs):  # in turn: the machine's load changes from minute to minute
            seconds, focused = _time_to_ready(_desk_command(copy))
            desk_times.append(seconds)
            floor_times.append(_time_to_ready([sys.executable, "-c", FLOOR])[0])
    return {
        "library": Path(db).name,
        "runs": runs,
        "focused_at_ready": focused,
        "startup_median_s": round(statistics.median(desk_times), 3),
        "startup_worst_s": round(max(desk_times), 3),
        "floor_median_s": round(statistics.median(floor_times), 3),
        "floor_worst_s": round(max(floor_times), 3),
        "target_s": TARGET_S,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="the library to open (copied for each run)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for name, value in run(args.db, args.runs).items():
        print(f"{name:>18}: {value}")


if __name__ == "__main__":
    main()
