"""Call numbers: which scheme a call number is in, where it stands on the shelf, how its spine
label reads.

Call numbers do not sort as text ("QA100" would come before "QA76", "823.92" before
"823.914"), so :func:`shelf_key` turns one into a string whose plain ordering (``sorted``,
SQLite ``ORDER BY`` with the default BINARY collation) is shelf order. The rules:

* Parts of a key are joined by a space, lower than every character a part holds, so nothing
  comes before something: ``SMI`` < ``SMITH``, ``823`` < ``823.0`` < ``823.08``.
* Collection first: call numbers with no prefix, then each prefix as its own section of the
  library, alphabetically by words (``B`` < ``FIC`` < ``J`` < ``J FIC`` < ``JB`` < ``REF``).
* Within a collection: Dewey, then LC, then local call numbers.
* Dewey: the whole number as a number (``5`` = ``005`` < ``100``), then the decimal digits one
  by one (``823.914`` < ``823.92``; a trailing zero counts, so ``823.1`` < ``823.10``), then
  Cutters. Fiction and biographies without a number (``FIC SMI``) sort by the Cutter text.
* LC: class letters alphabetically (``B`` < ``BF`` < ``BX`` < ``C``), class number as a number
  (``QA76`` < ``QA100``), its decimal digit by digit, then Cutters.
* Cutters (both schemes): letters, then digits as a decimal fraction (``.I3`` < ``.I345`` <
  ``.I35``), then work-mark letters (``S655`` < ``S655m`` < ``S6551``: the number names the
  author, the work mark orders that author's titles).
* Dates, volumes, copies: numbers as numbers (``v.2`` < ``v.10``), numbers before letters
  (``.I345 1990`` < ``.I345 Z5``).
* Local call numbers: natural order, runs of digits compared as numbers.
* Case, spacing, accents and punctuation do not change a key.

Schemes: LC is one to three class letters, a class number of up to four digits and a Cutter
(``KF 4550 .A2``, ``QA76.73.P98``). Dewey is a number of up to three digits, maybe after
collection words (``J 641.5 OLI``), or known collection words and a Cutter (``FIC SMI``,
``B LIN``). A known collection word before a three-digit number and an undotted Cutter reads
as Dewey (``E 185 K5`` is Easy; ``E 185.61 .K5`` is LC class E). Anything else is local.

Nothing here raises: odd input is a local call number and still sorts sensibly.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

#: Words that name a collection (where a book is shelved), not a class. "E", "B", "F", "J" and
#: "R" are LC classes too; a dotted Cutter (``E 185.61 .K5``) marks those call numbers as LC.
KNOWN_PREFIXES = (
    frozenset({"REF", "REFERENCE", "R", "NEW", "STORAGE", "OS", "OVERSIZE", "FOLIO", "PER"})
    | frozenset({"J", "JUV", "JR", "JE", "JF", "JNF", "JB", "E", "EASY", "ER", "Y", "YA"})
    | frozenset({"FIC", "F", "B", "BIO", "BIOG", "MYS", "MYSTERY", "SF", "SC", "GN", "PB"})
    | frozenset({"AUDIO", "AV", "CD", "DVD", "LARGE", "PRINT", "LP", "LT"})
)

#: A Dewey number longer than this (digits and point) is broken on the spine label.
SPINE_WIDTH = 8
_DECIMALS_ON_FIRST_LINE = 3
_DIGITS_PER_LINE = 4

_SEP = " "

_LC = re.compile(
    r"(?P<letters>[A-HJ-NP-VZ][A-Z]{0,2})(?P<gap> ?)(?P<whole>\d{1,4})"
    r"(?:\.(?P<decimal>\d+))?(?!\d)(?P<rest>.*)",
    re.ASCII | re.IGNORECASE | re.DOTALL,
)
# Segmentation marks (823/.914, 641.5/973) are dropped, as on a label.
_DEWEY = re.compile(
    r"(?P<whole>\d{1,3})(?:['/]*\.(?P<decimal>[\d'/]*))?(?![\d'/])(?P<rest>.*)",
    re.ASCII | re.DOTALL,
)
_CUTTER_START = re.compile(r"\.? ?[A-Z]\d", re.ASCII | re.IGNORECASE)
_LETTERS = r"[^\W\d_]"
# A Cutter is letters, digits, then work-mark letters unless a new Cutter follows (I345Z5).
_TOKEN = re.compile(
    rf"(?P<cutter>{_LETTERS}+)(?P<digits>[0-9]+)(?:(?P<mark>{_LETTERS}++)(?![0-9]))?"
    rf"|(?P<word>{_LETTERS}+)|(?P<number>[0-9]+)"
)
_NATURAL = re.compile(rf"(?P<word>{_LETTERS}+)|(?P<number>[0-9]+)")
_GLUED_CUTTERS = re.compile(r"(?:[A-Z]\d+(?:[A-Z]++(?!\d))?)+", re.ASCII | re.IGNORECASE)
_ONE_CUTTER = re.compile(r"[A-Z]\d+(?:[A-Z]++(?!\d))?", re.ASCII | re.IGNORECASE)


class Scheme(StrEnum):
    DEWEY = "dewey"
    LC = "lc"
    LOCAL = "local"


_RANK = {Scheme.DEWEY: "1", Scheme.LC: "2", Scheme.LOCAL: "3"}


@dataclass(frozen=True)
class _Parsed:
    """A call number cut into its parts, each as typed (only spacing normalised)."""

    scheme: Scheme
    prefix: tuple[str, ...] = ()
    letters: str = ""  # LC class letters
    whole: str = ""  # class number before the point; "" for FIC SMI and local numbers
    decimal: str = ""  # class number after the point
    rest: str = ""  # Cutters, dates, volumes, copies


def classify(call_number: str) -> Scheme:
    """Which scheme ``call_number`` is in, so the desk can file it and check it."""
    return _parse(call_number).scheme


def shelf_key(call_number: str) -> str:
    """A string that sorts like the books on the shelf (rules in the module docstring)."""
    parsed = _parse(call_number)
    parts = [_collection_key(parsed.prefix), _RANK[parsed.scheme], *_body_key(parsed)]
    # Trailing empty parts only add separators; dropping them keeps the order.
    return _SEP.join(parts).rstrip(_SEP)


def spine_lines(call_number: str, prefix: str | None = None) -> tuple[str, ...]:
    """The lines of a spine label, read top to bottom as shelvers read them.

    One line per part: prefix words, LC class letters, class number, each Cutter (the first
    LC Cutter keeps its point), date, volume. ``prefix`` goes first unless the call number
    already starts with it. A Dewey number longer than :data:`SPINE_WIDTH` breaks after its
    third decimal digit, the remaining digits four to a line.
    """
    parsed = _parse(call_number)
    lines = [*parsed.prefix, *_class_lines(parsed), *_rest_lines(parsed)]
    return tuple(_with_prefix(lines, prefix))


# ---- parsing ---------------------------------------------------------------------------


def _parse(call_number: str) -> _Parsed:
    text = " ".join(call_number.split())
    words = _leading_words(text)
    remainder = " ".join(text.split(" ")[len(words) :])
    return (
        _parse_lc(words, remainder)
        or _parse_dewey(words, remainder)
        or _parse_unnumbered(words, text)
        or _Parsed(Scheme.LOCAL, rest=text)
    )


def _leading_words(text: str) -> list[str]:
    """The alphabetic words before the first number: a collection prefix or an LC class."""
    words: list[str] = []
    for word in text.split(" "):
        if not word.rstrip(".").isalpha():
            break
        words.append(word)
    return words


def _parse_lc(words: list[str], remainder: str) -> _Parsed | None:
    """LC, possibly after known prefix words (``REF QA76 .A1``)."""
    for count in range(len(words) + 1):
        if not _all_known(words[:count]):
            break
        match = _LC.fullmatch(" ".join([*words[count:], remainder]).strip())
        if match and _lc_shaped(match):
            return _Parsed(Scheme.LC, tuple(words[:count]), *_groups(match, "letters"))
    return None


def _lc_shaped(match: re.Match[str]) -> bool:
    """Turn away what only fits the LC pattern: ``BOX 12`` (no Cutter) and ``J 641.5 S773``
    (a collection prefix before a Dewey number; a dotted Cutter would make it LC)."""
    rest = match["rest"].strip()
    if not match["gap"]:
        return True
    if not _CUTTER_START.match(rest):
        return False
    return len(match["whole"]) > 3 or rest.startswith(".") or not _all_known([match["letters"]])


def _parse_dewey(words: list[str], remainder: str) -> _Parsed | None:
    match = _DEWEY.fullmatch(remainder)
    if match is None:
        return None
    whole, decimal, rest = _groups(match)
    if len(whole) < 3 and not _all_known(words):  # "Box 12" is not a Dewey number
        return None
    return _Parsed(Scheme.DEWEY, tuple(words), "", whole, re.sub("['/]", "", decimal), rest)


def _parse_unnumbered(words: list[str], text: str) -> _Parsed | None:
    """Fiction, biography, easy readers: known prefixes, then the Cutter (``J FIC SMI``)."""
    count = 0
    while count < len(words) and _all_known(words[: count + 1]):
        count += 1
    if count == 0:
        return None
    return _Parsed(Scheme.DEWEY, tuple(words[:count]), rest=" ".join(text.split(" ")[count:]))


def _groups(match: re.Match[str], *first: str) -> tuple[str, ...]:
    return tuple(match[name] or "" for name in (*first, "whole", "decimal", "rest"))


def _all_known(words: list[str]) -> bool:
    return all(word.rstrip(".").upper() in KNOWN_PREFIXES for word in words)


# ---- sort keys -------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Upper case without accents, so variants of one call number share a key."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).upper()


def _collection_key(prefix: tuple[str, ...]) -> str:
    if not prefix:
        return "0"
    words = ("".join(ch for ch in _fold(word) if ch.isalnum()) for word in prefix)
    # "-" sorts below letters and above the separator: J < J FIC < JB.
    return "1" + "-".join(words)


def _body_key(parsed: _Parsed) -> list[str]:
    rest = _fold(parsed.rest)
    if parsed.scheme is Scheme.LOCAL:
        return [_token_key(match) for match in _NATURAL.finditer(rest)]
    tokens = [_token_key(match) for match in _TOKEN.finditer(rest)]
    if parsed.scheme is Scheme.LC:
        return [parsed.letters.upper(), _number_key(parsed.whole), parsed.decimal, *tokens]
    if parsed.whole:
        return [parsed.whole.zfill(3), parsed.decimal, *tokens]
    return tokens


def _token_key(match: re.Match[str]) -> str:
    """Cutter digits stay a decimal fraction; other numbers compare by value."""
    groups = match.groupdict()
    if groups.get("cutter"):
        mark = groups["mark"]
        # "." sorts below digits: S655 < S655m < S6551.
        return groups["cutter"] + groups["digits"] + (f".{mark}" if mark else "")
    if match["word"]:
        return str(match["word"])
    return _number_key(match["number"])


def _number_key(digits: str) -> str:
    """Digits that sort by value: the length of the length, the length, then the digits."""
    significant = digits.lstrip("0") or "0"
    length = str(len(significant))
    return f"{len(length)}{length}{significant}"


# ---- spine labels ----------------------------------------------------------------------


def _class_lines(parsed: _Parsed) -> list[str]:
    if parsed.scheme is Scheme.LC:
        number = parsed.whole + (f".{parsed.decimal}" if parsed.decimal else "")
        return [parsed.letters, number]
    if parsed.whole:
        return _dewey_number_lines(parsed.whole, parsed.decimal)
    return []


def _dewey_number_lines(whole: str, decimal: str) -> list[str]:
    number = whole + (f".{decimal}" if decimal else "")
    if len(number) <= SPINE_WIDTH:
        return [number]
    tail = decimal[_DECIMALS_ON_FIRST_LINE:]
    head = f"{whole}.{decimal[:_DECIMALS_ON_FIRST_LINE]}"
    return [head, *(tail[i : i + _DIGITS_PER_LINE] for i in range(0, len(tail), _DIGITS_PER_LINE))]


def _rest_lines(parsed: _Parsed) -> list[str]:
    if parsed.scheme is Scheme.LOCAL:
        return parsed.rest.split()
    lines: list[str] = []
    for chunk in (typed.lstrip(".") for typed in parsed.rest.split()):
        if parsed.scheme is Scheme.LC and _GLUED_CUTTERS.fullmatch(chunk):
            lines.extend(_ONE_CUTTER.findall(chunk))  # .I345Z5 is two Cutters, two lines
        elif chunk:
            lines.append(chunk)
    if parsed.scheme is Scheme.LC and lines and _ONE_CUTTER.fullmatch(lines[0]):
        lines[0] = "." + lines[0]
    return lines


def _with_prefix(lines: list[str], prefix: str | None) -> list[str]:
    words = (prefix or "").split()
    typed = [_fold(line).rstrip(".") for line in lines[: len(words)]]
    if not words or typed == [_fold(word).rstrip(".") for word in words]:
        return lines
    return [*words, *lines]
