"""ISBN and ISSN checks say what is wrong; valid numbers convert and hyphenate."""

from __future__ import annotations

import re

import pytest

from libtech_desktop.domain.catalogue import normalize_isbn
from libtech_desktop.domain.errors import CheckDigitError, InvalidInput
from libtech_desktop.domain.identifiers import (
    hyphenate_isbn,
    is_valid_isbn,
    isbn10,
    isbn13,
    isbn_match_key,
    isbn_problem,
    issn_problem,
    normalize_issn,
)


@pytest.mark.parametrize(
    "raw", ["9780441478125", "978-0-441-47812-5", "0-306-40615-2", "080442957x", " 0 306 40615 2 "]
)
def test_valid_isbns(raw: str) -> None:
    assert isbn_problem(raw) is None
    assert is_valid_isbn(raw)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("978-0-441-47812-4", "the check digit should be 5, not 4"),
        ("0-306-40615-3", "the check digit should be 2, not 3"),
        ("0-8044-2957-1", "the check digit should be X, not 1"),
        ("97804414781", "it has 11 characters; an ISBN has 10 or 13 digits"),
        ("12345", "it has 5 characters; an ISBN has 10 or 13 digits"),
        ("not an isbn", "an ISBN has only digits, hyphens and perhaps a final X"),
        ("12X4567890", "only the last character of an ISBN-10 may be an X"),
        ("9770441478125", "an ISBN-13 starts with 978 or 979"),
        ("", "it is blank"),
    ],
)
def test_invalid_isbns_say_what_is_wrong(raw: str, problem: str) -> None:
    assert isbn_problem(raw) == problem
    assert not is_valid_isbn(raw)


def test_a_wrong_check_digit_is_a_check_digit_error_naming_the_digit() -> None:
    with pytest.raises(CheckDigitError, match=r"978-0-441-47812-4 is not a valid ISBN: the check"):
        isbn13("978-0-441-47812-4")
    with pytest.raises(InvalidInput, match="is not a valid ISBN: it has 5 characters"):
        isbn13("12345")


def test_normalize_isbn_delegates_and_keeps_its_contract() -> None:
    assert normalize_isbn(" 0-306-40615-2 ") == "9780306406157"
    assert normalize_isbn("  ") is None
    with pytest.raises(InvalidInput, match="9780441478124 is not a valid ISBN: the check digit"):
        normalize_isbn("9780441478124")


def test_conversion_between_10_and_13() -> None:
    assert isbn13("0-306-40615-2") == "9780306406157"
    assert isbn10("9780306406157") == "0306406152"
    assert isbn10("978-0-8044-2957-3") == "080442957X"
    assert isbn13(isbn10("9780441478125")) == "9780441478125"
    with pytest.raises(InvalidInput, match="no ISBN-10 form"):
        isbn10("979-10-90636-07-1")


def test_hyphenation_for_display() -> None:
    assert hyphenate_isbn("9780441478125") == "978-0-441-47812-5"
    assert hyphenate_isbn("0306406152") == "0-306-40615-2"
    with pytest.raises(InvalidInput):
        hyphenate_isbn("0306406153")


def test_match_key_is_isbn_13_or_none() -> None:
    assert isbn_match_key("0-306-40615-2") == isbn_match_key("978-0-306-40615-7")
    assert isbn_match_key("0306406153") is None
    assert isbn_match_key(None) is None
    assert isbn_match_key(" ") is None


@pytest.mark.parametrize("raw", ["0317-8471", "03178471", " 0317 8471 ", "2434-561x"])
def test_valid_issns_are_normalised(raw: str) -> None:
    assert issn_problem(raw) is None
    assert normalize_issn(raw) in {"0317-8471", "2434-561X"}


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("0317-8472", "the check digit should be 1, not 2"),
        ("0317-847", "it has 7 characters; an ISSN has 8"),
        ("A317-8471", "an ISSN has seven digits and a check digit (0-9 or X)"),
    ],
)
def test_invalid_issns_say_what_is_wrong(raw: str, problem: str) -> None:
    assert issn_problem(raw) == problem
    with pytest.raises(InvalidInput, match=re.escape(f"is not a valid ISSN: {problem}.")):
        normalize_issn(raw)


def test_blank_issn_is_none() -> None:
    assert normalize_issn("  ") is None
    assert normalize_issn(None) is None


@pytest.mark.parametrize("raw", ["9780306406157", "9791032300824", "9790000000018", "0306406152"])
def test_the_fast_isbn13_path_agrees_with_python_stdnum(raw: str) -> None:
    from stdnum import isbn as stdnum_isbn

    assert isbn13(raw) == stdnum_isbn.to_isbn13(stdnum_isbn.validate(raw))


def test_the_fast_isbn13_path_still_refuses_a_wrong_check_digit() -> None:
    with pytest.raises(CheckDigitError, match="should be 7"):
        isbn13("9780306406158")
