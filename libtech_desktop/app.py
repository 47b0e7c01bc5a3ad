"""The GUI composition root: ``libtech-desktop [--db PATH] [--demo]``.

It alone knows every layer: it opens the library (db), builds the services, and
hands each tab exactly the services it needs.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import socket
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from libtech_desktop._version import __version__
from libtech_desktop.db.encryption import is_encrypted
from libtech_desktop.db.setup_state import never_set_up
from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.first_run import FirstRunAnswers
from libtech_desktop.domain.holds import HoldTrap
from libtech_desktop.domain.notices import NoticeKind
from libtech_desktop.domain.staff import Permission
from libtech_desktop.library import Library, open_library
from libtech_desktop.logging_setup import setup_logging
from libtech_desktop.paths import APP_AUTHOR, APP_NAME, DB_ENV, default_db_path, resources_dir
from libtech_desktop.selftest import run_self_test
from libtech_desktop.services.checkout_session import CheckoutSession
from libtech_desktop.services.demo import DemoReport, DemoService
from libtech_desktop.services.notices import NoticeRunReport
from libtech_desktop.services.permissions import as_system
from libtech_desktop.services.progress import CancelFn, ProgressFn
from libtech_desktop.ui.audit_dialogs import AuditDialogs
from libtech_desktop.ui.backup_dialogs import BackupDialogs
from libtech_desktop.ui.collection_dialogs import CollectionDialogs
from libtech_desktop.ui.encryption_dialogs import EncryptionDialogs, open_encrypted
from libtech_desktop.ui.feedback import QtSoundPlayer, SoundPlayer, SwitchableSoundPlayer
from libtech_desktop.ui.first_run_wizard import FirstRunWizard
from libtech_desktop.ui.help_dialogs import HelpDialogs
from libtech_desktop.ui.main_window import MainWindow
from libtech_desktop.ui.package_dialogs import PackageDialogs
from libtech_desktop.ui.preferences import PreferencesDialogs, PreferencesServices
from libtech_desktop.ui.progress import JobProgress
from libtech_desktop.ui.route_dialogs import RouteDialogs
from libtech_desktop.ui.runner import Job, TaskRunner
from libtech_desktop.ui.session import DeskSession
from libtech_desktop.ui.settings import WorkstationSettings
from libtech_desktop.ui.shortcut_keys import DeskShortcutKeys
from libtech_desktop.ui.sync_dialogs import SyncDialogs
from libtech_desktop.ui.sync_status import SyncStatusLabel
from libtech_desktop.ui.tabs.catalogue_tab import CatalogueServices, CatalogueTab
from libtech_desktop.ui.tabs.checkin_tab import CheckinTab
from libtech_desktop.ui.tabs.checkout_tab import CheckoutTab
from libtech_desktop.ui.tabs.patrons_tab import PatronsTab
from libtech_desktop.ui.tabs.repairs_tab import RepairsTab

if TYPE_CHECKING:  # made on first use: their modules are read then, not at start
    from libtech_desktop.ui.dialogs.notices_dialog import NoticesDialog
    from libtech_desktop.ui.dialogs.pull_list_dialog import PullListDialog

log = logging.getLogger(__name__)

#: How often the idle desk copies its write-ahead log into the library file.
CHECKPOINT_EVERY_MS = 20_000

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
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="headless check of this installation: a temporary library, one loan, one "
        "label; exit status 0 when all worked",
    )
    # benchmarks/startup_bench.py: say "ready" on stdout once the window can take a scan,
    # then quit.
    parser.add_argument("--exit-when-ready", action="store_true", help=argparse.SUPPRESS)
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
        #: Mail goes out on its own worker: a slow mail server never holds up a scan.
        self.mail_runner = TaskRunner()
        #: The write-ahead log is copied into the library file on its own worker, while
        #: the desk is idle, so no scan's commit pays for it (``start_idle_checkpoints``).
        self.upkeep_runner = TaskRunner()
        self._checkpoint_timer: QTimer | None = None
        #: Ctrl+E reaches the desk's shortcuts from a text field on X11 too.
        self._desk_keys = DeskShortcutKeys(self)
        QApplication.instance().installEventFilter(self._desk_keys)  # type: ignore[union-attr]
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
            allow_override=True,
            settings=settings,
        )
        self.checkin = CheckinTab(
            library.circulation,
            self.runner,
            sounds,
            clock,
            receipts_dir=receipts_dir,
            library_name=library_name,
            settings=settings,
            repairs=library.repairs,
            equipment=library.equipment,
        )
        self.catalogue = CatalogueTab(
            catalogue_services(library), self.runner, sounds, settings=settings
        )
        self.repairs = RepairsTab(library.repairs, self.runner, sounds)
        self.patrons = PatronsTab(
            library.patrons,
            library.circulation,
            self.runner,
            sounds,
            labels=library.labels,
            importer=library.patron_import,
            fines=library.fines,
            holds=library.holds,
            receipts_dir=receipts_dir,
            library_name=library_name,
            settings=settings,
            privacy=library.privacy,
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
        #: Made on first use, parented to the window and reused.
        self.notices_dialog: NoticesDialog | None = None
        self.pull_list_dialog: PullListDialog | None = None
        self.collection = CollectionDialogs(self.window, library, self.runner, receipts_dir)
        ui = self.window.ui
        ui.notices_action.triggered.connect(self.open_notices)
        ui.pull_list_action.triggered.connect(self.open_pull_list)
        ui.stocktake_action.triggered.connect(self.collection.open_stocktake)
        ui.bindery_action.triggered.connect(self.collection.open_bindery)
        ui.transfers_action.triggered.connect(self.collection.open_transfers)
        ui.equipment_action.triggered.connect(self.collection.open_equipment)
        self.checkin.hold_trapped.connect(self.notify_hold)
        self.sync_status = SyncStatusLabel(library.journal, self.runner, clock, self.window)
        ui.status_bar.addPermanentWidget(self.sync_status)
        self.sync_status.refresh()
        self._wire_bookmobile()
        self._wire_administration(settings)
        self._wire_help_and_preferences(settings)

    def _wire_help_and_preferences(self, settings: WorkstationSettings) -> None:
        """Settings → Preferences (Ctrl+,) and Help → Keyboard shortcuts (F1) (issue 10)."""
        library, ui = self.library, self.window.ui
        self.preferences = PreferencesDialogs(
            self.window,
            PreferencesServices(
                settings=library.settings,
                labels=library.labels,
                notices=library.notices,
                backups=library.backups,
            ),
            settings,
            self.runner,
            may_change=lambda: library.current_actor().may(Permission.SETTINGS),
            open_labels=self.catalogue.dialogs.open_labels,
        )
        ui.preferences_action.triggered.connect(self.preferences.open_preferences)
        self.help_dialogs = HelpDialogs(self.window)
        ui.shortcuts_action.triggered.connect(self.help_dialogs.open_shortcuts)
        self.window.set_about_details(library.path, library.schema_revision() or "none")

    def _wire_administration(self, settings: WorkstationSettings) -> None:
        """File: lock, switch user, password; Administration: staff, audit, backups,
        encryption (issue 8)."""
        library, ui, window = self.library, self.window.ui, self.window
        self.session = DeskSession(
            window,
            library.staff,
            self.runner,
            settings,
            login=library.login,
            logout=library.logout,
            actor=library.current_actor,
            library_settings=library.settings,
        )
        ui.lock_action.triggered.connect(self.session.lock)
        ui.switch_user_action.triggered.connect(self.session.switch_user)
        ui.change_password_action.triggered.connect(self.session.change_password)
        ui.staff_action.triggered.connect(self.session.open_staff)
        self.audit_dialogs = AuditDialogs(window, library.audit, self.runner)
        ui.audit_action.triggered.connect(self.audit_dialogs.open_audit)
        # Scheduled backups run on the upkeep worker: a desk scan never queues behind a
        # copy of a large library (the idle upkeep waits while one runs).
        self.backup_dialogs = BackupDialogs(
            window, library.backups, self.runner, settings, background=self.upkeep_runner
        )
        ui.backup_action.triggered.connect(self.backup_dialogs.back_up_now)
        ui.restore_action.triggered.connect(self.backup_dialogs.open_restore)
        self.encryption_dialogs = EncryptionDialogs(window, library.encryption, self.runner)
        ui.encryption_action.triggered.connect(self.encryption_dialogs.open_encryption)

    def _wire_bookmobile(self) -> None:
        """Bookmobile menu: the stop, the truck, routes; the package; the journal."""
        library, ui, refresh = self.library, self.window.ui, self.sync_status.refresh
        self.route_dialogs = RouteDialogs(
            self.window, library.routes, library.truck, self.runner, refresh, sounds=self.sounds
        )
        ui.status_bar.addPermanentWidget(self.route_dialogs.stop_label)
        ui.current_stop_action.triggered.connect(self.route_dialogs.choose_stop)
        ui.truck_action.triggered.connect(self.route_dialogs.open_truck)
        ui.routes_action.triggered.connect(self.route_dialogs.open_routes)
        self.package_dialogs = PackageDialogs(self.window, library.packages, self.runner, refresh)
        ui.prepare_package_action.triggered.connect(self.package_dialogs.open_prepare)
        ui.import_package_action.triggered.connect(self.package_dialogs.open_import)
        self.sync_dialogs = SyncDialogs(
            self.window, library.journal, library.sync, self.runner, refresh
        )
        ui.export_journal_action.triggered.connect(self.sync_dialogs.open_export)
        ui.export_koc_action.triggered.connect(self.sync_dialogs.open_export_koc)
        ui.import_journal_action.triggered.connect(self.sync_dialogs.open_import)
        ui.sync_exceptions_action.triggered.connect(self.sync_dialogs.open_exceptions)
        self.window.close_guard = self.sync_dialogs.confirm_close

    def notify_hold(self, trap: HoldTrap) -> Job:
        """A hold was just trapped at check-in: tell its patron now (email, or a letter
        in the notices folder), on the mail worker; the status bar says how it went."""
        notices, status = self.library.notices, self.window.statusBar()

        def send() -> NoticeRunReport:
            return notices.run(kinds=(NoticeKind.HOLD,))

        def done(report: NoticeRunReport) -> None:
            if report.failures:
                status.showMessage(
                    f"{trap.patron_name} was NOT told their hold is in "
                    f"({report.failures[0].error}); the next notices run retries.",
                    20_000,
                )
            elif report.emailed:
                status.showMessage(f"{trap.patron_name} was emailed: their hold is in.", 10_000)
            elif report.printed and report.letters_path:
                status.showMessage(
                    f"A hold letter for {trap.patron_name} is in {report.letters_path}.", 20_000
                )

        def failed(error: LibtechError) -> None:
            status.showMessage(f"No hold notice sent: {error.message}", 20_000)

        return self.mail_runner.submit(send, done, failed)

    def open_notices(self) -> NoticesDialog:
        """Circulation → Notices: what is due, send now, the log, templates, mail server."""
        if self.notices_dialog is None:
            from libtech_desktop.ui.dialogs.notices_dialog import NoticesDialog

            self.notices_dialog = NoticesDialog(
                self.window, self.library.notices, self.library.settings, self.mail_runner
            )
        self.notices_dialog.open()
        return self.notices_dialog

    def open_pull_list(self) -> PullListDialog:
        """Circulation → Holds pull list: items on the shelves that fill a hold."""
        if self.pull_list_dialog is None:
            from libtech_desktop.ui.dialogs.pull_list_dialog import PullListDialog

            self.pull_list_dialog = PullListDialog(self.window, self.library.holds, self.runner)
        self.pull_list_dialog.open()
        return self.pull_list_dialog

    def start_housekeeping(self) -> Job:
        """At start, on the runner: uncollected holds expire (their items pass to the next
        patron or back to the shelf), loan history is anonymised as the library's privacy
        setting says, and equipment maintenance coming due is counted. Said in the status
        bar when there is anything to say."""
        holds, privacy = self.library.holds, self.library.privacy
        equipment, status = self.library.equipment, self.window.statusBar()

        def tidy() -> tuple[int, int, int]:
            # The program's own housekeeping, whoever is (or is not yet) logged in.
            with as_system():
                expired = len(holds.expire_uncollected())
                anonymised = privacy.anonymise_loan_history()
                return expired, anonymised, len(equipment.due_maintenance())

        def done(counts: tuple[int, int, int]) -> None:
            expired, anonymised, maintenance = counts
            said = []
            if expired:
                said.append(f"{_n(expired, 'uncollected hold')} expired")
            if anonymised:
                said.append(f"{_n(anonymised, 'returned loan')} anonymised")
            if maintenance:
                said.append(f"{_n(maintenance, 'maintenance task')} due (Collection → Equipment)")
            if said:
                text = "; ".join(said)
                status.showMessage(text[0].upper() + text[1:] + ".", 30_000)

        def failed(error: LibtechError) -> None:
            status.showMessage(f"Start-up tidying did not finish: {error.message}", 15_000)

        return self.runner.submit(tidy, done, failed)

    def start_idle_checkpoints(self, every_ms: int = CHECKPOINT_EVERY_MS) -> QTimer:
        """Every ``every_ms``, when no desk job is running, put a batch of catalogue
        records the search index could not place into its title order (searches are
        right without it, faster with it), then copy the write-ahead log into the
        library file (the library was opened with ``idle_checkpoints``). A failure is
        logged: the next tick tries again, and SQLite's own bound checkpoints anyway."""
        library, runner = self.library, self.runner

        def upkeep() -> None:
            # A batch per transaction, so a scan waits for one batch at most; on until
            # all are placed (a big import can leave thousands) or the desk has work.
            while library.place_search_titles() and not runner.busy:
                pass
            library.checkpoint()

        def failed(error: LibtechError) -> None:
            log.info("Idle upkeep skipped: %s", error.message)

        def tick() -> None:
            if not self.runner.busy and not self.upkeep_runner.busy:
                self.upkeep_runner.submit(upkeep, None, failed)

        timer = QTimer(self)
        timer.timeout.connect(tick)
        timer.start(every_ms)
        self._checkpoint_timer = timer
        return timer

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
        QApplication.instance().removeEventFilter(self._desk_keys)  # type: ignore[union-attr]
        if self._checkpoint_timer is not None:
            self._checkpoint_timer.stop()
        self.backup_dialogs.back_up_at_close()
        self.upkeep_runner.shutdown()
        self.mail_runner.shutdown()
        self.runner.shutdown()
        self.library.close()


