"""The SQLite file itself: pragmas, constraints the schema enforces, how times are stored."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import exc as sa_exc

from libtech_desktop.db.engine import open_engine
from libtech_desktop.domain.catalogue import ItemStatus
from libtech_desktop.domain.clock import FixedClock
from libtech_desktop.library import open_library


def pragmas(dbapi_connection) -> dict[str, object]:
    return {
        name: dbapi_connection.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("foreign_keys", "journal_mode", "synchronous", "busy_timeout")
    }


def test_every_connection_gets_the_durability_pragmas(db_path):
    engine = open_engine(db_path)
    try:
        # Hold two at once so the pool has to open a second connection.
        with engine.connect() as first, engine.connect() as second:
            for conn in (first, second):
                settings = pragmas(conn.connection.dbapi_connection)
                assert settings["foreign_keys"] == 1
                assert settings["journal_mode"] == "wal"
                assert settings["synchronous"] == 2  # FULL
                assert settings["busy_timeout"] > 0
    finally:
        engine.dispose()


def test_the_file_on_disk_is_in_wal_mode(library, db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_a_new_library_file_is_created_with_its_folders(tmp_path, clock):
    path = tmp_path / "branch" / "north" / "lib.sqlite3"

    with open_library(path, clock=clock) as lib:
        assert lib.path == path
        assert [c.code for c in lib.patrons.categories()] == [
            "adult",
            "child",
            "staff",
            "teacher",
            "institution",
        ]

    assert path.is_file()


def test_data_survives_closing_and_reopening(db_path, clock):
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        lib.catalogue.add_item(biblio.id, barcode="3001")
        lib.circulation.checkout("2001", "3001")

    with open_library(db_path, clock=clock) as lib:
        [loan] = lib.circulation.open_loans()
        assert (loan.patron_barcode, loan.item_barcode, loan.due) == (
            "2001",
            "3001",
            date(2026, 3, 23),
        )
        # Reopening an existing library never re-adds or resets its configuration.
        assert len(lib.patrons.categories()) == 5


def test_foreign_keys_are_enforced(library, db_path):
    engine = open_engine(db_path)
    try:
        with engine.connect() as conn, pytest.raises(sa_exc.IntegrityError, match="FOREIGN KEY"):
            conn.exec_driver_sql(
                "INSERT INTO items (biblio_id, barcode, item_type_id, status,"
                " created_at, created_by, updated_at, updated_by)"
                " VALUES (999, '3001', 1, 'available', '2026-03-02', 'x', '2026-03-02', 'x')"
            )
    finally:
        engine.dispose()


def test_a_patron_with_loans_cannot_be_deleted_behind_the_desk(library, patron, item, db_path):
    library.circulation.checkout(patron.barcode, item.barcode)
    engine = open_engine(db_path)
    try:
        with engine.connect() as conn, pytest.raises(sa_exc.IntegrityError):
            conn.exec_driver_sql("DELETE FROM patrons WHERE id = ?", (patron.id,))
    finally:
        engine.dispose()
    assert library.circulation.open_loans(patron.barcode)[0].item_barcode == item.barcode


def _insert_loan(conn: sqlite3.Connection, item_id: int, patron_id: int, returned: str | None):
    conn.execute(
        "INSERT INTO loans (item_id, patron_id, checked_out_at, checked_out_by, due_on,"
        " renewals, returned_at) VALUES (?, ?, '2026-03-02 12:00:00', 'sql', '2026-03-23', 0, ?)",
        (item_id, patron_id, returned),
    )


def test_the_schema_refuses_a_second_open_loan_of_an_item(library, make_patron, item, db_path):
    ada, grace = make_patron(), make_patron()
    library.circulation.checkout(ada.barcode, item.barcode)

    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(
            sqlite3.IntegrityError, match=r"UNIQUE constraint failed: loans\.item_id"
        ):
            _insert_loan(conn, item.id, grace.id, returned=None)
        # Returned loans are history: any number of them may sit beside the open one.
        _insert_loan(conn, item.id, grace.id, returned="2026-03-01 12:00:00")
        _insert_loan(conn, item.id, ada.id, returned="2026-02-01 12:00:00")
        conn.commit()
    finally:
        conn.close()

    assert [x.patron_barcode for x in library.circulation.open_loans()] == [ada.barcode]


def test_the_schema_refuses_an_unknown_item_status(library, item, db_path):
    conn = sqlite3.connect(db_path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK constraint failed"):
            conn.execute("UPDATE items SET status = 'borrowed' WHERE id = ?", (item.id,))
    finally:
        conn.close()


def test_times_are_stored_in_utc_and_come_back_aware(db_path, db_rows):
    # The instant is given in UTC+02:00: 14:00 there, 12:00 UTC.
    eastern = timezone(timedelta(hours=2))
    clock = FixedClock(datetime(2026, 3, 2, 14, 0, tzinfo=eastern))
    due = clock.today() + timedelta(days=21)  # the desk's local date decides the due date
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
        biblio = lib.catalogue.add_biblio(title="Middlemarch")
        lib.catalogue.add_item(biblio.id, barcode="3001")
        lib.circulation.checkout("2001", "3001")

    assert db_rows("SELECT checked_out_at, due_on FROM loans") == [
        ("2026-03-02 12:00:00.000000", due.isoformat())
    ]
    with open_library(db_path, clock=clock) as lib:
        [loan] = lib.circulation.open_loans()
    assert loan.checked_out == datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert loan.checked_out.utcoffset() == timedelta(0)
    assert loan.due == due


def test_a_naive_time_is_never_stored(db_path, db_rows):
    naive = FixedClock(datetime(2026, 3, 2, 12, 0))
    with (
        open_library(db_path, clock=naive) as lib,
        pytest.raises(sa_exc.StatementError, match="naive datetime"),
    ):
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
    assert db_rows("SELECT COUNT(*) FROM patrons") == [(0,)]


def test_two_programs_on_one_file_see_each_others_work(db_path, clock, library, patron, item):
    # The GUI and the CLI open the same file: a loan made in one shows in the other.
    with open_library(db_path, clock=clock) as cli:
        cli.circulation.checkout(patron.barcode, item.barcode)

    assert library.catalogue.item(item.barcode).status is ItemStatus.ON_LOAN
    assert library.circulation.checkin(item.barcode).loan is not None


def test_concurrent_writers_wait_for_each_other(db_path, clock, library, make_patron, make_item):
    patrons = [make_patron() for _ in range(2)]
    items = [[make_item() for _ in range(10)] for _ in range(2)]
    errors: list[BaseException] = []

    def desk(n: int) -> None:
        try:
            with open_library(db_path, clock=clock) as lib:
                for it in items[n]:
                    lib.circulation.checkout(patrons[n].barcode, it.barcode)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    for n in range(2):
        assert len(library.circulation.open_loans(patrons[n].barcode)) == 10
