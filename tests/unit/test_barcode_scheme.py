"""The barcode scheme: numbering, check digits (against python-stdnum) and reading codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from stdnum import ean, luhn

from libtech_desktop.domain.barcode_scheme import BarcodeScheme, ean_check_digit
from libtech_desktop.domain.errors import InvalidInput


def test_a_patron_card_is_type_institution_sequence_and_luhn_digit():
    scheme = BarcodeScheme(institution="1234", width=5)

    code = scheme.format("patron", 1)

    assert code == "21234000012"
    assert scheme.display(code) == "2 1234 00001 2"
    assert luhn.is_valid(code)


def test_items_start_with_their_own_type_digit():
    scheme = BarcodeScheme(institution="1234", width=8)

    assert scheme.format("item", 42).startswith("3123400000042")
    assert len(scheme.format("item", 42)) == 14 == scheme.length


def test_ean13_style_weighs_digits_three_and_one_from_the_right():
    # 400638133393x: the classic EAN-13 example, check digit 1.
    assert ean_check_digit("400638133393") == "1"
    scheme = BarcodeScheme(
        patron_digit="4", item_digit="5", institution="0063", width=7, check_digit="ean13"
    )
    code = scheme.format("patron", 8133393)
    assert code == "4006381333931"
    assert ean.is_valid(code)


def test_no_check_digit_leaves_the_code_one_digit_shorter():
    scheme = BarcodeScheme(institution="12", width=4, check_digit="none")

    assert scheme.format("patron", 7) == "2120007"
    assert scheme.display("2120007") == "2 12 0007"
    assert scheme.check("2120007") is None


@given(payload=st.text("0123456789", min_size=1, max_size=20))
def test_check_digits_agree_with_python_stdnum(payload):
    assert BarcodeScheme()._check_digit(payload) == luhn.calc_check_digit(payload)
    assert ean_check_digit(payload) == ean.calc_check_digit(payload)


@given(
    sequence=st.integers(1, 99_999),
    kind=st.sampled_from(["patron", "item"]),
    check=st.sampled_from(["luhn", "ean13", "none"]),
)
def test_a_formatted_code_parses_back(sequence, kind, check):
    scheme = BarcodeScheme(institution="907", width=5, check_digit=check)

    parsed = scheme.parse(scheme.format(kind, sequence))

    assert (parsed.kind, parsed.sequence) == (kind, sequence)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("21234000013", "wrong check digit (3, not 2)"),
        ("2123400001", "has 10 digits; this library's barcodes have 11"),
        ("91234000012", "starts with 9"),
        ("29999000012", "not from this library (institution code 1234)"),
        ("2123400001X", "not all digits"),
    ],
)
def test_check_says_what_is_wrong(code, words):
    scheme = BarcodeScheme(institution="1234", width=5)

    assert words in (scheme.check(code) or "")
    with pytest.raises(InvalidInput, match=words.split("(")[0].strip()):
        scheme.parse(code)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"patron_digit": "3", "item_digit": "3"}, "different type digits"),
        ({"patron_digit": "12"}, "one digit"),
        ({"institution": "12A"}, "digits only"),
        ({"institution": "123456789"}, "at most 8"),
        ({"width": 0}, "1 to 12"),
        ({"check_digit": "mod11"}, "luhn, ean13, none"),
    ],
)
def test_a_scheme_that_cannot_hold_is_refused(kwargs, words):
    with pytest.raises(InvalidInput, match=words):
        BarcodeScheme(**kwargs)


def test_a_number_past_the_sequence_width_is_refused():
    scheme = BarcodeScheme(width=3)

    assert scheme.largest_sequence == 999
    with pytest.raises(InvalidInput, match="1 to 999"):
        scheme.format("patron", 1000)
