"""Alembic migrations: they build exactly the models, and upgrade old files in place."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from libtech_desktop.db.engine import (
    HEAD_REVISION,
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    migrate,
)
from libtech_desktop.db.models import Base
from libtech_desktop.db.search_schema import include_name
from libtech_desktop.domain.callnumbers import shelf_key
from libtech_desktop.library import open_library

FIRST_REVISION = "0001"
SETTINGS_REVISION = "0002"
MARC_REVISION = "0003"
MARC_DATA = Path(__file__).parents[1] / "data" / "marc"
FIRST_TABLES = {
    "biblios",
    "closed_days",
    "item_types",
    "items",
    "loan_rules",
    "loans",
    "patron_categories",
    "patrons",
    "repairs",
}
BUSINESS_TABLES = FIRST_TABLES | {"library_settings"}
#: Cataloguing (0005): headings per record, local subject authorities and references.
CATALOGUING_TABLES = {"biblio_subjects", "subject_authorities", "subject_references"}
#: Label templates (0007): the library's own sheet templates.
LABEL_TABLES = {"label_templates"}
#: The circulation desk (0008): fines, payments, holds, notices, incidents.
DESK_TABLES = {"fines", "payments", "fine_credits", "holds", "notices", "patron_incidents"}
#: The collection's upkeep and the equipment (0009).
UPKEEP_TABLES = {
    "item_conditions",
    "withdrawals",
    "replacement_requests",
    "bindery_shipments",
    "bindery_items",
    "transfers",
    "inventory_sessions",
    "inventory_scans",
    "equipment",
    "equipment_faults",
    "maintenance_tasks",
    "accessory_checks",
}
#: The journal of desk actions (0010).
JOURNAL_TABLES = {"journal"}
#: The bookmobile and offline sync (0011).
BOOKMOBILE_TABLES = {
    "routes",
    "stops",
    "truck_loads",
    "sync_peers",
    "sync_imports",
    "sync_ops",
    "sync_exceptions",
}
#: Staff accounts, roles, script tokens and the audit log (0012).
STAFF_TABLES = {"roles", "role_permissions", "staff_accounts", "api_tokens", "audit_log"}
#: The FTS5 catalogue index (0004), the patrons' trigram index (0014, external content:
#: no ``_content``; no ranking: no ``_docsize``) and the shadow tables SQLite keeps for them.
SEARCH_TABLES = {
    "biblio_search",
    "biblio_search_config",
    "biblio_search_content",
    "biblio_search_data",
    "biblio_search_docsize",
    "biblio_search_idx",
    "biblio_search_order",
    "patron_search",
    "patron_search_config",
    "patron_search_data",
    "patron_search_idx",
}

#: What the first release wrote (schema 0001), as plain SQL as it would be on disk.
FIRST_RELEASE_ROWS = """
    INSERT INTO patron_categories (id, code, name, membership_days)
        VALUES (1, 'adult', 'Adult', 1095);
    INSERT INTO item_types (id, code, name) VALUES (1, 'book', 'Book');
    INSERT INTO loan_rules (category_id, item_type_id, loan_days, max_renewals, max_items)
        VALUES (1, 1, 14, 2, 10);
    INSERT INTO patrons (id, barcode, name, category_id, expires_on,
                         created_at, created_by, updated_at, updated_by)
        VALUES (1, '2001', 'Lovelace, Ada', 1, '2027-01-01',
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk');
    INSERT INTO biblios (id, title, author, created_at, created_by, updated_at, updated_by)
        VALUES (1, 'Middlemarch', 'Eliot, George',
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk');
    INSERT INTO items (id, biblio_id, barcode, item_type_id, status,
                       created_at, created_by, updated_at, updated_by)
        VALUES (1, 1, '3001', 1, 'on_loan',
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk');
    INSERT INTO loans (item_id, patron_id, checked_out_at, checked_out_by, due_on, renewals)
        VALUES (1, 1, '2026-02-20 10:00:00', 'desk', '2026-03-06', 0);
"""


@pytest.fixture
def engine(db_path):
    engine = make_engine(db_path)
    yield engine
    engine.dispose()


def schema_diff(engine) -> list[object]:
    with engine.connect() as conn:
        # The FTS5 index is not in the models: compare as migrations/env.py does.
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        return compare_metadata(context, Base.metadata)


def revision_on_disk(db_path) -> str | None:
    engine = make_engine(db_path)
    try:
        return current_revision(engine)
    finally:
        engine.dispose()


def tables(db_path) -> set[str]:
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        conn.close()
    return {name for (name,) in rows} - {"alembic_version"}


def write_first_release_rows(db_path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.executescript(FIRST_RELEASE_ROWS)
    conn.close()


def all_rows(db_path, names) -> dict[str, list[tuple[object, ...]]]:
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in names}
    finally:
        conn.close()


def schema_objects(db_path) -> set[tuple[str, str, str, str | None]]:
    """Every table and index in the file, with the SQL that made it."""
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return {row for row in rows if row[2] != "alembic_version"}


def test_migrations_build_exactly_the_models(engine):
    migrate(engine)

    assert current_revision(engine) == head_revision()
    assert schema_diff(engine) == []


def test_the_revision_history_is_one_line_from_the_first_revision():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    revisions = list(script.walk_revisions())
    assert revisions[-1].revision == FIRST_REVISION
    assert revisions[-1].down_revision is None


def test_the_program_knows_its_newest_revision_without_alembic():
    """Opening a file already at HEAD_REVISION skips Alembic: a new migration must move
    the constant, or files would never be migrated to it."""
    assert head_revision() == HEAD_REVISION


def test_a_file_at_the_newest_revision_opens_without_loading_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "lib.sqlite3"
    open_library(path).close()
    probe = (
        "import sys; from libtech_desktop.library import open_library; "
        f"open_library({str(path)!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_a_database_from_the_first_version_upgrades_in_place(db_path, engine, clock):
    migrate(engine, FIRST_REVISION)
    engine.dispose()
    write_first_release_rows(db_path)

    with open_library(db_path, clock=clock) as lib:
        assert revision_on_disk(db_path) == head_revision()
        assert lib.patrons.get("2001").name == "Lovelace, Ada"
        [loan] = lib.circulation.open_loans("2001")
        assert (loan.item_barcode, loan.title, loan.due) == (
            "3001",
            "Middlemarch",
            date(2026, 3, 6),
        )
        # The library's own rule (14 days) still applies after the upgrade.
        result = lib.circulation.checkin("3001")
        assert result.days_overdue == 0
        assert lib.circulation.checkout("2001", "3001").due == date(2026, 3, 16)


def test_a_first_release_file_with_patrons_and_loans_gains_the_settings_table(
    db_path, engine, clock
):
    migrate(engine, FIRST_REVISION)
    write_first_release_rows(db_path)
    first_schema = schema_objects(db_path)
    first_rows = all_rows(db_path, FIRST_TABLES)
    assert first_rows["patrons"] and first_rows["loans"]

    migrate(engine, SETTINGS_REVISION)

    assert current_revision(engine) == SETTINGS_REVISION
    assert tables(db_path) == FIRST_TABLES | {"library_settings"}
    # Only the new table was added: every old table and index is as it was, rows too.
    added = schema_objects(db_path) - first_schema
    assert {table for _, _, table, _ in added} == {"library_settings"}  # with its key's index
    assert schema_objects(db_path) >= first_schema
    assert all_rows(db_path, FIRST_TABLES) == first_rows
    assert all_rows(db_path, ["library_settings"]) == {"library_settings": []}
    engine.dispose()

    with open_library(db_path, clock=clock) as lib:  # and on to head, if there is more
        assert lib.schema_revision() == head_revision()
        assert lib.settings.library_name() == "LibTech Library"
        assert lib.settings.set_library_name("Riverside Library") == "Riverside Library"
        assert lib.patrons.get("2001").name == "Lovelace, Ada"
        [loan] = lib.circulation.open_loans("2001")
        assert (loan.item_barcode, loan.due) == ("3001", date(2026, 3, 6))
    with open_library(db_path, clock=clock) as lib:
        assert lib.settings.library_name() == "Riverside Library"


def test_downgrading_the_settings_revision_drops_only_its_table(db_path, engine):
    migrate(engine, FIRST_REVISION)
    write_first_release_rows(db_path)
    first_schema = schema_objects(db_path)
    migrate(engine, SETTINGS_REVISION)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO library_settings VALUES ('library_name', 'Riverside Library')")
    conn.close()
    rows = all_rows(db_path, FIRST_TABLES)

    command.downgrade(alembic_config(engine), FIRST_REVISION)

    assert current_revision(engine) == FIRST_REVISION
    assert tables(db_path) == FIRST_TABLES
    assert schema_objects(db_path) == first_schema
    assert all_rows(db_path, FIRST_TABLES) == rows


def test_migrate_is_idempotent(engine, db_path):
    migrate(engine)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("INSERT INTO item_types (code, name) VALUES ('kit', 'Kit')")
    conn.close()

    migrate(engine)
    migrate(engine)

    assert current_revision(engine) == head_revision()
    assert schema_diff(engine) == []
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT code FROM item_types").fetchall() == [("kit",)]
        assert conn.execute("SELECT COUNT(*) FROM alembic_version").fetchone() == (1,)
    finally:
        conn.close()


def test_reopening_a_library_does_not_migrate_or_reset_it(db_path, clock):
    with open_library(db_path, clock=clock) as lib:
        lib.patrons.register(barcode="2001", name="Lovelace, Ada")
    with open_library(db_path, clock=clock) as lib:
        assert [p.barcode for p in lib.patrons.search("")] == ["2001"]
        assert revision_on_disk(db_path) == head_revision()


def test_downgrade_to_base_and_up_again(engine, db_path):
    migrate(engine)
    assert (
        tables(db_path)
        == BUSINESS_TABLES
        | SEARCH_TABLES
        | CATALOGUING_TABLES
        | LABEL_TABLES
        | DESK_TABLES
        | UPKEEP_TABLES
        | JOURNAL_TABLES
        | BOOKMOBILE_TABLES
        | STAFF_TABLES
    )

    command.downgrade(alembic_config(engine), "base")

    assert current_revision(engine) is None
    assert tables(db_path) == set()

    migrate(engine)

    assert current_revision(engine) == head_revision()
    assert (
        tables(db_path)
        == BUSINESS_TABLES
        | SEARCH_TABLES
        | CATALOGUING_TABLES
        | LABEL_TABLES
        | DESK_TABLES
        | UPKEEP_TABLES
        | JOURNAL_TABLES
        | BOOKMOBILE_TABLES
        | STAFF_TABLES
    )
    assert schema_diff(engine) == []


def test_every_revision_downgrades_one_step_and_back(engine):
    script = ScriptDirectory.from_config(alembic_config())
    migrate(engine)
    for revision in script.walk_revisions():  # head first
        command.downgrade(alembic_config(engine), "-1")
        assert current_revision(engine) == revision.down_revision
        command.upgrade(alembic_config(engine), revision.revision)
        assert current_revision(engine) == revision.revision
        command.downgrade(alembic_config(engine), "-1")
    assert current_revision(engine) is None
    migrate(engine)
    assert schema_diff(engine) == []


def test_a_settings_era_file_with_records_gains_the_marc_column(db_path, engine, clock):
    migrate(engine, SETTINGS_REVISION)
    write_first_release_rows(db_path)
    rows = all_rows(db_path, BUSINESS_TABLES)

    migrate(engine, MARC_REVISION)

    assert current_revision(engine) == MARC_REVISION
    if head_revision() == MARC_REVISION:  # a later revision checks itself
        assert schema_diff(engine) == []
    conn = sqlite3.connect(db_path)
    try:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(biblios)")]
        assert conn.execute("SELECT id, title, marc FROM biblios").fetchall() == [
            (1, "Middlemarch", None)
        ]
    finally:
        conn.close()
    assert columns[-1] == "marc"
    after = all_rows(db_path, BUSINESS_TABLES)
    assert after["biblios"] == [(*row, None) for row in rows["biblios"]]
    assert {t: r for t, r in after.items() if t != "biblios"} == {
        t: r for t, r in rows.items() if t != "biblios"
    }
    engine.dispose()

    with open_library(db_path, clock=clock) as lib:
        [loan] = lib.circulation.open_loans("2001")
        assert (loan.item_barcode, loan.title) == ("3001", "Middlemarch")
        with lib.context.unit_of_work() as uow:
            assert uow.catalogue.marc_of(1) is None
            uow.catalogue.set_marc(1, b"00026     2200025   4500\x1e\x1d")
            uow.commit()
        with lib.context.unit_of_work() as uow:
            assert uow.catalogue.marc_of(1) == b"00026     2200025   4500\x1e\x1d"


def test_records_imported_before_the_cataloguing_revision_become_searchable_by_subject(
    db_path, engine, clock
):
    """0004 -> 0005: the text a search needs is read from each record's stored MARC the
    next time the library is opened, and old items get shelf keys."""
    marc = (MARC_DATA / "test.dat").read_bytes().split(b"\x1d")[0] + b"\x1d"
    migrate(engine, "0004")
    write_first_release_rows(db_path)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE biblios SET marc = ? WHERE id = 1", (marc,))
        conn.execute("UPDATE items SET call_number = '823.8 ELI' WHERE id = 1")
    conn.close()
    engine.dispose()

    with open_library(db_path, clock=clock) as lib:
        found = lib.catalogue.search("su:perl")

    assert [b.id for b in found] == [1]
    conn = sqlite3.connect(db_path)
    try:
        headings = conn.execute(
            "SELECT heading FROM biblio_subjects WHERE biblio_id = 1 ORDER BY position"
        ).fetchall()
        key = conn.execute("SELECT shelf_key FROM items WHERE id = 1").fetchone()[0]
        work = conn.execute("SELECT work_key FROM biblios WHERE id = 1").fetchone()[0]
        pending = conn.execute(
            "SELECT value FROM library_settings WHERE key = 'record_text_pending'"
        ).fetchone()
    finally:
        conn.close()
    assert headings[0] == ("Perl (Computer program language)",)
    assert key == shelf_key("823.8 ELI")
    assert work == "middlemarch|eliot george|"  # duplicates of old records are found too
    assert pending == ("0",)


def test_items_from_before_the_label_queue_are_taken_as_labelled(db_path, engine, clock):
    """0005 -> 0006: items already in the file have their labels (made when they were);
    only items added afterwards wait in the print queue. Down again leaves 0005 as it was."""
    migrate(engine, "0005")
    write_first_release_rows(db_path)
    before_schema = schema_objects(db_path)
    before_rows = all_rows(db_path, BUSINESS_TABLES)

    migrate(engine, "0006")

    conn = sqlite3.connect(db_path)
    try:
        printed = conn.execute(
            "SELECT barcode, label_printed_at, label_printed_by FROM items"
        ).fetchall()
    finally:
        conn.close()
    assert printed == [("3001", "2025-01-01 09:00:00", "desk")]
    if head_revision() == "0006":  # a later revision checks itself
        assert schema_diff(engine) == []
    engine.dispose()

    with open_library(db_path, clock=clock) as lib:
        assert lib.labels.queue() == []
        biblio = lib.catalogue.add_biblio(title="Daniel Deronda", author="Eliot, George")
        lib.catalogue.add_item(biblio.id, barcode="3002", call_number="FIC ELI")
        assert [label.barcode for label in lib.labels.queue()] == ["3002"]
    command.downgrade(alembic_config(engine), "0005")

    assert current_revision(engine) == "0005"
    assert schema_objects(db_path) == before_schema
    after_rows = all_rows(db_path, BUSINESS_TABLES)
    assert after_rows["items"][0] == before_rows["items"][0]
    assert len(after_rows["items"]) == 2


def test_the_label_templates_revision_adds_only_its_table_and_drops_it_again(
    db_path, engine, clock
):
    """0006 -> 0007: a new, empty table for the library's own templates; nothing else
    changes. Down again leaves 0006 exactly as it was."""
    migrate(engine, "0006")
    write_first_release_rows(db_path)
    before_schema = schema_objects(db_path)
    before_rows = all_rows(db_path, BUSINESS_TABLES)

    migrate(engine, "0007")

    assert current_revision(engine) == "0007"
    added = schema_objects(db_path) - before_schema
    assert {table for _, _, table, _ in added} == LABEL_TABLES
    assert schema_objects(db_path) >= before_schema
    assert all_rows(db_path, BUSINESS_TABLES) == before_rows
    assert all_rows(db_path, LABEL_TABLES) == {"label_templates": []}
    if head_revision() == "0007":  # a later revision checks itself
        assert schema_diff(engine) == []
    engine.dispose()

    with open_library(db_path, clock=clock) as lib:
        shipped = lib.labels.get("avery-5160")
        lib.labels.save_template(replace(shipped, name="our-5160", description="Ours"))
        assert lib.labels.get("our-5160").description == "Ours"
    command.downgrade(alembic_config(engine), "0006")

    assert current_revision(engine) == "0006"
    assert schema_objects(db_path) == before_schema
    assert all_rows(db_path, BUSINESS_TABLES) == before_rows


def test_the_desk_revision_keeps_every_row_and_lets_items_wait_on_the_hold_shelf(db_path, engine):
    """0007 -> 0008: the desk's tables appear, patrons and rules gain their columns with
    defaults, every old row survives, and items.status accepts the hold shelf and the
    bindery while still refusing nonsense. Down again refuses the new statuses."""
    migrate(engine, "0007")
    write_first_release_rows(db_path)
    before_rows = all_rows(db_path, ["items", "loans"])

    migrate(engine, "0008")

    assert tables(db_path) >= DESK_TABLES
    assert all_rows(db_path, ["items", "loans"]) == before_rows
    with sqlite3.connect(db_path) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        channels = db.execute("SELECT DISTINCT notice_channel FROM patrons").fetchall()
        assert channels == [("email",)]
        fines = db.execute("SELECT DISTINCT fine_per_day_minor, grace_days FROM loan_rules")
        assert fines.fetchall() == [(0, 0)]
        db.execute("UPDATE items SET status = 'on_hold_shelf' WHERE id = 1")
        db.execute("UPDATE items SET status = 'at_bindery' WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE items SET status = 'borrowed' WHERE id = 1")
        db.execute("UPDATE items SET status = 'available'")
    if head_revision() == "0008":
        assert schema_diff(engine) == []
    engine.dispose()

    command.downgrade(alembic_config(engine), "0007")
    assert not tables(db_path) & DESK_TABLES
    with sqlite3.connect(db_path) as db, pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE items SET status = 'on_hold_shelf' WHERE id = 1")


def test_the_upkeep_revision_marks_resolved_repairs_done_and_keeps_every_row(db_path, engine):
    """0008 -> 0009: repairs gain their ticket columns (a repair already resolved is
    'done', an open one 'queued'); the upkeep and equipment tables appear empty."""
    migrate(engine, "0008")
    write_first_release_rows(db_path)
    with sqlite3.connect(db_path) as db:
        db.execute(
            "INSERT INTO repairs (item_id, note, reported_at, reported_by, resolved_at,"
            " resolved_by, outcome) VALUES (1, 'Torn', '2025-01-02 10:00:00', 'desk',"
            " '2025-01-03 10:00:00', 'desk', 'repaired')"
        )
        db.execute(
            "INSERT INTO repairs (item_id, note, reported_at, reported_by)"
            " VALUES (1, 'Loose spine', '2025-02-02 10:00:00', 'desk')"
        )
    before = all_rows(db_path, ["items", "loans"])

    migrate(engine, "0009")

    assert tables(db_path) >= UPKEEP_TABLES
    assert all_rows(db_path, ["items", "loans"]) == before
    with sqlite3.connect(db_path) as db:
        statuses = db.execute("SELECT note, status, minutes_spent FROM repairs ORDER BY id")
        assert statuses.fetchall() == [("Torn", "done", 0), ("Loose spine", "queued", 0)]
    if head_revision() == "0009":
        assert schema_diff(engine) == []
    engine.dispose()
    command.downgrade(alembic_config(engine), "0008")
    assert not tables(db_path) & UPKEEP_TABLES


def test_the_journal_revision_adds_only_the_journal_and_refuses_unknown_kinds(db_path, engine):
    """0009 -> 0010: the journal appears empty, every old row and object survives; its
    kinds are checked and an operation id is unique. Down again drops only the journal."""
    migrate(engine, "0009")
    write_first_release_rows(db_path)
    before_schema = schema_objects(db_path)
    before = all_rows(db_path, BUSINESS_TABLES)

    migrate(engine, "0010")

    assert tables(db_path) >= JOURNAL_TABLES
    assert all_rows(db_path, BUSINESS_TABLES) == before
    assert all_rows(db_path, JOURNAL_TABLES) == {"journal": []}
    insert = (
        "INSERT INTO journal (op_id, device_id, staff, at, kind, data)"
        " VALUES (?, 'd1', 'desk', '2026-03-02 12:00:00', ?, '{}')"
    )
    with sqlite3.connect(db_path) as db:
        db.execute(insert, ("op-1", "checkout"))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, ("op-2", "teleport"))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, ("op-1", "checkin"))
        assert db.execute("SELECT seq, kind FROM journal").fetchall() == [(1, "checkout")]
    if head_revision() == "0010":
        assert schema_diff(engine) == []
    engine.dispose()

    command.downgrade(alembic_config(engine), "0009")
    assert schema_objects(db_path) == before_schema
    assert all_rows(db_path, BUSINESS_TABLES) == before


def test_the_bookmobile_revision_keeps_every_loan_and_journal_entry(db_path, engine):
    """0010 -> 0011: routes, stops, the truck and the sync ledger appear empty; loans gain
    the stops they were made and ended at (none for old loans), journal entries an origin
    (none: made here). Every old row survives; down again restores the 0010 schema."""
    migrate(engine, "0010")
    write_first_release_rows(db_path)
    with sqlite3.connect(db_path) as db:
        db.execute(
            "INSERT INTO journal (op_id, device_id, staff, at, kind, data)"
            " VALUES ('op-1', 'd1', 'desk', '2026-03-02 12:00:00', 'checkout', '{}')"
        )
    before_schema = schema_objects(db_path)
    before = all_rows(db_path, BUSINESS_TABLES | JOURNAL_TABLES)

    migrate(engine, "0011")

    assert all_rows(db_path, BOOKMOBILE_TABLES) == {t: [] for t in BOOKMOBILE_TABLES}
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT id, stop_id, returned_stop_id FROM loans").fetchall() == [
            (1, None, None)
        ]
        assert db.execute("SELECT op_id, origin_seq FROM journal").fetchall() == [("op-1", None)]
        db.execute("INSERT INTO routes (id, name) VALUES (1, 'North')")
        stop = (
            "INSERT INTO stops (route_id, name, weekday, starts_at, ends_at, first_visit)"
            " VALUES (1, ?, ?, '10:00', '11:00', '2026-03-03')"
        )
        db.execute(stop, ("School", 1))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(stop, ("Farm", 7))
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(stop, ("School", 2))
    if head_revision() == "0011":  # pragma: no cover - the head moves on
        assert schema_diff(engine) == []
    engine.dispose()

    command.downgrade(alembic_config(engine), "0010")
    assert not tables(db_path) & BOOKMOBILE_TABLES
    assert all_rows(db_path, BUSINESS_TABLES | JOURNAL_TABLES) == before
    assert schema_objects(db_path) == before_schema


def test_the_staff_revision_seeds_the_four_roles_and_makes_no_account(db_path, engine):
    """0011 -> 0012: the four roles a new library starts with and their rights; no staff
    account (the library still works as the desk); every old row survives; down again
    restores 0011."""
    migrate(engine, "0011")
    write_first_release_rows(db_path)
    before_schema = schema_objects(db_path)
    before = all_rows(db_path, BUSINESS_TABLES)

    migrate(engine, "0012")

    with sqlite3.connect(db_path) as db:
        rights = dict(
            db.execute("SELECT role_code, COUNT(*) FROM role_permissions GROUP BY 1").fetchall()
        )
        assert db.execute("SELECT COUNT(*) FROM staff_accounts").fetchone() == (0,)
        assert ("volunteer", "circulate") in db.execute(
            "SELECT role_code, permission FROM role_permissions"
        ).fetchall()
    assert rights == {"volunteer": 1, "technician": 9, "librarian": 15, "administrator": 18}
    assert all_rows(db_path, BUSINESS_TABLES) == before
    if head_revision() == "0012":
        assert schema_diff(engine) == []
    engine.dispose()

    command.downgrade(alembic_config(engine), "0011")
    assert not tables(db_path) & STAFF_TABLES
    assert schema_objects(db_path) == before_schema
