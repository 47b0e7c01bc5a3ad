"""Patron search: a trigram index over patrons' names and emails, kept in step by triggers.

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29

The desk finds a patron by any part of a name or email (``LIKE '%text%'``), which no
B-tree index helps: the whole ``patrons`` table was read for every search (90-145 ms
for 200,000 patrons, issue 9). ``patron_search`` is an FTS5 table with the ``trigram``
tokenizer: it indexes every three-character piece of a name and an email, so a phrase
query of three or more characters lists the patrons whose text holds it as a substring
(folding case as the tokenizer does), and the repository checks those candidates
against the very filter it used before (``db/repositories/patrons.py``).

It is an *external content* table (``content='patrons', content_rowid='id'``): it keeps
no copy of the names and emails, only the trigram lists, with rowid = patrons.id.

* A second copy of every patron's name and email (a plain FTS5 table's ``_content``)
  would be one more place personal data lives in; erasing a patron must not leave it.
* A *contentless* table cannot delete a row by its rowid before SQLite 3.43
  (``contentless_delete``); Python's own SQLite is 3.40. Both kinds then need the old
  values to delete a row, which a trigger has (``old.name``, ``old.email``).
* ``'rebuild'`` refills it from ``patrons`` in one statement (this migration and
  ``db/bulk_demo.py``), and ``'integrity-check'`` compares it with ``patrons`` (the
  tests use it).

The price of external content: the triggers must never be missing while ``patrons``
changes, or a later ``'delete'`` with values the index never saw would damage it. A
later migration that copies ``patrons`` (``batch_alter_table``) drops these triggers
with the old table: it must create them again and run ``'rebuild'``, as 0005 does for
the catalogue's triggers. ``columnsize=0``: no ranking, so no per-row sizes are kept.

The table's name is in ``db/search_schema.py``'s search tables: Alembic's comparisons
leave it and its shadow tables (``patron_search_data``...) out.

The SQL is written out here, not imported: a migration must not change when the code
does. Upgrading builds the index (about 2 s for 200,000 patrons).
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

_INSERT = "INSERT INTO patron_search (rowid, name, email) VALUES (new.id, new.name, new.email);"
_DELETE = (
    "INSERT INTO patron_search (patron_search, rowid, name, email) "
    "VALUES ('delete', old.id, old.name, old.email);"
)

_TRIGGERS = {
    "patron_search_patron_insert": f"""
        AFTER INSERT ON patrons BEGIN
            {_INSERT}
        END""",
    "patron_search_patron_update": f"""
        AFTER UPDATE OF id, name, email ON patrons BEGIN
            {_DELETE}
            {_INSERT}
        END""",
    "patron_search_patron_delete": f"""
        AFTER DELETE ON patrons BEGIN
            {_DELETE}
        END""",
}


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE patron_search USING fts5("
        "name, email, content = 'patrons', content_rowid = 'id', "
        "tokenize = 'trigram', columnsize = 0)"
    )
    op.execute("INSERT INTO patron_search (patron_search) VALUES ('rebuild')")
    for name, body in _TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS patron_search")
