"""Build LibTech Desk's one-folder bundle and prove the BUILT program works.

    python installer/build.py                # tests, build, smoke test
    python installer/build.py --skip-tests   # build and smoke test only
    python installer/build.py --check        # for CI: no tests, build, smoke test;
                                             # exit status non-zero on any failure

Steps (each timed; the figures are printed at the end):

1. the test suite (``pytest``, Qt offscreen) unless ``--skip-tests``/``--check``;
2. ``python -m libtech_desktop.ui.build_forms --check`` (the bundle ships the compiled
   forms, so they must match ``forms/*.ui``) and the icons (drawn when missing);
3. PyInstaller with ``installer/libtech-desktop.spec`` into ``dist/LibTechDesk/``;
4. the smoke test, each program run in a CLEAN environment — no PYTHONPATH, no
   PYTHONHOME, a PATH that holds no Python (an empty folder), a fresh HOME — so a
   bundle that still leaned on the build machine's Python would fail:
   ``libtech-desktop --version``, ``libtech-desktop --self-test``,
   ``libtech --db TMP demo`` and ``libtech-desktop --db TMP --exit-when-ready``
   (Qt offscreen; prints ``ready …`` once the desk is up).
   With ``--hide-python`` (Linux, as root) each runs in a private mount namespace where
   every Python of the machine — the build's, /usr/lib/python3*, /usr/bin/python3*,
   libpython — is covered by an empty folder or /dev/null: a clean machine, without a
   container.

Exit status: 0 when every step worked, 1 otherwise (the failed steps are named).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "libtech-desktop.spec"
FOLDER = "LibTechDesk"
ICONS = ROOT / "resources" / "icons"
WINDOWS = sys.platform.startswith("win")
EXE = ".exe" if WINDOWS else ""
#: A desk that is not up within this many seconds has failed the smoke test.
START_TIMEOUT_S = 180


@dataclass
class Outcome:
    timings: list[tuple[str, float]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def step(self, name: str, seconds: float, ok: bool, detail: str = "") -> bool:
        self.timings.append((name, seconds))
        mark = "ok" if ok else "FAILED"
        print(f"[build] {mark}: {name} ({seconds:.1f} s){': ' + detail if detail else ''}")
        if not ok:
            self.failures.append(name)
        return ok


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-tests", action="store_true", help="do not run the test suite")
    parser.add_argument(
        "--check",
        action="store_true",
        help="CI: skip tests, build, smoke test; non-zero exit on any failure",
    )
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument(
        "--hide-python",
        action="store_true",
        help="Linux, as root: smoke-test with every Python of the machine hidden (unshare)",
    )
    parser.add_argument(
        "--smoke-only", action="store_true", help="do not build: smoke-test the existing bundle"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    outcome = Outcome()
    started = time.monotonic()
    if not (args.skip_tests or args.check or args.smoke_only):
        run_tests(outcome)
    if not args.smoke_only:
        prepare(outcome, draw_icons=not args.check)
        if not outcome.failures:
            build(outcome, args.dist, args.work)
    bundle = args.dist / FOLDER
    if not outcome.failures:
        smoke_test(outcome, bundle, hide_python=args.hide_python)
    total = time.monotonic() - started
    print("[build] timings:")
    for name, seconds in outcome.timings:
        print(f"[build]   {seconds:8.1f} s  {name}")
    print(f"[build]   {total:8.1f} s  in all")
    if bundle.is_dir():
        print(f"[build] bundle: {bundle} ({_size_mb(bundle):.0f} MB)")
    if outcome.failures:
        print(f"[build] FAILED: {', '.join(outcome.failures)}")
        return 1
    print("[build] all steps passed")
    return 0


def _timed(
    command: Sequence[str | Path], **kwargs: object
) -> tuple[subprocess.CompletedProcess[str], float]:
    t0 = time.monotonic()
    done = subprocess.run([str(c) for c in command], text=True, check=False, **kwargs)  # type: ignore[call-overload]
    return done, time.monotonic() - t0


def run_tests(outcome: Outcome) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done, seconds = _timed([sys.executable, "-m", "pytest", "-q", "-x"], cwd=ROOT, env=env)
    outcome.step("test suite", seconds, done.returncode == 0)


def prepare(outcome: Outcome, *, draw_icons: bool) -> None:
    done, seconds = _timed(
        [sys.executable, "-m", "libtech_desktop.ui.build_forms", "--check"], cwd=ROOT
    )
    outcome.step("compiled forms match forms/*.ui", seconds, done.returncode == 0)
    wanted = [ICONS / "libtech-desk.svg", ICONS / "libtech-desk.ico", ICONS / "libtech-desk.icns"]
    missing = [p for p in wanted if not p.is_file()]
    if missing and draw_icons:
        done, seconds = _timed([sys.executable, str(HERE / "make_icons.py")], cwd=ROOT)
        outcome.step("draw the icons", seconds, done.returncode == 0)
    else:
        names = ", ".join(p.name for p in missing)
        outcome.step("icons present", 0.0, not missing, f"missing {names}" if missing else "")


def build(outcome: Outcome, dist: Path, work: Path) -> None:
    command: list[str | Path] = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        dist,
        "--workpath",
        work,
        SPEC,
    ]
    done, seconds = _timed(command, cwd=ROOT)
    bundle = dist / FOLDER
    ok = done.returncode == 0 and (bundle / f"libtech-desktop{EXE}").is_file()
    outcome.step("PyInstaller one-folder build", seconds, ok, str(bundle))


def clean_environment(home: Path) -> dict[str, str]:
    """The environment a library's PC gives the program: nothing of the build's Python.

    PATH is an empty folder (so no ``python`` can be found); HOME and the XDG/AppData
    folders point into ``home`` (so no real library or settings are touched); Qt draws
    offscreen."""
    empty = home / "empty-path"
    empty.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": str(empty),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": os.environ.get("TZ", "UTC"),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    }
    (home / "runtime").mkdir(mode=0o700, exist_ok=True)
    if WINDOWS:
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env |= {
            "SystemRoot": system_root,
            "PATH": str(Path(system_root) / "System32"),
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home / "temp"),
            "TMP": str(home / "temp"),
        }
        (home / "temp").mkdir(exist_ok=True)
    return env


#: Mounts that hide every Python of the machine from one command (Linux, as root): an
#: empty tmpfs over each folder, /dev/null over each file, in a private mount namespace.
_HIDE_SCRIPT = """
set -e
for d in $HIDE_DIRS; do "$MOUNT" -t tmpfs none "$d"; done
for f in $HIDE_FILES; do "$MOUNT" --bind /dev/null "$f"; done
exec "$@"
"""


def python_locations() -> tuple[list[Path], list[Path]]:
    """(folders, files) holding a Python on this machine: the one running the build (and
    its venv), the system's and /usr/local's libraries and interpreters."""
    folders = {Path(sys.base_prefix), Path(sys.prefix)}
    for root in (Path("/usr/lib"), Path("/usr/local/lib"), Path("/usr/lib64")):
        folders |= {p for p in root.glob("python3*") if p.is_dir()}
    files: set[Path] = set()
    for root in (Path("/usr/bin"), Path("/usr/local/bin"), Path("/bin")):
        files |= {p.resolve() for p in root.glob("python*") if p.is_file()}
    for root in (Path("/usr/lib"), Path("/usr/lib/x86_64-linux-gnu"), Path("/usr/lib64")):
        files |= {p.resolve() for p in root.glob("libpython3*") if p.is_file()}
    bundle_safe = {f for f in files if not any(f.is_relative_to(d) for d in folders)}
    return sorted(f for f in folders if f.is_dir()), sorted(bundle_safe)


def without_python(command: Sequence[str | Path]) -> list[str | Path]:
    """``command`` run in a mount namespace where no Python can be found (``unshare``)."""
    unshare, sh, mount = shutil.which("unshare"), shutil.which("sh"), shutil.which("mount")
    if not (unshare and sh and mount):
        raise RuntimeError("--hide-python needs unshare, sh and mount (util-linux)")
    folders, files = python_locations()
    variables = [
        f"MOUNT={mount}",
        "HIDE_DIRS=" + " ".join(str(f) for f in folders),
        "HIDE_FILES=" + " ".join(str(f) for f in files),
    ]
    env_program = shutil.which("env") or "/usr/bin/env"
    return [
        unshare, "--mount", "--propagation", "private",
        env_program, *variables, sh, "-c", _HIDE_SCRIPT, "sh", *command,
    ]  # fmt: skip


def smoke_test(outcome: Outcome, bundle: Path, *, hide_python: bool = False) -> None:
    desk = bundle / f"libtech-desktop{EXE}"
    cli = bundle / f"libtech{EXE}"
    for program in (desk, cli):
        if not program.is_file():
            outcome.step(f"find {program.name}", 0.0, False, f"{program} is missing")
            return
    home = Path(tempfile.mkdtemp(prefix="libtech-smoke-"))
    try:
        env = clean_environment(home)
        db = home / "smoke.sqlite3"

        def run(command: Sequence[str | Path], timeout: float = 120) -> tuple[int, str, float]:
            if hide_python:
                command = without_python(command)
            try:
                done, seconds = _timed(
                    command,
                    env=env,
                    cwd=home,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    timeout=timeout,
                )
            except subprocess.TimeoutExpired as exc:
                return -1, f"no answer in {timeout:.0f} s: {exc.output or ''}", timeout
            return done.returncode, done.stdout or "", seconds

        if hide_python:
            # The namespace really is without Python: no interpreter on a full PATH, and
            # the build's own Python folder is empty.
            probe = (
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin; "
                "for p in python3 python python3.11 python3.12 python3.13; do "
                'command -v $p >/dev/null && { echo "found $p"; exit 1; }; done; '
                f'[ -z "$(ls -A {sys.base_prefix})" ] || {{ echo "{sys.base_prefix} visible"; exit 1; }}; '
                "echo no python"
            )
            status, text, seconds = run([shutil.which("sh") or "/bin/sh", "-c", probe])
            outcome.step("no Python visible (--hide-python)", seconds, status == 0, text.strip())
        status, text, seconds = run([desk, "--version"])
        version = _version()
        # A windowed Windows program has no stdout: there only the status counts.
        shown = WINDOWS and not text.strip()
        outcome.step(
            "libtech-desktop --version",
            seconds,
            status == 0 and (shown or version in text),
            text.strip().splitlines()[-1] if text.strip() else "",
        )
        status, text, seconds = run([desk, "--self-test"])
        if WINDOWS and not text.strip():
            log = home / "AppData" / "Local" / "LibTech" / "LibTechDesk" / "Logs" / "self-test.log"
            text = log.read_text(encoding="utf-8") if log.is_file() else ""
        for line in text.splitlines():
            print(f"[build]     {line}")
        outcome.step(
            "libtech-desktop --self-test", seconds, status == 0 and "self-test passed" in text
        )
        status, text, seconds = run([cli, "--db", db, "demo"])
        outcome.step("libtech --db TMP demo", seconds, status == 0, _last_line(text))
        status, text, seconds = run(
            [desk, "--db", db, "--exit-when-ready"], timeout=START_TIMEOUT_S
        )
        ready = re.search(r"^ready \w+", text, re.MULTILINE)
        outcome.step(
            "libtech-desktop --db TMP --exit-when-ready (offscreen)",
            seconds,
            status == 0 and ready is not None,
            ready.group(0) if ready else text.strip()[-400:],
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)


def _version() -> str:
    text = (ROOT / "libtech_desktop" / "_version.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    return found.group(1) if found else "?"


def _last_line(text: str) -> str:
    lines = text.strip().splitlines()
    return lines[-1] if lines else ""


def _size_mb(folder: Path) -> float:
    total = 0
    for parent, _dirs, names in os.walk(folder):  # symlinks are not followed
        total += sum(os.lstat(os.path.join(parent, name)).st_size for name in names)
    return total / 1e6


if __name__ == "__main__":
    sys.exit(main())
