"""Call numbers: scheme recognition, shelf order, spine-label lines.

The orderings are the ones shelving guides teach: Dewey read digit by digit after the point,
LC class letters then the class number as a whole number, Cutters as decimals, "nothing
before something", volumes as numbers.
"""

from __future__ import annotations

import random
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libtech_desktop.domain.callnumbers import Scheme, classify, shelf_key, spine_lines

#: Dewey shelf order, as a shelver reads it (spellings vary on purpose).
DEWEY_ORDER = [
    "004 HAR",
    "005.1 KNU",
    "005.13 ABE",
    "005.133 LUT",
    "005.133 LUT 2013",
    "005.133 LUT 2013 v.2",
    "005.133 LUT 2013 v.10",
    "005.2 SMI",
    "100 ARI",
    "150.1 FRE",
    "500 SAG",
    "523.1 HAW",
    "599.75 SCH",
    "641.5 CHI",
    "641.5 OLI",
    "641.59 BAY",
    "641.5945 HAZ",
    "641.597 MAR",
    "641.6 WAT",
    "823 AUS",
    "823.08 SMI",
    "823.9 ORW",
    "823.912 ORW",
    "823.914 AMI",
    "823.914 S655",
    "823.914 S655m",
    "823.914 S66",
    "823.914 SMI",
    "823.92 ROW",
    "973.7 LIN",
    "973.71 GOO",
]

#: LC shelf order: letters, whole class number, its decimal, Cutters as decimals, dates, volumes.
LC_ORDER = [
    "B 945 .D4 2005",
    "BF 21 .A7 1990",
    "BF21 .A75",
    "BF 21 .A8",
    "BF 211 .C5",
    "BX 1 .A2",
    "DS 753 .C43 1996 v.2",
    "DS 753 .C43 1996 v.10",
    "DS753.13 .A2",
    "DS 753.2 .B4",
    "E 185.61 .K5 1990",
    "KF4550 .A2 1990",
    "KF 4550 .Z9 A3",
    "PR 6063 .A438 Z5",
    "PS 3545 .I3 A6",
    "PS3545.I345 1990",
    "PS3545.I345 Z5 1990",
    "PS 3545 .I35 A6",
    "QA 9 .B3",
    "QA 76 .A1",
    "QA 76.73 .J38 S3",
    "QA76.73.P98 L877 2013",
    "QA76.73.P98 L877 2013 v.2",
    "QA 76.9 .D3",
    "QA 100 .C2",
    "Z 699 .A1",
]


def shuffled(items: list[str], seed: int) -> list[str]:
    copy = list(items)
    random.Random(seed).shuffle(copy)
    return copy


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("order", [DEWEY_ORDER, LC_ORDER], ids=["dewey", "lc"])
def test_shuffled_call_numbers_sort_back_into_shelf_order(order: list[str], seed: int) -> None:
    assert sorted(shuffled(order, seed), key=shelf_key) == order


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("823.914 SMI", "823.92 SMI"),
        ("823 SMI", "823.0 SMI"),  # nothing before something
        ("823.1 ABC", "823.10 ABC"),  # a trailing zero is something
        ("5 GAT", "100 ARI"),
        ("QA76 .A1", "QA100 .A1"),
        ("QA76.73 .A1", "QA76.8 .A1"),
        ("PS3545 .I3", "PS3545 .I345"),
        ("PS3545 .I345", "PS3545 .I35"),
        ("DS753 .C43 v.2", "DS753 .C43 v.10"),
        ("FIC SMI", "FIC SMITH"),
        ("FIC SMITH", "FIC SMYTHE"),
        ("PS3545 .I345 Z5 1990", "PS3545 .I345 Z5 1991"),
        ("A1 .B1 C1 2000", "A1 .B1 C1 2000a"),
        ("A1 .B1 C1 2000 no.2", "A1 .B1 C1 2000 no.11"),
        ("823.914 S655m", "823.914 S6551"),  # work marks stay with their author number
    ],
)
def test_pairs_in_shelf_order(first: str, second: str) -> None:
    assert shelf_key(first) < shelf_key(second)


def test_lc_class_letters_file_letter_by_letter_before_the_number() -> None:
    order = ["AB9.22 L3", "ABR92.L3", "B82 L3", "B82.2 L3", "B822 L3", "B8220 L3"]
    assert sorted(shuffled(order, 1), key=shelf_key) == order


def test_each_prefix_is_its_own_collection_after_the_unprefixed_stacks() -> None:
    order = [
        "823.914 SMI",
        "QA76.73.P98 L877 2013",
        "B LIN",
        "FIC SMI",
        "FIC SMITH",
        "J 641.5 OLI",
        "J FIC SMI",
        "REF 030 WOR",
        "REF QA76 .A1",
        "YA 813.54 GRE",
    ]
    assert sorted(shuffled(order, 2), key=shelf_key) == order


@pytest.mark.parametrize(
    "variants",
    [
        [
            "QA76.73.P98 L877 2013",
            "QA 76.73 .P98 L877 2013",
            "qa76.73 .p98 l877 2013",
            "  QA76.73.P98   L877\t2013 ",
            "QA76.73 .P98L877 2013",
        ],
        ["PS3545.I345 Z5 1990", "PS 3545 .I345 Z5 1990", "ps3545 .i345z5 1990"],
        ["DS 753 .C43 1996 v.2", "DS753.C43 1996 V. 2", "ds 753 .c43 1996 v 2"],
        ["823.914 SMI", "823.914 smi", "823/.914 SMI", "823'.914 SMI", "823.914SMI"],
        ["FIC SMI", "fic smi", "Fic. Smi", "FIC  SMI"],
        ["J 641.5 OLI", "j 641.5 oli"],
        ["5 GAT", "005 GAT"],
        ["Box 12", "box-12", "BOX  12"],
        ["FIC ÉMILE", "FIC EMILE"],
    ],
)
def test_spelling_variants_share_a_key(variants: list[str]) -> None:
    assert len({shelf_key(variant) for variant in variants}) == 1


