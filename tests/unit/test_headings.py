"""Subject headings compared the way a reader reads them."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.headings import heading_key, split_heading, tidy_heading


@pytest.mark.parametrize(
    "variant",
    [
        "Cats -- Behavior",
        "cats--behavior.",
        "CATS - Behavior",
        "Cats — Behavior",
        " Cats--Behavior ",
    ],
)
def test_ways_of_typing_one_heading_share_a_key(variant: str) -> None:
    assert heading_key(variant) == heading_key("Cats -- Behavior")


def test_accents_fold_but_different_headings_stay_apart() -> None:
    assert heading_key("Élan vital") == heading_key("elan vital")
    assert heading_key("Cats -- Behavior") != heading_key("Cats behavior")
    assert heading_key("World War, 1939-1945") == "world war 1939 1945"


def test_headings_are_tidied_to_one_form() -> None:
    assert tidy_heading("  cats--behavior. ") == "cats -- behavior"
    assert split_heading("Perl (Computer program language) -- Handbooks") == [
        "Perl (Computer program language)",
        "Handbooks",
    ]
