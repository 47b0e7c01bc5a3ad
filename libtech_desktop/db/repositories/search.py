"""Catalogue search over the FTS5 index ``biblio_search`` (migration 0004).

Ranking: a record is ranked by the columns its matches are in (title first, then
author...), equal ranks by title, then id. Not by bm25's score: FTS5 weights a column
before saturating term frequency, so a title hit beats an author hit by only ~10%,
less than bm25 gives a record for being short (no ISBN, fewer copies), which put
"Persuasion" before "Emma" for au:austen.

"Its matches are in column c" is "it matches ``{c} : (t1 OR t2...)``" over the terms
searched for (``SearchQuery.ranked``), so the ranking is FTS5 set algebra, never a
per-row function: a few thousand matches are ranked at once (which columns, then
their titles); a larger set is split by the best rank group first (in the title /
not in the title), each part the same way, so the work stops once ``limit`` records
are found. A large part with nothing left to split by is sorted by title, or when
very large read in title order from the biblios title index (see ``_by_title``).
No bm25 call per matching row; the remaining cost of a common three-letter prefix
is listing and ordering that last part.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from libtech_desktop.db import mapping
from libtech_desktop.db import models as m
from libtech_desktop.db.search_schema import SEARCH_TABLE
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.search_query import RankTerm, SearchQuery

#: The column groups a record is ranked by, best first: a match in the title beats
#: any number of matches elsewhere, then the author, and so on.
RANK_GROUPS: tuple[tuple[str, ...], ...] = (
    ("title",),
    ("author",),
    ("subjects", "series"),
    ("isbn",),
    ("call_number",),
    ("notes", "summary"),
)

#: Matches up to this many are ranked in one go (one FTS5 query per rank group, then
#: their titles); more are split by rank group first.
RANK_AT_ONCE = 1000

_ROWIDS = text(f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match")
#: How many records match, counting no further than ``n``.
_COUNT_UP_TO = text(
    f"SELECT count(*) FROM (SELECT 1 FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match "
    "LIMIT :n)"
)
#: ``biblios`` in title order (the title index holds (title, id): id order within a
#: title), keeping the matching records; SQLite stops at the limit.
#: The same by sorting the matching records' titles: cheaper when they are few.
_SORTED_BY_TITLE = text(
    "SELECT id FROM biblios "
    f"WHERE id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match) "
    "ORDER BY title, id LIMIT :n"
)
_IN_TITLE_ORDER = text(
    "SELECT id FROM biblios INDEXED BY ix_biblios_title "
    f"WHERE id IN (SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :match) "
    "ORDER BY title, id LIMIT :n"
)


def _group_match(columns: tuple[str, ...], terms: Sequence[RankTerm]) -> str | None:
    """Matches records holding one of ``terms`` in ``columns``; None when none can."""
    parts = []
    for term in terms:
        if term.column is None:
            parts.append(f"{{{' '.join(columns)}}} : {term.expr}")
        elif term.column in columns:
            parts.append(f"{{{term.column}}} : {term.expr}")
    return "(" + " OR ".join(parts) + ")" if parts else None


@dataclass(frozen=True)
class _Part:
    """The records matching ``match`` and in every ``inside`` group, in no ``outside`` one."""

    match: str
    inside: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()

    def expression(self) -> str:
        expr = f"({self.match})" + "".join(f" AND {group}" for group in self.inside)
        if self.outside:
            expr += f" NOT ({' OR '.join(self.outside)})"
        return expr

    def split(self, group: str) -> tuple[_Part, _Part]:
        return (
            _Part(self.match, (*self.inside, group), self.outside),
            _Part(self.match, self.inside, (*self.outside, group)),
        )


class SqlSearchRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def search(self, query: SearchQuery, limit: int) -> Sequence[Biblio]:
        """Records matching ``query`` (from ``parse_query``), best first, at most ``limit``."""
        if limit <= 0:
            return []
        whole = _Part(query.match)
        groups = [  # those no match has in its columns cannot tell records apart
            g
            for columns in RANK_GROUPS
            if (g := _group_match(columns, query.ranked)) is not None
            and self._count(whole.split(g)[0].expression(), 1)
        ]
        ids = self._ranked(whole, groups, limit)
        if not ids:
            return []
        rows = {b.id: b for b in self._s.scalars(select(m.Biblio).where(m.Biblio.id.in_(ids)))}
        return [mapping.biblio(rows[i]) for i in ids if i in rows]

    def _rowids(self, match: str) -> list[int]:
        return list(self._s.scalars(_ROWIDS, {"match": match}))

    def _count(self, match: str, up_to: int) -> int:
        return int(self._s.scalar(_COUNT_UP_TO, {"match": match, "n": up_to}) or 0)

    def _ranked(self, part: _Part, groups: Sequence[str], limit: int) -> list[int]:
        """The first ``limit`` ids of ``part``, ranked by ``groups`` (best first), then title."""
        count = self._count(part.expression(), RANK_AT_ONCE + 1)
        if count <= RANK_AT_ONCE:
            return self._rank_at_once(part, groups)[:limit]
        if not groups:
            return self._by_title(part.expression(), limit)
        inside, outside = part.split(groups[0])
        found = self._ranked(inside, groups[1:], limit)
        if len(found) < limit:
            found += self._ranked(outside, groups[1:], limit - len(found))
        return found

    def _by_title(self, match: str, limit: int) -> list[int]:
        """Sorting s titles costs about s row reads; walking the title index about
        limit * records / s index entries (plus s to list the matches): sort below
        sqrt(limit * records)."""
        records = int(self._s.scalar(text("SELECT max(id) FROM biblios")) or 0)
        crossover = math.isqrt(limit * records)
        many = self._count(match, crossover + 1) > crossover
        found = self._s.scalars(
            _IN_TITLE_ORDER if many else _SORTED_BY_TITLE, {"match": match, "n": limit}
        )
        return list(found)

    def _rank_at_once(self, part: _Part, groups: Sequence[str]) -> list[int]:
        ids = self._rowids(part.expression())
        if not ids:
            return []
        rank = dict.fromkeys(ids, 0)
        for position, group in enumerate(groups):
            inside, _ = part.split(group)
            for rowid in self._rowids(inside.expression()):
                rank[rowid] |= 1 << (len(groups) - position)
        titles: dict[int, str] = {
            i: title
            for i, title in self._s.execute(
                select(m.Biblio.id, m.Biblio.title).where(m.Biblio.id.in_(ids))
            )
        }
        # Python orders str by code point, as SQLite's BINARY collation orders UTF-8.
        return sorted(titles, key=lambda i: (-rank[i], titles[i], i))
