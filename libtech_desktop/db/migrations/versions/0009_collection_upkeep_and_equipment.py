"""The collection's upkeep and the library's equipment (issue 6).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28

New tables: condition history, withdrawals, the replacement list, bindery shipments
and their volumes, transfers between locations, stocktake sessions and their scans;
equipment, its faults, scheduled maintenance and the accessory checks of lent pieces.
Repair tickets gain a type, a status (tickets already resolved are 'done'), who works
on them, time spent and materials cost, added in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "bindery_shipments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="preparing", nullable=False),
        sa.Column("bindery", sa.String(length=200), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('preparing', 'sent', 'received')", name=op.f("ck_bindery_shipments_status")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bindery_shipments")),
    )
    op.create_table(
        "inventory_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=True),
        sa.Column("from_call_number", sa.String(length=100), nullable=True),
        sa.Column("to_call_number", sa.String(length=100), nullable=True),
        sa.Column("from_key", sa.String(length=300), nullable=True),
        sa.Column("to_key", sa.String(length=300), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("started_by", sa.String(length=64), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_sessions")),
    )
    op.create_table(
        "bindery_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.Column("binding_type", sa.String(length=64), nullable=True),
        sa.Column("colour", sa.String(length=64), nullable=True),
        sa.Column("lettering", sa.Text(), nullable=True),
        sa.Column("instructions", sa.Text(), nullable=True),
        sa.Column("cost_minor", sa.Integer(), nullable=True),
        sa.Column("received_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_bindery_items_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["shipment_id"],
            ["bindery_shipments.id"],
            name=op.f("fk_bindery_items_shipment_id_bindery_shipments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bindery_items")),
    )
    with op.batch_alter_table("bindery_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_bindery_items_item_id"), ["item_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_bindery_items_shipment_id"), ["shipment_id"], unique=False
        )

    op.create_table(
        "equipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=True),
        sa.Column("model", sa.String(length=200), nullable=True),
        sa.Column("serial", sa.String(length=100), nullable=True),
        sa.Column("location", sa.String(length=100), nullable=True),
        sa.Column("purchased_on", sa.Date(), nullable=True),
        sa.Column("warranty_until", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="in_service", nullable=False),
        sa.Column("hours_used", sa.Integer(), server_default="0", nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("accessories", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('in_service', 'out_of_order', 'in_repair', 'retired')",
            name=op.f("ck_equipment_status"),
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_equipment_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment")),
        sa.UniqueConstraint("item_id", name=op.f("uq_equipment_item_id")),
    )
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_equipment_serial"), ["serial"], unique=False)

    op.create_table(
        "inventory_scans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("scanned_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_inventory_scans_item_id_items")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["inventory_sessions.id"],
            name=op.f("fk_inventory_scans_session_id_inventory_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inventory_scans")),
        sa.UniqueConstraint(
            "session_id", "position", name=op.f("uq_inventory_scans_session_id_position")
        ),
    )
    with op.batch_alter_table("inventory_scans", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inventory_scans_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "item_conditions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("condition", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "condition IN ('good', 'fair', 'poor', 'damaged')",
            name=op.f("ck_item_conditions_condition"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_item_conditions_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_conditions")),
    )
    with op.batch_alter_table("item_conditions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_item_conditions_item_id"), ["item_id"], unique=False)

    op.create_table(
        "replacement_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("biblio_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('open', 'ordered', 'cancelled')",
            name=op.f("ck_replacement_requests_status"),
        ),
        sa.ForeignKeyConstraint(
            ["biblio_id"], ["biblios.id"], name=op.f("fk_replacement_requests_biblio_id_biblios")
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_replacement_requests_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_replacement_requests")),
    )
    with op.batch_alter_table("replacement_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_replacement_requests_biblio_id"), ["biblio_id"], unique=False
        )

    op.create_table(
        "transfers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("from_location", sa.String(length=100), nullable=True),
        sa.Column("to_location", sa.String(length=100), nullable=False),
        sa.Column("status", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("requested_by", sa.String(length=64), nullable=False),
        sa.Column("completed_at", sa.DateTime(), nullable=True),
        sa.Column("completed_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'cancelled')", name=op.f("ck_transfers_status")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_transfers_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transfers")),
    )
    with op.batch_alter_table("transfers", schema=None) as batch_op:
        batch_op.create_index(
            "uq_transfers_open_item",
            ["item_id"],
            unique=True,
            sqlite_where=sa.text("status = 'open'"),
        )

    op.create_table(
        "withdrawals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=False),
        sa.Column("withdrawn_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "reason IN ('damaged', 'outdated', 'lost', 'superseded', 'duplicate', 'weeded')",
            name=op.f("ck_withdrawals_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["item_id"], ["items.id"], name=op.f("fk_withdrawals_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_withdrawals")),
    )
    with op.batch_alter_table("withdrawals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_withdrawals_item_id"), ["item_id"], unique=False)

    op.create_table(
        "accessory_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=False),
        sa.Column("accessory", sa.String(length=200), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("checked_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["loan_id"], ["loans.id"], name=op.f("fk_accessory_checks_loan_id_loans")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_accessory_checks")),
    )
    with op.batch_alter_table("accessory_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_accessory_checks_loan_id"), ["loan_id"], unique=False)

    op.create_table(
        "equipment_faults",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("symptom", sa.Text(), nullable=False),
        sa.Column("steps_tried", sa.Text(), nullable=True),
        sa.Column("resolution", sa.Text(), nullable=True),
        sa.Column("out_of_service", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("reported_by", sa.String(length=64), nullable=False),
        sa.Column("fixed_at", sa.DateTime(), nullable=True),
        sa.Column("fixed_by", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_equipment_faults_equipment_id_equipment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_equipment_faults")),
    )
    with op.batch_alter_table("equipment_faults", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_equipment_faults_equipment_id"), ["equipment_id"], unique=False
        )

    op.create_table(
        "maintenance_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("equipment_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("every_days", sa.Integer(), nullable=True),
        sa.Column("every_hours", sa.Integer(), nullable=True),
        sa.Column("last_done_on", sa.Date(), nullable=True),
        sa.Column("last_done_hours", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "every_days IS NOT NULL OR every_hours IS NOT NULL",
            name=op.f("ck_maintenance_tasks_has_interval"),
        ),
        sa.ForeignKeyConstraint(
            ["equipment_id"],
            ["equipment.id"],
            name=op.f("fk_maintenance_tasks_equipment_id_equipment"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_maintenance_tasks")),
    )
    with op.batch_alter_table("maintenance_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_maintenance_tasks_equipment_id"), ["equipment_id"], unique=False
        )

    # Plain ADD COLUMN (no batch): a batch would copy the table, as 0005 explains.
    op.add_column("repairs", sa.Column("repair_type", sa.String(length=64), nullable=True))
    op.add_column(
        "repairs",
        sa.Column("status", sa.String(length=16), server_default="queued", nullable=False),
    )
    op.add_column("repairs", sa.Column("assigned_to", sa.String(length=64), nullable=True))
    op.add_column("repairs", sa.Column("started_at", sa.DateTime(), nullable=True))
    op.add_column(
        "repairs", sa.Column("minutes_spent", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column(
        "repairs", sa.Column("materials_minor", sa.Integer(), server_default="0", nullable=False)
    )
    op.execute("UPDATE repairs SET status = 'done' WHERE resolved_at IS NOT NULL")


def downgrade() -> None:
    for column in (
        "materials_minor",
        "minutes_spent",
        "started_at",
        "assigned_to",
        "status",
        "repair_type",
    ):
        op.drop_column("repairs", column)

    with op.batch_alter_table("maintenance_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_maintenance_tasks_equipment_id"))

    op.drop_table("maintenance_tasks")
    with op.batch_alter_table("equipment_faults", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_equipment_faults_equipment_id"))

    op.drop_table("equipment_faults")
    with op.batch_alter_table("accessory_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_accessory_checks_loan_id"))

    op.drop_table("accessory_checks")
    with op.batch_alter_table("withdrawals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_withdrawals_item_id"))

    op.drop_table("withdrawals")
    with op.batch_alter_table("transfers", schema=None) as batch_op:
        batch_op.drop_index("uq_transfers_open_item", sqlite_where=sa.text("status = 'open'"))

    op.drop_table("transfers")
    with op.batch_alter_table("replacement_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_replacement_requests_biblio_id"))

    op.drop_table("replacement_requests")
    with op.batch_alter_table("item_conditions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_item_conditions_item_id"))

    op.drop_table("item_conditions")
    with op.batch_alter_table("inventory_scans", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inventory_scans_session_id"))

    op.drop_table("inventory_scans")
    with op.batch_alter_table("equipment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_equipment_serial"))

    op.drop_table("equipment")
    with op.batch_alter_table("bindery_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_bindery_items_shipment_id"))
        batch_op.drop_index(batch_op.f("ix_bindery_items_item_id"))

    op.drop_table("bindery_items")
    op.drop_table("inventory_sessions")
    op.drop_table("bindery_shipments")
