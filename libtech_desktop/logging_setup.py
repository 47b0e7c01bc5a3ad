"""Logging to a rotating file in the user's log directory (Help → Show log opens it)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from libtech_desktop.paths import log_dir

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Send this process's log to ``<log dir>/libtech.log`` (1 MB x 5); return the path."""
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "libtech.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        root.addHandler(handler)
    return path
