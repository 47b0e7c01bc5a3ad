"""Turn what a technician types in the search box into an SQLite FTS5 MATCH expression.

Grammar (operators are upper case, so "war and peace" stays three plain words)::

    query    := or_expr
    or_expr  := and_expr ("OR" and_expr)*
    and_expr := unary (["AND"] unary)*          -- at least one unary not negated
    unary    := ("-" | "NOT") primary | primary
    primary  := "(" or_expr ")" | [field ":"] (word | '"' phrase '"')

Every term reaches FTS5 as a quoted string (``"dune"*``), so nothing typed can be
read by FTS5 as syntax: ``*``, ``^``, ``:``, ``+`` and ``NEAR`` become text that the
tokenizer splits or drops. The index is expected to use
``tokenize='unicode61 remove_diacritics 2'`` and to hold ISBNs in compact form
(digits and X, no hyphens), which is what the ISBN terms here look for.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from stdnum import isbn as stdnum_isbn

from libtech_desktop.domain.errors import InvalidInput

COLUMNS = ("title", "author", "subjects", "series", "notes", "summary", "isbn", "call_number")

#: (short prefix, long prefix, column) for each field a technician can name.
_FIELD_TABLE = (
    ("ti", "title", "title"),
    ("au", "author", "author"),
    ("su", "subject", "subjects"),
    ("se", "series", "series"),
    ("no", "note", "notes"),
    ("isbn", "isbn", "isbn"),
    ("cn", "callnumber", "call_number"),
)
FIELDS = {name: column for short, long, column in _FIELD_TABLE for name in (short, long)}
_KNOWN_FIELDS = ", ".join(f"{s}: ({lo}:)" if s != lo else f"{s}:" for s, lo, _ in _FIELD_TABLE)

#: FTS5's parser stack overflows at 11 nested groups in the worst case; nobody types 6.
MAX_NESTING = 6

_FIELD_RE = re.compile(r"([A-Za-z]+):(.*)", re.DOTALL)
_ISBN_SHAPE = re.compile(r"\d[\d-]*[\dXx]")
_OPERATORS = frozenset({"OR", "AND", "NOT", "-"})


class SearchSyntaxError(InvalidInput):
    """A search the parser cannot make sense of; the message says how to fix it."""

    code = "search_syntax"


@dataclass(frozen=True)
class RankTerm:
    """A term searched for (not excluded): ``expr`` in FTS5 syntax, limited to ``column``
    when the technician named a field. The ranking asks which columns hold one."""

    column: str | None
    expr: str


@dataclass(frozen=True)
class SearchQuery:
    """``match`` goes to ``WHERE fts MATCH ?``; ``terms`` (folded) are for highlighting;
    ``ranked`` are the terms searched for, for ranking (see ``RankTerm``)."""

    match: str
    terms: tuple[str, ...]
    ranked: tuple[RankTerm, ...] = ()


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "phrase", "field", "(", ")", "OR", "AND", "NOT", "-"
    text: str  # as typed, so messages quote the technician's own words


def parse_query(text: str) -> SearchQuery:
    """Parse a search box entry; raises SearchSyntaxError, never anything else, on bad input."""
    parser = _Parser(_tokenize(_clean(text)))
    match = parser.parse()
    return SearchQuery(
        match=match,
        terms=tuple(dict.fromkeys(parser.terms)),
        ranked=tuple(dict.fromkeys(parser.ranked)),
    )


def fold(text: str) -> str:
    """Lower-case and strip Latin diacritics, as unicode61 remove_diacritics 2 does, so
    "García" typed here matches "Garcia" in the index and the other way round."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    kept = "".join(char for char in decomposed if not "\u0300" <= char <= "\u036f")
    return unicodedata.normalize("NFC", kept)


def _clean(text: str) -> str:
    """Control characters (a NUL ends an FTS5 string early) and lone surrogates become spaces."""
    return "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c for c in text)


def _has_token_chars(text: str) -> bool:
    """True when unicode61 would find a token: punctuation alone would match nothing."""
    return any(unicodedata.category(c)[0] in "LN" or unicodedata.category(c) == "Co" for c in text)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char.isspace():
            pos += 1
        elif char in "()":
            tokens.append(_Token(char, char))
            pos += 1
        elif char == '"':
            pos = _read_phrase(text, pos, tokens)
        else:
            pos = _read_word(text, pos, tokens)
    return tokens


