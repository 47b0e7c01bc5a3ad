"""The bookmobile and offline sync (issue 7).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28

- ``routes``, ``stops``: the bookmobile's route and its stops with their schedule;
  ``loans.stop_id`` / ``loans.returned_stop_id``: where a loan was made and ended.
- ``truck_loads``: items scanned onto and off the truck.
- ``sync_peers``, ``sync_imports``, ``sync_ops``, ``sync_exceptions``: what was merged
  from which device, once, and the exceptions waiting for staff.
- ``journal.origin_seq``: an operation merged from another device keeps its sequence
  there; an index on (device_id, seq) finds this device's unmerged operations.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN (" + ", ".join(f"'{v}'" for v in values) + ")"


def upgrade() -> None:
    op.create_table(
        "routes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_routes")),
        sa.UniqueConstraint("name", name=op.f("uq_routes_name")),
    )
    op.create_table(
        "stops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("route_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), server_default="0", nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("ends_at", sa.String(length=5), nullable=False),
        sa.Column("every_weeks", sa.Integer(), server_default="1", nullable=False),
        sa.Column("first_visit", sa.Date(), nullable=False),
        sa.Column("address", sa.Text(), nullable=True),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.CheckConstraint("weekday BETWEEN 0 AND 6", name=op.f("ck_stops_weekday")),
        sa.CheckConstraint("every_weeks >= 1", name=op.f("ck_stops_every_weeks_positive")),
        sa.ForeignKeyConstraint(["route_id"], ["routes.id"], name=op.f("fk_stops_route_id_routes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stops")),
        sa.UniqueConstraint("name", name=op.f("uq_stops_name")),
    )
    with op.batch_alter_table("stops", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stops_route_id"), ["route_id"], unique=False)

    op.create_table(
        "truck_loads",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("from_location", sa.String(length=100), nullable=True),
        sa.Column("loaded_at", sa.DateTime(), nullable=False),
        sa.Column("loaded_by", sa.String(length=64), nullable=False),
        sa.Column("unloaded_at", sa.DateTime(), nullable=True),
        sa.Column("unloaded_by", sa.String(length=64), nullable=True),
        sa.Column("to_location", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_truck_loads_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_truck_loads")),
    )
    with op.batch_alter_table("truck_loads", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_truck_loads_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            "uq_truck_loads_open_item",
            ["item_id"],
            unique=True,
            sqlite_where=sa.text("unloaded_at IS NULL"),
        )

    op.create_table(
        "sync_peers",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=True),
        sa.Column("last_seq", sa.Integer(), server_default="0", nullable=False),
        sa.Column("clock_lo_s", sa.Double(), nullable=True),
        sa.Column("clock_hi_s", sa.Double(), nullable=True),
        sa.Column("clock_offset_s", sa.Double(), server_default="0", nullable=False),
        sa.Column("last_import_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peers")),
    )
    op.create_table(
        "sync_imports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("staff", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("operations", sa.Integer(), server_default="0", nullable=False),
        sa.Column("applied", sa.Integer(), server_default="0", nullable=False),
        sa.Column("unchanged", sa.Integer(), server_default="0", nullable=False),
        sa.Column("exceptions", sa.Integer(), server_default="0", nullable=False),
        sa.Column("clock_offset_s", sa.Double(), server_default="0", nullable=False),
        sa.CheckConstraint(
            _one_of("source", ("journal", "koc")), name=op.f("ck_sync_imports_source")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_imports")),
    )
    with op.batch_alter_table("sync_imports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_imports_device_id"), ["device_id"])
        batch_op.create_index(batch_op.f("ix_sync_imports_sha256"), ["sha256"])

    op.create_table(
        "sync_ops",
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("origin_seq", sa.Integer(), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("handled_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            _one_of("outcome", ("applied", "unchanged", "exception")),
            name=op.f("ck_sync_ops_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["sync_imports.id"], name=op.f("fk_sync_ops_import_id_sync_imports")
        ),
        sa.PrimaryKeyConstraint("op_id", name=op.f("pk_sync_ops")),
    )
    with op.batch_alter_table("sync_ops", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_ops_import_id"), ["import_id"])

    op.create_table(
        "sync_exceptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("import_id", sa.Integer(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("staff", sa.String(length=64), nullable=False),
        sa.Column("item", sa.String(length=64), nullable=True),
        sa.Column("patron", sa.String(length=64), nullable=True),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=10), server_default="open", nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.CheckConstraint(
            _one_of("status", ("open", "resolved", "dismissed")),
            name=op.f("ck_sync_exceptions_status"),
        ),
        sa.ForeignKeyConstraint(
            ["import_id"],
            ["sync_imports.id"],
            name=op.f("fk_sync_exceptions_import_id_sync_imports"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_exceptions")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_exceptions_op_id")),
    )
    with op.batch_alter_table("sync_exceptions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_exceptions_import_id"), ["import_id"])
        batch_op.create_index(batch_op.f("ix_sync_exceptions_status"), ["status"])

    # ADD COLUMN keeps the loans table as it is (a rebuild would rewrite its SQL).
    op.execute("ALTER TABLE loans ADD COLUMN stop_id INTEGER REFERENCES stops (id)")
    op.execute("ALTER TABLE loans ADD COLUMN returned_stop_id INTEGER REFERENCES stops (id)")
    op.create_index(op.f("ix_loans_stop_id"), "loans", ["stop_id"])
    op.create_index(op.f("ix_loans_returned_stop_id"), "loans", ["returned_stop_id"])

    op.add_column("journal", sa.Column("origin_seq", sa.Integer(), nullable=True))
    op.create_index("ix_journal_device_seq", "journal", ["device_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_journal_device_seq", table_name="journal")
    op.drop_column("journal", "origin_seq")
    op.drop_index(op.f("ix_loans_returned_stop_id"), table_name="loans")
    op.drop_index(op.f("ix_loans_stop_id"), table_name="loans")
    op.drop_column("loans", "returned_stop_id")
    op.drop_column("loans", "stop_id")
    for table in (
        "sync_exceptions",
        "sync_ops",
        "sync_imports",
        "sync_peers",
        "truck_loads",
        "stops",
        "routes",
    ):
        op.drop_table(table)
