"""Library settings: library-wide business settings as key/value rows (the name first).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-05

Values are text; the services give each key its meaning and its default, so that a
new setting needs no migration. A key that is absent means "the default".
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "library_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_library_settings")),
    )


def downgrade() -> None:
    op.drop_table("library_settings")
