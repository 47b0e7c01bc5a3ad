"""Catalogue search over the FTS5 index ``biblio_search`` (migrations 0004, 0013).

Ranking: a record is ranked by the best group of columns a match of it is in (the
title; then the author, a subject or the series; then anything else), equal ranks by
title, then id. Not by bm25's score: FTS5 weights a column
before saturating term frequency, so a title hit beats an author hit by only ~10%,
less than bm25 gives a record for being short (no ISBN, fewer copies), which put
"Persuasion" before "Emma" for au:austen.

"A match is in group g" is "it matches ``{g's columns} : (t1 OR t2...)``" over the
terms searched for (``SearchQuery.ranked``), so the ranking is FTS5 set algebra, never a
per-row function: the matches in the title are read first; if fewer than ``limit``, the
rest are split the same way by the next group, and so on. Each part is read only when
the ones before it came short, so a common word found in titles is never asked about
anywhere else. (A title match also in a heading used to come before other title
matches: telling them apart meant intersecting two long lists, up to 4 ms for a short
prefix on a million records.)

Within a part, title order costs nothing: the index's rowid is each record's key in
(title, id) order (migration 0013), and FTS5 lists matches in rowid order and stops at
the ``LIMIT``, so the first 500 of 450,000 matches take half a millisecond. A record
not placed yet (new or retitled since the desk was last idle: its rowid is below zero,
see ``db/search_order.py``) is listed with the other unplaced matches of the part and
merged in by its title.

Cheap ways out, none changing a result: a rank group whose columns hold no token at
all (subjects... before a MARC import) is never asked about; for one term searched
for, the groups imply the match, which is left out of a part's expression. The
statements go straight to the session's DB-API connection and records are built from
rows, not ORM objects: SQLAlchemy's per-statement and per-object costs were most of the
time.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from libtech_desktop.db.driver import DriverConnection, driver_of
from libtech_desktop.db.search_schema import SEARCH_ORDER_TABLE, SEARCH_TABLE, UNPLACED
from libtech_desktop.db.search_words import spell_out
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.search_query import RankTerm, SearchQuery

#: The column groups a record is ranked by, best first: a match in the title beats
#: any number of matches elsewhere; then a match in an access point (the author, a
#: subject heading, the series); a match only in the notes, summary, ISBN or call
#: number comes after those. Each group adds a part a search can be split into, and
#: names every term once more in the later parts' expressions (benchmarks/search_bench.py:
#: with six groups a three-letter prefix took 300 ms on a million records, before the
#: index was kept in title order).
RANK_GROUPS: tuple[tuple[str, ...], ...] = (
    ("title",),
    ("author", "subjects", "series"),
)

#: The statements below run on the session's DB-API connection (same transaction).
#: Every match in rowid order: first the unplaced ones (rowid below zero, few or none
#: once the desk has placed them), then the placed ones in title order (their keys). Read
#: only as far as needed: one walk of the index, which is also the whole cost of finding
#: that nothing matches (a common subject word in no title: 7 ms on a million records).
_MATCHES = f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? ORDER BY rowid"
#: keys (a JSON array) -> (key, biblio id).
_KEY_IDS = (
    f"SELECT key, biblio_id FROM {SEARCH_ORDER_TABLE} WHERE key IN (SELECT value FROM json_each(?))"
)
#: FTS5's "averages" record: the number of rows, then each column's token count
#: (SQLite varints), kept up to date on every write. A column without a token
#: matches nothing, which FTS5 itself finds only by reading the whole doclist.
_TOTALS = f"SELECT block FROM {SEARCH_TABLE}_data WHERE id = 1"
#: The index's columns in order (migration 0004).
_COLUMNS = ("title", "author", "subjects", "series", "notes", "summary", "isbn", "call_number")
#: ids (a JSON array) -> the columns of ``Biblio``, in its field order.
_RECORDS = (
    "SELECT id, title, author, isbn, year, publisher FROM biblios "
    "WHERE id IN (SELECT value FROM json_each(?))"
)

_NEWEST = (
    "SELECT id, title, author, isbn, year, publisher FROM biblios ORDER BY id DESC LIMIT ? OFFSET ?"
)


def _biblio(row: tuple[Any, ...]) -> Biblio:
    i, title, author, isbn, year, publisher = row
    return Biblio(id=i, title=title, author=author, isbn=isbn, year=year, publisher=publisher)


def _group_match(columns: tuple[str, ...], terms: Sequence[RankTerm]) -> str | None:
    """Matches records holding one of ``terms`` in ``columns``; None when none can."""
    parts = []
    for term in terms:
        if term.column is None:
            parts.append(f"{{{' '.join(columns)}}} : {term.expr}")
        elif term.column in columns:
            parts.append(f"{{{term.column}}} : {term.expr}")
    return "(" + " OR ".join(parts) + ")" if parts else None


def _varints(data: bytes) -> list[int]:
    """SQLite varints: big-endian 7-bit groups, high bit set on all but the last; a
    ninth byte, when reached, gives all 8 bits."""
    values, value, length = [], 0, 0
    for byte in data:
        length += 1
        if length == 9:
            values.append((value << 8) | byte)
            value, length = 0, 0
        elif byte & 0x80:
            value = (value << 7) | (byte & 0x7F)
        else:
            values.append((value << 7) | byte)
            value, length = 0, 0
    return values


@dataclass(frozen=True)
class _Part:
    """The records matching ``match`` and in every ``inside`` group, in no ``outside`` one.

    ``implied``: every group implies ``match`` (one term searched for, as typed), so
    with a group inside, ``match`` is left out: FTS5 reads a term's list once for each
    time the expression names it."""

    match: str
    inside: tuple[str, ...] = ()
    outside: tuple[str, ...] = ()
    implied: bool = False

    def expression(self) -> str:
        if self.implied and self.inside:
            expr = " AND ".join(self.inside)
        else:
            expr = f"({self.match})" + "".join(f" AND {group}" for group in self.inside)
        if self.outside:
            expr += f" NOT ({' OR '.join(self.outside)})"
        return expr

    def split(self, group: str) -> tuple[_Part, _Part]:
        return (
            _Part(self.match, (*self.inside, group), self.outside, self.implied),
            _Part(self.match, self.inside, (*self.outside, group), self.implied),
        )


def _groups_imply_match(query: SearchQuery) -> bool:
    """Whether a record matching a rank group of ``query`` (``_group_match``) matches
    ``query``: when it searches for one term, in all columns or in one."""
    if len(query.ranked) != 1:
        return False
    term = query.ranked[0]
    alone = term.expr if term.column is None else f"{{{term.column}}} : {term.expr}"
    return query.match == alone


class SqlSearchRepository:
    def __init__(self, session: Session) -> None:
        self._s = session

    def search(self, query: SearchQuery, limit: int, offset: int = 0) -> Sequence[Biblio]:
        """Records matching ``query`` (from ``parse_query``), best first, at most ``limit``
        of them after the first ``offset`` (which are ranked too, but not read)."""
        if limit <= 0:
            return []
        self._db = self._driver()
        self._rows: dict[int, tuple[Any, ...]] = {}
        query = spell_out(self._db, query)
        whole = _Part(query.match, implied=_groups_imply_match(query))
        ids = self._ranked(whole, self._groups(query), offset + limit)[offset:]
        if not ids:
            return []
        rows = self._records(ids)
        return [_biblio(rows[i]) for i in ids if i in rows]

    def _groups(self, query: SearchQuery) -> list[str]:
        """The rank groups' expressions, leaving out those no match can be in: no term
        searched for names their columns, or they hold no token at all."""
        empty = self._empty_columns()
        return [
            g
            for columns in RANK_GROUPS
            if not empty.issuperset(columns)
            and (g := _group_match(columns, query.ranked)) is not None
        ]

    def newest(self, limit: int, offset: int = 0) -> Sequence[Biblio]:
        """The records newest first (a blank search), ``limit`` of them after ``offset``:
        read straight from the table (skipping ``offset`` ids is cheap next to reading rows)."""
        rows = self._driver().execute(_NEWEST, (limit, offset))
        return [_biblio(row) for row in rows]

    def _driver(self) -> DriverConnection:
        if self._s.autoflush:  # as an ORM query would: read what the session holds
            self._s.flush()
        return driver_of(self._s.connection())

    def _records(self, ids: list[int]) -> dict[int, tuple[Any, ...]]:
        """The rows of ``_RECORDS`` for ``ids``, by id (read once per search: ranking
        reads them for their titles)."""
        missing = [i for i in ids if i not in self._rows]
        if missing:
            for row in self._db.execute(_RECORDS, (json.dumps(missing),)):
                self._rows[row[0]] = row
        return {i: self._rows[i] for i in ids if i in self._rows}

    def _empty_columns(self) -> set[str]:
        """The index's columns without a single token (none when that is unknown)."""
        row = self._db.execute(_TOTALS).fetchone()
        totals = _varints(bytes(row[0])) if row and row[0] is not None else []
        if len(totals) != 1 + len(_COLUMNS):
            return set()
        return {column for column, n in zip(_COLUMNS, totals[1:], strict=True) if n == 0}

    def _ranked(self, part: _Part, groups: Sequence[str], limit: int) -> list[int]:
        """The first ``limit`` ids of ``part``, ranked by ``groups`` (best first), then title."""
        if not groups:
            return self._in_title_order(part.expression(), limit)
        inside, outside = part.split(groups[0])
        found = self._in_title_order(inside.expression(), limit)
        if len(found) < limit:
            # None of the part in the group: the rest is all of it, and leaving the
            # group's NOT out spares FTS5 walking the group's matches again.
            rest = outside if found else part
            found += self._ranked(rest, groups[1:], limit - len(found))
        return found

    def _in_title_order(self, match: str, limit: int) -> list[int]:
        """The ids of the first ``limit`` records matching ``match``, in (title, id) order."""
        unplaced: list[int] = []
        keys: list[int] = []
        cursor = self._db.execute(_MATCHES, (match,))
        try:
            for (rowid,) in cursor:
                if rowid < 0:
                    unplaced.append(rowid - UNPLACED)
                else:
                    keys.append(rowid)
                    if len(keys) == limit:
                        break
        finally:
            cursor.close()  # the rest of the matches are never read
        ids: list[int] = []
        if keys:
            by_key = dict(self._db.execute(_KEY_IDS, (json.dumps(keys),)).fetchall())
            ids = [by_key[key] for key in keys if key in by_key]
        if not unplaced:
            return ids
        rows = self._records(ids + unplaced)
        # Python orders str by code point, as SQLite's BINARY collation orders UTF-8.
        return sorted(rows, key=lambda i: (rows[i][1], i))[:limit]
