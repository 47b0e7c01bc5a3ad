"""``libtech demo --loans N``: a large library written in bulk (at small counts here)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.cli import clock_from_env
from libtech_desktop.db import bulk_demo
from libtech_desktop.db.bulk_demo import partial_path
from libtech_desktop.db.search_order import count_unplaced, place_unplaced
from libtech_desktop.db.search_schema import UNPLACED
from libtech_desktop.domain.barcodes import is_valid_luhn
from libtech_desktop.library import open_library
from tests.integration.conftest import assert_one_error_line

PATRONS, ITEMS, LOANS = 300, 1200, 6000


@pytest.fixture
def bulk(cli: Any, tmp_path: Path) -> Path:
    assert cli("init").code == 0
    result = cli("demo", "--patrons", str(PATRONS), "--items", str(ITEMS), "--loans", str(LOANS))
    assert result.code == 0, result.err
    assert f"{ITEMS:,} items" in result.out
    assert f"{LOANS:,} loans" in result.out
    return tmp_path / "library.sqlite3"


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_library_has_what_was_asked_and_passes_sqlites_checks(bulk: Path) -> None:
    assert _rows(bulk, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(bulk, "PRAGMA foreign_key_check") == []
    counts = _rows(
        bulk,
        "SELECT (SELECT count(*) FROM patrons), (SELECT count(*) FROM items), "
        "(SELECT count(*) FROM loans)",
    )
    assert counts == [(PATRONS, ITEMS, LOANS)]
    assert not partial_path(bulk).exists()
    # Barcodes are 14 digits with their Luhn check digit; cards too.
    codes = [
        c for (c,) in _rows(bulk, "SELECT barcode FROM items UNION ALL SELECT barcode FROM patrons")
    ]
    assert all(len(c) == 14 and is_valid_luhn(c) for c in codes)


def test_nearly_all_loans_are_history_and_an_open_loans_item_is_on_loan(bulk: Path) -> None:
    (open_loans,) = _rows(bulk, "SELECT count(*) FROM loans WHERE returned_at IS NULL")[0]
    assert 0.01 * LOANS <= open_loans <= 0.03 * LOANS
    mismatched = _rows(
        bulk,
        "SELECT count(*) FROM items AS i WHERE (i.status = 'on_loan') != EXISTS "
        "(SELECT 1 FROM loans AS l WHERE l.item_id = i.id AND l.returned_at IS NULL)",
    )
    assert mismatched == [(0,)]
    # A copy's loans never overlap: each went back before the next went out.
    overlapping = _rows(
        bulk,
        "SELECT count(*) FROM loans AS a JOIN loans AS b ON a.item_id = b.item_id "
        "AND b.checked_out_at > a.checked_out_at "
        "AND (a.returned_at IS NULL OR b.checked_out_at < a.returned_at)",
    )
    assert overlapping == [(0,)]
    (first,) = _rows(bulk, "SELECT min(checked_out_at) FROM loans")[0]
    assert first < "2017-01-01"  # ten years of history before 2 March 2026


def test_the_search_index_is_what_the_desks_triggers_would_leave(
    bulk: Path, tmp_path: Path
) -> None:
    """The same records and copies put in one by one through the triggers give the
    very same index rows."""
    twin = tmp_path / "twin.sqlite3"
    open_library(twin).close()
    conn = sqlite3.connect(twin)
    conn.execute("ATTACH ? AS bulk", (str(bulk),))
    conn.execute("DELETE FROM items")
    conn.execute("INSERT INTO biblios SELECT * FROM bulk.biblios ORDER BY id")
    conn.execute("INSERT INTO items SELECT * FROM bulk.items ORDER BY id")
    place_unplaced(conn, budget=10_000)  # as the idle desk does
    conn.commit()
    # By record: the keys themselves differ (the bulk load spaces them evenly, the
    # triggers halve gaps), their order does not.
    rows = (
        f"SELECT coalesce(o.biblio_id, s.rowid - ({UNPLACED})), s.* FROM {{0}}.biblio_search AS s "
        "LEFT JOIN {0}.biblio_search_order AS o ON o.key = s.rowid ORDER BY {1}"
    )
    mine = conn.execute(rows.format("bulk", 1)).fetchall()
    theirs = conn.execute(rows.format("main", 1)).fetchall()
    mine_order = [r[0] for r in conn.execute(rows.format("bulk", "s.rowid"))]
    theirs_order = [r[0] for r in conn.execute(rows.format("main", "s.rowid"))]
    assert count_unplaced(conn) == 0
    conn.close()
    assert len(mine) == len(theirs) > 0
    assert mine == theirs
    assert mine_order == theirs_order
    assert (
        _rows(bulk, "INSERT INTO biblio_search(biblio_search, rank) VALUES('integrity-check', 1)")
        == []
    )


def test_the_desk_finds_a_generated_title_checks_in_and_lends(bulk: Path, cli: Any) -> None:
    (title,) = _rows(bulk, "SELECT title FROM biblios ORDER BY id DESC LIMIT 1")[0]
    (out,) = _rows(
        bulk,
        "SELECT i.barcode FROM loans AS l JOIN items AS i ON i.id = l.item_id "
        "WHERE l.returned_at IS NULL LIMIT 1",
    )[0]
    (patron,) = _rows(
        bulk,
        "SELECT p.barcode FROM patrons AS p JOIN patron_categories AS c "
        "ON c.id = p.category_id WHERE c.code = 'adult' AND p.blocked_reason IS NULL "
        "AND p.expires_on > '2026-03-02' "
        "AND NOT EXISTS (SELECT 1 FROM fines AS f WHERE f.patron_id = p.id) LIMIT 1",
    )[0]
    (shelf,) = _rows(
        bulk,
        "SELECT i.barcode FROM items AS i WHERE i.status = 'available' AND NOT EXISTS "
        "(SELECT 1 FROM holds AS h WHERE h.biblio_id = i.biblio_id) LIMIT 1",
    )[0]
    with open_library(bulk, clock=clock_from_env()) as lib:
        assert title in [b.title for b in lib.catalogue.search(title)]
        assert lib.catalogue.search("Mockingbird")[0].title == "To Kill a Mockingbird"
    back = cli("checkin", out)
    assert back.code == 0, back.err
    assert _rows(bulk, f"SELECT status FROM items WHERE barcode = '{out}'")[0][0] != "on_loan"
    lent = cli("checkout", patron, shelf)
    assert lent.code == 0, lent.err
    assert _rows(bulk, f"SELECT status FROM items WHERE barcode = '{shelf}'") == [("on_loan",)]


def test_a_library_with_items_is_refused_and_left_as_it_was(cli: Any, tmp_path: Path) -> None:
    assert cli("init").code == 0
    assert cli("demo", "--patrons", "5", "--items", "10").code == 0
    path = tmp_path / "library.sqlite3"
    before = _rows(path, "SELECT count(*), (SELECT count(*) FROM loans) FROM items")
    refused = cli("demo", "--patrons", "5", "--items", "10", "--loans", "20")
    assert_one_error_line(refused, "already has", "new --db")
    assert _rows(path, "SELECT count(*), (SELECT count(*) FROM loans) FROM items") == before
    assert not partial_path(path).exists()


def test_an_interruption_leaves_the_empty_library_and_no_partial_file(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("init").code == 0

    def interrupted(self: Any, *args: Any) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(bulk_demo._Builder, "_fill_search_index", interrupted)
    result = cli("demo", "--patrons", "50", "--items", "100", "--loans", "300")
    assert result.code == 130
    path = tmp_path / "library.sqlite3"
    assert _rows(path, "SELECT count(*) FROM items") == [(0,)]
    assert _rows(path, "SELECT count(*) FROM loans") == [(0,)]
    assert not partial_path(path).exists()
    # And the library still takes the demo afterwards.
    monkeypatch.undo()
    assert cli("demo", "--patrons", "50", "--items", "100", "--loans", "300").code == 0


def test_every_records_marc_is_what_the_catalogue_stores_for_it(bulk: Path) -> None:
    """The fast MARC writer gives, byte for byte, what the record editor's path gives."""
    from datetime import date

    from libtech_desktop.db.bulk_demo import _Marc
    from libtech_desktop.domain.catalogue import BiblioDraft

    slow = _Marc(date(2026, 3, 2))
    rows = _rows(
        bulk,
        "SELECT b.title, b.author, b.isbn, b.year, b.publisher, b.classification, "
        "b.subjects, b.marc, (SELECT i.call_number FROM items AS i WHERE i.biblio_id = b.id "
        "ORDER BY i.id LIMIT 1) FROM biblios AS b",
    )
    assert len(rows) > 500
    for title, author, isbn, year, publisher, cls, subjects, marc, number in rows:
        draft = BiblioDraft(title, author, isbn, year, publisher)
        heads = tuple(subjects.split("\n")) if subjects else ()
        assert slow.slow(draft, cls or "", number or "", heads) == marc, title
