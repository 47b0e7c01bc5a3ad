"""Settings → Preferences… (Ctrl+,): one dialog, grouped (issue 10).

Business settings (library details, barcode scheme, notices, email, backups, privacy)
are stored in the library's database through the settings service; this workstation's
preferences (scanner, sounds, printers) in QSettings (``ui/settings.py``).
(Scaffold: the settings engineer fills this in.)
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QMainWindow

from libtech_desktop.services.backups import BackupService
from libtech_desktop.services.labels import LabelService
from libtech_desktop.services.library_settings import LibrarySettingsService
from libtech_desktop.services.notices import NoticeService
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings


@dataclass(frozen=True)
class PreferencesServices:
    settings: LibrarySettingsService
    labels: LabelService
    notices: NoticeService
    backups: BackupService


class PreferencesDialogs:
    """Holder: makes the dialog on first use, parented to the window."""

    def __init__(
        self,
        window: QMainWindow,
        services: PreferencesServices,
        workstation: WorkstationSettings,
        runner: TaskRunner,
    ) -> None:
        self._window = window
        self._services = services
        self._workstation = workstation
        self._runner = runner

    def open_preferences(self) -> None:
        self._window.statusBar().showMessage("Preferences are not built yet.", 5000)
