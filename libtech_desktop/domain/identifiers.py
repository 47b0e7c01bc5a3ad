"""Standard numbers on books and serials: ISBN-10/13 and ISSN (over python-stdnum).

Each check says *what* is wrong ("the check digit should be 7"), so the technician
can fix the number as typed; valid numbers are normalised for storage and matching
(ISBN-13 digits, ISSN ``NNNN-NNNC``) and hyphenated for display.
"""

from __future__ import annotations

from stdnum import ean as stdnum_ean
from stdnum import isbn as stdnum_isbn
from stdnum import issn as stdnum_issn
from stdnum.exceptions import ValidationError

from libtech_desktop.domain.errors import CheckDigitError, InvalidInput

_BOOKLAND = ("978", "979")


def _isbn10_check_digit(first_nine: str) -> str:
    total = sum((10 - i) * int(d) for i, d in enumerate(first_nine))
    check = (11 - total % 11) % 11
    return "X" if check == 10 else str(check)


def compact_isbn(raw: str) -> str:
    """The number without spaces and hyphens, X upper-cased (not validated)."""
    return str(stdnum_isbn.compact(raw.strip()))


def isbn_problem(raw: str) -> str | None:
    """What is wrong with this ISBN-10 or ISBN-13, worded for the desk; ``None`` if valid."""
    number = compact_isbn(raw)
    if not number:
        return "it is blank"
    if not all(ch.isdigit() or ch == "X" for ch in number):
        return "an ISBN has only digits, hyphens and perhaps a final X"
    if len(number) not in (10, 13):
        return f"it has {len(number)} characters; an ISBN has 10 or 13 digits"
    if "X" in number[:-1] or (len(number) == 13 and "X" in number):
        return "only the last character of an ISBN-10 may be an X"
    if len(number) == 10:
        expected = _isbn10_check_digit(number[:9])
    else:
        if not number.startswith(_BOOKLAND):
            return "an ISBN-13 starts with 978 or 979"
        expected = str(stdnum_ean.calc_check_digit(number[:12]))
    if number[-1] != expected:
        return f"the check digit should be {expected}, not {number[-1]}"
    try:
        stdnum_isbn.validate(number)
    except ValidationError as exc:  # anything the checks above do not cover
        return str(exc).rstrip(".").lower()
    return None


def is_valid_isbn(raw: str | None) -> bool:
    return bool(raw and raw.strip()) and isbn_problem(raw or "") is None


def _require_isbn(raw: str) -> str:
    text = raw.strip()
    problem = isbn_problem(text)
    if problem is not None:
        error = CheckDigitError if problem.startswith("the check digit") else InvalidInput
        raise error(f"{text} is not a valid ISBN: {problem}.")
    return compact_isbn(text)


def isbn13(raw: str) -> str:
    """A valid ISBN-10 or ISBN-13 as ISBN-13 digits; :class:`InvalidInput` (or its
    :class:`CheckDigitError`) saying what is wrong otherwise."""
    if _plainly_valid_isbn13(raw):
        return raw
    return str(stdnum_isbn.to_isbn13(_require_isbn(raw)))


def _plainly_valid_isbn13(raw: str) -> bool:
    """The common case of an import, decided without python-stdnum's general path
    (a third of a MARC import's time): 13 digits, a 978 or 979 prefix and the right EAN
    check digit, which is all python-stdnum's own validation asks of such a number."""
    if len(raw) != 13 or not raw.isdigit() or not raw.startswith(_BOOKLAND):
        return False
    if not raw.isascii():  # other scripts' digits: int() reads them one by one
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(raw[:12]))
        return raw[12] == str((10 - total % 10) % 10)
    # ASCII digits: their codes summed at once (each is 48 more than its digit)
    codes = raw.encode("ascii")
    total = sum(codes[0:12:2]) + 3 * sum(codes[1:12:2]) - 48 * 24
    return codes[12] == 48 + (10 - total % 10) % 10


def isbn10(raw: str) -> str:
    """A valid ISBN as ISBN-10 digits; refused for a 979 ISBN, which has no ISBN-10."""
    number = isbn13(raw)
    if not number.startswith("978"):
        raise InvalidInput(f"{raw.strip()} has no ISBN-10 form: only 978 ISBNs have one.")
    return str(stdnum_isbn.to_isbn10(number))


def hyphenate_isbn(raw: str) -> str:
    """A valid ISBN hyphenated for display (``978-0-441-47812-5``), as 10 or 13 digits
    as given."""
    return str(stdnum_isbn.format(_require_isbn(raw), convert=False))


def isbn_match_key(raw: str | None) -> str | None:
    """The key two spellings of one ISBN share (ISBN-13 digits); ``None`` if blank or
    invalid."""
    if not raw or not raw.strip() or isbn_problem(raw) is not None:
        return None
    return isbn13(raw)


def issn_problem(raw: str) -> str | None:
    """What is wrong with this ISSN, worded for the desk; ``None`` if valid."""
    number = str(stdnum_issn.compact(raw.strip()))
    if not number:
        return "it is blank"
    if len(number) != 8:
        return f"it has {len(number)} characters; an ISSN has 8"
    if not number[:7].isdigit() or not (number[7].isdigit() or number[7] == "X"):
        return "an ISSN has seven digits and a check digit (0-9 or X)"
    expected = str(stdnum_issn.calc_check_digit(number[:7]))
    if number[7] != expected:
        return f"the check digit should be {expected}, not {number[7]}"
    return None


def normalize_issn(raw: str | None) -> str | None:
    """A valid ISSN as ``NNNN-NNNC``, ``None`` for blank; refuse an invalid one."""
    text = (raw or "").strip()
    if not text:
        return None
    problem = issn_problem(text)
    if problem is not None:
        error = CheckDigitError if problem.startswith("the check digit") else InvalidInput
        raise error(f"{text} is not a valid ISSN: {problem}.")
    return str(stdnum_issn.format(stdnum_issn.compact(text)))