def _add_term(tokens: list[_Token], kind: str, text: str) -> None:
    """Terms of punctuation alone are dropped, so "Dune - Messiah" still finds the book."""
    if _has_token_chars(text):
        tokens.append(_Token(kind, text))


def _read_phrase(text: str, start: int, tokens: list[_Token]) -> int:
    end = text.find('"', start + 1)
    if end < 0:
        raise SearchSyntaxError(_unclosed_quote_message(text, start))
    _add_term(tokens, "phrase", text[start + 1 : end])
    return end + 1


def _unclosed_quote_message(text: str, start: int) -> str:
    before, after = text[:start].split(), text[start + 1 :].split()
    if before and (not after or not text[start - 1].isspace()):
        where = f"after ‘{before[-1]}’"
    elif after:
        where = f"before ‘{after[0]}’"
    else:
        return 'The quote " has nothing after it. Remove it, or type a phrase between two quotes.'
    return f'The quote {where} is never closed. Add a closing " or remove it.'


def _read_word(text: str, start: int, tokens: list[_Token]) -> int:
    end = start
    while end < len(text) and not text[end].isspace() and text[end] not in '()"':
        end += 1
    word = text[start:end]
    next_char = text[end : end + 1]
    if word in _OPERATORS - {"-"}:
        tokens.append(_Token(word, word))
    elif word.startswith("-") and (
        _has_token_chars(word[1:]) or (word == "-" and next_char in ('"', "("))
    ):
        tokens.append(_Token("-", "-"))
        return start + 1  # read what follows the minus as a token of its own
    elif match := _FIELD_RE.fullmatch(word):
        if match.group(1).lower() not in FIELDS:
            raise SearchSyntaxError(
                f"‘{match.group(1)}:’ is not a field. Known fields: {_KNOWN_FIELDS}. "
                f'To search for the text itself, put it in quotes: "{word}".'
            )
        tokens.append(_Token("field", match.group(1)))
        _add_term(tokens, "word", match.group(2))
    else:
        _add_term(tokens, "word", word)
    return end


def _isbn_forms(value: str) -> tuple[str, ...]:
    """ISBN-13 and ISBN-10 spellings of a valid ISBN, so either finds a record stored with
    the other; empty when ``value`` is not a valid ISBN."""
    compact = stdnum_isbn.compact(value)
    if not stdnum_isbn.is_valid(compact):
        return ()
    forms = [stdnum_isbn.to_isbn13(compact)]
    if forms[0].startswith("978"):  # 979- ISBNs have no ISBN-10
        forms.append(stdnum_isbn.to_isbn10(forms[0]))
    return tuple(form.lower() for form in forms)


def _join(parts: list[str], operator: str) -> str:
    return parts[0] if len(parts) == 1 else "(" + f" {operator} ".join(parts) + ")"


def _missing_term(prev: _Token | None, tok: _Token | None) -> SearchSyntaxError:
    """Explain why a word was expected here, in terms of what the technician typed."""
    if prev is None and tok is None:
        message = 'Type a word, a "quoted phrase" or a field search such as ti:dune.'
    elif prev is not None and prev.kind == "field":
        message = f'‘{prev.text}:’ needs a word or a quoted phrase right after it, e.g. {prev.text}:dune or {prev.text}:"dune messiah".'
    elif tok is None:
        message = f"‘{prev.text if prev else ''}’ at the end of the search needs a word after it."
    elif prev is not None and prev.kind == "(" and tok.kind == ")":
        message = "The parentheses ‘()’ are empty. Put words inside them or remove them."
    elif tok.kind == ")":
        where = f"after ‘{prev.text}’" if prev else "at the start"
        message = f"The ‘)’ {where} has nothing to close or needs a word before it."
    elif prev is None or prev.kind == "(":
        message = f"‘{tok.text}’ cannot start a search or a group: put it between two words, e.g. dune OR arrakis."
    else:
        message = f"‘{prev.text} {tok.text}’: two operators in a row. Put a word between them or remove one."
    return SearchSyntaxError(message)


