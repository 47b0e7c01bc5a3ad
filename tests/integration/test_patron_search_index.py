"""Finding a patron by part of a name or email through the trigram index (migration 0014):
the same patrons in the same order as reading the whole table, kept in step by triggers."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic import command

from libtech_desktop.db import bulk_demo, mapping
from libtech_desktop.db.engine import alembic_config, make_engine, migrate
from libtech_desktop.db.repositories import patrons as patron_repo
from libtech_desktop.db.repositories._shared import like_pattern
from libtech_desktop.domain.patrons import ANONYMISED_BARCODE
from libtech_desktop.library import Library, open_library

#: The search as it was before the index: the table read through, the matches sorted.
TABLE_READ = (
    f"SELECT {mapping.PATRON_COLUMNS} FROM "
    + mapping.PATRON_FROM.replace("patrons AS p ", "patrons AS p NOT INDEXED ", 1)
    + " WHERE p.barcode != ? AND (lower(p.name) LIKE lower(?) ESCAPE '\\'"
    " OR p.barcode = ? OR lower(p.email) LIKE lower(?) ESCAPE '\\')"
    " ORDER BY p.name, p.id LIMIT ? OFFSET ?"
)
INTEGRITY_CHECK = "INSERT INTO patron_search (patron_search, rank) VALUES ('integrity-check', 1)"

FIRST = ["Anna", "Émile", "Zoë", "Jean-Luc", "O'Neil", "Ada", "ANNABEL", "İlker", "Grace", "Ji"]
LAST = [
    "Smith",
    "Smithson",
    "Ødegård",
    "Straße",
    "Kowalski",
    "García",
    "d'Arcy",
    'Quote "Q" Jones',
    "100% Pure",
    "under_score",
    "back\\slash",
    "MacDonald",
    "Ng",
]
DOMAINS = ["example.org", "Mail.COM", "école.fr", "x_y.net", "a%b.io"]


def _patrons(count: int) -> list[tuple[str, str, str | None]]:
    rng = random.Random(9)
    rows = []
    for n in range(count):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{last}, {first}" if rng.random() < 0.9 else f"{first} {last}".upper()
        email = None
        if rng.random() < 0.7:
            local = f"{first}.{last}".replace(" ", "").replace('"', "")
            email = f"{local}{n}@{rng.choice(DOMAINS)}"
            email = email.lower() if rng.random() < 0.5 else email
        rows.append((f"2{n:013d}", name, email))
    return rows


def _texts(rows: list[tuple[str, str, str | None]]) -> list[str]:
    rng = random.Random(10)
    texts = {
        "a", "A", "z", "é", "É", "%", "_", "\\", '"', "'", " ", "an", "AN", "ng", "ÿ",
        "smi", "SMI", "Smith", "smithson", "son", "ann", "Anna", "annabel", "ømi", "Øde",
        "ødegård", "ÖDEGÅRD", "straße", "STRASSE", "garcía", "GARCÍA", "garcia", "émile",
        "ÉMILE", "zoë", "ZOË", "İlk", "ilker", "i̇lk", "jean-luc", "o'neil", "d'arcy",
        '"q"', 'quote "q', '""', '"""', "100%", "0% p", "% pure", "under_", "r_s", "r%s",
        "back\\sl", "\\slash", ", ", "mac", "example", "example.org", "@example", ".org",
        "mail.com", "@mail.c", "école", "x_y", "a%b", "%b.io", "@", "xyz", "zzzz",
        "smith anna", "NEARLY", "\x00ab", "abc\x00", ANONYMISED_BARCODE, "Anonymised",
        "20000000000001", "2000000000", "0000000001", "00000",
    }  # fmt: skip
    for barcode, name, email in rng.sample(rows, 40):
        for source in (name, email or name, barcode):
            start = rng.randrange(len(source))
            piece = source[start : start + rng.randint(1, 8)]
            texts |= {piece, piece.upper(), piece.lower(), piece.swapcase()}
        texts.add(barcode)
    return sorted(texts)


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, Path]]:
    """A library of 400 patrons (raw rows: the triggers index them) and the anonymised one."""
    path = tmp_path_factory.mktemp("crowd") / "lib.sqlite3"
    lib = open_library(path)
    lib.patrons.register(barcode="29999000000019", name="Smith, Anna")
    with lib.context.unit_of_work() as uow:
        uow.patrons.anonymised(lib.context.actor(), lib.context.clock.now())
        uow.commit()
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO patrons (barcode, name, email, category_id, notice_channel, "
            "created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, 1, 'print', "
            "'2026-01-01 09:00:00', 'desk', '2026-01-01 09:00:00', 'desk')",
            _patrons(400),
        )
    conn.close()
    try:
        yield lib, path
    finally:
        lib.close()


def _both(
    crowded: tuple[Library, Path], text: str, limit: int, offset: int
) -> tuple[list[Any], list[Any]]:
    lib, path = crowded
    with lib.context.unit_of_work() as uow:
        found = list(uow.patrons.search(text, limit, offset))
    pattern = like_pattern(text)
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(TABLE_READ, (ANONYMISED_BARCODE, pattern, text, pattern, limit, offset))
        table_read = [mapping.patron_of(row) for row in rows]
    finally:
        conn.close()
    return found, table_read


