"""Library-wide business settings: text values by key."""

from __future__ import annotations

from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m

#: Values longer than this (characters) are not read ahead.
SHORT_VALUE = 2048


class SqlSettingsRepository:
    """One per unit of work: a value read once is not read again within it (a check-out
    asks several times for the same switches); a value set here is seen at once."""

    def __init__(self, session: Session) -> None:
        self._s = session
        self._known: dict[str, str] | None = None
        self._long: set[str] = set()

    #: Plain SQL: the desk's hot path reads the switches once per transaction.
    _SHORT_ONES = (
        "SELECT key, CASE WHEN length(value) <= ?1 THEN value END, length(value) <= ?1 "
        "FROM library_settings"
    )

    def get(self, key: str) -> str | None:
        if self._known is None:
            # A few dozen switches: read once, all of them, except the big values (a
            # label logo, a notice template), read when asked for.
            self._known, self._long = {}, set()
            for name, value, is_short in mapping.run(self._s, self._SHORT_ONES, (SHORT_VALUE,)):
                if is_short:
                    self._known[name] = value
                else:
                    self._long.add(name)
        if key in self._long:
            row = self._s.get(m.LibrarySetting, key)
            return row.value if row else None
        return self._known.get(key)

    def set(self, key: str, value: str) -> None:
        self._s.merge(m.LibrarySetting(key=key, value=value))
        self._s.flush()
        if self._known is not None:
            self._known[key] = value
            self._long.discard(key)
