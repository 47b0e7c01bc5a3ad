"""The MARC record the editor edits: one line per field, and clear refusals."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.marc import (
    MarcField,
    MarcRecord,
    format_field,
    format_subfields,
    parse_field,
    parse_leader,
)


def test_a_field_reads_as_the_line_a_cataloguer_types_and_back() -> None:
    field = MarcField.of("245", "1", "4", ("a", "The price :"), ("b", "$12.95 a copy /"))

    line = format_subfields(field)

    assert line == "$aThe price :$b{dollar}12.95 a copy /"
    assert format_field(field) == "245 14 $aThe price :$b{dollar}12.95 a copy /"
    assert parse_field("245", "1", "4", line) == field


def test_a_control_field_is_its_data() -> None:
    field = parse_field("008", "", "", "850101s1985    nyu           000 0 eng  ")

    assert field.is_control_field()
    assert format_field(field).startswith("008 850101s1985")


@pytest.mark.parametrize(
    ("tag", "ind1", "ind2", "text", "message"),
    [
        ("24", "1", "0", "$aTitle", "is not a tag"),
        ("245", "11", "0", "$aTitle", "first indicator"),
        ("245", "1", "A", "$aTitle", "second indicator"),
        ("245", "1", "0", "Title", "subfields start with \\$"),
        ("245", "1", "0", "$aTitle$", "is not a subfield code"),
        ("245", "1", "0", "$aTitle$b", "subfield \\$b is empty"),
        ("245", "1", "0", "$ATitle", "is not a subfield code"),
        ("001", "", "", "", "is empty"),
    ],
)
def test_a_line_that_cannot_be_a_field_is_refused_naming_the_problem(
    tag: str, ind1: str, ind2: str, text: str, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_field(tag, ind1, ind2, text)


def test_a_leader_is_24_characters() -> None:
    assert parse_leader("00000nam a22") == "00000nam a22" + " " * 12
    with pytest.raises(InvalidInput, match="24 characters"):
        parse_leader("x" * 25)


def test_replacing_fields_keeps_their_place_or_goes_in_tag_order() -> None:
    record = MarcRecord(
        fields=(
            MarcField.control("001", "x"),
            MarcField.of("245", "0", "0", ("a", "T")),
            MarcField.of("650", " ", "0", ("a", "Old")),
            MarcField.of("700", "1", " ", ("a", "Someone")),
        )
    )
    new_650 = MarcField.of("650", " ", "4", ("a", "New"))
    a_500 = MarcField.of("500", " ", " ", ("a", "Note"))

    replaced = record.replace_tags(("650",), [new_650])
    added = record.replace_tags(("500",), [a_500])

    assert [f.tag for f in replaced.fields] == ["001", "245", "650", "700"]
    assert replaced.first("650") == new_650
    assert [f.tag for f in added.fields] == ["001", "245", "500", "650", "700"]
    assert record.first("500") is None  # records are values: the original is unchanged
