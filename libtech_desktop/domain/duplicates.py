"""When two records describe the same work: same ISBN, or the same title, author and
year once spelling is set aside (case, accents, punctuation, a leading article)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from libtech_desktop.domain.catalogue import Biblio, BiblioDraft

#: A run of letters and digits (what ``str.isalnum`` accepts), in any script.
_WORD = re.compile(r"[^\W_]+")

#: Leading articles dropped from a title for matching (English, French, Spanish,
#: German, Italian); French "L'" becomes the word "l". Words that are also common
#: English words (Italian "i", Portuguese "o", "as") are left alone.
ARTICLES = frozenset(
    {"a", "an", "the", "le", "la", "les", "l", "un", "une", "el", "los", "las"}
    | {"der", "die", "das", "ein", "eine", "il", "gli", "lo"}
)


def words(text: str | None) -> list[str]:
    """``text`` as words: accents stripped, case folded, punctuation as spaces."""
    plain = (text or "").casefold()
    if not plain.isascii():
        decomposed = unicodedata.normalize("NFKD", plain)
        plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _WORD.findall(plain)


def title_words(title: str) -> list[str]:
    """The title's words for matching, without a leading article (unless that is all)."""
    found = words(title)
    if len(found) > 1 and found[0] in ARTICLES:
        return found[1:]
    return found


def match_key(biblio: Biblio | BiblioDraft) -> tuple[str, str, int | None]:
    """What two records of one work share: normalised title, author, year."""
    return (" ".join(title_words(biblio.title)), " ".join(words(biblio.author)), biblio.year)


#: A stored work key is cut to the column's length (String(400)).
WORK_KEY_LENGTH = 400


@lru_cache(maxsize=4096)
def work_key(biblio: Biblio | BiblioDraft) -> str | None:
    """:func:`match_key` as one string, stored and indexed with each record so that a
    save or an import finds the records of the same work in one lookup; ``None`` for
    a record whose title has no words to match on."""
    title, author, year = match_key(biblio)
    if not title:
        return None
    return f"{title}|{author}|{year if year is not None else ''}"[:WORK_KEY_LENGTH]


def is_duplicate(a: Biblio, b: Biblio) -> bool:
    """Same ISBN, or same normalised title, author and year (not the same record)."""
    if a.id == b.id:
        return False
    if a.isbn and a.isbn == b.isbn:
        return True
    return bool(match_key(a)[0]) and match_key(a) == match_key(b)
