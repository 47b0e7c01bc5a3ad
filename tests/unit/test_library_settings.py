"""The library's own settings, kept in the library file: its name first."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.library_settings import DEFAULT_LIBRARY_NAME, MAX_LIBRARY_NAME
from libtech_desktop.library import open_library
from libtech_desktop.services.demo import DEMO_LIBRARY_NAME, DemoService
from libtech_desktop.services.progress import Cancelled


def test_a_new_library_has_the_default_name(library):
    assert DEFAULT_LIBRARY_NAME == "LibTech Library"
    assert library.settings.library_name() == "LibTech Library"


def test_the_default_name_is_not_stored(library, db_rows):
    library.settings.library_name()
    assert db_rows("SELECT * FROM library_settings") == []


def test_set_library_name_stores_and_returns_it(library, db_rows):
    assert library.settings.set_library_name("Northside Branch Library") == (
        "Northside Branch Library"
    )
    assert library.settings.library_name() == "Northside Branch Library"
    assert db_rows("SELECT key, value FROM library_settings") == [
        ("library_name", "Northside Branch Library")
    ]


def test_renaming_replaces_the_name(library, db_rows):
    library.settings.set_library_name("Old Name")
    library.settings.set_library_name("New Name")
    assert library.settings.library_name() == "New Name"
    assert db_rows("SELECT COUNT(*) FROM library_settings") == [(1,)]


def test_the_name_is_trimmed(library):
    assert library.settings.set_library_name("  \tRiverside Library \n") == "Riverside Library"
    assert library.settings.library_name() == "Riverside Library"


def test_a_name_of_exactly_the_maximum_length_is_accepted(library):
    name = "L" * MAX_LIBRARY_NAME
    assert MAX_LIBRARY_NAME == 100
    # Surrounding spaces do not count towards the limit.
    assert library.settings.set_library_name(f"  {name}  ") == name


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "cannot be blank"),
        ("   \t\n ", "cannot be blank"),
        ("L" * 101, r"at most 100 characters \(this one has 101\)"),
    ],
)
def test_a_blank_or_too_long_name_is_refused_and_changes_nothing(library, snapshot, name, message):
    library.settings.set_library_name("Riverside Library")
    before = snapshot()

    with pytest.raises(InvalidInput, match=message):
        library.settings.set_library_name(name)

    assert snapshot() == before
    assert library.settings.library_name() == "Riverside Library"


def test_the_name_survives_closing_and_reopening_the_library(db_path, clock):
    with open_library(db_path, clock=clock) as lib:
        lib.settings.set_library_name("Riverside Library")
    with open_library(db_path, clock=clock) as lib:
        assert lib.settings.library_name() == "Riverside Library"


def test_the_demo_names_an_unnamed_library(library):
    DemoService(library.context).populate(5, 10)
    assert DEMO_LIBRARY_NAME == "Demo Library"
    assert library.settings.library_name() == "Demo Library"


def test_the_demo_keeps_a_name_already_set(library):
    library.settings.set_library_name("Riverside Library")
    DemoService(library.context).populate(5, 10)
    assert library.settings.library_name() == "Riverside Library"


def test_a_cancelled_demo_leaves_the_library_unnamed(library, db_rows):
    def cancel() -> bool:
        return True

    with pytest.raises(Cancelled):
        DemoService(library.context).populate(5, 10, should_cancel=cancel)

    assert library.settings.library_name() == DEFAULT_LIBRARY_NAME
    assert db_rows("SELECT * FROM library_settings") == []