@pytest.mark.parametrize(
    ("many_hits", "window"),
    [
        (patron_repo.MANY_HITS, patron_repo.NAME_WINDOW),  # every text: the index's hits
        (10, 60),  # common texts: the first names in order, or else the table read
        (1, 1),  # nearly every text: the table read
    ],
)
def test_the_index_finds_what_reading_the_table_finds_in_the_same_order(
    crowded: tuple[Library, Path], monkeypatch: pytest.MonkeyPatch, many_hits: int, window: int
) -> None:
    monkeypatch.setattr(patron_repo, "MANY_HITS", many_hits)
    monkeypatch.setattr(patron_repo, "NAME_WINDOW", window)
    texts = _texts(_patrons(400))
    assert len(texts) > 300
    matched = 0
    for text in texts:
        for limit, offset in ((500, 0), (7, 0), (7, 7), (3, 20)):
            found, table_read = _both(crowded, text, limit, offset)
            assert found == table_read, (text, limit, offset)
            matched += bool(found)
    assert matched > 400  # most texts find someone: the comparison is not of empty lists


def test_the_index_is_used_for_three_characters_or_more(crowded: tuple[Library, Path]) -> None:
    statements: list[str] = []
    with crowded[0].context.unit_of_work() as uow:
        real_run = mapping.run

        def spy(session: Any, sql: str, params: Any = ()) -> Any:
            statements.append(sql)
            return real_run(session, sql, params)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(mapping, "run", spy)
            assert uow.patrons.search("smi", 5)
            assert any("patron_search MATCH" in s for s in statements)
            statements.clear()
            assert uow.patrons.search("sm", 5)
            assert not any("patron_search" in s for s in statements)


def _index_checks(path: Path) -> None:
    """FTS5's own check of the index against ``patrons`` (raises when they differ)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(INTEGRITY_CHECK)
    finally:
        conn.close()


def _names(lib: Library, text: str) -> list[str]:
    return [p.name for p in lib.patrons.search_page(text, 0, 50)]


def test_registering_renaming_and_erasing_keep_the_index_in_step(
    library: Library, db_path: Path
) -> None:
    library.patrons.register(barcode="2001", name="Lovelace, Ada", email="ada@engine.org")
    library.patrons.register(barcode="2002", name="Byron, George")
    assert _names(library, "velac") == ["Lovelace, Ada"]
    assert _names(library, "ENGINE.O") == ["Lovelace, Ada"]

    ada = library.patrons.get("2001")
    library.patrons.update("2001", _draft_of(ada, name="King, Augusta", email="aak@calc.org"))
    assert _names(library, "velac") == []
    assert _names(library, "engine") == []
    assert _names(library, "gusta") == ["King, Augusta"]
    assert _names(library, "@calc") == ["King, Augusta"]
    _index_checks(db_path)

    library.privacy.erase("2001")
    assert _names(library, "gusta") == []
    assert _names(library, "Byr") == ["Byron, George"]
    _index_checks(db_path)


def _draft_of(patron: Any, **changes: Any) -> Any:
    from dataclasses import replace

    from libtech_desktop.domain.patrons import PatronDraft

    draft = PatronDraft(patron.barcode, patron.name, patron.category_code, email=patron.email)
    return replace(draft, **changes)


def test_a_library_from_before_the_index_gains_it_and_loses_it_on_downgrade(
    db_path: Path, clock: Any
) -> None:
    engine = make_engine(db_path)
    migrate(engine, "0013")
    engine.dispose()
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO patron_categories (code, name, membership_days) VALUES ('adult', 'Adult', 1095)"
        )
        conn.execute(
            "INSERT INTO patrons (barcode, name, email, category_id, notice_channel, "
            "created_at, created_by, updated_at, updated_by) VALUES ('2001', 'Lovelace, Ada', "
            "'ada@engine.org', 1, 'email', '2025-01-01', 'desk', '2025-01-01', 'desk')"
        )
    conn.close()

    with open_library(db_path, clock=clock) as lib:
        assert lib.schema_revision() == "0014"
        assert _names(lib, "ovelac") == ["Lovelace, Ada"]
    _index_checks(db_path)

    engine = make_engine(db_path)
    command.downgrade(alembic_config(engine), "0013")
    engine.dispose()
    conn = sqlite3.connect(db_path)
    try:
        left = conn.execute(
            "SELECT name FROM sqlite_master WHERE name LIKE 'patron_search%'"
        ).fetchall()
        assert left == []
        assert conn.execute("SELECT name FROM patrons").fetchall() == [("Lovelace, Ada",)]
    finally:
        conn.close()


def test_the_bulk_demo_fills_the_index(cli: Any, tmp_path: Path) -> None:
    assert cli("init").code == 0
    result = cli("demo", "--patrons", "300", "--items", "50", "--loans", "50")
    assert result.code == 0, result.err
    path = tmp_path / "library.sqlite3"
    _index_checks(path)
    conn = sqlite3.connect(path)
    try:
        name, email = conn.execute(
            "SELECT name, email FROM patrons WHERE email IS NOT NULL ORDER BY id LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    assert bulk_demo.PATRON_SEARCH_TABLE == "patron_search"
    with open_library(path) as lib:
        assert name in _names(lib, name[1:6].upper())
        assert [p.email for p in lib.patrons.search_page(email[2:], 0, 5)] == [email]
        lib.patrons.register(barcode="29999000999999", name="Newcomer, Nell")
        assert _names(lib, "wcomer") == ["Newcomer, Nell"]
    _index_checks(path)


def test_an_encrypted_library_finds_patrons_through_the_index(
    library: Library, db_path: Path
) -> None:
    library.patrons.register(barcode="2001", name="Lovelace, Ada", email="ada@engine.org")
    library.encryption.encrypt("correct horse battery")
    library.patrons.register(barcode="2002", name="Lovelock, James")

    assert _names(library, "LOVEL") == ["Lovelace, Ada", "Lovelock, James"]
    assert _names(library, "gine.o") == ["Lovelace, Ada"]
    assert _names(library, "velock") == ["Lovelock, James"]
