"""Catalogue search over the FTS5 index ``biblio_search`` (migration 0004)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Integer, column, literal_column, select, table, text
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.search_schema import SEARCH_TABLE
from libtech_desktop.domain.catalogue import Biblio

#: What a match in each column is worth, in the index's column order. A record is
#: ranked by the columns its matches are in (title first, then author...), equal
#: ranks by title. Not by bm25's score: FTS5 weights a column before saturating term
#: frequency, so a title hit beats an author hit by only ~10%, less than bm25 gives
#: a record for being short (no ISBN, fewer copies), which put "Persuasion" before
#: "Emma" for au:austen. bm25 itself tells which columns matched (see _hit_weight).
COLUMN_WEIGHTS = {
    "title": 32,
    "author": 16,
    "subjects": 8,
    "series": 8,
    "notes": 1,
    "summary": 1,
    "isbn": 4,
    "call_number": 2,
}


def _bm25(weights: Sequence[int]) -> str:
    return f"bm25({SEARCH_TABLE}, {', '.join(map(str, weights))})"


def _hit_weight() -> str:
    """Sum of the weights of the columns holding a match: bm25 with only those columns
    weighted is below zero exactly when one of them matches."""
    parts = []
    for weight in sorted(set(COLUMN_WEIGHTS.values()), reverse=True):
        only = [1 if w == weight else 0 for w in COLUMN_WEIGHTS.values()]
        parts.append(f"({_bm25(only)} < 0) * {weight}")
    return " + ".join(parts)


_index = table(SEARCH_TABLE, column("rowid"))
_MATCH = text(f"{SEARCH_TABLE} MATCH :match")
_HITS = literal_column(_hit_weight(), Integer)


class SqlSearchRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def search(self, match: str, limit: int) -> Sequence[Biblio]:
        """Records matching an FTS5 ``match`` expression (from ``parse_query``), best first."""
        query = (
            select(m.Biblio)
            .join(_index, _index.c.rowid == m.Biblio.id)
            .where(_MATCH.bindparams(match=match))
            .order_by(_HITS.desc(), m.Biblio.title, m.Biblio.id)
            .limit(limit)
        )
        return [mapping.biblio(row) for row in self._s.scalars(query)]
