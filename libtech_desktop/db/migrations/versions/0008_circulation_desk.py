"""The rest of the circulation desk: fines, payments, holds, notices, incidents.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-28

New tables: ``fines``, ``payments``, ``fine_credits``, ``holds``, ``notices`` and
``patron_incidents``. New columns, added in place (no batch: a batch would copy the
table and drop the search triggers of 0004): fine rules on ``loan_rules``; a manual
block's end date, postal address, notice channel and guardian on ``patrons``.

Two more item statuses, ``on_hold_shelf`` and ``at_bindery``, widen the CHECK on
``items.status``. SQLite cannot alter a CHECK constraint; its documented procedure for
loosening one (sqlite.org/lang_altertable.html, "other kinds of table schema changes")
rewrites the table's SQL in ``sqlite_schema`` under ``writable_schema`` and bumps the
schema version. Every row already satisfies the looser check, so no data moves.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

OLD_STATUSES = ("available", "on_loan", "in_repair", "withdrawn", "missing", "lost")
NEW_STATUSES = (*OLD_STATUSES, "on_hold_shelf", "at_bindery")


def upgrade() -> None:
    _add_columns()
    _create_fines()
    _create_holds()
    _create_incidents()
    _create_notices()
    _set_item_statuses(NEW_STATUSES)


def downgrade() -> None:
    _set_item_statuses(OLD_STATUSES)
    for table in ("notices", "patron_incidents", "holds", "fine_credits", "payments", "fines"):
        op.drop_table(table)
    for column in ("guardian_id", "notice_channel", "address", "blocked_until"):
        op.drop_column("patrons", column)
    for column in ("max_fine_minor", "grace_days", "fine_per_day_minor"):
        op.drop_column("loan_rules", column)


def _add_columns() -> None:
    # ADD COLUMN cannot add a CHECK naming other columns well; the fine rule's check is
    # part of the models for new files and enforced by the services for old ones.
    op.add_column(
        "loan_rules",
        sa.Column("fine_per_day_minor", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column(
        "loan_rules", sa.Column("grace_days", sa.Integer(), server_default="0", nullable=False)
    )
    op.add_column("loan_rules", sa.Column("max_fine_minor", sa.Integer(), nullable=True))
    op.add_column("patrons", sa.Column("blocked_until", sa.Date(), nullable=True))
    op.add_column("patrons", sa.Column("address", sa.Text(), nullable=True))
    op.add_column(
        "patrons",
        sa.Column("notice_channel", sa.String(length=10), server_default="email", nullable=False),
    )
    op.execute("ALTER TABLE patrons ADD COLUMN guardian_id INTEGER REFERENCES patrons (id)")


def _audit(prefix: str) -> list[sa.Column[object]]:
    return [
        sa.Column(f"{prefix}_at", sa.DateTime(), nullable=False),
        sa.Column(f"{prefix}_by", sa.String(length=64), nullable=False),
    ]


def _create_fines() -> None:
    op.create_table(
        "fines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        *_audit("created"),
        sa.CheckConstraint(
            "kind IN ('overdue', 'lost', 'processing', 'damage', 'manual')",
            name=op.f("ck_fines_kind"),
        ),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_fines_amount_positive")),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_fines_item_id_items")),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_fines_loan_id_loans")),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_fines_patron_id_patrons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fines")),
    )
    op.create_index(op.f("ix_fines_patron_id"), "fines", ["patron_id"])
    op.create_index(op.f("ix_fines_item_id"), "fines", ["item_id"])
    op.create_index(
        "uq_fines_loan_kind",
        "fines",
        ["loan_id", "kind"],
        unique=True,
        sqlite_where=sa.text("loan_id IS NOT NULL"),
    )
    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("paid_at", sa.DateTime(), nullable=False),
        sa.Column("taken_by", sa.String(length=64), nullable=False),
        sa.CheckConstraint("method IN ('cash', 'card', 'other')", name=op.f("ck_payments_method")),
        sa.CheckConstraint("amount_minor > 0", name=op.f("ck_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_payments_patron_id_patrons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    op.create_index(op.f("ix_payments_patron_id"), "payments", ["patron_id"])
    op.create_table(
        "fine_credits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fine_id", sa.Integer(), nullable=False),
        sa.Column("payment_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        *_audit("created"),
        sa.CheckConstraint(
            "kind IN ('payment', 'waiver', 'correction', 'reversal')",
            name=op.f("ck_fine_credits_kind"),
        ),
        sa.CheckConstraint("amount_minor <> 0", name=op.f("ck_fine_credits_amount_not_zero")),
        sa.CheckConstraint(
            "kind = 'correction' OR amount_minor > 0",
            name=op.f("ck_fine_credits_only_corrections_negative"),
        ),
        sa.CheckConstraint(
            "(kind = 'payment') = (payment_id IS NOT NULL)",
            name=op.f("ck_fine_credits_payment_has_payment"),
        ),
        sa.ForeignKeyConstraint(
            ["fine_id"], ["fines.id"], name=op.f("fk_fine_credits_fine_id_fines")
        ),
        sa.ForeignKeyConstraint(
            ["payment_id"], ["payments.id"], name=op.f("fk_fine_credits_payment_id_payments")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fine_credits")),
    )
    op.create_index(op.f("ix_fine_credits_fine_id"), "fine_credits", ["fine_id"])
    op.create_index(op.f("ix_fine_credits_payment_id"), "fine_credits", ["payment_id"])


def _create_holds() -> None:
    op.create_table(
        "holds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=False),
        sa.Column("biblio_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=16), server_default="waiting", nullable=False),
        sa.Column("frozen", sa.Boolean(), server_default="0", nullable=False),
        *_audit("placed"),
        sa.Column("trapped_item_id", sa.Integer(), nullable=True),
        sa.Column("trapped_at", sa.DateTime(), nullable=True),
        sa.Column("pickup_by", sa.Date(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=True),
        sa.CheckConstraint(
            "status IN ('waiting', 'trapped', 'collected', 'cancelled', 'expired')",
            name=op.f("ck_holds_status"),
        ),
        sa.ForeignKeyConstraint(
            ["biblio_id"], ["biblios.id"], name=op.f("fk_holds_biblio_id_biblios")
        ),
        sa.ForeignKeyConstraint(["item_id"], ["items.id"], name=op.f("fk_holds_item_id_items")),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_holds_patron_id_patrons")
        ),
        sa.ForeignKeyConstraint(
            ["trapped_item_id"], ["items.id"], name=op.f("fk_holds_trapped_item_id_items")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_holds")),
    )
    op.create_index(op.f("ix_holds_patron_id"), "holds", ["patron_id"])
    op.create_index(
        "ix_holds_biblio_open",
        "holds",
        ["biblio_id", "id"],
        sqlite_where=sa.text("closed_at IS NULL"),
    )
    op.create_index(
        "uq_holds_trapped_item",
        "holds",
        ["trapped_item_id"],
        unique=True,
        sqlite_where=sa.text("status = 'trapped'"),
    )


def _create_incidents() -> None:
    op.create_table(
        "patron_incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=False),
        sa.Column("occurred_on", sa.Date(), nullable=False),
        sa.Column("what", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=True),
        sa.Column("suspended_until", sa.Date(), nullable=True),
        *_audit("recorded"),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_patron_incidents_patron_id_patrons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_patron_incidents")),
    )
    op.create_index(op.f("ix_patron_incidents_patron_id"), "patron_incidents", ["patron_id"])


def _create_notices() -> None:
    op.create_table(
        "notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patron_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("loan_id", sa.Integer(), nullable=True),
        sa.Column("hold_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=10), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint(
            "kind IN ('reminder', 'overdue1', 'overdue2', 'overdue3', 'lost', 'hold')",
            name=op.f("ck_notices_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'printed', 'failed')", name=op.f("ck_notices_status")
        ),
        sa.CheckConstraint("channel IN ('email', 'print')", name=op.f("ck_notices_channel")),
        sa.ForeignKeyConstraint(["hold_id"], ["holds.id"], name=op.f("fk_notices_hold_id_holds")),
        sa.ForeignKeyConstraint(["loan_id"], ["loans.id"], name=op.f("fk_notices_loan_id_loans")),
        sa.ForeignKeyConstraint(
            ["patron_id"], ["patrons.id"], name=op.f("fk_notices_patron_id_patrons")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notices")),
    )
    op.create_index(op.f("ix_notices_patron_id"), "notices", ["patron_id"])
    op.create_index(
        "uq_notices_kind_loan",
        "notices",
        ["kind", "loan_id"],
        unique=True,
        sqlite_where=sa.text("loan_id IS NOT NULL"),
    )
    op.create_index(
        "uq_notices_kind_hold",
        "notices",
        ["kind", "hold_id"],
        unique=True,
        sqlite_where=sa.text("hold_id IS NOT NULL"),
    )


def _set_item_statuses(statuses: tuple[str, ...]) -> None:
    """Rewrite the CHECK on ``items.status`` in place (see the module's docstring)."""
    bind = op.get_bind()
    sql = bind.exec_driver_sql(
        "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'items'"
    ).scalar_one()
    check = re.compile(r"status IN \([^)]*\)")
    if len(check.findall(sql)) != 1:
        raise RuntimeError("items.status has no single CHECK to widen: the schema is not 0007's")
    wanted = "status IN (" + ", ".join(f"'{s}'" for s in statuses) + ")"
    new_sql = check.sub(wanted, sql)
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = 'items'", (new_sql,)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")
    problems = bind.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if problems != ["ok"]:
        raise RuntimeError(f"integrity check after widening items.status: {problems}")
