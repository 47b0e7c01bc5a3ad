"""Library-wide business settings, kept in the library file (the name first).

Each method is one unit of work. Workstation preferences (window, scanner,
printer) are not here: they belong to the desk, in QSettings.
"""

from __future__ import annotations

from libtech_desktop.domain.library_settings import (
    DEFAULT_LIBRARY_NAME,
    LIBRARY_NAME_KEY,
    SETTINGS,
    SettingSpec,
    SettingsReader,
    clean_library_name,
    clean_setting,
    setting_spec,
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

    # -- every setting by its dotted key (``libtech config``) -----------------------------

    def get(self, key: str) -> str:
        """The setting's value as text (its default when never set)."""
        with self._ctx.unit_of_work() as uow:
            return SettingsReader(uow.settings.get).text(key)

    def set(self, key: str, value: str) -> str:
        """Check and store one setting; returns the value as stored (``10`` -> ``10.00``)."""
        spec = setting_spec(key)
        cleaned = clean_setting(spec.key, value)
        with self._ctx.unit_of_work() as uow:
            uow.settings.set(spec.storage_key, cleaned)
            uow.commit()
        return cleaned

    def all(self) -> list[tuple[SettingSpec, str]]:
        """Every setting with its current value, in key order."""
        with self._ctx.unit_of_work() as uow:
            reader = SettingsReader(uow.settings.get)
            return [(SETTINGS[key], reader.text(key)) for key in sorted(SETTINGS)]
