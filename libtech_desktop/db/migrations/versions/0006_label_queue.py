"""The label print queue: when an item's labels were printed, and by whom.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

``items.label_printed_at`` NULL means the item waits for labels. Items already in the
file were labelled long ago (they are on the shelves): they are taken as printed when
they were made, by whoever made them. Items added from now on start in the queue.

Columns are added with plain ``ALTER TABLE ... ADD COLUMN`` (``op.add_column`` outside
a batch), as in 0005: a batch would copy ``items`` and drop the search triggers of 0004.
The partial index holds only the waiting items, in shelf order, so printing the queue
never reads the whole catalogue.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("items", sa.Column("label_printed_at", sa.DateTime(), nullable=True))
    op.add_column("items", sa.Column("label_printed_by", sa.String(length=64), nullable=True))
    op.execute("UPDATE items SET label_printed_at = created_at, label_printed_by = created_by")
    op.create_index(
        "ix_items_label_queue",
        "items",
        ["location", "shelf_key"],
        sqlite_where=sa.text("label_printed_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_items_label_queue", "items")
    # SQLite 3.35+ drops a column in place, keeping the triggers (a batch would not).
    op.drop_column("items", "label_printed_by")
    op.drop_column("items", "label_printed_at")
