"""Class numbers and subject headings suggested from related records, ranked by support."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from pymarc import Record

from libtech_desktop.library import Library

from ..marc_builders import marc_record


def import_records(library: Library, path: Path, records: Sequence[Record]) -> list[int]:
    """Import ``records`` from a MARC file; their ids in the catalogue, in order."""
    with path.open("wb") as out:
        for record in records:
            out.write(record.as_marc())
    report = library.marc_import.import_file(path, match="none")
    assert report.added == len(records), report
    newest = library.catalogue.search("", limit=len(records))
    return sorted(b.id for b in newest)


CATALOGUE = [
    ("White Teeth", "Smith, Zadie", "823.914", ["London (England) -- Fiction", "Families"]),
    ("On Beauty", "Smith, Zadie", "823.92", ["Families", "Academic novels"]),
    ("Swing Time", "Smith, Zadie", "823.92", ["Friendship -- Fiction", "Dancers"]),
    ("NW", "Smith, Zadie", "823.92", ["London (England) -- Fiction"]),
    ("The Cat Who Came", "Other, Ann", "636.8", ["Cats -- Behavior", "Pets"]),
    ("Cat Sense", "Bradshaw, John", "636.8", ["Cats -- Behavior", "Human-animal relationships"]),
    ("Feline Minds", "Third, Tom", "636.8083", ["CATS--BEHAVIOR.", "Cat owners"]),
    ("Dog Sense", "Bradshaw, John", "636.7", ["Dogs -- Behavior"]),
]


@pytest.fixture
def catalogue(library: Library, tmp_path: Path) -> list[int]:
    return import_records(library, tmp_path / "catalogue.mrc", [book(*row) for row in CATALOGUE])


def test_class_numbers_of_the_same_author_rank_by_how_many_records_use_them(
    library: Library, catalogue: list[int]
) -> None:
    found = library.suggestions.for_record("Smith, Zadie", [], "Grand Union")

    assert [(s.value, s.count) for s in found.class_numbers] == [("823.92", 3), ("823.914", 1)]
    assert found.class_numbers[0].reason == "3 records by Smith, Zadie"
    assert found.class_numbers[1].reason == "1 record by Smith, Zadie"
    subjects = {s.value: (s.count, s.reason) for s in found.subjects}
    assert subjects["London (England) -- Fiction"] == (2, "2 records by Smith, Zadie")
    assert subjects["Families"][0] == 2
    assert set(subjects) == {
        "London (England) -- Fiction",
        "Families",
        "Academic novels",
        "Friendship -- Fiction",
        "Dancers",
    }
    assert [s.value for s in found.subjects][:2] == ["Families", "London (England) -- Fiction"]


def test_a_shared_heading_suggests_class_numbers_and_the_headings_beside_it(
    library: Library, catalogue: list[int]
) -> None:
    # Typed in another form: case, spacing and a full stop do not matter.
    found = library.suggestions.for_record("", ["cats - behavior."], "A new cat book")

    assert [(s.value, s.count) for s in found.class_numbers] == [("636.8", 2), ("636.8083", 1)]
    assert found.class_numbers[0].reason == "2 records with cats -- behavior"
    values = [s.value for s in found.subjects]
    # The record already has Cats -- Behavior: never suggested back, however it is typed.
    assert not any("behavior" in v.casefold() for v in values)
    assert sorted(values) == ["Cat owners", "Human-animal relationships", "Pets"]
    assert all(s.count == 1 for s in found.subjects)
    # Records in the suggested class 636.8 are not related yet (no class given): Dogs stays out.
    assert "Dogs -- Behavior" not in values


def test_the_record_itself_and_what_it_already_has_are_never_suggested(
    library: Library, catalogue: list[int]
) -> None:
    white_teeth = catalogue[0]
    found = library.suggestions.for_record(
        "Smith, Zadie", ["Families"], "White Teeth", exclude_biblio_id=white_teeth
    )
    # Its own class number 823.914 (stored) is not suggested; 823.92 has 3 other records.
    assert [(s.value, s.count) for s in found.class_numbers] == [("823.92", 3)]
    values = [s.value for s in found.subjects]
    assert "Families" not in values
    # London... is still suggested: NW has it (White Teeth itself does not count).
    london = next(s for s in found.subjects if s.value == "London (England) -- Fiction")
    assert london.count == 1


def test_the_same_class_number_suggests_its_records_headings(
    library: Library, catalogue: list[int]
) -> None:
    found = library.suggestions.for_record("", [], "Dogs at home", class_number="636.7")
    assert found.class_numbers == []  # 636.7 is the record's own
    assert [(s.value, s.reason) for s in found.subjects] == [
        ("Dogs -- Behavior", "1 record in class 636.7")
    ]


def test_limit_and_an_unknown_record_give_short_or_empty_lists(
    library: Library, catalogue: list[int]
) -> None:
    found = library.suggestions.for_record("Smith, Zadie", [], "", limit=1)
    assert [s.value for s in found.class_numbers] == ["823.92"]
    assert len(found.subjects) == 1
    nothing = library.suggestions.for_record("Nobody, Known", ["Unheard of"], "Blank")
    assert nothing.class_numbers == [] and nothing.subjects == []


def book(title: str, author: str | None, dewey: str | None, subjects: Sequence[str]) -> Record:
    return marc_record(title, *subjects, author=author, dewey=dewey)
