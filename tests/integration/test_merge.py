"""Duplicate detection and merging two records of one work into one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from libtech_desktop.domain.barcodes import with_check_digit
from libtech_desktop.domain.catalogue import Biblio
from libtech_desktop.domain.errors import MergeRefused, UnknownRecord
from libtech_desktop.domain.patrons import Patron
from libtech_desktop.library import Library


def item_code(n: int) -> str:
    """A valid item barcode, as ``tests/conftest.py`` makes them."""
    return with_check_digit(f"39999{n:08d}")


def add(library: Library, title: str, author: str | None = None, **kw: Any) -> Biblio:
    return library.catalogue.add_biblio(title=title, author=author, **kw)


def ids(found: list[Biblio]) -> list[int]:
    return [b.id for b in found]


# -- duplicate detection -----------------------------------------------------------


def test_same_isbn_in_either_form_is_a_duplicate(library: Library) -> None:
    a = add(library, "Calculus", "Spivak, Michael", isbn="0-306-40615-2")
    b = add(library, "Calculus: third edition", "Spivak, M.", isbn="978-0-306-40615-7")
    add(library, "Calculus", "Apostol, Tom", isbn="9780441478125")

    assert ids(library.catalogue.find_duplicates(a.id)) == [b.id]
    assert ids(library.catalogue.find_duplicates(b.id)) == [a.id]


def test_title_author_year_match_sets_spelling_aside(library: Library) -> None:
    a = add(library, "L'Étranger", "Camus, Albert", year=1942)
    b = add(library, "ÉTRANGER!", "CAMUS,  albert", year=1942)  # article, accents, case
    c = add(library, "Etranger", "Camus Albert", year=1942)  # punctuation
    add(library, "L'Étranger", "Camus, Albert", year=1957)  # another year
    add(library, "L'Étranger", "Meursault", year=1942)  # another author
    add(library, "La Peste", "Camus, Albert", year=1942)  # another title
    add(library, "Étranger et autres", "Camus, Albert", year=1942)  # longer title

    assert ids(library.catalogue.find_duplicates(a.id)) == [b.id, c.id]
    assert ids(library.catalogue.find_duplicates(c.id)) == [a.id, b.id]


def test_english_article_and_missing_year_and_author(library: Library) -> None:
    a = add(library, "The Hobbit", "Tolkien, J. R. R.")
    b = add(library, "Hobbit", "Tolkien, J.R.R.")
    add(library, "The Hobbit", "Tolkien, J. R. R.", year=1937)  # a year is not no year
    c = add(library, "Beowulf")
    d = add(library, "beowulf")

    assert ids(library.catalogue.find_duplicates(a.id)) == [b.id]
    assert ids(library.catalogue.find_duplicates(c.id)) == [d.id]


def test_a_title_without_plain_words_is_still_compared(library: Library) -> None:
    a = add(library, "Дюна", "Герберт, Фрэнк", year=1965)
    b = add(library, "ДЮНА", "герберт, фрэнк", year=1965)
    assert ids(library.catalogue.find_duplicates(a.id)) == [b.id]


def test_no_duplicates_and_unknown_record(library: Library) -> None:
    a = add(library, "Middlemarch", "Eliot, George")
    assert library.catalogue.find_duplicates(a.id) == []
    with pytest.raises(UnknownRecord):
        library.catalogue.find_duplicates(999)


# -- merging -------------------------------------------------------------------------


@pytest.fixture
def pair(library: Library) -> tuple[Biblio, Biblio]:
    keep = add(library, "The Hobbit", "Tolkien, J. R. R.", isbn="9780261103344", year=1937)
    merge = add(library, "Hobbit", "Tolkien, J.R.R.", year=1937)
    library.catalogue.add_item(keep.id, barcode=item_code(1), call_number="823.912 TOL")
    library.catalogue.add_item(merge.id, barcode=item_code(2), call_number="FIC TOL")
    library.catalogue.add_item(merge.id, barcode=item_code(3))
    return keep, merge


def test_merge_moves_items_and_deletes_the_record(
    library: Library,
    pair: tuple[Biblio, Biblio],
    patron: Patron,
    db_rows: Callable[..., list[tuple[Any, ...]]],
) -> None:
    keep, merge = pair
    loan = library.circulation.checkout(patron.barcode, item_code(2))
    loaned = library.catalogue.item(item_code(2))
    assert library.catalogue.find_duplicates(keep.id) == [merge]

    kept = library.catalogue.merge(keep.id, merge.id)

    assert kept == keep == library.catalogue.get_biblio(keep.id)
    barcodes = [i.barcode for i in library.catalogue.items_of(keep.id)]
    assert barcodes == sorted([item_code(1), item_code(2), item_code(3)])
    with pytest.raises(UnknownRecord):
        library.catalogue.get_biblio(merge.id)
    assert db_rows("SELECT count(*) FROM biblios WHERE id = ?", merge.id) == [(0,)]
    # The loan stays open, on the same item, now under the kept record.
    moved = library.catalogue.item(item_code(2))
    assert (moved.id, moved.biblio_id, moved.title) == (loaned.id, keep.id, "The Hobbit")
    open_loans = library.circulation.open_loans(patron.barcode)
    assert [(x.id, x.item_barcode, x.title) for x in open_loans] == [
        (loan.id, item_code(2), "The Hobbit")
    ]
    assert db_rows("SELECT item_id, returned_at FROM loans") == [(loaned.id, None)]
    assert library.catalogue.find_duplicates(keep.id) == []


def test_merged_record_leaves_the_search_index(
    library: Library, pair: tuple[Biblio, Biblio]
) -> None:
    keep, merge = pair
    assert set(ids(library.catalogue.search("hobbit"))) == {keep.id, merge.id}

    library.catalogue.merge(keep.id, merge.id)

    assert ids(library.catalogue.search("hobbit")) == [keep.id]
    # The moved items' call numbers are indexed on the kept record.
    assert ids(library.catalogue.search("cn:FIC")) == [keep.id]
    assert library.catalogue.item_counts([keep.id]) == {keep.id: 3}


def test_merge_drops_the_merged_marc(
    library: Library,
    pair: tuple[Biblio, Biblio],
    db_rows: Callable[..., list[tuple[Any, ...]]],
) -> None:
    keep, merge = pair
    with library.context.unit_of_work() as uow:
        uow.catalogue.set_marc(merge.id, b"00000nam a2200000 a 4500")
        uow.commit()
    library.catalogue.merge(keep.id, merge.id)
    assert db_rows("SELECT id, marc IS NULL FROM biblios") == [(keep.id, 1)]


def test_merge_refusals_change_nothing(
    library: Library, pair: tuple[Biblio, Biblio], snapshot: Any
) -> None:
    keep, merge = pair
    before = snapshot()
    with pytest.raises(MergeRefused, match="cannot be merged into itself"):
        library.catalogue.merge(keep.id, keep.id)
    with pytest.raises(UnknownRecord, match="no record number 999"):
        library.catalogue.merge(keep.id, 999)
    with pytest.raises(UnknownRecord, match="no record number 999"):
        library.catalogue.merge(999, merge.id)
    assert snapshot() == before


def test_merge_of_a_record_without_items(library: Library) -> None:
    keep = add(library, "Emma", "Austen, Jane")
    merge = add(library, "Emma.", "Austen, Jane")
    assert library.catalogue.merge(keep.id, merge.id) == keep
    assert ids(library.catalogue.search("emma")) == [keep.id]
