"""MARC records: the full original record of an imported biblio, as MARCXML.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

Nullable: records catalogued by hand have none, and export builds one from the
columns. Existing rows are untouched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("biblios") as batch:
        batch.add_column(sa.Column("marc_xml", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("biblios") as batch:
        batch.drop_column("marc_xml")