def main(argv: Sequence[str] | None = None) -> int:
    multiprocessing.freeze_support()  # a frozen build's import worker starts here
    args = parse_args(argv)
    if args.self_test:
        return run_self_test()
    log_path = setup_logging()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("LibTech Desk")
    app.setOrganizationName(APP_AUTHOR)
    QApplication.setDesktopFileName("libtech-desktop")  # installer/linux/*.desktop
    icon = resources_dir() / "icons" / "libtech-desk-256.png"
    if icon.exists():
        QApplication.setWindowIcon(QIcon(str(icon)))
    path = library_path(args)
    first = first_run(args, path)
    if first is None:
        return 0  # the technician closed the first-run wizard
    path, demo = first
    try:
        if is_encrypted(path):
            # Asked again, saying why, while the passphrase is wrong; None: cancelled.
            opened = open_encrypted(
                path, lambda key: open_library(path, key=key, idle_checkpoints=True)
            )
            if opened is None:
                return 1
            library = opened
        else:
            library = open_library(path, idle_checkpoints=True)
    except (LibtechError, OSError) as exc:
        log.warning("Cannot open %s: %s", path, exc)
        QMessageBox.critical(None, "LibTech Desk", f"Cannot open the library.\n\n{exc}")
        return 1
    desk = DeskApplication(library, WorkstationSettings(), log_path)
    if not desk.session.start():
        desk.close()
        return 0
    desk.start_housekeeping()
    desk.start_idle_checkpoints()
    desk.backup_dialogs.start_schedule()
    if demo:
        desk.fill_demo_if_empty()
    desk.window.show()
    if args.exit_when_ready:
        QTimer.singleShot(0, lambda: _say_ready_and_quit(desk, app))
    try:
        return app.exec()
    finally:
        desk.close()


