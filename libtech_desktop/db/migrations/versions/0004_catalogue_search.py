"""Catalogue search: an FTS5 index over the records, kept in step by triggers.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-13

``biblio_search`` is an ordinary FTS5 table (it keeps its own copy of the text), one
row per record with rowid = biblios.id. The indexed text comes from two tables (a
record's call numbers are on its items), which rules out external content over
``biblios``; a copy of a few short columns is cheap and needs no rebuild logic.

ISBNs are indexed compact (digits and X), as ``domain/search_query.py`` searches
them; call_number is the record's items' call numbers joined by spaces. subjects,
series, notes and summary are empty until the MARC import fills them.

``prefix = '2 3 4'`` keeps an index of every token's first 2, 3 and 4 characters, so
a short prefix search (``"tha"*``, which every typed word becomes) reads one list
instead of merging the lists of every word starting so; longer prefixes use the
ordinary index.

The SQL is written out here, not imported: a migration must not change when the
code does.
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_CALL_NUMBERS = (
    "coalesce((SELECT group_concat(i.call_number, ' ') FROM items AS i "
    "WHERE i.biblio_id = {biblio_id}), '')"
)


def _record_values(b: str) -> str:
    """The index row of the biblio ``b`` (``new`` in a trigger, an alias in the fill)."""
    return (
        f"{b}.id, {b}.title, coalesce({b}.author, ''), '', '', '', '', "
        f"replace(coalesce({b}.isbn, ''), '-', ''), " + _CALL_NUMBERS.format(biblio_id=f"{b}.id")
    )


_INSERT = (
    "INSERT INTO biblio_search "
    "(rowid, title, author, subjects, series, notes, summary, isbn, call_number) "
)

_REFRESH_CALL_NUMBERS = (
    "UPDATE biblio_search SET call_number = "
    + _CALL_NUMBERS.format(biblio_id="biblio_search.rowid")
    + " WHERE rowid IN ({ids});"
)

_TRIGGERS = {
    "biblio_search_biblio_insert": f"""
        AFTER INSERT ON biblios BEGIN
            {_INSERT} VALUES ({_record_values("new")});
        END""",
    "biblio_search_biblio_update": f"""
        AFTER UPDATE OF id, title, author, isbn ON biblios BEGIN
            DELETE FROM biblio_search WHERE rowid = old.id;
            {_INSERT} VALUES ({_record_values("new")});
        END""",
    "biblio_search_biblio_delete": """
        AFTER DELETE ON biblios BEGIN
            DELETE FROM biblio_search WHERE rowid = old.id;
        END""",
    "biblio_search_item_insert": f"""
        AFTER INSERT ON items BEGIN
            {_REFRESH_CALL_NUMBERS.format(ids="new.biblio_id")}
        END""",
    "biblio_search_item_update": f"""
        AFTER UPDATE OF biblio_id, call_number ON items BEGIN
            {_REFRESH_CALL_NUMBERS.format(ids="old.biblio_id, new.biblio_id")}
        END""",
    "biblio_search_item_delete": f"""
        AFTER DELETE ON items BEGIN
            {_REFRESH_CALL_NUMBERS.format(ids="old.biblio_id")}
        END""",
}


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE biblio_search USING fts5("
        "title, author, subjects, series, notes, summary, isbn, call_number, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')"
    )
    op.execute(f"{_INSERT} SELECT {_record_values('b')} FROM biblios AS b")
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS biblio_search")
