"""The catalogue index's title order: placing the records the triggers could not.

Migration 0013 made the full-text index's rowid a key that orders as ``(title, id)``,
kept in ``biblio_search_order``. Its triggers leave a new or retitled record
*unplaced*, at ``UNPLACED + id``: rising rowids, which FTS5 writes without a flush per
row, so an import runs as fast as before. Searches stay right (they merge the unplaced
matches in, see ``db/repositories/search.py``) but slower the more there are, so the
desk places them while it is idle (``Library.place_search_titles``), a small batch per
transaction:

* a run of unplaced records that fall into the same gap shares it evenly;
* a gap too narrow for its run is widened by spreading the keys of a window of placed
  neighbours (8 each side, four times as many each try) evenly over the keys around
  the window, until every key of it is at least ``MIN_SPACING`` from the next.

Moving records rewrites their index rows: the rows are read, deleted in rising rowid
order, then written at their new keys in rising order, so FTS5 flushes once per batch,
not once per row. Everything here runs on the caller's connection and transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from libtech_desktop.db.driver import DriverConnection, driver_of
from libtech_desktop.db.search_schema import SEARCH_ORDER_TABLE, SEARCH_TABLE, UNPLACED
from libtech_desktop.db.uow import storage_error

#: The spacing of keys when the index is built (migration 0013, the bulk loader).
STEP = 1 << 32
#: A widened window leaves at least this between keys: 20 more records fit in each gap.
MIN_SPACING = 1 << 20
#: Records placed per call (one transaction) when the caller gives no budget: a scan
#: arriving meanwhile waits for one batch at most (tens of milliseconds).
BUDGET = 50
#: The index's columns (migration 0004).
_COLUMNS = "title, author, subjects, series, notes, summary, isbn, call_number"

_UNPLACED = (
    f"SELECT b.id, b.title FROM {SEARCH_TABLE} AS s JOIN biblios AS b "
    f"ON b.id = s.rowid - ({UNPLACED}) WHERE s.rowid < 0 ORDER BY s.rowid LIMIT ?"
)
_COUNT_UNPLACED = f"SELECT count(*) FROM {SEARCH_TABLE} WHERE rowid < 0"
_ANY_UNPLACED = f"SELECT 1 FROM {SEARCH_TABLE} WHERE rowid < 0 LIMIT 1"
#: Placed records before / after (title, id), nearest first: (key, id).
_BEFORE = (
    f"SELECT o.key, b.id FROM biblios AS b JOIN {SEARCH_ORDER_TABLE} AS o ON o.biblio_id = b.id "
    "WHERE (b.title, b.id) < (?, ?) ORDER BY b.title DESC, b.id DESC LIMIT ?"
)
_AFTER = (
    f"SELECT o.key, b.id FROM biblios AS b JOIN {SEARCH_ORDER_TABLE} AS o ON o.biblio_id = b.id "
    "WHERE (b.title, b.id) > (?, ?) ORDER BY b.title, b.id LIMIT ?"
)


#: Whether a placed record lies strictly between two (title, id) positions.
_BETWEEN = (
    f"SELECT 1 FROM biblios AS b JOIN {SEARCH_ORDER_TABLE} AS o ON o.biblio_id = b.id "
    "WHERE (b.title, b.id) > (?, ?) AND (b.title, b.id) < (?, ?) LIMIT 1"
)


@dataclass(frozen=True)
class _Record:
    id: int
    title: str


def count_unplaced(db: DriverConnection) -> int:
    return int(db.execute(_COUNT_UNPLACED).fetchone()[0])


def place_unplaced(db: DriverConnection, budget: int = BUDGET) -> int:
    """Place up to ``budget`` unplaced records (the oldest first); how many were placed."""
    records = sorted(
        (_Record(i, title) for i, title in db.execute(_UNPLACED, (budget,))),
        key=lambda r: (r.title, r.id),
    )
    # Runs that fit their gaps touch no other record: their moves wait and are written
    # together. Widening moves placed records, so what waits is written first and the
    # widening at once, before the next run looks at its neighbours.
    waiting: list[tuple[int, int | None, int]] = []
    for run in _runs(db, records):
        fitted = _fit(db, run)
        if fitted is None:
            _move(db, waiting)
            waiting = []
            _move(db, _widen(db, run))
        else:
            waiting += fitted
    _move(db, waiting)
    return len(records)


def _runs(db: DriverConnection, records: Sequence[_Record]) -> list[list[_Record]]:
    """``records`` (sorted) grouped by gap: no placed record lies between two records of
    one group (each check walks only the records between the two)."""
    runs: list[list[_Record]] = []
    previous: _Record | None = None
    for record in records:
        if previous is not None and not _placed_between(db, previous, record):
            runs[-1].append(record)
        else:
            runs.append([record])
        previous = record
    return runs


def _placed_between(db: DriverConnection, first: _Record, last: _Record) -> bool:
    row = db.execute(_BETWEEN, (first.title, first.id, last.title, last.id)).fetchone()
    return row is not None


def _neighbours(db: DriverConnection, sql: str, record: _Record, n: int) -> list[tuple[int, int]]:
    return [(int(k), int(i)) for k, i in db.execute(sql, (record.title, record.id, n))]


def _fit(db: DriverConnection, run: list[_Record]) -> list[tuple[int, int | None, int]] | None:
    """``run`` spread evenly over the gap between its placed neighbours ((id, None, new
    key) each), or None when the gap has too few keys."""
    before = _neighbours(db, _BEFORE, run[0], 1)
    after = _neighbours(db, _AFTER, run[-1], 1)
    low = before[0][0] if before else 0
    high = after[0][0] if after else low + (len(run) + 1) * STEP
    spacing = (high - low) // (len(run) + 1)
    return _spread([(r.id, None) for r in run], low, spacing) if spacing >= 1 else None


def _widen(db: DriverConnection, run: list[_Record]) -> list[tuple[int, int | None, int]]:
    """``run`` and a window of placed records around it spread over the keys around the
    window, the window growing until the keys are ``MIN_SPACING`` apart (or it holds
    every record there is)."""
    n = 8
    while True:
        before = _neighbours(db, _BEFORE, run[0], n + 1)
        after = _neighbours(db, _AFTER, run[-1], n + 1)
        inner_before, inner_after = before[:n], after[:n]
        low = before[n][0] if len(before) > n else 0
        members = [
            *((i, key) for key, i in reversed(inner_before)),
            *((r.id, None) for r in run),
            *((i, key) for key, i in inner_after),
        ]
        if len(after) > n:
            high = after[n][0]
        else:
            last = max((key for _, key in members if key is not None), default=low)
            high = last + (len(members) + 1) * STEP
        spacing = (high - low) // (len(members) + 1)
        everything = len(before) <= n and len(after) <= n
        if spacing >= MIN_SPACING or (everything and spacing >= 1):
            return _spread(members, low, spacing)
        n *= 4


def _spread(
    members: list[tuple[int, int | None]], low: int, spacing: int
) -> list[tuple[int, int | None, int]]:
    return [
        (biblio_id, key, low + position * spacing)
        for position, (biblio_id, key) in enumerate(members, start=1)
    ]


def _move(db: DriverConnection, moves: list[tuple[int, int | None, int]]) -> None:
    """Rewrite the index rows of ``moves`` ((id, current key or None, new key)): all
    read, then deleted in rising rowid order, then written at the new keys in rising
    order (no key is taken twice: every old key of a window is gone before any new one
    is written)."""
    old = {i: (key if key is not None else UNPLACED + i) for i, key, _ in moves}
    rows = {
        i: db.execute(f"SELECT {_COLUMNS} FROM {SEARCH_TABLE} WHERE rowid = ?", (rowid,)).fetchone()
        for i, rowid in old.items()
    }
    for i, rowid in sorted(old.items(), key=lambda pair: pair[1]):
        db.execute(f"DELETE FROM {SEARCH_TABLE} WHERE rowid = ?", (rowid,))
        db.execute(f"DELETE FROM {SEARCH_ORDER_TABLE} WHERE biblio_id = ?", (i,))
    for i, _, key in sorted(moves, key=lambda move: move[2]):
        db.execute(
            f"INSERT INTO {SEARCH_TABLE} (rowid, {_COLUMNS}) VALUES (?, {', '.join('?' * 8)})",
            (key, *rows[i]),
        )
        db.execute(f"INSERT INTO {SEARCH_ORDER_TABLE} (key, biblio_id) VALUES (?, ?)", (key, i))


def place_pending(engine: Engine, budget: int = BUDGET) -> int:
    """Place up to ``budget`` unplaced records in one transaction on ``engine``; how many
    were placed. Takes no write lock when there are none. SQLite refusing the write
    (another program writing, a read-only file, a full disk) is the clear storage error
    (``db/uow.storage_error``), and nothing is changed."""
    try:
        with engine.connect() as conn:
            if conn.exec_driver_sql(_ANY_UNPLACED).first() is None:
                return 0
        with engine.begin() as conn:
            return place_unplaced(driver_of(conn), budget)
    except DBAPIError as exc:
        if (clear := storage_error(exc)) is not None:
            raise clear from exc
        raise
