"""A library's own label sheet templates, shared by every desk.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

``definition`` holds the fields of a ``SheetTemplate`` as JSON text; the services check
it with the same rules as the shipped templates in ``resources/label_templates``. Only a
new table: nothing touches ``biblios`` or ``items`` (see 0005 and 0006 on batches).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "label_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_label_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_label_templates_name")),
    )


def downgrade() -> None:
    op.drop_table("label_templates")
