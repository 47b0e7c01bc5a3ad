"""Who is at the desk (issue 8): the login at start, locking after an idle period with a
quick unlock, switching user without closing, changing one's password, the staff
accounts dialog, and showing only the actions the staff member may take."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from libtech_desktop.domain.staff import Actor
from libtech_desktop.services.library_settings import LibrarySettingsService
from libtech_desktop.services.staff import StaffService
from libtech_desktop.ui.runner import TaskRunner
from libtech_desktop.ui.settings import WorkstationSettings


class DeskSession:
    def __init__(
        self,
        window: QWidget,
        staff: StaffService,
        runner: TaskRunner,
        settings: WorkstationSettings,
        *,
        login: Callable[[str, str], Actor],
        logout: Callable[[], None],
        actor: Callable[[], Actor],
        library_settings: LibrarySettingsService,
    ) -> None:
        self._window, self._staff, self._runner, self._settings = window, staff, runner, settings
        self._login, self._logout, self._actor = login, logout, actor
        #: The library's settings (``security.idle_lock_minutes``).
        self._library_settings = library_settings

    def start(self) -> bool:
        """Before the window shows: log in when the library has staff accounts. ``False``:
        nobody logged in (the program closes)."""
        return True

    def lock(self) -> None:
        """Lock the desk now (File → Lock, or after the idle period)."""

    def switch_user(self) -> None:
        """Another staff member logs in without closing the program."""

    def change_password(self) -> None:
        """The staff member at the desk changes their own password."""

    def open_staff(self) -> None:
        """Administration → Staff accounts and roles (administrators)."""
