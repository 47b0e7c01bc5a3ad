"""Local subject authorities, their "use" references, and headings with counts."""

from __future__ import annotations

from sqlalchemy.orm import Session


class SqlAuthorityRepository:
    def __init__(self, session: Session) -> None:
        self._s = session
