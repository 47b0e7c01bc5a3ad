"""Library-wide business settings, kept in the library file (the name first).

Each method is one unit of work. Workstation preferences (window, scanner,
printer) are not here: they belong to the desk, in QSettings.
"""

from __future__ import annotations

from libtech_desktop.domain.library_settings import (
    DEFAULT_LIBRARY_NAME,
    LIBRARY_NAME_KEY,
    clean_library_name,
)
from libtech_desktop.services.context import ServiceContext


class LibrarySettingsService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def library_name(self) -> str:
        """The library's name, as on receipts; ``DEFAULT_LIBRARY_NAME`` until one is set."""
        with self._ctx.unit_of_work() as uow:
            name = uow.settings.get(LIBRARY_NAME_KEY)
        return name if name is not None else DEFAULT_LIBRARY_NAME

    def set_library_name(self, name: str) -> str:
        """Name the library; returns the name as stored (trimmed).

        Refuses (:class:`InvalidInput`) a blank name or one over 100 characters."""
        cleaned = clean_library_name(name)
        with self._ctx.unit_of_work() as uow:
            uow.settings.set(LIBRARY_NAME_KEY, cleaned)
            uow.commit()
        return cleaned
