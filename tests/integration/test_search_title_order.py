"""The catalogue index kept in title order (migration 0013, db/search_order.py): new and
retitled records wait unplaced (their index rows rising with their ids, as FTS5 writes
fastest) until the idle desk places them at their place in (title, id) order, spreading
out crowded stretches; searches list records in that order either way."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from alembic import command

from libtech_desktop.db.engine import alembic_config, make_engine, migrate
from libtech_desktop.db.search_order import STEP, count_unplaced, place_unplaced
from libtech_desktop.db.search_schema import UNPLACED
from libtech_desktop.domain.catalogue import BiblioDraft
from libtech_desktop.library import Library, open_library


def index_order(db_path: Path) -> list[int]:
    """The records in the order of their index rows, placed ones first."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            f"SELECT coalesce(o.biblio_id, s.rowid - ({UNPLACED})) FROM biblio_search AS s "
            "LEFT JOIN biblio_search_order AS o ON o.key = s.rowid "
            "WHERE s.rowid > 0 ORDER BY s.rowid"
        )
        return [i for (i,) in rows]


def title_order(db_path: Path) -> list[int]:
    with sqlite3.connect(db_path) as conn:
        return [i for (i,) in conn.execute("SELECT id FROM biblios ORDER BY title, id")]


def unplaced(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return count_unplaced(conn)


def integrity_problems(db_path: Path) -> list[str]:
    """FTS5's own check of the index against its rows, and every record indexed once."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("INSERT INTO biblio_search(biblio_search, rank) VALUES('integrity-check', 1)")
        problems = []
        records = conn.execute("SELECT count(*) FROM biblios").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM biblio_search").fetchone()[0]
        if records != rows:
            problems.append(f"{records} records, {rows} index rows")
        keys = conn.execute(
            "SELECT count(*) FROM biblio_search_order AS o "
            "WHERE NOT EXISTS (SELECT 1 FROM biblio_search WHERE rowid = o.key)"
        ).fetchone()[0]
        if keys:
            problems.append(f"{keys} keys without an index row")
        return problems


def titles(library: Library, text: str, limit: int = 500) -> list[str]:
    return [b.title for b in library.catalogue.search(text, limit=limit)]


def test_records_added_in_any_order_are_indexed_in_title_order(
    library: Library, db_path: Path
) -> None:
    words = ["Atlas", "Birds", "Canals", "Deserts", "Echoes", "Forests", "Glaciers", "Harbours"]
    rng = random.Random(7)
    for _ in range(60):
        library.catalogue.add_biblio(f"{rng.choice(words)} of {rng.choice(words)}", "Author, A.")

    # New: unplaced, their index rows in the order they came; listed by title anyway.
    assert unplaced(db_path) == 60
    before = titles(library, "of")
    assert before == sorted(before) and len(before) == 60

    assert library.place_search_titles(budget=100) == 60

    assert unplaced(db_path) == 0
    assert index_order(db_path) == title_order(db_path)
    assert integrity_problems(db_path) == []
    assert titles(library, "of") == before


def test_a_retitled_record_moves_to_its_new_place(library: Library, db_path: Path) -> None:
    for title in ("Apples", "Bananas", "Cherries"):
        library.catalogue.add_biblio(title, "Grower, G.")
    bananas = library.catalogue.search("bananas")[0]

    library.place_search_titles()

    library.catalogue.update_biblio(bananas.id, BiblioDraft(title="Zucchini", author="Grower, G."))

    assert unplaced(db_path) == 1  # moved out of its old place, not yet into its new one
    assert titles(library, "au:grower") == ["Apples", "Cherries", "Zucchini"]
    assert library.place_search_titles() == 1
    assert index_order(db_path) == title_order(db_path)
    library.catalogue.update_biblio(bananas.id, BiblioDraft(title="Zucchini", author="Farmer"))
    assert unplaced(db_path) == 0  # the same title keeps its place
    assert titles(library, "au:farmer") == ["Zucchini"]
    assert titles(library, "bananas") == []


def test_a_deleted_record_leaves_no_key_behind(library: Library, db_path: Path) -> None:
    for title in ("Apples", "Bananas", "Cherries", "Damsons"):
        library.catalogue.add_biblio(title, "Grower, G.")
    assert library.place_search_titles(budget=3) == 3  # Damsons stays unplaced
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM biblios WHERE title IN ('Bananas', 'Damsons')")

    assert integrity_problems(db_path) == []
    assert titles(library, "au:grower") == ["Apples", "Cherries"]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM biblio_search_order").fetchone()[0] == 2


def test_a_crowded_gap_is_spread_out_when_the_desk_places_records(
    library: Library, db_path: Path
) -> None:
    # Placed one batch at a time, each report lands right after the last one and right
    # before "Zebras": the gap is halved each time and soon has no key left; then a
    # window of placed neighbours is spread out to make room.
    library.catalogue.add_biblio("Aardvarks", "Keeper, Z.")
    library.catalogue.add_biblio("Zebras", "Keeper, Z.")
    library.place_search_titles()
    for year in range(1950, 2030):
        library.catalogue.add_biblio(f"Annual report {year}", "Keeper, Z.")
        assert library.place_search_titles(budget=1) == 1
        assert index_order(db_path) == title_order(db_path)
    everything = titles(library, "au:keeper")

    assert unplaced(db_path) == 0
    assert everything == sorted(everything) and len(everything) == 82
    assert titles(library, "annual", limit=5) == [f"Annual report {y}" for y in range(1950, 1955)]
    assert integrity_problems(db_path) == []
    assert library.place_search_titles() == 0  # nothing left: no write at all


def test_placing_takes_a_budget_at_a_time(library: Library, db_path: Path) -> None:
    library.catalogue.add_biblio("Zebras", "Keeper, Z.")
    for n in range(100):
        library.catalogue.add_biblio(f"Report {n:03d}", "Keeper, Z.")
    left = unplaced(db_path)
    assert left == 101

    assert library.place_search_titles(budget=10) == 10
    assert unplaced(db_path) == left - 10
    placed = index_order(db_path)
    assert placed == [i for i in title_order(db_path) if i in set(placed)]
    while library.place_search_titles(budget=10):
        pass
    assert index_order(db_path) == title_order(db_path)


def test_widening_reaches_the_first_and_last_records(tmp_path: Path) -> None:
    # Keys packed one apart from the very first: the window grows to take in every
    # record, starting from key 0.
    db_path = tmp_path / "packed.sqlite3"
    open_library(db_path).close()
    with sqlite3.connect(db_path) as conn:
        for n in range(50):
            conn.execute(
                "INSERT INTO biblios (title, created_at, created_by, updated_at, "
                "updated_by) VALUES (?, '2026-01-01', 't', '2026-01-01', 't')",
                (f"Title {n:02d}",),
            )
        ids = [i for (i,) in conn.execute("SELECT id FROM biblios ORDER BY title, id")]
        for position, biblio_id in enumerate(ids, start=1):
            if position % 2:  # keys 1, 2, 3...: no room between any two
                key = (position + 1) // 2
                conn.execute("INSERT INTO biblio_search_order VALUES (?, ?)", (key, biblio_id))
                conn.execute(
                    "UPDATE biblio_search SET rowid = ? WHERE rowid = ?",
                    (key, UNPLACED + biblio_id),
                )
        assert count_unplaced(conn) == 25
        assert place_unplaced(conn, 100) == 25
        conn.commit()

    assert unplaced(db_path) == 0
    assert index_order(db_path) == title_order(db_path)
    assert integrity_problems(db_path) == []


def test_copies_call_numbers_reach_placed_and_unplaced_records(
    library: Library, db_path: Path
) -> None:
    placed = library.catalogue.add_biblio("Zebras", "Keeper, Z.")
    library.place_search_titles()
    report = library.catalogue.add_biblio("Report 01", "Keeper, Z.")
    assert unplaced(db_path) == 1

    library.catalogue.add_item(placed.id, barcode="3001", call_number="599.665 KEE")
    library.catalogue.add_item(report.id, barcode="3002", call_number="REF 310 KEE")

    assert titles(library, "cn:599.665") == ["Zebras"]
    assert titles(library, "cn:REF") == ["Report 01"]
    library.place_search_titles()
    assert titles(library, "cn:REF") == ["Report 01"]
    assert integrity_problems(db_path) == []


def test_the_migration_and_the_code_agree_on_unplaced_rowids() -> None:
    import importlib

    migration = importlib.import_module(
        "libtech_desktop.db.migrations.versions.0013_search_title_order"
    )
    assert migration.UNPLACED == UNPLACED
    assert migration.STEP == STEP


def test_upgrading_from_0012_puts_every_record_in_title_order(tmp_path: Path) -> None:
    db_path = tmp_path / "old.sqlite3"
    engine = make_engine(db_path)
    migrate(engine, "0012")
    with sqlite3.connect(db_path) as conn:
        for title in ("Middlemarch", "Emma", "Beloved", "Emma"):
            conn.execute(
                "INSERT INTO biblios (title, created_at, created_by, updated_at, "
                "updated_by) VALUES (?, '2026-01-01', 't', '2026-01-01', 't')",
                (title,),
            )
        assert [r for (r,) in conn.execute("SELECT rowid FROM biblio_search ORDER BY 1")] == [
            1,
            2,
            3,
            4,
        ]
    migrate(engine)

    assert index_order(db_path) == title_order(db_path) == [3, 2, 4, 1]
    assert integrity_problems(db_path) == []
    with sqlite3.connect(db_path) as conn:
        keys = [k for (k,) in conn.execute("SELECT key FROM biblio_search_order ORDER BY key")]
    assert keys == [n << 32 for n in (1, 2, 3, 4)]

    command.downgrade(alembic_config(engine), "0012")
    with sqlite3.connect(db_path) as conn:
        assert [r for (r,) in conn.execute("SELECT rowid FROM biblio_search ORDER BY 1")] == [
            1,
            2,
            3,
            4,
        ]
    engine.dispose()
