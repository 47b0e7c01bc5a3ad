"""Catalogue search over the FTS5 index (migration 0004): what a technician types finds
what they mean, the index follows every change, and bad syntax is a message."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from libtech_desktop.cli import main
from libtech_desktop.db.engine import make_engine, migrate
from libtech_desktop.db.search_schema import UNPLACED
from libtech_desktop.domain.catalogue import Biblio, BiblioDraft, ItemDraft
from libtech_desktop.domain.search_query import MAX_NESTING, SearchSyntaxError
from libtech_desktop.library import Library, open_library

#: (title, author, isbn, [(barcode, call number)])
SHELF = [
    ("Cien años de soledad", "García Márquez, Gabriel", "9780060883287", [("3001", "863 GAR")]),
    ("The Hobbit", "Tolkien, J. R. R.", "9780261103344", [("3002", "823.912 TOL")]),
    ("Dune", "Herbert, Frank", None, [("3003", "813.54 HER"), ("3004", "SF HER")]),
    ("Herbert West: Reanimator", "Lovecraft, H. P.", None, []),
    ("Emma", "Austen, Jane", "0-14-143958-0", [("3005", "823.7 AUS")]),
]


@pytest.fixture
def shelf(library: Library) -> dict[str, Biblio]:
    made = {}
    for title, author, isbn, items in SHELF:
        biblio = library.catalogue.add_biblio(title=title, author=author, isbn=isbn)
        for barcode, call_number in items:
            library.catalogue.add_item(biblio.id, barcode=barcode, call_number=call_number)
        made[title] = biblio
    return made


def titles(library: Library, text: str) -> list[str]:
    return [b.title for b in library.catalogue.search(text)]


@pytest.mark.usefixtures("shelf")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Garcia Marquez", ["Cien años de soledad"]),  # accents aside
        ("cien anos", ["Cien años de soledad"]),
        ("GARCÍA", ["Cien años de soledad"]),  # case aside, and accents typed
        ("hobb", ["The Hobbit"]),  # a prefix
        ("ti:dune", ["Dune"]),
        ("au:tolkien", ["The Hobbit"]),
        ("au:hobbit", []),  # a title word is not an author
        ("ti:herbert", ["Herbert West: Reanimator"]),
        ("isbn:9780261103344", ["The Hobbit"]),
        ("isbn:978-0-261-10334-4", ["The Hobbit"]),
        ("0261103342", ["The Hobbit"]),  # its ISBN-10 finds the ISBN-13 record
        ("0-14-143958-0", ["Emma"]),  # entered as ISBN-10, stored as ISBN-13
        ("cn:823.912", ["The Hobbit"]),
        ("cn:823", ["Emma", "The Hobbit"]),
        ('"SF HER"', ["Dune"]),  # either copy's call number
        ("herbert -dune", ["Herbert West: Reanimator"]),
        ("emma OR hobbit", ["Emma", "The Hobbit"]),
        ("3003", ["Dune"]),  # an item's barcode, scanned
        ("dickens", []),
    ],
)
def test_search_finds_what_was_meant(library: Library, text: str, expected: list[str]) -> None:
    assert sorted(titles(library, text)) == sorted(expected)


@pytest.mark.usefixtures("shelf")
def test_a_title_match_ranks_before_an_author_only_match(library: Library) -> None:
    assert titles(library, "herbert") == ["Herbert West: Reanimator", "Dune"]


@pytest.mark.usefixtures("shelf")
def test_blank_search_still_lists_the_newest_records(library: Library) -> None:
    assert titles(library, "  ")[:2] == ["Emma", "Herbert West: Reanimator"]
    assert len(library.catalogue.search("", limit=2)) == 2


def test_the_limit_applies_to_a_search(library: Library) -> None:
    for n in range(5):
        library.catalogue.add_biblio(title=f"Atlas volume {n}")
    assert len(library.catalogue.search("atlas", limit=3)) == 3


@pytest.mark.usefixtures("shelf")
def test_an_edited_title_is_found_by_its_new_words(library: Library) -> None:
    dune = library.catalogue.search("ti:dune")[0]
    library.catalogue.update_biblio(dune.id, BiblioDraft("Dune Messiah", "Herbert, Frank"))

    assert titles(library, "messiah") == ["Dune Messiah"]
    assert titles(library, "ti:dune") == ["Dune Messiah"]
    library.catalogue.update_biblio(dune.id, BiblioDraft("Children of Dune", "Herbert, F."))
    assert titles(library, "messiah") == []
    assert titles(library, "au:frank") == []


@pytest.mark.usefixtures("shelf")
def test_a_changed_call_number_is_found_by_cn(library: Library) -> None:
    library.catalogue.update_item("3002", ItemDraft("3002", "JF TOL", "book", None))

    assert titles(library, "cn:823.912") == []
    assert titles(library, "cn:JF") == ["The Hobbit"]
    library.catalogue.add_item(
        library.catalogue.search("emma")[0].id, barcode="3010", call_number="LP AUS"
    )
    assert titles(library, 'cn:"LP AUS"') == ["Emma"]
    assert titles(library, "cn:823.7") == ["Emma"]  # the other copy still counts


@pytest.mark.usefixtures("shelf")
def test_deleted_items_and_records_leave_the_index(library: Library, db_path: Path) -> None:
    # No workflow deletes yet (withdrawal is a later issue): the triggers work on any
    # connection, so plain SQL proves them.
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM items WHERE barcode = '3004'")
    assert titles(library, 'cn:"SF HER"') == []
    assert titles(library, "cn:813.54") == ["Dune"]
    with conn:
        conn.execute("DELETE FROM items WHERE barcode = '3003'")
        conn.execute("DELETE FROM biblios WHERE title = 'Dune'")
    conn.close()

    assert titles(library, "dune") == []
    assert titles(library, "herbert") == ["Herbert West: Reanimator"]
    assert index_rows(db_path) == biblio_count(db_path) == len(SHELF) - 1


@pytest.mark.usefixtures("shelf")
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"hobbit', "The quote before ‘hobbit’ is never closed."),
        ("hobbit OR", "‘OR’ at the end of the search needs a word after it."),
        ("xx:hobbit", "‘xx:’ is not a field."),
        ("(hobbit", "The ‘(’ before ‘hobbit’ is never closed."),
    ],
)
def test_bad_syntax_is_a_message_and_nothing_breaks(
    library: Library, text: str, message: str
) -> None:
    with pytest.raises(SearchSyntaxError) as raised:
        library.catalogue.search(text)
    assert str(raised.value).startswith(message)

    assert titles(library, "hobbit") == ["The Hobbit"]


@pytest.mark.usefixtures("shelf")
def test_fts_syntax_typed_as_text_is_not_an_error(library: Library) -> None:
    for text in ("hob*", "ti:hobbit^", "(hobbit)", "hobbit!", "the + hobbit", "-- hobbit"):
        assert titles(library, text) == ["The Hobbit"], text


def test_export_query_uses_the_same_search(library: Library, shelf: Any, tmp_path: Path) -> None:
    assert library.marc_export.export(tmp_path / "out.mrc", "mrc", query="garcia") == 1
    with pytest.raises(SearchSyntaxError):
        library.marc_export.export(tmp_path / "bad.mrc", "mrc", query='"garcia')


# -- the migration --------------------------------------------------------------

OLD_ROWS = """
    INSERT INTO item_types (id, code, name) VALUES (1, 'book', 'Book');
    INSERT INTO biblios (id, title, author, isbn, created_at, created_by, updated_at, updated_by)
        VALUES (7, 'Crónica de una muerte anunciada', 'García Márquez, Gabriel', '9780307387318',
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk'),
               (9, 'Middlemarch', NULL, NULL,
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk');
    INSERT INTO items (id, biblio_id, barcode, item_type_id, status, call_number,
                       created_at, created_by, updated_at, updated_by)
        VALUES (1, 7, '3001', 1, 'available', '863 GAR',
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk'),
               (2, 7, '3002', 1, 'available', 'REF 863',
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk'),
               (3, 9, '3003', 1, 'available', NULL,
                '2025-01-01 09:00:00', 'desk', '2025-01-01 09:00:00', 'desk');
"""


def index_rows(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM biblio_search").fetchone()[0])


def biblio_count(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return int(conn.execute("SELECT count(*) FROM biblios").fetchone()[0])


def test_upgrading_a_0003_file_indexes_its_records(db_path: Path, clock: Any) -> None:
    engine = make_engine(db_path)
    migrate(engine, "0003")
    engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.executescript(OLD_ROWS)

    with open_library(db_path, clock=clock) as lib:
        assert [b.id for b in lib.catalogue.search("cronica garcia")] == [7]
        assert [b.id for b in lib.catalogue.search("isbn:0307387313")] == [7]
        assert [b.id for b in lib.catalogue.search("cn:REF")] == [7]
        assert [b.id for b in lib.catalogue.search("middlemarch")] == [9]
    with sqlite3.connect(db_path) as conn:
        assert conn.execute(
            "SELECT o.biblio_id, s.title, s.author, s.isbn, s.call_number FROM biblio_search AS s "
            "JOIN biblio_search_order AS o ON o.key = s.rowid ORDER BY s.rowid"
        ).fetchall() == [
            (
                7,
                "Crónica de una muerte anunciada",
                "García Márquez, Gabriel",
                "9780307387318",
                "863 GAR REF 863",
            ),
            (9, "Middlemarch", "", "", ""),
        ]


# -- the command line -----------------------------------------------------------


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: Any) -> Any:
    monkeypatch.setenv("LIBTECH_TODAY", "2026-03-02")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(tmp_path / "cli.sqlite3"), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_cli_search_json(cli: Any) -> None:
    cli("biblio", "add", "--title", "Cien años de soledad", "--author", "García Márquez, G.",
        "--isbn", "9780060883287", "--year", "2006")  # fmt: skip
    cli("biblio", "add", "--title", "El otoño del patriarca")
    cli("item", "add", "1", "3001", "--call-number", "863 GAR")
    cli("item", "add", "1", "3002")

    code, out, err = cli("search", "garcia", "marquez", "--json")

    assert (code, err) == (0, "")
    assert json.loads(out) == [
        {
            "id": 1,
            "title": "Cien años de soledad",
            "author": "García Márquez, G.",
            "isbn": "9780060883287",
            "year": 2006,
            "items": 2,
        }
    ]
    code, out, _ = cli("search", "ti:o", "--json", "--limit", "1")  # "otoño", "of"...
    assert [r["items"] for r in json.loads(out)] == [0]
    code, out, _ = cli("search", "soledad")
    assert code == 0 and "Cien años de soledad / García Márquez, G." in out
    assert "2 items" in out


def test_cli_search_syntax_error_is_one_line_and_exit_1(cli: Any) -> None:
    cli("biblio", "add", "--title", "Dune")

    code, out, err = cli("search", '"dune')

    assert (code, out) == (1, "")
    assert err.count("\n") == 1
    assert err.startswith("libtech: error: The quote before ‘dune’ is never closed.")


def test_equally_good_matches_go_by_title(library: Library) -> None:
    # bm25 alone would put the shorter record (no ISBN, no copies) first.
    emma = library.catalogue.add_biblio("Emma", "Austen, Jane", isbn="9780141439587")
    library.catalogue.add_item(emma.id, barcode="3001", call_number="823.7 AUS")
    library.catalogue.add_biblio("Persuasion", "Austen, Jane")

    assert titles(library, "austen") == ["Emma", "Persuasion"]


def _unplace(db_path: Path, every: int) -> int:
    """Take every ``every``-th placed record out of the index's title order, as a new
    or retitled record is until the desk places it: its index row is UNPLACED + id."""
    with sqlite3.connect(db_path) as conn:
        placed = conn.execute("SELECT key, biblio_id FROM biblio_search_order ORDER BY key")
        chosen = placed.fetchall()[::every]
        for key, biblio_id in chosen:
            conn.execute("DELETE FROM biblio_search_order WHERE key = ?", (key,))
            conn.execute(
                "UPDATE biblio_search SET rowid = ? WHERE rowid = ?", (UNPLACED + biblio_id, key)
            )
    return len(chosen)


def _austen_shelf(library: Library) -> None:
    for n, (title, author) in enumerate(
        [("Austen country", "Lee, A."), ("Emma", "Austen, Jane"), ("Persuasion", "Austen, J.")] * 4
        + [("Austen and Austen", "Austen, C."), ("Sense", "Emma, Austen")]
    ):
        library.catalogue.add_biblio(f"{title} {n:02d}", author)


def test_a_large_match_is_ranked_by_group_then_title(library: Library) -> None:
    _austen_shelf(library)

    assert titles(library, "austen") == [
        # "austen" in the title (with or without an access point), by title...
        "Austen and Austen 12",
        *[f"Austen country {n:02d}" for n in (0, 3, 6, 9)],
        # ...then only in an access point, each group by title.
        *[f"Emma {n:02d}" for n in (1, 4, 7, 10)],
        *[f"Persuasion {n:02d}" for n in (2, 5, 8, 11)],
        "Sense 13",
    ]
    assert [b.title for b in library.catalogue.search("austen", limit=6)] == titles(
        library, "austen"
    )[:6]


@pytest.mark.parametrize("text", ["austen", "au:austen", "austen -lee", "austen OR emma", "aus e"])
def test_unplaced_records_are_merged_into_the_same_order(
    library: Library, db_path: Path, text: str
) -> None:
    # A record the triggers could not place is listed apart and merged in by title:
    # whether none, some or all are placed, every limit gives the same list.
    _austen_shelf(library)
    unplaced = titles(library, text)  # all new: none placed yet
    assert library.place_search_titles() == 14  # every record of the shelf
    placed = titles(library, text)
    assert placed == unplaced
    assert len(placed) > 3
    for every in (3, 1):
        assert _unplace(db_path, every) > 0
        for limit in (1, 2, 3, 5, 8, 500):
            found = [b.title for b in library.catalogue.search(text, limit=limit)]
            assert found == placed[:limit], (every, limit)
    assert library.place_search_titles() == 14
    assert titles(library, text) == placed


def test_varints_read_as_sqlite_writes_them() -> None:
    from libtech_desktop.db.repositories.search import _varints

    data = bytes([0x05, 0x81, 0x00, 0xFF, 0x7F]) + bytes([0xFF] * 8 + [0x01]) + bytes([0x00])
    assert _varints(data) == [5, 128, 16383, (2**56 - 1) << 8 | 1, 0]


@pytest.mark.usefixtures("shelf")
def test_a_rank_group_of_empty_columns_is_skipped_without_changing_results(
    library: Library,
) -> None:
    # subjects, series, notes and summary hold no token until the MARC import fills
    # them: the search does not ask the index about them, and nothing changes.
    assert titles(library, "herbert") == ["Herbert West: Reanimator", "Dune"]
    assert titles(library, "su:herbert") == []


@pytest.mark.usefixtures("shelf")
@pytest.mark.parametrize("level", ["a OR e -f -(", "a (b OR c -d e ", "x -(a b "])
def test_the_deepest_nesting_allowed_is_searched(library: Library, level: str) -> None:
    text = "ti:hobbit OR au:x " + level * MAX_NESTING + "y" + ")" * MAX_NESTING
    assert titles(library, text) == ["The Hobbit"]


def test_title_matches_are_listed_by_title_whether_a_heading_has_the_word_or_not(
    library: Library,
) -> None:
    for title, author in [("Zoo of Austen", "Austen, Z."), ("Emma", "Austen, J."),
                          ("Austen abroad", "Lee, A.")]:  # fmt: skip
        library.catalogue.add_biblio(title, author)
    expected = ["Austen abroad", "Zoo of Austen", "Emma"]
    assert titles(library, "austen") == expected
    library.place_search_titles()
    assert titles(library, "austen") == expected
    assert [b.title for b in library.catalogue.search("austen", limit=1)] == expected[:1]


def test_a_heading_match_ranks_before_a_match_only_in_the_notes(library: Library) -> None:
    from libtech_desktop.domain.record_fields import RecordFields, write_fields

    def catalogue(title: str, **fields: Any) -> int:
        marc = write_fields(
            library.records.new_record().marc,
            RecordFields(title=title, main_entry="Writer, A.", **fields),
        )
        saved = library.records.save(None, marc, override_warnings=True)
        assert saved.biblio is not None
        return saved.biblio.id

    noted = catalogue("Aardvark notes", notes=("Includes a chapter on whales.",))
    headed = catalogue("Zebra heading", subjects=("Whales -- Behavior",))
    titled = catalogue("Whales of the north")

    assert [b.id for b in library.catalogue.search("whales")] == [titled, headed, noted]
