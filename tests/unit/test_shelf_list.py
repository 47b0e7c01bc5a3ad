"""The shelf list: items in the order a shelver reads the shelves, a page at a time."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.library import Library

#: Shuffled on purpose: the order they are added in must not matter.
MIXED = [
    ("823.92 SMI", "White Teeth"),
    ("QA100 .B3", "Basic Algebra"),
    ("FIC SMI", "On Beauty"),
    ("823.914 SMI", "Swing Time"),
    ("REF 030 ENC", "Encyclopaedia"),
    ("QA76.73.P98 L88 2010", "Learning Python"),
    (None, "Uncatalogued gift"),
    ("005.133 PYT", "Python Pocket Reference"),
    ("J 641.5 OLI", "Cooking with Kids"),
    ("QA76 .A1", "Computing Annals"),
    ("823.92 ADI", "The Secret Lives of Men"),
]

#: What a shelver expects: the main collection (Dewey 005 < 823.914 < 823.92, then LC
#: QA76 < QA76.73 < QA100), then each prefixed collection (FIC, J, REF), then the items
#: still waiting for a call number.
SHELF_ORDER = [
    "005.133 PYT",
    "823.914 SMI",
    "823.92 ADI",
    "823.92 SMI",
    "QA76 .A1",
    "QA76.73.P98 L88 2010",
    "QA100 .B3",
    "FIC SMI",
    "J 641.5 OLI",
    "REF 030 ENC",
    None,
]


def add_copy(
    library: Library, n: int, call_number: str | None, title: str, location: str | None = "Main"
) -> str:
    biblio = library.catalogue.add_biblio(title=title, author="Author, Some")
    barcode = f"3000{n:04d}"
    library.catalogue.add_item(
        biblio.id, barcode=barcode, call_number=call_number, location=location
    )
    return barcode


@pytest.fixture
def shelves(library: Library) -> Library:
    for n, (call_number, title) in enumerate(MIXED, start=1):
        add_copy(library, n, call_number, title)
    return library


def test_items_come_in_shelf_order_with_uncatalogued_items_last(shelves: Library) -> None:
    entries = shelves.shelf_list.page()

    assert [e.call_number for e in entries] == SHELF_ORDER
    assert entries[1].title == "Swing Time"
    assert entries[1].author == "Author, Some"
    assert entries[1].location == "Main"
    assert entries[1].status.label == "Available"
    assert entries[-1].title == "Uncatalogued gift"
    assert entries[-1].shelf_key is None
    keys = [e.shelf_key for e in entries[:-1]]
    assert None not in keys and keys == sorted(keys)  # type: ignore[type-var]


def test_pages_follow_on_from_the_cursor_without_gaps_or_repeats(shelves: Library) -> None:
    seen: list[str | None] = []
    after = None
    pages = 0
    while page := shelves.shelf_list.page(after=after, limit=3):
        assert len(page) <= 3
        seen += [e.call_number for e in page]
        after = page[-1].cursor
        pages += 1
    assert seen == SHELF_ORDER
    assert pages == 4


def test_copies_of_one_call_number_are_ordered_by_barcode_across_pages(library: Library) -> None:
    for n in (5, 3, 4, 1, 2):
        add_copy(library, n, "823.914 SMI", f"Copy {n}")
    add_copy(library, 9, "823.92 SMI", "Next")
    first = library.shelf_list.page(limit=2)
    rest = library.shelf_list.page(after=first[-1].cursor, limit=10)
    assert [e.barcode for e in first + rest] == [
        "30000001",
        "30000002",
        "30000003",
        "30000004",
        "30000005",
        "30000009",
    ]


def test_the_section_without_call_numbers_pages_by_barcode(library: Library) -> None:
    add_copy(library, 1, "823.92 SMI", "Shelved")
    for n in (4, 2, 3):
        add_copy(library, n, None, f"Gift {n}")
    first = library.shelf_list.page(limit=2)
    second = library.shelf_list.page(after=first[-1].cursor, limit=2)
    third = library.shelf_list.page(after=second[-1].cursor, limit=2)
    assert [e.barcode for e in first] == ["30000001", "30000002"]
    assert [e.barcode for e in second] == ["30000003", "30000004"]
    assert third == []


def test_go_to_a_call_number_starts_where_it_would_stand(shelves: Library) -> None:
    # 823.915 is not on the shelves: the list starts at the next call number, 823.92.
    entries = shelves.shelf_list.start_at("823.915", limit=3)
    assert [e.call_number for e in entries] == ["823.92 ADI", "823.92 SMI", "QA76 .A1"]
    # Typed loosely (case, spacing) it still finds its place; a page follows on.
    entries = shelves.shelf_list.start_at("qa76.73", limit=1)
    assert [e.call_number for e in entries] == ["QA76.73.P98 L88 2010"]
    more = shelves.shelf_list.page(after=entries[0].cursor, limit=2)
    assert [e.call_number for e in more] == ["QA100 .B3", "FIC SMI"]
    assert [e.call_number for e in shelves.shelf_list.start_at("  ", limit=1)] == ["005.133 PYT"]


def test_past_the_last_call_number_only_the_uncatalogued_remain(shelves: Library) -> None:
    entries = shelves.shelf_list.start_at("ZZZ 999")
    assert [e.title for e in entries] == ["Uncatalogued gift"]


def test_a_location_lists_only_its_items_and_locations_are_listed(library: Library) -> None:
    add_copy(library, 1, "823.92 SMI", "Main copy", location="Main")
    add_copy(library, 2, "823.914 SMI", "Branch copy", location="Branch")
    add_copy(library, 3, "005.1 ABC", "Branch computing", location="Branch")
    add_copy(library, 4, None, "Nowhere", location=None)

    branch = library.shelf_list.page(location="Branch")
    assert [e.title for e in branch] == ["Branch computing", "Branch copy"]
    assert [e.title for e in library.shelf_list.start_at("823", location="Branch")] == [
        "Branch copy"
    ]
    assert library.shelf_list.locations() == ["Branch", "Main"]
    assert len(library.shelf_list.page(location="  ")) == 4  # blank: every location


def test_a_cursor_this_program_did_not_make_is_refused_in_plain_words(library: Library) -> None:
    with pytest.raises(InvalidInput, match="start the list again"):
        library.shelf_list.page(after="not a cursor")
    with pytest.raises(InvalidInput, match="1 to 5000"):
        library.shelf_list.page(limit=0)
