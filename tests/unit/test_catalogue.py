"""Bibliographic records and their copies: what the Catalogue tab stores and finds."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.catalogue import BiblioDraft, ItemDraft, ItemStatus
from libtech_desktop.domain.errors import (
    DuplicateBarcode,
    InvalidInput,
    UnknownItem,
    UnknownRecord,
)


def test_add_biblio_stores_the_record(library):
    biblio = library.catalogue.add_biblio(
        title="  The   Left Hand of Darkness ",
        author="Le Guin, Ursula K.",
        isbn="978-0-441-47812-5",
        year=1969,
        publisher="Ace",
    )

    stored = library.catalogue.get_biblio(biblio.id)
    assert stored == biblio
    assert stored.title == "The Left Hand of Darkness"
    assert stored.author == "Le Guin, Ursula K."
    assert stored.isbn == "9780441478125"
    assert stored.year == 1969
    assert stored.publisher == "Ace"


def test_isbn_10_is_stored_as_isbn_13(library):
    biblio = library.catalogue.add_biblio(title="Calculus", isbn="0-306-40615-2")

    assert biblio.isbn == "9780306406157"


def test_isbn_10_ending_in_x_is_accepted(library):
    assert library.catalogue.add_biblio(title="X", isbn="080442957X").isbn == "9780804429573"


def test_blank_isbn_is_no_isbn(library):
    assert library.catalogue.add_biblio(title="Zine", isbn="   ").isbn is None


@pytest.mark.parametrize("isbn", ["978-0-441-47812-4", "0-306-40615-3", "12345", "not an isbn"])
def test_invalid_isbn_is_refused(library, isbn, snapshot):
    before = snapshot()

    with pytest.raises(InvalidInput, match="is not a valid ISBN"):
        library.catalogue.add_biblio(title="Something", isbn=isbn)

    assert snapshot() == before


@pytest.mark.parametrize("year", [999, 2028, 20266])
def test_implausible_year_is_refused(library, year, snapshot):
    before = snapshot()

    with pytest.raises(InvalidInput, match=f"{year} is not a plausible year"):
        library.catalogue.add_biblio(title="Something", year=year)

    assert snapshot() == before


@pytest.mark.parametrize("year", [1000, 1455, 2026, 2027])  # next year: announced titles
def test_plausible_years_are_accepted(library, year):
    assert library.catalogue.add_biblio(title="Something", year=year).year == year


def test_a_record_needs_a_title(library):
    with pytest.raises(InvalidInput, match="needs a title"):
        library.catalogue.add_biblio(title="  ")


def test_update_biblio(library):
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, G.")

    library.catalogue.update_biblio(
        biblio.id, BiblioDraft(title="Middlemarch", author="Eliot, George", year=1871)
    )

    stored = library.catalogue.get_biblio(biblio.id)
    assert (stored.author, stored.year) == ("Eliot, George", 1871)


def test_update_of_a_missing_record_is_refused(library):
    with pytest.raises(UnknownRecord, match="no record number 42"):
        library.catalogue.update_biblio(42, BiblioDraft(title="Ghost"))


def test_add_item_puts_a_copy_on_the_shelf(library):
    biblio = library.catalogue.add_biblio(title="Middlemarch", author="Eliot, George")

    item = library.catalogue.add_item(
        biblio.id, barcode=" 3001 ", call_number="FIC ELI", location="Adult Fiction"
    )

    stored = library.catalogue.item("3001")
    assert stored == item
    assert stored.barcode == "3001"
    assert stored.title == "Middlemarch"
    assert stored.author == "Eliot, George"
    assert stored.call_number == "FIC ELI"
    assert stored.location == "Adult Fiction"
    assert stored.item_type_code == "book"  # the default type
    assert stored.status is ItemStatus.AVAILABLE
    assert [i.barcode for i in library.catalogue.items_of(biblio.id)] == ["3001"]


def test_add_item_with_a_type(library):
    biblio = library.catalogue.add_biblio(title="Spirited Away")

    item = library.catalogue.add_item(biblio.id, barcode="3001", item_type="dvd")

    assert item.item_type_code == "dvd"


def test_unknown_item_type_is_refused_listing_the_known_ones(library, snapshot):
    biblio = library.catalogue.add_biblio(title="Chromebook")
    before = snapshot()

    with pytest.raises(InvalidInput) as refused:
        library.catalogue.add_item(biblio.id, barcode="3001", item_type="laptop")

    assert "no item type 'laptop'" in str(refused.value)
    assert "known: book, dvd, magazine" in str(refused.value)
    assert snapshot() == before


def test_item_for_a_missing_record_is_refused(library, snapshot):
    before = snapshot()

    with pytest.raises(UnknownRecord, match="no record number 99"):
        library.catalogue.add_item(99, barcode="3001")

    assert snapshot() == before


def test_duplicate_item_barcode_is_refused(library, item, snapshot):
    other = library.catalogue.add_biblio(title="Emma")
    before = snapshot()

    with pytest.raises(
        DuplicateBarcode, match=f"Another item already has the barcode {item.barcode}"
    ):
        library.catalogue.add_item(other.id, barcode=item.barcode)

    assert snapshot() == before
    assert library.catalogue.item(item.barcode).title == "Middlemarch"


def test_a_patron_card_barcode_cannot_go_on_an_item(library, patron, snapshot):
    biblio = library.catalogue.add_biblio(title="Emma")
    before = snapshot()

    with pytest.raises(DuplicateBarcode, match="is a patron's card barcode"):
        library.catalogue.add_item(biblio.id, barcode=patron.barcode)

    assert snapshot() == before


@pytest.mark.parametrize(("barcode", "words"), [("  ", "needs a barcode"), ("30 01", "spaces")])
def test_malformed_item_barcode_is_refused(library, barcode, words):
    biblio = library.catalogue.add_biblio(title="Emma")

    with pytest.raises(InvalidInput, match=words):
        library.catalogue.add_item(biblio.id, barcode=barcode)

    assert library.catalogue.items_of(biblio.id) == []


def test_update_item(library, item):
    updated = library.catalogue.update_item(
        item.barcode, ItemDraft("3999", call_number="FIC ELI 2", item_type_code="magazine")
    )

    assert (updated.barcode, updated.call_number, updated.item_type_code) == (
        "3999",
        "FIC ELI 2",
        "magazine",
    )
    assert library.catalogue.item("3999").title == "Middlemarch"
    with pytest.raises(UnknownItem):
        library.catalogue.item(item.barcode)


def test_update_item_to_a_taken_barcode_is_refused(library, make_item, snapshot):
    first, second = make_item(), make_item()
    before = snapshot()

    with pytest.raises(DuplicateBarcode):
        library.catalogue.update_item(second.barcode, ItemDraft(first.barcode))

    assert snapshot() == before


def test_unknown_item_is_refused(library):
    with pytest.raises(UnknownItem, match="No item has the barcode 3404"):
        library.catalogue.item("3404")


@pytest.fixture
def shelf(library):
    """Three records; the second has two copies."""
    made = {}
    for title, author, isbn, barcodes in [
        ("Middlemarch", "Eliot, George", "9780141439549", ["3001"]),
        ("The Mill on the Floss", "Eliot, George", None, ["3002", "3003"]),
        ("Emma", "Austen, Jane", "0-14-143958-0", ["3004"]),
    ]:
        biblio = library.catalogue.add_biblio(title=title, author=author, isbn=isbn)
        for barcode in barcodes:
            library.catalogue.add_item(biblio.id, barcode=barcode)
        made[title] = biblio
    return made


@pytest.mark.usefixtures("shelf")
@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("middle", ["Middlemarch"]),  # part of a title, any case
        ("eliot", ["Middlemarch", "The Mill on the Floss"]),  # author, titles in order
        ("Austen, Jane", ["Emma"]),
        ("9780141439549", ["Middlemarch"]),  # ISBN-13
        ("978-0-14-143954-9", ["Middlemarch"]),  # ISBN-13 as printed, with hyphens
        ("9780141439587", ["Emma"]),  # entered as ISBN-10, found by its ISBN-13
        ("3003", ["The Mill on the Floss"]),  # an item's barcode
        ("  emma  ", ["Emma"]),
        ("Dickens", []),
    ],
)
def test_search_records(library, text, titles):
    assert [b.title for b in library.catalogue.search(text)] == titles


@pytest.mark.usefixtures("shelf")
def test_search_by_isbn_10_finds_a_record_stored_as_isbn_13(library):
    # The back cover of an older copy shows the ISBN-10.
    assert [b.title for b in library.catalogue.search("0-14-143958-0")] == ["Emma"]


@pytest.mark.usefixtures("shelf")
def test_blank_search_lists_the_newest_records_first(library):
    assert [b.title for b in library.catalogue.search("")] == [
        "Emma",
        "The Mill on the Floss",
        "Middlemarch",
    ]


def test_search_respects_the_limit(library, shelf):
    assert len(library.catalogue.search("", limit=2)) == 2


def test_new_library_has_the_default_item_types(library):
    assert [t.code for t in library.catalogue.item_types()] == ["book", "dvd", "magazine"]
