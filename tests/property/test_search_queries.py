"""Anything typed in the search box gives results or a clear refusal (unbalanced quotes
or parentheses, a missing word, an unknown field) — never an SQLite error."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from libtech_desktop.domain.errors import LibtechError
from libtech_desktop.domain.search_query import SearchSyntaxError, parse_query

#: The pieces searches are made of, with everything FTS5 might read as syntax.
PIECES = [
    "dune",
    "war",
    "peace",
    "García",
    "Ölund",
    "9780306406157",
    "0-306-40615-2",
    "X",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "and",
    "-",
    "(",
    ")",
    '"',
    "*",
    "^",
    ":",
    "+",
    "'",
    "ti:",
    "au:",
    "su:",
    "isbn:",
    "cn:",
    "xx:",
    "title:",
    "{",
    "}",
    "\\",
    ",",
    ".",
    "~",
]

queries = st.one_of(
    st.text(),
    st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join),
    st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
)


@given(text=queries)
def test_any_text_parses_or_is_refused_as_a_syntax_error(text):
    try:
        query = parse_query(text)
    except SearchSyntaxError as refused:
        assert str(refused).strip()
        return
    assert query.match is None or query.match.strip()


@pytest.fixture
def catalogue(library):
    for title, author in (
        ("Dune", "Herbert, Frank"),
        ("War and peace", "Tolstoy, Leo"),
        ("Cien años de soledad", "García Márquez, Gabriel"),
    ):
        library.catalogue.add_biblio(title=title, author=author)
    return library


@given(text=queries)
def test_any_search_gives_results_or_a_clear_refusal(catalogue, text):
    try:
        found = catalogue.catalogue.search(text)
    except LibtechError as refused:
        message = str(refused)
        assert message.strip()
        assert "fts5" not in message.lower() and "sqlite" not in message.lower(), message
        return
    assert len(found) <= 3


@pytest.mark.parametrize(
    ("text", "words"),
    [('"war and', "quote"), ("(dune OR war", "never closed"), ("dune)", "no matching ‘(’")],
)
def test_unbalanced_quotes_and_parentheses_are_named(text, words):
    with pytest.raises(SearchSyntaxError) as refused:
        parse_query(text)
    assert words in str(refused.value).lower()
