"""A typed word longer than the index's prefixes (db/search_words.py) is searched as the
indexed words it is the start of: the same records as the prefix finds, in the same
order, unsaved words of the same transaction included; a word starting too many words,
or one the vocabulary cannot spell, is left as a prefix."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from libtech_desktop.db.driver import driver_of
from libtech_desktop.db.engine import make_engine
from libtech_desktop.db.repositories import search as search_repository
from libtech_desktop.db.search_words import LONGEST_PREFIX, MAX_WORDS, spell_out
from libtech_desktop.domain.search_query import parse_query
from libtech_desktop.library import Library

STEMS = ["travel", "history", "gardening", "psychology", "mountain"]
ENDINGS = ["", "s", "ler", "lers", "ling", "ian", "ians", "ical", "er", "ers", "ed"]


def spelled(db_path: Path, typed: str) -> tuple[str, str]:
    """(the match FTS5 would get as typed, the match spelled out), on a fresh connection."""
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            query = parse_query(typed)
            return query.match, spell_out(driver_of(conn), query).match
    finally:
        engine.dispose()


def matches(db_path: Path, match: str) -> list[int]:
    with sqlite3.connect(db_path) as conn:
        sql = "SELECT rowid FROM biblio_search WHERE biblio_search MATCH ? ORDER BY rowid"
        return [i for (i,) in conn.execute(sql, (match,))]


@pytest.fixture
def catalogue(library: Library) -> Library:
    rng = random.Random(3)
    words = [stem + ending for stem in STEMS for ending in ENDINGS]
    for n in range(120):
        title = " ".join(rng.choice(words).capitalize() for _ in range(3))
        library.catalogue.add_biblio(title, f"{rng.choice(words).capitalize()}, A. {n}")
    library.place_search_titles(budget=60)  # some placed, some not
    return library


@pytest.mark.parametrize(
    "typed",
    ["travelle", "travellers", "history", "historica", "psychology", "au:mountains", "ti:gardeni",
     "historyless", "psychologyx travel", "-historical mountain"],
)  # fmt: skip
def test_a_long_word_finds_exactly_what_its_prefix_finds(
    catalogue: Library, db_path: Path, typed: str
) -> None:
    as_typed, spelled_out = spelled(db_path, typed)
    assert matches(db_path, spelled_out) == matches(db_path, as_typed)
    for word in typed.replace(":", " ").replace("-", " ").split():
        prefix = f'"{word}"*'
        if len(word) > LONGEST_PREFIX and matches(db_path, prefix):
            assert prefix not in spelled_out  # spelled out: it starts indexed words


def test_the_search_lists_the_same_records_in_the_same_order(
    catalogue: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed = ["travelle", "history", "gardening", "au:mountains", "historyless psycholog"]
    listed = {t: [b.id for b in catalogue.catalogue.search(t)] for t in typed}
    monkeypatch.setattr(search_repository, "spell_out", lambda _db, query: query)
    assert {t: [b.id for b in catalogue.catalogue.search(t)] for t in typed} == listed
    assert all(listed[t] for t in typed[:4])


def test_words_of_the_same_unsaved_transaction_are_spelled_too(
    catalogue: Library, db_path: Path
) -> None:
    engine = make_engine(db_path)
    try:
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO biblios (title, author, created_at, updated_at, created_by, "
                    "updated_by) VALUES ('Travelogues unsaved', 'Nobody', '2026-01-01', "
                    "'2026-01-01', 'test', 'test')"
                )
            )
            spelled_out = spell_out(driver_of(conn), parse_query("travelog")).match
            conn.rollback()
    finally:
        engine.dispose()
    assert spelled_out == '"travelogues"'
    assert spelled(db_path, "travelog")[1] == parse_query("travelog").match  # gone again


def test_a_word_starting_too_many_words_stays_a_prefix(library: Library, db_path: Path) -> None:
    for n in range(MAX_WORDS + 1):
        library.catalogue.add_biblio(f"Abcdefgh{n:02d}", "Writer, W.")
    assert spelled(db_path, "abcdefgh") == ('"abcdefgh"*', '"abcdefgh"*')
    assert (
        spelled(db_path, "abcdefgh0")[1]
        == '("abcdefgh00" OR "abcdefgh01" OR '
        + " OR ".join(f'"abcdefgh{n:02d}"' for n in range(2, 10))
        + ")"
    )
    assert len(library.catalogue.search("abcdefgh")) == MAX_WORDS + 1


def test_quotes_phrases_and_other_scripts_are_left_as_typed(
    catalogue: Library, db_path: Path
) -> None:
    for typed in ('"history of"', "histoire\u0301s", "o'historyan", "2historyx"):
        as_typed, spelled_out = spelled(db_path, typed)
        assert spelled_out == as_typed, typed


def test_the_vocabulary_outlives_a_rolled_back_transaction(
    catalogue: Library, db_path: Path
) -> None:
    engine = make_engine(db_path)
    try:
        with engine.connect() as conn:
            first = spell_out(driver_of(conn), parse_query("psychology")).match
            conn.rollback()
        with engine.connect() as conn:  # the pool's same connection, its temp table kept
            again = spell_out(driver_of(conn), parse_query("psychology")).match
    finally:
        engine.dispose()
    assert first == again
    assert '"psychology"*' not in again and '"psychology"' in again
