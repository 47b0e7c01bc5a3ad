"""Library-wide business settings: text values by key."""

from __future__ import annotations

from sqlalchemy.orm import Session

from libtech_desktop.db import models as m


class SqlSettingsRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def get(self, key: str) -> str | None:
        row = self._s.get(m.LibrarySetting, key)
        return row.value if row else None

    def set(self, key: str, value: str) -> None:
        self._s.merge(m.LibrarySetting(key=key, value=value))
        self._s.flush()