@dataclass
class _Parser:
    """Recursive descent over the tokens; emits fully parenthesised FTS5 text."""

    tokens: list[_Token]
    pos: int = 0
    depth: int = 0
    negated: bool = False
    terms: list[str] = field(default_factory=list)
    ranked: list[RankTerm] = field(default_factory=list)

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        self.pos += 1
        return self.tokens[self.pos - 1]

    def previous(self) -> _Token | None:
        return self.tokens[self.pos - 1] if self.pos > 0 else None

    def parse(self) -> str:
        expr = self.or_expr()
        if self.peek() is not None:  # or_expr stops early only at a ")"
            prev = self.previous()
            raise SearchSyntaxError(
                f"The ‘)’ after ‘{prev.text if prev else ''}’ has no matching ‘(’. Remove it or add a ‘(’."
            )
        return expr

    def or_expr(self) -> str:
        parts = [self.and_expr()]
        while (tok := self.peek()) is not None and tok.kind == "OR":
            self.take()
            parts.append(self.and_expr())
        return _join(parts, "OR")

    def and_expr(self) -> str:
        """FTS5's NOT is binary, so exclusions are gathered and subtracted from the rest."""
        wanted: list[str] = []
        excluded: list[str] = []
        while True:
            is_negated, expr = self.unary()
            (excluded if is_negated else wanted).append(expr)
            tok = self.peek()
            if tok is None or tok.kind in ("OR", ")"):
                break
            if tok.kind == "AND":
                self.take()
        if not wanted:
            raise SearchSyntaxError(
                "Exclusions (-word, NOT word) need a word to search for beside them, on the same side "
                "of any OR: e.g. herbert -dune."
            )
        base = _join(wanted, "AND")
        return f"({base} NOT {_join(excluded, 'OR')})" if excluded else base

    def unary(self) -> tuple[bool, str]:
        tok = self.peek()
        if tok is None or tok.kind not in ("-", "NOT"):
            return False, self.primary()
        self.take()
        outer, self.negated = self.negated, True
        try:
            return True, self.primary()
        finally:
            self.negated = outer

    def primary(self) -> str:
        tok = self.peek()
        if tok is None or tok.kind in _OPERATORS | {")"}:
            raise _missing_term(self.previous(), tok)
        self.take()
        if tok.kind == "(":
            return self.group()
        if tok.kind == "field":
            return self.field_term(tok)
        forms = (
            _isbn_forms(tok.text) if tok.kind == "word" and _ISBN_SHAPE.fullmatch(tok.text) else ()
        )
        return self.isbn_term(forms) if forms else self.term(tok, None)

    def group(self) -> str:
        opening = self.pos - 1
        self.depth += 1
        if self.depth > MAX_NESTING:
            raise SearchSyntaxError(f"Parentheses nest more than {MAX_NESTING} deep. Remove some.")
        inner = self.or_expr()
        if self.peek() is None:
            after = self.tokens[opening + 1].text
            raise SearchSyntaxError(
                f"The ‘(’ before ‘{after}’ is never closed. Add a ‘)’ or remove the ‘(’."
            )
        self.take()
        self.depth -= 1
        return inner  # already parenthesised by _join when it needs to be

    def field_term(self, field_tok: _Token) -> str:
        tok = self.peek()
        if tok is None or tok.kind not in ("word", "phrase"):
            raise _missing_term(field_tok, tok)
        self.take()
        column = FIELDS[field_tok.text.lower()]
        if column != "isbn":
            return self.term(tok, column)
        compact = re.sub(r"[\s-]", "", tok.text)
        forms = _isbn_forms(compact)
        return self.isbn_term(forms) if forms else self.term(_Token("word", compact), column)

    def term(self, tok: _Token, column: str | None) -> str:
        """A word is a prefix term, a phrase is exact; both quoted so FTS5 sees no syntax."""
        text = fold(tok.text.rstrip("*") if tok.kind == "word" else tok.text)
        self.note(text)
        expr = _quote(text) + ("*" if tok.kind == "word" else "")
        self.rank(column, expr)
        return f"{{{column}}} : {expr}" if column else expr

    def isbn_term(self, forms: tuple[str, ...]) -> str:
        for form in forms:
            self.note(form)
        expr = _join([_quote(form) for form in forms], "OR")
        self.rank("isbn", expr)
        return "{isbn} : " + expr

    def rank(self, column: str | None, expr: str) -> None:
        if not self.negated:
            self.ranked.append(RankTerm(column, expr))

    def note(self, term: str) -> None:
        """Excluded words are not highlighted: they cannot appear in the results."""
        if not self.negated:
            self.terms.append(term)
