"""The desk opens its library with idle checkpoints: a commit syncs the write-ahead log
(durable) but never copies it into the library file — the idle desk does that — so no
scan waits for a checkpoint. Scripts keep SQLite's default."""

from __future__ import annotations

import sqlite3

from libtech_desktop.db.engine import DESK_AUTOCHECKPOINT_PAGES
from libtech_desktop.library import open_library


def _autocheckpoint(library) -> int:
    with library._engine.connect() as conn:
        return int(conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar())


def test_the_desk_leaves_checkpoints_to_its_idle_moments(tmp_path):
    path = tmp_path / "desk.sqlite3"
    with open_library(path, idle_checkpoints=True) as desk:
        assert _autocheckpoint(desk) == DESK_AUTOCHECKPOINT_PAGES
        patron = desk.patrons.register(barcode="P-1", name="Okafor, Ada")
        record = desk.catalogue.add_biblio(title="Dune", author="Herbert, Frank")
        desk.catalogue.add_item(record.id, barcode="I-1", call_number="FIC HER")
        desk.circulation.checkout(patron.barcode, "I-1")
        log_pages, copied = desk.checkpoint()
        assert log_pages > 0 and copied == log_pages
        # Durable before and after: another connection sees the loan.
        other = sqlite3.connect(path)
        try:
            assert other.execute(
                "SELECT count(*) FROM loans WHERE returned_at IS NULL"
            ).fetchone() == (1,)
        finally:
            other.close()


def test_scripts_keep_sqlites_own_checkpoints(tmp_path):
    with open_library(tmp_path / "script.sqlite3") as script:
        assert _autocheckpoint(script) == 1000
