"""The journal of desk actions, the ground of offline sync (issue 7).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28

One new table, ``journal``: every check-out, check-in, renewal, payment, patron
registration and change, hold placed and item marked damaged, written in the same
transaction as the action. Nothing else changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

KINDS = (
    "checkout",
    "checkin",
    "renew",
    "payment",
    "patron_add",
    "patron_change",
    "hold_place",
    "damage",
)


def upgrade() -> None:
    op.create_table(
        "journal",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("staff", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "kind IN (" + ", ".join(f"'{k}'" for k in KINDS) + ")", name=op.f("ck_journal_kind")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal")),
        sa.UniqueConstraint("op_id", name=op.f("uq_journal_op_id")),
    )
    with op.batch_alter_table("journal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_journal_at"), ["at"], unique=False)


def downgrade() -> None:
    op.drop_table("journal")
