"""A record decoded only in part, for an import's speed: just what the readers use.

A MARC import reads a few fields of every record (the columns, the search text, the
holdings) and keeps the record's bytes whole. Building pymarc ``Field`` and
``Subfield`` objects for those few fields took a third of an import's time; these
plain slotted objects answer the same questions (``get_fields``, ``get_subfields``,
``tag``, ``indicator1``, ``data``...), so ``domain/record_fields.py`` reads them as it
reads a pymarc ``Record``. Subfields are plain ``(code, value)`` pairs.
"""

from __future__ import annotations

from collections.abc import Sequence


class LightField:
    __slots__ = ("data", "indicator1", "indicator2", "subfields", "tag")

    def __init__(
        self,
        tag: str,
        indicator1: str | None = None,
        indicator2: str | None = None,
        subfields: Sequence[tuple[str, str]] = (),
        data: str | None = None,
    ) -> None:
        self.tag = tag
        self.indicator1 = indicator1
        self.indicator2 = indicator2
        self.subfields = subfields
        self.data = data

    def is_control_field(self) -> bool:
        return self.data is not None

    @property
    def indicators(self) -> tuple[str | None, str | None] | None:
        return None if self.data is not None else (self.indicator1, self.indicator2)

    def get_subfields(self, *codes: str) -> list[str]:
        return [value for code, value in self.subfields if code in codes]

    def __getitem__(self, code: str) -> str | None:
        return next((value for c, value in self.subfields if c == code), None)


class LightRecord:
    __slots__ = ("fields", "leader")

    def __init__(self, leader: str, fields: list[LightField]) -> None:
        self.leader = leader
        self.fields = fields

    def get_fields(self, *tags: str) -> list[LightField]:
        if not tags:
            return list(self.fields)
        return [f for f in self.fields if f.tag in tags]

    def __getitem__(self, tag: str) -> LightField:
        for found in self.fields:
            if found.tag == tag:
                return found
        raise KeyError(tag)
