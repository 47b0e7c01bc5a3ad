"""``libtech-desktop --self-test``: headless proof that a build works (issue 10).

Checks the shipped folders (forms, resources, Alembic migrations) and the Qt platform
plugins are where the program looks for them — a frozen bundle's usual failures — then
opens a temporary library, migrates it, sets it up, registers a patron and an item,
checks the item out and in, renders one barcode label to PDF, creates and logs in a
staff account (argon2), opens an encrypted library (SQLCipher), and removes the
temporary folder. One line per step (``ok: …`` or ``FAILED: …``); exit status 0 only if every step
worked. Used by ``installer/build.py`` on the built bundle, with no Python installed.

No display is needed: Qt is never imported here (its plugins are looked for as files).
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from libtech_desktop import paths
from libtech_desktop.db import engine as db_engine
from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.labels.render import PrintOptions
from libtech_desktop.library import Library, open_library

#: The sheet the label step renders on (a shipped template).
LABEL_TEMPLATE = "avery-5160"
PATRON_BARCODE = with_check_digit("2999900000001")
ITEM_BARCODE = with_check_digit("3999900000001")
STAFF_PASSWORD = "self-test passphrase 4 desk"

#: Where the lines go when the program has no stdout (in ``paths.log_dir()``).
SELF_TEST_LOG = "self-test.log"
#: The platform plugin each desktop needs, by ``sys.platform`` prefix.
_PLATFORM_PLUGINS = {"linux": "qxcb", "win": "qwindows", "darwin": "qcocoa"}


class StepFailed(Exception):
    """A self-test step did not do what it should; the message says what was wrong."""


@dataclass
class _Report:
    out: Callable[[str], None]
    failures: list[str] = field(default_factory=list)

    def ok(self, text: str) -> None:
        self.out(f"ok: {text}")

    def failed(self, step: str, error: BaseException) -> None:
        message = str(error) or type(error).__name__
        if not isinstance(error, StepFailed):
            message = f"{type(error).__name__}: {message}"
        self.failures.append(step)
        self.out(f"FAILED: {step}: {message}")

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        # A self-test must report every failure, whatever it is, and go on to the end.
        try:
            yield
        except Exception as exc:
            self.failed(name, exc)
            raise _Abandon from exc


class _Abandon(Exception):
    """The step failed (already reported); the steps that depend on it are skipped."""


def run_self_test(out: Callable[[str], None] | None = None) -> int:
    """Exit status: 0 when every step worked; each step's outcome goes to ``out``
    (default: stdout, one line per step)."""
    report = _Report(out or _print)
    report.out(f"self-test: LibTech Desk {_version()} ({'frozen' if _frozen() else 'Python'})")
    for check in (_check_folders, _check_qt_plugins):
        with suppress(_Abandon):
            check(report)
    folder = Path(tempfile.mkdtemp(prefix="libtech-self-test-"))
    try:
        _library_steps(report, folder)
    except _Abandon:
        report.out("skipped: the steps after the failed one")
    finally:
        try:
            with report.step("remove the temporary folder"):
                shutil.rmtree(folder)
                if folder.exists():
                    raise StepFailed(f"{folder} is still there")
                report.ok("removed the temporary folder")
        except _Abandon:
            pass
    if report.failures:
        report.out(
            f"self-test FAILED ({len(report.failures)} step(s)): {', '.join(report.failures)}"
        )
        return 1
    report.out("self-test passed")
    return 0


def _print(line: str) -> None:
    if sys.stdout is None:
        # A windowed program on Windows has no stdout: the lines go to the log folder.
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        with (folder / SELF_TEST_LOG).open("a", encoding="utf-8") as log:
            log.write(line + "\n")
        return
    print(line, flush=True)


def _frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def _version() -> str:
    from libtech_desktop._version import __version__

    return __version__


def _check_folders(report: _Report) -> None:
    wanted: list[tuple[str, Path, str]] = [
        ("forms", paths.forms_dir(), "*.ui"),
        ("resources", paths.resources_dir(), "label_templates/*.json"),
        ("receipt templates", paths.resources_dir() / "templates", "*"),
        ("sounds", paths.resources_dir() / "sounds", "*"),
        ("migrations", Path(db_engine.MIGRATIONS_DIR), "versions/*.py"),
    ]
    for name, folder, pattern in wanted:
        with report.step(f"find the {name} folder"):
            if not folder.is_dir():
                raise StepFailed(f"{folder} does not exist")
            found = list(folder.glob(pattern))
            if not found:
                raise StepFailed(f"{folder} has no {pattern}")
            report.ok(f"{name} folder {folder} ({len(found)} × {pattern})")
    with report.step("find the migrations' env.py"):
        env = Path(db_engine.MIGRATIONS_DIR) / "env.py"
        if not env.is_file():
            raise StepFailed(f"{env} does not exist (Alembic runs it as a file)")
        report.ok("migrations env.py found")


def qt_plugins_dir() -> Path | None:
    """The Qt plugins folder of the PySide6 this program runs with (installed or
    bundled), found without importing Qt; ``None`` when PySide6 is not there."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        package = Path(location)
        # Linux and macOS wheels: PySide6/Qt/plugins; Windows: PySide6/plugins.
        for candidate in (package / "Qt" / "plugins", package / "plugins"):
            if (candidate / "platforms").is_dir():
                return candidate
    return None


