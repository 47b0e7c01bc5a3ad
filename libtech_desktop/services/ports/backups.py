"""What backups and restores need from storage (issue 8): a consistent copy of the open
library file, and checking a file before it replaces it."""

from __future__ import annotations

from typing import Protocol


class BackupStore(Protocol):
    """Filled by the backup workflow (``db/backup.py``)."""
