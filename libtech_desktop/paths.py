"""Where things live: the library file, logs, and the shipped forms and resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "LibTechDesk"
APP_AUTHOR = "LibTech"
DB_ENV = "LIBTECH_DB"
_PACKAGE = Path(__file__).resolve().parent


def default_db_path() -> Path:
    """``LIBTECH_DB`` if set, else ``library.sqlite3`` in the user's data directory."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "library.sqlite3"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def _shipped(name: str) -> Path:
    # In an installed wheel the folder sits inside the package; in a checkout it is
    # at the top of the repository (the design card's layout).
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def forms_dir() -> Path:
    return _shipped("forms")


def default_receipts_dir() -> Path:
    """Where the desk saves receipt slips unless told otherwise: the user's documents."""
    return Path(platformdirs.user_documents_dir()) / "LibTech receipts"
