"""Backups of the library file (issue 8): how they are named, which ones rotation
removes, and what a backup or a restore reports."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from libtech_desktop.domain.errors import LibtechError

BACKUP_SUFFIX = ".sqlite3"
#: Added to a backup while it is written and checked; renamed away once it is good.
PARTIAL_SUFFIX = ".partial"
_STAMP = "%Y%m%d-%H%M%S"


class BackupError(LibtechError):
    """A backup could not be made, or a file cannot be restored (and nothing changed)."""

    code = "backup"


@dataclass(frozen=True)
class BackupInfo:
    """One backup of this library in the backup folder."""

    path: Path
    made_at: datetime  # local time, from the file's name
    size: int  # bytes
    revision: str | None  # the schema revision inside; None if it cannot be read


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    revision: str | None
    #: Copies in the second folder.
    copies: tuple[Path, ...] = ()
    #: Older backups removed by rotation.
    removed: tuple[Path, ...] = ()
    #: What did not work but did not stop the backup (a missing USB stick).
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    library: Path
    #: Where the library that was replaced is kept.
    replaced: Path
    #: The schema revision of the backup, and the one the library is at now.
    revision_before: str | None
    revision_after: str | None

    @property
    def migrated(self) -> bool:
        return self.revision_before != self.revision_after


def stamp(when: datetime) -> str:
    """``YYYYMMDD-HHMMSS`` in local time."""
    return when.astimezone().strftime(_STAMP)


def backup_name(library_stem: str, when: datetime, serial: int = 1) -> str:
    """``<library>-YYYYMMDD-HHMMSS.sqlite3`` (``-2``… for a second one in the same second)."""
    extra = f"-{serial}" if serial > 1 else ""
    return f"{library_stem}-{stamp(when)}{extra}{BACKUP_SUFFIX}"


def parse_backup_name(library_stem: str, name: str) -> tuple[datetime, int] | None:
    """When a backup of ``library_stem`` named ``name`` was made (and its serial), or
    ``None`` if the file is not one of ours."""
    pattern = rf"{re.escape(library_stem)}-(\d{{8}}-\d{{6}})(?:-(\d+))?{re.escape(BACKUP_SUFFIX)}"
    match = re.fullmatch(pattern, name)
    if match is None:
        return None
    try:
        when = datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None
    return when, int(match.group(2) or 1)


def ours(library_stem: str, files: Iterable[Path]) -> list[Path]:
    """The backups of this library among ``files``, oldest first."""
    found = []
    for path in files:
        parsed = parse_backup_name(library_stem, path.name)
        if parsed is not None:
            found.append((parsed, path))
    return [path for _, path in sorted(found)]


def to_rotate(library_stem: str, files: Iterable[Path], keep: int) -> list[Path]:
    """Our backups beyond the newest ``keep``, oldest first: the ones to remove."""
    backups = ours(library_stem, files)
    return backups[: max(0, len(backups) - max(1, keep))]