@pytest.mark.parametrize(
    ("call_number", "scheme"),
    [
        ("823.914 SMI", Scheme.DEWEY),
        ("J 641.5 OLI", Scheme.DEWEY),
        ("FIC SMI", Scheme.DEWEY),
        ("REF 030 WOR", Scheme.DEWEY),
        ("REF 030 W927", Scheme.DEWEY),
        ("B LIN", Scheme.DEWEY),
        ("DVD 791.43 STA", Scheme.DEWEY),
        ("5 GAT", Scheme.DEWEY),
        ("PS3545.I345 Z5 1990", Scheme.LC),
        ("QA76.73.P98 L877 2013", Scheme.LC),
        ("KF 4550 .A2 1990", Scheme.LC),
        ("DS 753 .C43 1996 v.2", Scheme.LC),
        ("E 185.61 .K5 1990", Scheme.LC),  # a dotted Cutter: class E, not Easy
        ("B 945 .D4 2005", Scheme.LC),
        ("REF QA76.73 .P98", Scheme.LC),
        ("", Scheme.LOCAL),
        ("Box 12", Scheme.LOCAL),
        ("12345", Scheme.LOCAL),
        ("Pamphlet file", Scheme.LOCAL),
    ],
)
def test_classify(call_number: str, scheme: Scheme) -> None:
    assert classify(call_number) is scheme


@pytest.mark.parametrize(
    ("call_number", "prefix", "lines"),
    [
        ("FIC SMI", None, ("FIC", "SMI")),
        ("823.914 SMI", None, ("823.914", "SMI")),
        ("PS3545.I345 Z5 1990", None, ("PS", "3545", ".I345", "Z5", "1990")),
        ("PS3545 .I345Z5 1990", None, ("PS", "3545", ".I345", "Z5", "1990")),
        ("QA76.73.P98 L877 2013", None, ("QA", "76.73", ".P98", "L877", "2013")),
        ("DS 753 .C43 1996 v.2", None, ("DS", "753", ".C43", "1996", "v.2")),
        ("KF 4550 .A2 1990", None, ("KF", "4550", ".A2", "1990")),
        ("J 641.5 OLI", None, ("J", "641.5", "OLI")),
        ("J FIC SMI", None, ("J", "FIC", "SMI")),
        ("B LIN", None, ("B", "LIN")),
        ("823.914 SMI", "REF", ("REF", "823.914", "SMI")),
        ("REF 030 WOR", "REF", ("REF", "030", "WOR")),
        ("ref 030 WOR", "REF", ("ref", "030", "WOR")),
        ("FIC SMI", "YA", ("YA", "FIC", "SMI")),
        ("QA76 .A1", "REF", ("REF", "QA", "76", ".A1")),
        ("FIC SMI", "  ", ("FIC", "SMI")),
        ("823/.914 SMI", None, ("823.914", "SMI")),
        ("641.5973 OLI", None, ("641.5973", "OLI")),  # 8 characters fit one line
        ("362.29168 SMI", None, ("362.291", "68", "SMI")),
        ("331.8812923 ABC", None, ("331.881", "2923", "ABC")),
        ("823.914 S655m 1990 c.2", None, ("823.914", "S655m", "1990", "c.2")),
        ("Box 12", None, ("Box", "12")),
        ("", None, ()),
    ],
)
def test_spine_lines(call_number: str, prefix: str | None, lines: tuple[str, ...]) -> None:
    assert spine_lines(call_number, prefix) == lines


@given(st.text())
def test_odd_text_never_raises_and_gives_the_same_answer_twice(text: str) -> None:
    key = shelf_key(text)
    assert isinstance(key, str)
    assert key == shelf_key(text)
    assert classify(text) in set(Scheme)
    assert all(line for line in spine_lines(text, text))


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_case_and_spacing_never_change_a_key(text: str) -> None:
    assert shelf_key(text) == shelf_key(f"  {text.lower()} ".replace(" ", "  "))


dewey_numbers = st.tuples(st.integers(0, 999), st.text(alphabet="0123456789", max_size=6)).map(
    lambda parts: f"{parts[0]}.{parts[1]}" if parts[1] else str(parts[0])
)


@given(dewey_numbers, dewey_numbers)
def test_dewey_numbers_sort_by_value(first: str, second: str) -> None:
    if Decimal(first) < Decimal(second):
        assert shelf_key(f"{first} SMI") < shelf_key(f"{second} ABC")


lc_classes = st.tuples(
    st.sampled_from(["B", "BF", "BX", "DS", "E", "KF", "PS", "QA", "Z"]),
    st.integers(1, 9999),
    st.text(alphabet="0123456789", min_size=1, max_size=4),
)


@given(lc_classes, lc_classes)
def test_lc_class_numbers_sort_by_letters_then_value(
    first: tuple[str, int, str], second: tuple[str, int, str]
) -> None:
    def call_number(parts: tuple[str, int, str]) -> str:
        return f"{parts[0]}{parts[1]}.{parts[2]} .A1"

    def value(parts: tuple[str, int, str]) -> tuple[str, Decimal]:
        return parts[0], parts[1] + Decimal(f"0.{parts[2]}")

    if value(first) < value(second):
        assert shelf_key(call_number(first)) < shelf_key(call_number(second))
