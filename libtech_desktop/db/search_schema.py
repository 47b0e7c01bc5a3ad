"""The full-text indexes as the schema sees them: the catalogue's (migration 0004 builds
it) and the patrons' names and emails (0014).

SQLAlchemy's metadata cannot describe an FTS5 virtual table, so the models leave them
out and Alembic's comparison must not see them either: ``include_name`` is passed to
``context.configure`` in migrations/env.py and to every ``compare_metadata`` call.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SEARCH_TABLE = "biblio_search"
#: The FTS5 table and the shadow tables SQLite keeps for it (``biblio_search_data``...).
SEARCH_TABLE_PREFIX = SEARCH_TABLE + "_"
#: Each placed record's key in (title, id) order, its rowid in the index (migration 0013,
#: ``db/search_order.py``); part of the index, so left out of comparisons with it.
SEARCH_ORDER_TABLE = SEARCH_TABLE_PREFIX + "order"
#: An unplaced record's rowid in the index is UNPLACED + its id (migration 0013).
UNPLACED = -(1 << 62)
#: The trigram index over patrons' names and emails, rowid = patrons.id (migration 0014).
PATRON_SEARCH_TABLE = "patron_search"
#: Every full-text index, each with its shadow tables (``NAME_data``...).
_INDEXES = (SEARCH_TABLE, PATRON_SEARCH_TABLE)
_PREFIXES = tuple(index + "_" for index in _INDEXES)


def is_search_table(name: str | None) -> bool:
    """Whether ``name`` is a full-text index or one of the tables that are part of it."""
    return name is not None and (name in _INDEXES or name.startswith(_PREFIXES))


def include_name(name: str | None, type_: str, parent_names: Mapping[Any, str | None]) -> bool:
    """Alembic hook: leave the full-text indexes and their shadow tables out of comparisons."""
    if type_ == "table":
        return not is_search_table(name)
    if type_ in ("column", "index", "unique_constraint", "foreign_key_constraint"):
        return not is_search_table(parent_names.get("table_name"))
    return True
