"""The catalogue's full-text index as the schema sees it (migration 0004 builds it).

SQLAlchemy's metadata cannot describe an FTS5 virtual table, so the models leave it
out and Alembic's comparison must not see it either: ``include_name`` is passed to
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


def is_search_table(name: str | None) -> bool:
    return name is not None and (name == SEARCH_TABLE or name.startswith(SEARCH_TABLE_PREFIX))


def include_name(name: str | None, type_: str, parent_names: Mapping[Any, str | None]) -> bool:
    """Alembic hook: leave the full-text index and its shadow tables out of comparisons."""
    if type_ == "table":
        return not is_search_table(name)
    if type_ in ("column", "index", "unique_constraint", "foreign_key_constraint"):
        return not is_search_table(parent_names.get("table_name"))
    return True