def first_run(args: argparse.Namespace, path: Path) -> tuple[Path, bool] | None:
    """The first-run wizard (issue 10), when this is a new installation: which library
    to open and whether to fill it with the demo; ``None`` when the wizard was closed
    (then nothing was written: a file made for it is removed)."""
    if args.demo or args.self_test or not _needs_first_run(path):
        return path, bool(args.demo)
    made_here = not path.exists()

    def apply(answers: FirstRunAnswers) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open_library(path) as library, as_system():
            library.first_run.apply(answers)

    wizard = FirstRunWizard(
        apply, data_folder=path.parent, device_name=socket.gethostname().split(".")[0]
    )
    accepted = wizard.exec() == QDialog.DialogCode.Accepted
    if accepted and wizard.chose_demo:
        demo = argparse.Namespace(db=None, demo=True)
        _remove_library_file(path, made_here)
        return library_path(demo), True
    if accepted:
        return path, False
    _remove_library_file(path, made_here)
    return None


def _needs_first_run(path: Path) -> bool:
    """A new file, or one never set up (read without opening the library); an encrypted
    or unreadable one is left to ``main()`` (which asks for the passphrase or says what
    is wrong)."""
    if path.exists() and is_encrypted(path):
        return False
    return never_set_up(path)


def _remove_library_file(path: Path, made_here: bool) -> None:
    """Remove a library file the wizard made (with SQLite's side files)."""
    if not made_here:
        return
    for leftover in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        leftover.unlink(missing_ok=True)


def _say_ready_and_quit(desk: DeskApplication, app: QCoreApplication) -> None:
    """The window is drawn and the event loop idle: a scan typed now would be taken."""
    field = desk.window.focusWidget()
    print(f"ready {type(field).__name__}", flush=True)
    app.quit()


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


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
        holds=library.holds,
    )


if __name__ == "__main__":
    raise SystemExit(main())
