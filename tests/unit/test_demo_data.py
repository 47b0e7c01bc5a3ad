"""The demo library plan: exact counts, determinism, valid codes, shelf-ready call numbers."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from libtech_desktop.domain.barcodes import is_valid_luhn
from libtech_desktop.domain.demo_data import (
    DemoItem,
    DemoLibrary,
    generate_demo,
)

CALL_NUMBER_BY_LOCATION = {
    "Adult Fiction": re.compile(r"FIC [A-Z]{3}"),
    "Children": re.compile(r"J FIC [A-Z]{3}"),
    "Adult Non-fiction": re.compile(r"\d{3}(\.\d+)? [A-Z]{3}"),
    "Media": re.compile(r"DVD [A-Z]{3}"),
    "Periodicals": re.compile(r"MAG [A-Z]{3}"),
}
ITEM_TYPE_BY_LOCATION = {
    "Adult Fiction": "book",
    "Children": "book",
    "Adult Non-fiction": "book",
    "Media": "dvd",
    "Periodicals": "magazine",
}
LAST_COMMA_FIRST = re.compile(r"[A-Z][A-Za-z'-]+(?: [A-Za-z'-]+)*, [A-Z][A-Za-z'-]+")
AUTHOR_LAST_COMMA_FIRST = re.compile(r"[^,]+, [^,]+")
EMAIL = re.compile(r"[a-z]+\.[a-z]+\d*@example\.org")


def _items(library: DemoLibrary) -> list[DemoItem]:
    return [item for biblio in library.biblios for item in biblio.items]


def _isbn13_is_valid(isbn: str) -> bool:
    """Weights 1, 3, 1, 3, … over all 13 digits; the sum is a multiple of 10."""
    if len(isbn) != 13 or not isbn.isdigit():
        return False
    return sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(isbn)) % 10 == 0


@pytest.fixture(scope="module")
def library() -> DemoLibrary:
    return generate_demo()


def test_the_isbn_check_used_here_knows_real_isbns() -> None:
    assert _isbn13_is_valid("9780306406157")
    assert not _isbn13_is_valid("9780306406158")


@pytest.mark.parametrize(
    ("patrons", "items"), [(0, 0), (1, 1), (7, 13), (50, 200), (120, 600), (10, 1000)]
)
def test_counts_are_exact(patrons: int, items: int) -> None:
    library = generate_demo(patrons=patrons, items=items, seed=3)
    assert len(library.patrons) == patrons
    assert len(_items(library)) == items
    assert all(biblio.items for biblio in library.biblios)


def test_defaults_are_fifty_patrons_and_two_hundred_items(library: DemoLibrary) -> None:
    assert len(library.patrons) == 50
    assert len(_items(library)) == 200


def test_same_seed_same_library() -> None:
    assert generate_demo(30, 80, seed=7) == generate_demo(30, 80, seed=7)


def test_different_seeds_differ() -> None:
    first, second = generate_demo(30, 80, seed=1), generate_demo(30, 80, seed=2)
    assert first.patrons != second.patrons
    assert first.biblios != second.biblios


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        generate_demo(patrons=-1)
    with pytest.raises(ValueError):
        generate_demo(items=-1)


@pytest.mark.parametrize("seed", [1, 2, 99])
def test_barcodes_are_unique_fourteen_digit_luhn_codes(seed: int) -> None:
    library = generate_demo(patrons=200, items=500, seed=seed)
    patron_codes = [patron.barcode for patron in library.patrons]
    item_codes = [item.barcode for item in _items(library)]
    everything = patron_codes + item_codes
    assert len(set(everything)) == len(everything)
    for code in everything:
        assert len(code) == 14 and code.isdigit(), code
        assert is_valid_luhn(code), code
    assert all(code.startswith("2") for code in patron_codes)
    assert all(code.startswith("3") for code in item_codes)


def test_every_isbn_has_a_valid_isbn13_checksum() -> None:
    library = generate_demo(items=1000)
    isbns = [biblio.isbn for biblio in library.biblios if biblio.isbn is not None]
    assert isbns
    for isbn in isbns:
        assert _isbn13_is_valid(isbn), isbn
        assert isbn.startswith(("978", "979")), isbn
    assert len(set(isbns)) == len(isbns)


def test_dvds_and_magazines_carry_no_isbn_but_books_do() -> None:
    for biblio in generate_demo(items=1000).biblios:
        is_book = biblio.items[0].item_type == "book"
        assert (biblio.isbn is not None) == is_book, biblio.title


def test_call_numbers_fit_their_location() -> None:
    items = _items(generate_demo(items=1000))
    assert {item.location for item in items} == set(CALL_NUMBER_BY_LOCATION)
    for item in items:
        assert CALL_NUMBER_BY_LOCATION[item.location].fullmatch(item.call_number), item
        assert item.item_type == ITEM_TYPE_BY_LOCATION[item.location], item


def test_call_numbers_use_the_author_surname() -> None:
    library = generate_demo(items=1000)
    numbers = {biblio.title: biblio.items[0].call_number for biblio in library.biblios}
    assert numbers["To Kill a Mockingbird"] == "FIC LEE"
    assert numbers["Matilda"] == "J FIC DAH"
    assert numbers["Salt, Fat, Acid, Heat"] == "641.5 NOS"
    assert numbers["Battle Cry of Freedom"] == "973.7 MCP"
    assert numbers["One Hundred Years of Solitude"] == "FIC GAR"
    assert numbers["Jurassic Park"] == "DVD SPI"
    assert numbers["National Geographic (March 2024)"] == "MAG NAT"
    assert numbers["The New Yorker (May 6, 2024)"] == "MAG NEW"


def test_copies_of_a_title_share_its_shelf_place(library: DemoLibrary) -> None:
    for biblio in library.biblios:
        assert len({(i.call_number, i.location, i.item_type) for i in biblio.items}) == 1


def test_most_titles_have_one_copy_and_none_more_than_three(library: DemoLibrary) -> None:
    copies = Counter(len(biblio.items) for biblio in library.biblios)
    assert copies[1] > len(library.biblios) / 2
    assert copies[2] + copies[3] > 0
    assert max(copies) <= 3


def test_large_demos_add_copies_instead_of_inventing_titles() -> None:
    library = generate_demo(items=1000)
    titles = [biblio.title for biblio in library.biblios]
    assert len(titles) == len(set(titles))
    assert len(_items(library)) == 1000


def test_titles_carry_realistic_details(library: DemoLibrary) -> None:
    for biblio in library.biblios:
        assert biblio.title.strip() and biblio.publisher
        assert biblio.year is not None and 1850 <= biblio.year <= 2025
        if biblio.items[0].item_type != "magazine":
            assert AUTHOR_LAST_COMMA_FIRST.fullmatch(biblio.author), biblio.author


def test_patron_names_are_last_comma_first() -> None:
    for patron in generate_demo(patrons=500).patrons:
        assert LAST_COMMA_FIRST.fullmatch(patron.name), patron.name


def test_patron_categories_are_mostly_adult_with_children_and_staff(
    library: DemoLibrary,
) -> None:
    categories = Counter(patron.category for patron in library.patrons)
    assert set(categories) == {"adult", "child", "staff"}
    assert categories["child"] == 10  # 20 % of 50
    assert 1 <= categories["staff"] <= 5
    assert categories["adult"] > len(library.patrons) / 2


def test_emails_are_first_dot_last_for_most_adults(library: DemoLibrary) -> None:
    adults = [patron for patron in library.patrons if patron.category == "adult"]
    with_email = [patron for patron in adults if patron.email is not None]
    assert len(with_email) > len(adults) / 2
    emails = [patron.email for patron in library.patrons if patron.email is not None]
    assert len(set(emails)) == len(emails)
    for patron in library.patrons:
        if patron.email is None:
            continue
        assert EMAIL.fullmatch(patron.email), patron.email
        last, first = patron.name.split(", ")
        expected = f"{first.lower().replace('-', '')}.{last.lower().replace(chr(39), '')}"
        assert patron.email.startswith(expected), (patron.name, patron.email)


def test_some_adults_have_no_email() -> None:
    patrons = generate_demo(patrons=200).patrons
    assert any(p.email is None for p in patrons if p.category == "adult")


def test_children_have_no_email(library: DemoLibrary) -> None:
    assert all(p.email is None for p in library.patrons if p.category == "child")


def test_expiry_is_mostly_ahead_with_a_few_expired_cards(library: DemoLibrary) -> None:
    expiries = [patron.expires_in_days for patron in library.patrons]
    expired = [days for days in expiries if days < 0]
    assert 1 <= len(expired) <= len(expiries) // 5
    assert all(30 <= days <= 700 for days in expiries if days >= 0)
