"""Cataloguing: a record's searchable text, its subject headings, local subject
authorities with "use" references, and an item's price, acquisition date and shelf key.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28

Columns are added with plain ``ALTER TABLE ... ADD COLUMN`` (``op.add_column`` outside
a batch): a batch would copy ``biblios`` and ``items`` and drop the search triggers
of 0004 with them. The triggers on ``biblios`` are recreated to index the new text.

``biblios.subjects`` holds the record's headings one per line for the full-text
index; ``biblio_subjects`` holds them one per row, with a folded key, for browsing
headings with counts and for suggestions. Both come from the stored MARC.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_CALL_NUMBERS = (
    "coalesce((SELECT group_concat(i.call_number, ' ') FROM items AS i "
    "WHERE i.biblio_id = new.id), '')"
)
_VALUES = (
    "new.id, new.title, coalesce(new.author, ''), coalesce(new.subjects, ''), "
    "coalesce(new.series, ''), coalesce(new.notes, ''), coalesce(new.summary, ''), "
    f"replace(coalesce(new.isbn, ''), '-', ''), {_CALL_NUMBERS}"
)
_OLD_VALUES = (
    "new.id, new.title, coalesce(new.author, ''), '', '', '', '', "
    f"replace(coalesce(new.isbn, ''), '-', ''), {_CALL_NUMBERS}"
)
_INSERT = (
    "INSERT INTO biblio_search "
    "(rowid, title, author, subjects, series, notes, summary, isbn, call_number) "
)


def _triggers(values: str, columns: str) -> dict[str, str]:
    return {
        "biblio_search_biblio_insert": f"""
            AFTER INSERT ON biblios BEGIN
                {_INSERT} VALUES ({values});
            END""",
        "biblio_search_biblio_update": f"""
            AFTER UPDATE OF {columns} ON biblios BEGIN
                DELETE FROM biblio_search WHERE rowid = old.id;
                {_INSERT} VALUES ({values});
            END""",
    }


def _replace_triggers(triggers: dict[str, str]) -> None:
    for name, body in triggers.items():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute(f"CREATE TRIGGER {name} {body}")


def _audit_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
    ]


def upgrade() -> None:
    for name, type_ in (
        ("edition", sa.String(length=200)),
        ("series", sa.Text()),
        ("subjects", sa.Text()),
        ("notes", sa.Text()),
        ("summary", sa.Text()),
        ("classification", sa.String(length=100)),
        ("work_key", sa.String(length=400)),
    ):
        op.add_column("biblios", sa.Column(name, type_, nullable=True))
    op.add_column("items", sa.Column("price_minor", sa.Integer(), nullable=True))
    op.add_column("items", sa.Column("acquired_on", sa.Date(), nullable=True))
    op.add_column("items", sa.Column("shelf_key", sa.String(length=300), nullable=True))
    op.create_index("ix_items_shelf_key", "items", ["shelf_key"])
    op.create_index("ix_items_location_shelf_key", "items", ["location", "shelf_key"])
    op.create_index("ix_biblios_classification", "biblios", ["classification"])
    op.create_index("ix_biblios_work_key", "biblios", ["work_key"])

    op.create_table(
        "biblio_subjects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("biblio_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("heading_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["biblio_id"],
            ["biblios.id"],
            name=op.f("fk_biblio_subjects_biblio_id_biblios"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_biblio_subjects")),
    )
    op.create_index("ix_biblio_subjects_biblio_id", "biblio_subjects", ["biblio_id"])
    op.create_index("ix_biblio_subjects_heading_key", "biblio_subjects", ["heading_key"])

    op.create_table(
        "subject_authorities",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("heading", sa.Text(), nullable=False),
        sa.Column("heading_key", sa.String(length=300), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        *_audit_columns(),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_authorities")),
        sa.UniqueConstraint("heading_key", name=op.f("uq_subject_authorities_heading_key")),
    )
    op.create_table(
        "subject_references",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority_id", sa.Integer(), nullable=False),
        sa.Column("variant", sa.Text(), nullable=False),
        sa.Column("variant_key", sa.String(length=300), nullable=False),
        sa.ForeignKeyConstraint(
            ["authority_id"],
            ["subject_authorities.id"],
            name=op.f("fk_subject_references_authority_id_subject_authorities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subject_references")),
        sa.UniqueConstraint("variant_key", name=op.f("uq_subject_references_variant_key")),
    )
    op.create_index("ix_subject_references_authority_id", "subject_references", ["authority_id"])
    _replace_triggers(
        _triggers(_VALUES, "id, title, author, isbn, subjects, series, notes, summary")
    )
    # Records stored before this revision get their work keys and the text of their
    # stored MARC, and items their shelf keys, when the program next opens the file
    # (RecordService.index_pending_records): the rules live in code, not here.
    op.execute(
        "INSERT INTO library_settings (key, value) SELECT 'record_text_pending', '1' "
        "WHERE EXISTS (SELECT 1 FROM biblios) "
        "OR EXISTS (SELECT 1 FROM items WHERE call_number IS NOT NULL)"
    )


def downgrade() -> None:
    op.execute("DELETE FROM library_settings WHERE key = 'record_text_pending'")
    _replace_triggers(_triggers(_OLD_VALUES, "id, title, author, isbn"))
    op.drop_table("subject_references")
    op.drop_table("subject_authorities")
    op.drop_table("biblio_subjects")
    op.drop_index("ix_biblios_work_key", "biblios")
    op.drop_index("ix_biblios_classification", "biblios")
    op.drop_index("ix_items_location_shelf_key", "items")
    op.drop_index("ix_items_shelf_key", "items")
    # SQLite 3.35+ drops a column in place, keeping the triggers (a batch would not).
    for name in ("price_minor", "acquired_on", "shelf_key"):
        op.drop_column("items", name)
    for name in ("edition", "series", "subjects", "notes", "summary", "classification"):
        op.drop_column("biblios", name)
    op.drop_column("biblios", "work_key")
