"""A MARC import's quicker readers give exactly what the plain ones gave: python-stdnum's
verdict on every ISBN-13 the import checks by itself, and the same trimmed text and
subject headings as the straightforward code they replaced (kept here as the reference)."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from stdnum import isbn as stdnum_isbn

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.identifiers import _plainly_valid_isbn13, isbn13, isbn_problem
from libtech_desktop.domain.marc import MarcField, Subfield
from libtech_desktop.domain.record_fields import SUBDIVISION_SEP, heading_of, trim_isbd

DIGITS = "0123456789"

#: 13 ASCII digits with an ISBN's prefix, the check digit right or not.
bookland = st.builds(
    lambda prefix, body: prefix + body,
    st.sampled_from(["978", "979", "977", "970"]),
    st.text(DIGITS, min_size=10, max_size=10),
)
#: Anything an 020 $a might hold, with other scripts' digits (Arabic-Indic, full-width,
#: superscripts) that ``str.isdigit`` takes too.
odd_text = st.text(
    st.one_of(
        st.sampled_from(DIGITS + "X- "),
        st.sampled_from("٠١٢٣٤٥٦٧٨٩０１２³²"),
        st.characters(codec="utf-8"),
    ),
    max_size=16,
)


def _old_plainly_valid_isbn13(raw: str) -> bool:
    """The loop :func:`_plainly_valid_isbn13` had."""
    if len(raw) != 13 or not raw.isdigit() or not raw.startswith(("978", "979")):
        return False
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(raw[:12]))
    return raw[12] == str((10 - total % 10) % 10)


def _outcome(check, raw: str) -> object:
    try:
        return check(raw)
    except Exception as exc:  # the same failure, if the old one failed
        return type(exc), str(exc)


@given(number=bookland)
@example(number="9780306406157")  # valid
@example(number="9780306406158")  # wrong check digit
@example(number="9790000000001")  # 979-0: valid for stdnum
def test_a_plain_isbn13_is_valid_exactly_when_stdnum_says_so(number: str) -> None:
    assert _plainly_valid_isbn13(number) == stdnum_isbn.is_valid(number)
    assert _plainly_valid_isbn13(number) == _old_plainly_valid_isbn13(number)


@given(raw=st.one_of(bookland, odd_text))
@example(raw="٩٧٨٠٣٠٦٤٠٦١٥٧")  # Arabic-Indic digits: int() reads them
@example(raw="978030640615²")  # a superscript: isdigit() but not int()
def test_the_quick_isbn13_check_agrees_with_the_loop_on_any_text(raw: str) -> None:
    assert _outcome(_plainly_valid_isbn13, raw) == _outcome(_old_plainly_valid_isbn13, raw)
    if _plainly_valid_isbn13(raw):
        assert stdnum_isbn.is_valid(raw)
        assert isbn_problem(raw) is None


@given(number=bookland)
def test_isbn13_keeps_its_verdicts_and_messages(number: str) -> None:
    if stdnum_isbn.is_valid(number):
        assert isbn13(number) == number
        return
    with pytest.raises(InvalidInput) as refused:
        isbn13(number)
    assert str(refused.value) == f"{number} is not a valid ISBN: {isbn_problem(number)}."


_TRAILING_ISBD = " /:;,="
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")


def _old_trim_isbd(text: str) -> str:
    """What :func:`trim_isbd` was."""
    text = unicodedata.normalize("NFC", " ".join(text.split())).rstrip(_TRAILING_ISBD)
    if text.endswith(".") and not text.endswith("...") and not _INITIAL.search(text):
        text = text[:-1].rstrip(_TRAILING_ISBD)
    return text


#: Catalogue text: words, ISBD marks, initials, decomposed accents, odd spaces.
isbd_text = st.lists(
    st.one_of(
        st.sampled_from([*"AbC.x /:;,=.", "e\u0301", "\u00a0", "\u2003", "\n", "Z."]),
        st.characters(codec="utf-8"),
    ),
    max_size=24,
).map("".join)


@given(text=isbd_text)
@example(text="Brown, Martin C.")
@example(text="C.")
@example(text="The end...")
@example(text="Cafe\u0301 society /")
@example(text="Smith, J. ,")
@example(text="U.S.A.")
def test_trim_isbd_trims_as_it_did(text: str) -> None:
    assert trim_isbd(text) == _old_trim_isbd(text)


def _old_heading(subfields: list[tuple[str, str]]) -> str:
    main = " ".join(v for c, v in subfields if c in "abcdqt")
    rest = [v for c, v in subfields if c in "vxyz"]
    parts = [_old_trim_isbd(p) for p in (main, *rest) if p.strip()]
    return SUBDIVISION_SEP.join(p for p in parts if p)


@given(
    subfields=st.lists(st.tuples(st.sampled_from("abcdqtvxyz02"), isbd_text), max_size=6),
    twice=st.booleans(),
)
def test_a_heading_reads_as_it_did_cached_or_not(
    subfields: list[tuple[str, str]], twice: bool
) -> None:
    field = MarcField("650", " ", "0", tuple(Subfield(c, v) for c, v in subfields))
    if twice:  # the second answer comes from the cache
        heading_of(field)
    assert heading_of(field) == _old_heading(subfields)
