"""Subject headings compared as a cataloguer reads them, not as typed.

``Cats -- Behavior``, ``cats--behaviour.`` and ``CATS - Behavior`` are the same
heading to a reader (bar the spelling): a heading's key folds case, accents,
ISBD punctuation and the spacing of its subdivisions, so browsing counts them
together and an authority's "use" reference matches every way it is typed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SUBDIVISION_SEP = " -- "
#: Keys are stored in a String(300) column; longer headings are cut (still unique enough).
KEY_LENGTH = 300
_DASHES = re.compile(r"\s*(?:--|—|–|\s-\s)\s*")
_PUNCTUATION = re.compile(r"[^\w\s|]+")


def split_heading(heading: str) -> list[str]:
    """The main heading and its subdivisions: ``Cats -- Behavior`` -> [Cats, Behavior]."""
    return [part.strip(" .,;:") for part in _DASHES.split(heading) if part.strip(" .,;:")]


def tidy_heading(heading: str) -> str:
    """The heading as it is shown and stored: NFC, single spaces, `` -- `` between parts."""
    text = unicodedata.normalize("NFC", " ".join(heading.split()))
    return SUBDIVISION_SEP.join(split_heading(text))


@lru_cache(maxsize=65536)
def heading_key(heading: str) -> str:
    """The folded form two headings share when a reader would call them the same.
    Cached: a catalogue repeats its headings, and an import keys every one."""
    parts = []
    for part in split_heading(heading):
        folded = part.casefold()
        if not folded.isascii():
            decomposed = unicodedata.normalize("NFKD", folded)
            folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        parts.append(" ".join(_PUNCTUATION.sub(" ", folded).split()))
    return "|".join(p for p in parts if p)[:KEY_LENGTH]
