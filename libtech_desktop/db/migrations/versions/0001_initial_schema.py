"""Initial schema: patrons, categories, records, items, loans, loan rules, closed days, repairs.

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Times are stored as naive UTC (the models' UTCDateTime); migrations use plain
sa.DateTime so that they never depend on today's models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "biblios",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=300), nullable=True),
        sa.Column("isbn", sa.String(length=17), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("publisher", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_biblios")),
    )
    with op.batch_alter_table("biblios", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_biblios_author"), ["author"], unique=False)
        batch_op.create_index(batch_op.f("ix_biblios_isbn"), ["isbn"], unique=False)
        batch_op.create_index(batch_op.f("ix_biblios_title"), ["title"], unique=False)

    op.create_table(
        "closed_days",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_closed_days")),
    )
    op.create_table(
        "item_types",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_item_types")),
        sa.UniqueConstraint("code", name=op.f("uq_item_types_code")),
    )
    op.create_table(
        "patron_categories",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("membership_days", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patron_categories")),
        sa.UniqueConstraint("code", name=op.f("uq_patron_categories_code")),
    )
    op.create_table(
        "items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("biblio_id", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=False),
        sa.Column("call_number", sa.String(length=100), nullable=True),
        sa.Column("item_type_id", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("condition_note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint(
            "status IN ('available', 'on_loan', 'in_repair', 'withdrawn', 'missing', 'lost')",
            name=op.f("ck_items_status"),
        ),
        sa.ForeignKeyConstraint(
            ["biblio_id"], ["biblios.id"], name=op.f("fk_items_biblio_id_biblios")
        ),
        sa.ForeignKeyConstraint(
            ["item_type_id"], ["item_types.id"], name=op.f("fk_items_item_type_id_item_types")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_items")),
        sa.UniqueConstraint("barcode", name=op.f("uq_items_barcode")),
    )
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_items_biblio_id"), ["biblio_id"], unique=False)

    op.create_table(
        "loan_rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("item_type_id", sa.Integer(), nullable=False),
        sa.Column("loan_days", sa.Integer(), nullable=False),
        sa.Column("max_renewals", sa.Integer(), nullable=False),
        sa.Column("max_items", sa.Integer(), nullable=False),
        sa.CheckConstraint("loan_days > 0", name=op.f("ck_loan_rules_loan_days_positive")),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["patron_categories.id"],
            name=op.f("fk_loan_rules_category_id_patron_categories"),
        ),
        sa.ForeignKeyConstraint(
            ["item_type_id"], ["item_types.id"], name=op.f("fk_loan_rules_item_type_id_item_types")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loan_rules")),
        sa.UniqueConstraint(
            "category_id", "item_type_id", name=op.f("uq_loan_rules_category_id_item_type_id")
        ),
    )
    op.create_table(
        "patrons",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("barcode", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("blocked_reason", sa.Text(), nullable=True),
        sa.Column("blocked_at", sa.DateTime(), nullable=True),
        sa.Column("blocked_by", sa.String(length=64), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["patron_categories.id"],
            name=op.f("fk_patrons_category_id_patron_categories"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patrons")),
        sa.UniqueConstraint("barcode", name=op.f("uq_patrons_barcode")),
    )
    with op.batch_alter_table("patrons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_patrons_name"), ["name"], unique=False)

    op.create_table(
        "loans",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=False),
        sa.Column("checked_out_at", sa.DateTime(), nullable=False),
        sa.Column("checked_out_by", sa.String(length=64), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("renewals", sa.Integer(), nullable=False),
        sa.Column("last_renewed_at", sa.DateTime(), nullable=True),
        sa.Column("last_renewed_by", sa.String(length=64), nullable=True),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("returned_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint("renewals >= 0", name=op.f("ck_loans_renewals_not_negative")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_loans_item_id_items")),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_loans_patron_id_patrons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_loans")),
    )
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_loans_due_on"), ["due_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_loans_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_loans_patron_id"), ["patron_id"], unique=False)
        batch_op.create_index(
            "uq_loans_open_item",
            ["item_id"],
            unique=True,
            sqlite_where=sa.text("returned_at IS NULL"),
        )

    op.create_table(
        "repairs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reported_at", sa.DateTime(), nullable=False),
        sa.Column("reported_by", sa.String(length=64), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_by", sa.String(length=64), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_repairs_item_id_items")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repairs")),
    )
    with op.batch_alter_table("repairs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_repairs_item_id"), ["item_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("repairs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_repairs_item_id"))

    op.drop_table("repairs")
    with op.batch_alter_table("loans", schema=None) as batch_op:
        batch_op.drop_index("uq_loans_open_item", sqlite_where=sa.text("returned_at IS NULL"))
        batch_op.drop_index(batch_op.f("ix_loans_patron_id"))
        batch_op.drop_index(batch_op.f("ix_loans_due_on"))
        batch_op.drop_index(batch_op.f("ix_loans_item_id"))

    op.drop_table("loans")
    with op.batch_alter_table("patrons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_patrons_name"))

    op.drop_table("patrons")
    op.drop_table("loan_rules")
    with op.batch_alter_table("items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_items_biblio_id"))

    op.drop_table("items")
    op.drop_table("patron_categories")
    op.drop_table("item_types")
    op.drop_table("closed_days")
    with op.batch_alter_table("biblios", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_biblios_title"))
        batch_op.drop_index(batch_op.f("ix_biblios_isbn"))
        batch_op.drop_index(batch_op.f("ix_biblios_author"))

    op.drop_table("biblios")
