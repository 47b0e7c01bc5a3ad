"""Was this library file ever set up? Read at start without opening the library (no
migrations, no engine): the first-run wizard shows only for a file never set up."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from libtech_desktop.services.first_run import COMPLETED_KEY


def never_set_up(path: Path) -> bool:
    """True for a missing or empty file, or one with no ``setup.completed``, no staff
    account and no item. A file that cannot be read says False: opening it will say why."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return True
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "items" not in tables:
            return True  # a file made but never migrated
        if "library_settings" in tables:
            row = conn.execute(
                "SELECT value FROM library_settings WHERE key = ?", (COMPLETED_KEY,)
            ).fetchone()
            if row and row[0] == "true":
                return False
        if (
            "staff_accounts" in tables
            and conn.execute("SELECT 1 FROM staff_accounts LIMIT 1").fetchone()
        ):
            return False
        return conn.execute("SELECT 1 FROM items LIMIT 1").fetchone() is None
    except sqlite3.Error:
        return False
    finally:
        conn.close()
