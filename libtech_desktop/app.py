"""The GUI composition root: ``libtech-desktop [--db PATH] [--demo]``.

It alone knows every layer: it opens the library (db), builds the services, and
hands each tab exactly the services it needs.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from libtech_desktop._version import __version__
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.library import Library, open_library
from libtech_desktop.logging_setup import setup_logging
from libtech_desktop.paths import APP_AUTHOR, APP_NAME, DB_ENV, default_db_path, resources_dir
from libtech_desktop.services.checkout_session import CheckoutSession
from libtech_desktop.services.demo import DemoReport, DemoService
from libtech_desktop.services.progress import CancelFn, ProgressFn
from libtech_desktop.ui.feedback import QtSoundPlayer, SoundPlayer, SwitchableSoundPlayer
from libtech_desktop.ui.main_window import MainWindow
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.runner import Job, TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueServices, CatalogueTab
from libtech_desktop.ui.tabs.checkin_tab import CheckinTab
from libtech_desktop.ui.tabs.checkout_tab import CheckoutTab
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab
from libtech_desktop.ui.tabs.repairs_tab import RepairsTab

log = logging.getLogger(__name__)

DEMO_PATRONS = 60
DEMO_ITEMS = 300


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="libtech-desktop", description="LibTech Desk")
    parser.add_argument(
        "--db", type=Path, help=f"library file (default: ${DB_ENV} or your data folder)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo library (made and filled on first use) instead of your own",
    )
    parser.add_argument("--version", action="version", version=f"LibTech Desk {__version__}")
    return parser.parse_args(argv)


def library_path(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    if args.demo:
        return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo.sqlite3"
    return default_db_path()


class DeskApplication(QObject):
    """Builds the window over an open library; owns the runner's lifetime."""

    demo_ready = Signal()

    def __init__(
        self,
        library: Library,
        settings: WorkstationSettings,
        log_path: Path,
        sounds: SoundPlayer | None = None,
        receipts_dir: Path | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.runner = TaskRunner()
        if sounds is None:
            sounds = QtSoundPlayer(resources_dir() / "sounds", settings.volume)
        self.sounds = SwitchableSoundPlayer(sounds, settings.sounds_enabled)
        sounds = self.sounds
        receipts_dir = receipts_dir or Path(platformdirs.user_documents_dir()) / "LibTech receipts"
        clock = library.context.clock
        # Read once at start, before the window exists; renaming is a settings matter.
        library_name = library.settings.library_name()
        self.checkout = CheckoutTab(
            CheckoutSession(library.circulation),
            self.runner,
            sounds,
            clock,
            receipts_dir,
            library_name=library_name,
        )
        self.checkin = CheckinTab(
            library.circulation,
            self.runner,
            sounds,
            clock,
            receipts_dir=receipts_dir,
            library_name=library_name,
        )
        self.catalogue = CatalogueTab(
            catalogue_services(library), self.runner, sounds, settings=settings
        )
        self.repairs = RepairsTab(library.repairs, self.runner, sounds)
        self.patrons = PatronsTab(
            library.patrons, library.circulation, self.runner, sounds, labels=library.labels
        )
        tabs = [
            ("Check out", self.checkout),
            ("Check in", self.checkin),
            ("Catalogue", self.catalogue),
            ("Repairs", self.repairs),
            ("Patrons", self.patrons),
        ]
        self.window = MainWindow(
            tabs, self.runner, settings, self.sounds, library_name, library.path, log_path
        )

    def fill_demo_if_empty(self) -> Job:
        """Fill an empty library with the demo data, in the background, with progress."""
        demo = DemoService(self.library.context)
        catalogue = self.library.catalogue
        status = self.window.statusBar()
        status.showMessage("Preparing the demo library…")

        def fill(progress: ProgressFn, should_cancel: CancelFn) -> DemoReport | None:
            if catalogue.search("", limit=1):
                return None
            return demo.populate(
                DEMO_PATRONS, DEMO_ITEMS, seed=1, progress=progress, should_cancel=should_cancel
            )

        def done(report: DemoReport | None) -> None:
            status.showMessage("Demo library ready." if report else "", 10_000)
            self.demo_ready.emit()

        def failed(error: LibtechError) -> None:
            status.showMessage(f"No demo library: {error.message}", 10_000)

        job = self.runner.submit(fill, done, failed, long=True)
        # Kept: Qt holds only a weak reference to a plain object's connected methods.
        self._demo_progress = JobProgress(
            self.runner, job, self.window, "Building the demo library…"
        )
        return job

    def close(self) -> None:
        self.runner.shutdown()
        self.library.close()


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen build's import worker starts here
    args = parse_args(argv)
    log_path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LibTech Desk")
    app.setOrganizationName(APP_AUTHOR)
    path = library_path(args)
    try:
        library = open_library(path)
    except (LibtechError, OSError) as exc:
        log.warning("Cannot open %s: %s", path, exc)
        QMessageBox.critical(None, "LibTech Desk", f"Cannot open the library.\n\n{exc}")
        return 1
    desk = DeskApplication(library, WorkstationSettings(), log_path)
    if args.demo:
        desk.fill_demo_if_empty()
    desk.window.show()
    try:
        return app.exec()
    finally:
        desk.close()


if __name__ == "__main__":
    raise SystemExit(main())


def catalogue_services(library: Library) -> CatalogueServices:
    """What the Catalogue tab and its dialogs are built with."""
    return CatalogueServices(
        catalogue=library.catalogue,
        records=library.records,
        marc_import=library.marc_import,
        shelf_list=library.shelf_list,
        suggestions=library.suggestions,
        authorities=library.authorities,
        labels=library.labels,
    )
