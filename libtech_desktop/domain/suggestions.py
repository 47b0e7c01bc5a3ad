"""Class numbers and subject headings suggested for a record being catalogued.

A suggestion is what related records already have: records by the same author (main
entry), records sharing one of its subject headings, records in the same class. It
ranks by how many records support it, and says which ones ("3 records by Smith,
Zadie; 2 with Cats -- Behavior"), so the technician can judge it at a glance.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

#: Sources named in a reason, biggest first; more would not fit a list row.
REASONS_SHOWN = 2


class Source(StrEnum):
    AUTHOR = "by"
    SUBJECT = "with"
    CLASS = "in class"


@dataclass(frozen=True)
class Suggestion:
    value: str
    #: How many records support it (each counted once, whatever the source).
    count: int
    #: Why, for the technician: "3 records by Smith, Zadie".
    reason: str


@dataclass(frozen=True)
class Suggestions:
    class_numbers: list[Suggestion] = field(default_factory=list)
    subjects: list[Suggestion] = field(default_factory=list)


@dataclass
class _Candidate:
    spellings: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    records: set[int] = field(default_factory=set)
    sources: dict[tuple[Source, str], set[int]] = field(default_factory=lambda: defaultdict(set))


class Tally:
    """Counts which records support each candidate value, by source.

    Values are grouped by a key (a heading's folded key; a class number as typed) and
    shown in their most frequent spelling.
    """

    def __init__(self, exclude_keys: Iterable[str] = ()) -> None:
        self._exclude = {k for k in exclude_keys if k}
        self._candidates: dict[str, _Candidate] = {}

    def add(self, key: str, value: str, record: int, source: Source, about: str) -> None:
        if not key or key in self._exclude:
            return
        candidate = self._candidates.setdefault(key, _Candidate())
        if record not in candidate.records:
            candidate.spellings[value] += 1
        candidate.records.add(record)
        candidate.sources[(source, about)].add(record)

    def ranked(self, limit: int) -> list[Suggestion]:
        """Most supported first; ties in alphabetical order of the shown value."""
        found = [
            Suggestion(_spelling(c), len(c.records), _reason(c)) for c in self._candidates.values()
        ]
        found.sort(key=lambda s: (-s.count, s.value.casefold(), s.value))
        return found[:limit]


def _spelling(candidate: _Candidate) -> str:
    return min(candidate.spellings, key=lambda v: (-candidate.spellings[v], v))


def _reason(candidate: _Candidate) -> str:
    sources = sorted(
        candidate.sources.items(), key=lambda kv: (-len(kv[1]), list(Source).index(kv[0][0]))
    )
    parts = []
    for (source, about), records in sources[:REASONS_SHOWN]:
        noun = "record" if len(records) == 1 else "records"
        parts.append(f"{len(records)} {noun} {source.value} {about}")
    return "; ".join(parts)
