"""MARC records: the full original record of an imported biblio, as ISO 2709 bytes.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

Nullable: records catalogued by hand have none, and export builds one from the
columns. Existing rows are untouched.

``marc`` holds the record's bytes exactly as read from a .mrc file (MARC-8 or UTF-8,
as its leader says), or UTF-8 ISO 2709 made from a MARCXML record (that record's
MARCXML when ISO 2709 cannot hold it); ``interop.marc_reader.parse_stored`` reads
them back. (Before release this revision kept MARCXML text in ``marc_xml``: storing
the bytes as read makes an import several times faster.)
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
        batch.add_column(sa.Column("marc", sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("biblios") as batch:
        batch.drop_column("marc")