def _check_qt_plugins(report: _Report) -> None:
    with report.step("find the Qt platform plugins"):
        plugins = qt_plugins_dir()
        if plugins is None:
            raise StepFailed("no Qt plugins folder with platforms/ next to PySide6")
        platforms = plugins / "platforms"
        names = {_plugin_name(p) for p in platforms.iterdir() if p.is_file()}
        native = next(
            (name for prefix, name in _PLATFORM_PLUGINS.items() if sys.platform.startswith(prefix)),
            None,
        )
        needed = {"qoffscreen"} | ({native} if native else set())
        missing = sorted(needed - names)
        if missing:
            raise StepFailed(f"{platforms} lacks {', '.join(missing)} (has {sorted(names)})")
        report.ok(f"Qt platform plugins {', '.join(sorted(needed))} in {platforms}")
    with report.step("find the Qt multimedia and print plugins"):
        absent = [sub for sub in ("multimedia", "printsupport") if not (plugins / sub).is_dir()]
        # printsupport has no plugin on Windows (the print backend is built in).
        if sys.platform.startswith("win") and "printsupport" in absent:
            absent.remove("printsupport")
        if absent:
            raise StepFailed(f"{plugins} lacks {', '.join(absent)}")
        report.ok("Qt multimedia and print plugins found")


def _plugin_name(path: Path) -> str:
    """``libqxcb.so`` → ``qxcb``; ``qwindows.dll`` → ``qwindows``."""
    stem = path.name.split(".")[0]
    return stem[3:] if stem.startswith("libq") else stem


def _library_steps(report: _Report, folder: Path) -> None:
    db = folder / "self-test.sqlite3"
    with report.step("open and migrate a new library"):
        lib = open_library(db)
    try:
        _use_library(report, lib, folder)
    finally:
        lib.close()


def _use_library(report: _Report, lib: Library, folder: Path) -> None:
    with report.step("migrate"):
        head = db_engine.head_revision()
        revision = lib.schema_revision()
        if revision is None or revision != head:
            raise StepFailed(f"the file is at revision {revision}, not the newest ({head})")
        report.ok(f"migrate to revision {revision}")
    with report.step("set up the defaults"):
        lib.setup.ensure_defaults()
        report.ok("set up the default categories, item types and loan rules")
    with report.step("register a patron"):
        patron = lib.patrons.register(barcode=PATRON_BARCODE, name="Test, Self")
        report.ok(f"register patron {patron.barcode}")
    with report.step("catalogue an item"):
        biblio = lib.catalogue.add_biblio(title="The self-test", author="Desk, LibTech")
        item = lib.catalogue.add_item(biblio.id, barcode=ITEM_BARCODE, call_number="000 SEL")
        report.ok(f"catalogue item {item.barcode}")
    with report.step("check the item out"):
        loan = lib.circulation.checkout(PATRON_BARCODE, ITEM_BARCODE)
        report.ok(f"check out {ITEM_BARCODE}, due {loan.due.isoformat()}")
    with report.step("check the item in"):
        lib.circulation.checkin(ITEM_BARCODE)
        if lib.circulation.item_loan(ITEM_BARCODE) is not None:
            raise StepFailed(f"{ITEM_BARCODE} is still on loan after check-in")
        report.ok(f"check in {ITEM_BARCODE}")
    with report.step("render a barcode label to PDF"):
        pdf = folder / "label.pdf"
        job = lib.labels.print_items([ITEM_BARCODE], LABEL_TEMPLATE, PrintOptions(), pdf)
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise StepFailed(f"{pdf} was not written")
        with pdf.open("rb") as f:
            if f.read(5) != b"%PDF-":
                raise StepFailed(f"{pdf} is not a PDF")
        report.ok(f"render a barcode label to PDF ({job.pages} page, {pdf.stat().st_size:,} bytes)")
    with report.step("create and log in a staff account (argon2)"):
        lib.staff.create_first_administrator("selftest", "Self Test", STAFF_PASSWORD)
        lib.logout()
        actor = lib.login("selftest", STAFF_PASSWORD)
        report.ok(f"create and log in staff account {actor.username!r} (argon2)")
    with report.step("open an encrypted library (SQLCipher)"):
        with open_library(folder / "encrypted.sqlite3", key=STAFF_PASSWORD) as encrypted:
            revision = encrypted.schema_revision()
        if not db_engine.is_encrypted(folder / "encrypted.sqlite3"):
            raise StepFailed("the encrypted library file is plain SQLite")
        report.ok(f"open an encrypted library (SQLCipher), revision {revision}")
