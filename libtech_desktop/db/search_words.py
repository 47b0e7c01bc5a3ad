"""A long typed word spelled out as the indexed words it is the start of.

Every word typed in the catalogue's search box is searched as a prefix ("smith" finds
"Smithson"). FTS5 answers a prefix of up to :data:`LONGEST_PREFIX` letters from a prefix
index (migration 0013), read lazily like any word's list. A longer one ("history"*) has
no prefix index: FTS5 first merges the whole lists of every word it starts, once for each
time the expression names it (ranking names a term in each part), which on a million
records took 1-2 ms a time for "history" (37,000 records) before the first match came
back, against 0.02 ms for the word itself.

So each such prefix is looked up in the index's own vocabulary first (an ``fts5vocab``
table of kind ``instance`` in each connection's temp schema, made as the connection is
opened, ``db/engine.py``: a seek, about 0.03 ms) and
written as the words it stands for: ``"history"`` when that is the only one,
``("traveller" OR "travellers")`` for a few. The result is the same set of records (a
prefix matches a record exactly when one of its words does); the vocabulary sees this
transaction's own unsaved writes as the index does. Left as typed: a word that is not
plain ASCII letters and digits (its folding is the tokenizer's business), or one that
starts more than :data:`MAX_WORDS` words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from libtech_desktop.db.driver import DriverConnection
from libtech_desktop.db.search_schema import SEARCH_TABLE
from libtech_desktop.domain.search_query import RankTerm, SearchQuery

#: The longest prefix the index keeps (migration 0013: ``prefix = '1 2 3 4 5 6'``).
LONGEST_PREFIX = 6
#: A prefix starting more words than this is left for FTS5 to merge.
MAX_WORDS = 12
#: The index's vocabulary, one row per word occurrence, in word order.
VOCABULARY = "temp." + SEARCH_TABLE + "_words"
CREATE_VOCABULARY = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCABULARY} "
    f"USING fts5vocab(main, {SEARCH_TABLE}, instance)"
)
#: The first indexed word in [?, ?): a seek in each segment of the index.
_NEXT_WORD = f"SELECT term FROM {VOCABULARY} WHERE term >= ? AND term < ? LIMIT 1"
#: After every word that starts with a prefix (no indexed word holds this character).
_PAST = "\U0010ffff"
#: Just past a word: the smallest string greater than it (tokens hold no control characters).
_NEXT = "\x01"
_PLAIN = re.compile(r"[a-z0-9]+")


def spell_out(db: DriverConnection, query: SearchQuery) -> SearchQuery:
    """``query`` with each long plain prefix term, in its match and in its ranked terms,
    written as the words it is the start of (each looked up once)."""
    if '"*' not in query.match:
        return query
    words: dict[str, str] = {}
    match = _spelled(db, query.match, words)
    if not words:
        return query
    ranked = tuple(RankTerm(t.column, _spelled(db, t.expr, words)) for t in query.ranked)
    return SearchQuery(match, query.terms, ranked)


def _spelled(db: DriverConnection, expression: str, words: dict[str, str]) -> str:
    """``expression`` (FTS5 MATCH syntax as ``domain.search_query`` writes it) with its
    long plain prefixes spelled out; ``words`` keeps each prefix's spelling."""
    out: list[str] = []
    for text, content, prefix in _pieces(expression):
        if (
            prefix
            and content is not None
            and len(content) > LONGEST_PREFIX
            and _PLAIN.fullmatch(content)
        ):
            if content not in words:
                words[content] = _as_words(db, content) or text
            out.append(words[content])
        else:
            out.append(text)
    return "".join(out)


def _pieces(expression: str) -> Iterator[tuple[str, str | None, bool]]:
    """The expression cut into (text, its string's content or None, followed by ``*``):
    quoted strings (``""`` inside one is a quote) and the syntax between them."""
    pos, end = 0, len(expression)
    while pos < end:
        if expression[pos] != '"':
            stop = expression.find('"', pos)
            stop = end if stop < 0 else stop
            yield expression[pos:stop], None, False
            pos = stop
            continue
        close = pos + 1
        while True:
            close = expression.find('"', close)
            if close < 0:  # unterminated: not ours to mend
                yield expression[pos:], None, False
                return
            if expression.startswith('""', close):
                close += 2
                continue
            break
        prefix = expression.startswith("*", close + 1)
        stop = close + 1 + prefix
        yield expression[pos:stop], expression[pos + 1 : close].replace('""', '"'), prefix
        pos = stop


def _as_words(db: DriverConnection, prefix: str) -> str | None:
    """The indexed words starting with ``prefix`` as an FTS5 expression; None when there
    are none or too many (the prefix is then kept: FTS5 finds no match as quickly)."""
    found: list[str] = []
    low, high = prefix, prefix + _PAST
    while len(found) <= MAX_WORDS:
        row = db.execute(_NEXT_WORD, (low, high)).fetchone()
        if row is None:
            break
        found.append(str(row[0]))
        low = found[-1] + _NEXT
    if not found or len(found) > MAX_WORDS or not all(_PLAIN.fullmatch(w) for w in found):
        return None
    quoted = [f'"{word}"' for word in found]
    return quoted[0] if len(quoted) == 1 else "(" + " OR ".join(quoted) + ")"
