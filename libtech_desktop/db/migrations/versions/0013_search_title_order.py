"""The catalogue index in title order: each record's place in (title, id) order is its
row number in the full-text index, so a search reads its matches already sorted.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29

FTS5 lists a query's matches in rowid order and stops at a ``LIMIT``: half a
millisecond for the first 500 of 450,000 matches. Ordering them by title instead cost
40-100 ms on a million records (issue 9), because every match had to be listed first.
So the index's rowid is no longer ``biblios.id`` but a key that orders as
``(title, id)``:

* ``biblio_search_order`` (key, biblio_id) holds the key of every *placed* record.
  Keys are spaced ``2**32`` apart when the index is built.
* A new or retitled record is *unplaced*: its index row is ``UNPLACED + id`` (below
  zero, rising with the id) and it has no order row. A search lists the unplaced
  matches in full and merges them in by title, so results never depend on placing; the
  desk places them while idle, between their neighbours' keys, spreading out a crowded
  stretch of keys when needed (``db/search_order.py``).

The triggers never place a record themselves: FTS5 flushes its pending writes whenever
a row's rowid is lower than the one written before, so rows written in title order
during an import (rowids all over the key space) cost a flush each, and the import
went at a third of its speed; rows written at ``UNPLACED + id`` come in rising order,
as they did when the rowid was the id.

The table's name starts with ``biblio_search_``: like FTS5's own shadow tables it is
part of the index, and Alembic's comparisons leave it out (``db/search_schema.py``).

The index is rebuilt anyway, so it now also keeps the 1-, 5- and 6-letter prefixes of
every word (0004 kept 2 to 4). Every typed word is searched as a prefix ("smith" finds
"Smithson"), and without a prefix index FTS5 merges the lists of every word the prefix
starts, with their positions when a column is named: "a" alone took 0.3-1.4 s on a
million records, "briru" in the titles 7-10 ms; each is now one list. The index grows
by about half.

The SQL is written out here, not imported: a migration must not change when the code
does. Upgrading rebuilds the index (a few minutes on a million records).
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

STEP = 1 << 32
#: An unplaced record's index rowid is UNPLACED + its id.
UNPLACED = -(1 << 62)
_FTS = (
    "CREATE VIRTUAL TABLE biblio_search USING fts5("
    "title, author, subjects, series, notes, summary, isbn, call_number, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3 4 5 6')"
)
#: 0004's index: prefixes of 2 to 4 characters only.
_OLD_FTS = _FTS.replace("'1 2 3 4 5 6'", "'2 3 4'")
_COLUMNS = "(rowid, title, author, subjects, series, notes, summary, isbn, call_number)"


def _call_numbers(biblio_id: str) -> str:
    return (
        "coalesce((SELECT group_concat(i.call_number, ' ') FROM items AS i "
        f"WHERE i.biblio_id = {biblio_id}), '')"
    )


def _values(b: str, rowid: str) -> str:
    """The index row of the biblio ``b`` (0005's text) under ``rowid``."""
    return (
        f"{rowid}, {b}.title, coalesce({b}.author, ''), coalesce({b}.subjects, ''), "
        f"coalesce({b}.series, ''), coalesce({b}.notes, ''), coalesce({b}.summary, ''), "
        f"replace(coalesce({b}.isbn, ''), '-', ''), {_call_numbers(f'{b}.id')}"
    )


def _key(biblio_id: str) -> str:
    """The index rowid of a record: its key when placed, else UNPLACED + its id."""
    return (
        f"coalesce((SELECT key FROM biblio_search_order WHERE biblio_id = {biblio_id}), "
        f"{UNPLACED} + {biblio_id})"
    )


_INSERT = f"INSERT INTO biblio_search {_COLUMNS} "

_TRIGGERS = {
    "biblio_search_biblio_insert": f"""
        AFTER INSERT ON biblios BEGIN
            {_INSERT} VALUES ({_values("new", f"{UNPLACED} + new.id")});
        END""",
    "biblio_search_biblio_update": f"""
        AFTER UPDATE OF id, title, author, isbn, subjects, series, notes, summary
        ON biblios BEGIN
            DELETE FROM biblio_search WHERE rowid = {_key("old.id")};
            DELETE FROM biblio_search_order
                WHERE biblio_id = old.id AND (new.id IS NOT old.id OR new.title IS NOT old.title);
            {_INSERT} VALUES ({_values("new", _key("new.id"))});
        END""",
    "biblio_search_biblio_delete": f"""
        AFTER DELETE ON biblios BEGIN
            DELETE FROM biblio_search WHERE rowid = {_key("old.id")};
            DELETE FROM biblio_search_order WHERE biblio_id = old.id;
        END""",
    "biblio_search_item_insert": f"""
        AFTER INSERT ON items BEGIN
            UPDATE biblio_search SET call_number = {_call_numbers("new.biblio_id")}
                WHERE rowid = {_key("new.biblio_id")};
        END""",
    "biblio_search_item_update": f"""
        AFTER UPDATE OF biblio_id, call_number ON items BEGIN
            UPDATE biblio_search SET call_number = {_call_numbers("old.biblio_id")}
                WHERE rowid = {_key("old.biblio_id")};
            UPDATE biblio_search SET call_number = {_call_numbers("new.biblio_id")}
                WHERE rowid = {_key("new.biblio_id")} AND new.biblio_id IS NOT old.biblio_id;
        END""",
    "biblio_search_item_delete": f"""
        AFTER DELETE ON items BEGIN
            UPDATE biblio_search SET call_number = {_call_numbers("old.biblio_id")}
                WHERE rowid = {_key("old.biblio_id")};
        END""",
}

#: 0004/0005's triggers (rowid = biblios.id) for the downgrade, each text exactly as
#: those revisions wrote it (SQLite keeps a trigger's text as given).
_OLD_CALL_NUMBERS = _call_numbers("biblio_search.rowid")
_OLD_TRIGGERS = {
    "biblio_search_biblio_insert": f"""
            AFTER INSERT ON biblios BEGIN
                {_INSERT} VALUES ({_values("new", "new.id")});
            END""",
    "biblio_search_biblio_update": f"""
            AFTER UPDATE OF id, title, author, isbn, subjects, series, notes, summary ON biblios BEGIN
                DELETE FROM biblio_search WHERE rowid = old.id;
                {_INSERT} VALUES ({_values("new", "new.id")});
            END""",
    "biblio_search_biblio_delete": """
        AFTER DELETE ON biblios BEGIN
            DELETE FROM biblio_search WHERE rowid = old.id;
        END""",
    "biblio_search_item_insert": f"""
        AFTER INSERT ON items BEGIN
            UPDATE biblio_search SET call_number = {_OLD_CALL_NUMBERS} WHERE rowid IN (new.biblio_id);
        END""",
    "biblio_search_item_update": f"""
        AFTER UPDATE OF biblio_id, call_number ON items BEGIN
            UPDATE biblio_search SET call_number = {_OLD_CALL_NUMBERS} WHERE rowid IN (old.biblio_id, new.biblio_id);
        END""",
    "biblio_search_item_delete": f"""
        AFTER DELETE ON items BEGIN
            UPDATE biblio_search SET call_number = {_OLD_CALL_NUMBERS} WHERE rowid IN (old.biblio_id);
        END""",
}


def _rebuild(fts: str, triggers: dict[str, str], fill: str) -> None:
    for name in triggers:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS biblio_search")
    op.execute(fts)
    op.execute(fill)
    for name, body in triggers.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def upgrade() -> None:
    op.execute(
        "CREATE TABLE biblio_search_order ("
        "key INTEGER PRIMARY KEY, biblio_id INTEGER NOT NULL UNIQUE)"
    )
    op.execute(
        "INSERT INTO biblio_search_order (key, biblio_id) "
        f"SELECT row_number() OVER (ORDER BY title, id) * {STEP}, id FROM biblios"
    )
    _rebuild(
        _FTS,
        _TRIGGERS,
        f"{_INSERT} SELECT {_values('b', 'o.key')} FROM biblio_search_order AS o "
        "JOIN biblios AS b ON b.id = o.biblio_id ORDER BY o.key",
    )


def downgrade() -> None:
    _rebuild(_OLD_FTS, _OLD_TRIGGERS, f"{_INSERT} SELECT {_values('b', 'b.id')} FROM biblios AS b")
    op.execute("DROP TABLE biblio_search_order")
