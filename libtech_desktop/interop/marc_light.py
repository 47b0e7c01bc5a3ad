"""A record decoded only in part, for an import's speed: just what the readers use.

A MARC import reads a few fields of every record (the columns, the search text, the
holdings) and keeps the record's bytes whole. Building pymarc ``Field`` and
``Subfield`` objects for those few fields took a third of an import's time; these
plain slotted objects answer the same questions (``get_fields``, ``get_subfields``,
``tag``, ``indicator1``, ``data``...), so ``domain/record_fields.py`` reads them as it
reads a pymarc ``Record``. Subfields are plain ``(code, value)`` pairs.

:func:`light_record` decodes such a record from a record's ISO 2709 bytes.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import accumulate


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
    """Read, not edited: :meth:`get_fields` indexes ``fields`` by tag when first asked."""

    __slots__ = ("_by_tag", "fields", "leader")

    def __init__(self, leader: str, fields: list[LightField]) -> None:
        self.leader = leader
        self.fields = fields
        self._by_tag: dict[str, list[LightField]] | None = None

    def get_fields(self, *tags: str) -> list[LightField]:
        if not tags:
            return list(self.fields)
        by_tag = self._by_tag
        if by_tag is None:  # the readers ask a dozen times a record: index it once
            by_tag = self._by_tag = {}
            for field in self.fields:
                by_tag.setdefault(field.tag, []).append(field)
        if len(tags) == 1:
            return list(by_tag.get(tags[0], ()))
        return [f for f in self.fields if f.tag in tags]

    def __getitem__(self, tag: str) -> LightField:
        for found in self.fields:
            if found.tag == tag:
                return found
        raise KeyError(tag)


#: Bytes that make a UTF-8 record go through pymarc whole: controls the scrub would
#: replace, and field or record terminators inside a field's data.
_UNUSUAL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1d]")
#: A directory entry whose length and start are plain ASCII digits (the usual case).
_ENTRY = re.compile(r"(.{3})([0-9]{4})([0-9]{5})", re.DOTALL)
#: A data field's start: two indicators (ASCII, not the delimiter), then a delimiter
#: or nothing more.
_INDICATORS = re.compile(rb"[\x00-\x1e\x20-\x7f]{2}(?:\x1f|\Z)")
#: A subfield: its code and its value, up to the next delimiter (empty ones skipped).
_SUBFIELD = re.compile("\x1f([^\x1f])([^\x1f]*)")
#: A subfield code that is not ASCII (its byte was over 0x7F, or broke a character).
_ODD_CODE = re.compile("\x1f[^\x00-\x7f]")


def light_record(marc: bytes, tags: Collection[str]) -> LightRecord | None:
    """The fields with ``tags`` of a plain, well-formed UTF-8 record, decoded exactly as
    pymarc decodes them; ``None`` when the record needs pymarc's whole decoding (MARC-8,
    a broken directory, control characters, odd indicators or subfield codes...)."""
    if len(marc) < 25 or marc[9] != 0x61:  # leader/09 "a"
        return None
    try:
        leader = marc[:24].decode("ascii")
        base = int(marc[12:17])
        directory = marc[24 : base - 1].decode("ascii")
    except (UnicodeDecodeError, ValueError):
        return None
    last = len(marc) - 1
    if len(directory) % 12 or not directory or not 24 < base < last + 1 or marc[base - 1] != 0x1E:
        return None
    if _UNUSUAL.search(marc, base, last):
        return None
    entries = _ENTRY.findall(directory)
    if len(entries) * 12 != len(directory):  # a length or start int() reads its own way
        return _light_record_slowly(marc, tags, leader, base, directory)
    names, lengths, starts = zip(*entries, strict=True)
    pieces = marc[base:last].split(b"\x1e")
    sizes = [len(piece) + 1 for piece in pieces]
    # The usual layout: the fields one after another, in directory order, each ending
    # at its terminator. Every length and start is then right, and each field's
    # value is its piece (nothing else to check but what follows).
    if (
        pieces[-1]
        or list(map(int, lengths)) != sizes[:-1]
        or (list(map(int, starts)) != list(accumulate(sizes[:-2], initial=0)))
    ):
        return _light_record_slowly(marc, tags, leader, base, directory)
    fields: list[LightField] = []
    for tag, value in zip(names, pieces, strict=False):  # pieces: one more, empty
        if tag < "010" and tag.isdigit():
            if (text := _control_text(value)) is None:
                return None
            if tag in tags:
                fields.append(LightField(tag, data=text))
        elif not _INDICATORS.match(value):  # pymarc's: two ASCII bytes, then $
            return None
        elif tag in tags:
            # Decoded whole, then split: a delimiter (ASCII) never falls inside a
            # character and ends any broken one, so each value decodes as it would alone.
            text = value.decode("utf-8", "replace")
            if _ODD_CODE.search(text, 2):
                return None
            fields.append(LightField(tag, text[0], text[1], _SUBFIELD.findall(text, 2)))
    return LightRecord(leader, fields)


def _control_text(value: bytes) -> str | None:
    """A control field's text; None when the record needs pymarc's whole decoding (a
    subfield delimiter in it, or bytes that are not UTF-8)."""
    if 0x1F in value:
        return None
    try:
        return value.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _light_record_slowly(
    marc: bytes, tags: Collection[str], leader: str, base: int, directory: str
) -> LightRecord | None:
    """:func:`light_record` for a directory whose numbers are not plain digits (`` 12``,
    ``+0012``...): each read by ``int()`` as before."""
    fields: list[LightField] = []
    for at in range(0, len(directory), 12):
        tag = directory[at : at + 3]
        try:
            start = base + int(directory[at + 7 : at + 12])
            end = start + int(directory[at + 3 : at + 7]) - 1
        except ValueError:
            return None
        if not base <= start <= end < len(marc) - 1 or marc[end] != 0x1E:
            return None
        value = marc[start:end]
        if 0x1E in value:
            return None
        if tag < "010" and tag.isdigit():
            if (text := _control_text(value)) is None:
                return None
            if tag in tags:
                fields.append(LightField(tag, data=text))
            continue
        parts = value.split(b"\x1f")
        if len(parts[0]) != 2 or not parts[0].isascii():
            return None
        if tag in tags:
            subfields = []
            for part in parts[1:]:
                if not part:
                    continue
                if part[0] > 0x7F:
                    return None
                subfields.append((chr(part[0]), part[1:].decode("utf-8", "replace")))
            ind = parts[0].decode("ascii")
            fields.append(LightField(tag, ind[0], ind[1], subfields))
    return LightRecord(leader, fields)
