"""The search box parser: what a technician types becomes an FTS5 MATCH that SQLite accepts."""

from __future__ import annotations

import sqlite3
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.search_query import (
    COLUMNS,
    MAX_NESTING,
    RankTerm,
    SearchQuery,
    SearchSyntaxError,
    fold,
    parse_query,
)

ROWS = {
    1: (
        "Dune",
        "Herbert, Frank",
        "Science fiction",
        "Dune chronicles",
        "9780441013593",
        "PS3558.E63 D8",
    ),
    2: (
        "Cien años de soledad",
        "García Márquez, Gabriel",
        "Colombia fiction",
        "",
        "9780060883287",
        "PQ8180.17 C5",
    ),
    3: (
        "The Hobbit, or, There and Back Again",
        "Tolkien, J. R. R.",
        "Fantasy",
        "",
        "9780547928227",
        "PR6039.O32 H6",
    ),
    4: (
        "Dune messiah",
        "Herbert, Frank",
        "Science fiction",
        "Dune chronicles",
        "9780593098233",
        "PS3558.E63 D85",
    ),
}


@cache
def catalogue() -> sqlite3.Connection:
    """An FTS5 table shaped like the real index, with ISBNs stored compact as ISBN-13."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        f"CREATE VIRTUAL TABLE t USING fts5({', '.join(COLUMNS)}, "
        "tokenize='unicode61 remove_diacritics 2')"
    )
    for rowid, (title, author, subjects, series, isbn, call_number) in ROWS.items():
        connection.execute(
            "INSERT INTO t(rowid, title, author, subjects, series, notes, summary, isbn, call_number)"
            " VALUES (?, ?, ?, ?, ?, '', '', ?, ?)",
            (rowid, title, author, subjects, series, isbn, call_number),
        )
    return connection


def search(text: str) -> set[int]:
    rows = catalogue().execute("SELECT rowid FROM t WHERE t MATCH ?", (parse_query(text).match,))
    return {rowid for (rowid,) in rows}


def syntax_error(text: str) -> str:
    with pytest.raises(SearchSyntaxError) as caught:
        parse_query(text)
    return caught.value.message


# --- the expression ----------------------------------------------------------------------


def test_words_are_prefix_terms_anded() -> None:
    assert parse_query("Dune messiah") == SearchQuery(
        '("dune"* AND "messiah"*)',
        ("dune", "messiah"),
        (RankTerm(None, '"dune"*'), RankTerm(None, '"messiah"*')),
    )


def test_ranked_terms_keep_their_field_and_leave_out_exclusions() -> None:
    assert parse_query("ti:dune herbert -messiah 0-8044-2957-X").ranked == (
        RankTerm("title", '"dune"*'),
        RankTerm(None, '"herbert"*'),
        RankTerm("isbn", '("9780804429573" OR "080442957x")'),
    )


def test_a_quoted_phrase_is_exact() -> None:
    assert parse_query('"The Hobbit"').match == '"the hobbit"'


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("ti:dune", '{title} : "dune"*'),
        ("title:dune", '{title} : "dune"*'),
        ("TI:Dune", '{title} : "dune"*'),
        ("au:herbert", '{author} : "herbert"*'),
        ("author: herbert", '{author} : "herbert"*'),
        ("su:fiction", '{subjects} : "fiction"*'),
        ("subject:fiction", '{subjects} : "fiction"*'),
        ("se:chronicles", '{series} : "chronicles"*'),
        ("no:signed", '{notes} : "signed"*'),
        ("note:signed", '{notes} : "signed"*'),
        ("cn:PS3558", '{call_number} : "ps3558"*'),
        ("callnumber:PS3558", '{call_number} : "ps3558"*'),
        ('ti:"the hobbit"', '{title} : "the hobbit"'),
    ],
)
def test_a_field_prefix_filters_the_next_word_or_phrase(text: str, match: str) -> None:
    assert parse_query(text).match == match


def test_or_binds_looser_than_and() -> None:
    assert parse_query("a OR b c").match == '("a"* OR ("b"* AND "c"*))'


def test_explicit_and_is_the_same_as_a_space() -> None:
    assert parse_query("dune AND messiah").match == parse_query("dune messiah").match


@pytest.mark.parametrize("text", ["dune -messiah", "dune NOT messiah", "-messiah dune"])
def test_exclusion_becomes_binary_not(text: str) -> None:
    query = parse_query(text)
    assert query.match == '("dune"* NOT "messiah"*)'
    assert query.terms == ("dune",)  # excluded words are not highlighted


def test_parentheses_group() -> None:
    assert parse_query("(a OR b) -(c d)").match == '(("a"* OR "b"*) NOT ("c"* AND "d"*))'


def test_lower_case_operators_are_plain_words() -> None:
    assert parse_query("war and peace").terms == ("war", "and", "peace")


def test_input_is_folded_like_the_tokenizer() -> None:
    assert fold("García MÁRQUEZ Ñandú") == "garcia marquez nandu"
    assert parse_query("Gabriel García").match == parse_query("gabriel garcia").match


def test_punctuation_alone_is_not_a_term() -> None:
    assert parse_query("Dune - Messiah").match == '("dune"* AND "messiah"*)'


def test_a_trailing_star_is_the_prefix_already() -> None:
    assert parse_query("hob*").match == '"hob"*'


@pytest.mark.parametrize(
    "text", ["0-441-01359-7", "0441013597", "978-0-441-01359-3", "9780441013593"]
)
def test_a_bare_isbn_searches_both_forms_in_the_isbn_column(text: str) -> None:
    query = parse_query(text)
    assert query.match == '{isbn} : ("9780441013593" OR "0441013597")'
    assert query.terms == ("9780441013593", "0441013597")


def test_an_isbn_ending_in_x() -> None:
    assert parse_query("0-8044-2957-X").match == '{isbn} : ("9780804429573" OR "080442957x")'


def test_a_979_isbn_has_no_isbn_10() -> None:
    assert parse_query("979-10-90636-07-1").match == '{isbn} : "9791090636071"'


def test_a_number_with_a_wrong_check_digit_is_a_plain_word() -> None:
    assert parse_query("0441013598").match == '"0441013598"*'


def test_isbn_field_strips_hyphens_and_spaces() -> None:
    assert (
        parse_query('isbn:"978 0 441 01359 3"').match
        == '{isbn} : ("9780441013593" OR "0441013597")'
    )
    assert parse_query("isbn:978-0-441").match == '{isbn} : "9780441"*'


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("NEAR(a b)", '("near"* AND ("a"* AND "b"*))'),
        ("a*b^c:d+e", '"a*b^c:d+e"*'),
        ('ab"cd"', '("ab"* AND "cd")'),
        ("10:30", '"10:30"*'),
        ("a\x00b", '("a"* AND "b"*)'),
    ],
)
def test_fts5_syntax_characters_stay_inside_quotes(text: str, match: str) -> None:
    assert parse_query(text).match == match


# --- the technician's mistakes -----------------------------------------------------------


def test_unclosed_quote_names_the_word_beside_it() -> None:
    assert (
        syntax_error('tolkien hobbit"')
        == 'The quote after ‘hobbit’ is never closed. Add a closing " or remove it.'
    )
    assert "before ‘the’" in syntax_error('"the hobbit')


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Type a word"),
        ("   ", "Type a word"),
        ("***", "Type a word"),
        ("(dune", "The ‘(’ before ‘dune’ is never closed"),
        ("dune)", "The ‘)’ after ‘dune’ has no matching ‘(’"),
        (")dune", "‘)’ at the start"),
        ("()", "parentheses ‘()’ are empty"),
        ("ti:", "‘ti:’ needs a word or a quoted phrase"),
        ("ti: OR dune", "‘ti:’ needs a word or a quoted phrase"),
        ("ti:(dune)", "‘ti:’ needs a word or a quoted phrase"),
        ("OR dune", "‘OR’ cannot start a search"),
        ("dune OR", "‘OR’ at the end of the search"),
        ("dune AND OR messiah", "‘AND OR’: two operators in a row"),
        ("dune NOT", "‘NOT’ at the end"),
        ("-dune", "need a word to search for"),
        ("NOT dune", "need a word to search for"),
        ("herbert OR -dune", "need a word to search for"),
        ("(" * (MAX_NESTING + 1) + "a" + ")" * (MAX_NESTING + 1), "nest more than"),
    ],
)
def test_mistakes_get_a_message(text: str, fragment: str) -> None:
    assert fragment in syntax_error(text)


def test_unknown_field_lists_the_known_ones() -> None:
    message = syntax_error("xx:dune")
    assert message.startswith("‘xx:’ is not a field.")
    for known in ("ti:", "au:", "su:", "se:", "no:", "isbn:", "cn:", "callnumber:"):
        assert known in message
    assert parse_query('"xx:dune"').match == '"xx:dune"'  # the way out the message suggests


def test_the_error_is_an_invalid_input_with_its_own_code() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_query("(")
    assert caught.value.code == "search_syntax"


# --- FTS5 accepts whatever does not raise --------------------------------------------------


def accepted_or_refused(text: str) -> None:
    try:
        match = parse_query(text).match
    except SearchSyntaxError:
        return
    catalogue().execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall()


@given(st.text())
def test_any_text_raises_search_syntax_error_or_is_accepted_by_fts5(text: str) -> None:
    accepted_or_refused(text)


PIECES = ['"', "(", ")", "-", "*", "^", ":", "+", "ti:", "isbn:", "xx:", "OR", "AND", "NOT", "NEAR",
          "dune", "Garcí\u0301a", "0-441-01359-7", " ", "\x00", "{", "}", ",", ".", "'"]  # fmt: skip


@settings(max_examples=500)
@given(st.lists(st.sampled_from(PIECES), max_size=20).map("".join))
def test_syntax_soup_raises_search_syntax_error_or_is_accepted_by_fts5(text: str) -> None:
    accepted_or_refused(text)


@pytest.mark.parametrize("level", ["a OR e -f -(", "a (b OR c -d e ", "x -(a b "])
def test_the_deepest_nesting_allowed_is_accepted_by_fts5(level: str) -> None:
    match = parse_query("x " + level * MAX_NESTING + "y" + ")" * MAX_NESTING).match
    catalogue().execute("SELECT rowid FROM t WHERE t MATCH ?", (match,)).fetchall()


# --- finding records ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rowids"),
    [
        ("dune", {1, 4}),
        ("Dune -messiah", {1}),
        ("hob", {3}),
        ('"the hobbit"', {3}),
        ('"hobbit the"', set()),
        ("marquez", {2}),
        ("Gabriel Garcia", {2}),
        ("García", {2}),
        ("años", {2}),
        ("anos", {2}),
        ("au:herbert", {1, 4}),
        ("au:dune", set()),
        ("ti:dune se:chronicles", {1, 4}),
        ("su:fiction -herbert", {2}),
        ("tolkien OR marquez", {2, 3}),
        ("(tolkien OR herbert) -messiah", {1, 3}),
        ("cn:ps3558", {1, 4}),
        ("0-441-01359-7", {1}),
        ("isbn:0441013597", {1}),
        ("isbn:978-0-547", {3}),
    ],
)
def test_searches_find_the_right_records(text: str, rowids: set[int]) -> None:
    assert search(text) == rowids
