"""What backups and restores need from storage (issue 8): a consistent copy of the open
library file, and checking a file before it replaces it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from libtech_desktop.services.progress import CancelFn

#: Told (bytes copied, bytes in all) as a copy goes; may raise to stop it.
CopiedFn = Callable[[int, int], None]


class BackupStore(Protocol):
    """Filled by the backup workflow (``db/backup.py``)."""

    @property
    def library_path(self) -> Path:
        """The open library's file."""
        ...

    def copy_to(self, dest: Path, on_copied: CopiedFn | None = None) -> None:
        """A consistent copy of the open library at ``dest`` (the online backup API, a
        few MB at a time), safe while others read and write it."""
        ...

    def check(self, path: Path, should_cancel: CancelFn | None = None) -> str | None:
        """The schema revision of the library file at ``path`` after ``PRAGMA
        integrity_check``; :class:`BackupError` if it is not a library, damaged, or made
        by a newer LibTech Desk."""
        ...

    def revision_of(self, path: Path) -> str | None:
        """The schema revision inside ``path`` without the integrity check, or ``None``."""
        ...

    def replace_library(
        self,
        source: Path,
        aside: Path,
        on_copied: CopiedFn | None = None,
        on_replacing: Callable[[], None] | None = None,
    ) -> str | None:
        """Put the (checked) library at ``source`` in place of the open one, keeping the
        open one as ``aside``; migrate it to this version's schema and return the
        revision it is at. On failure the open library is put back as it was."""
        ...
