"""A MARC 21 bibliographic record as plain values: what the record editor edits.

``MarcRecord`` reads like a pymarc ``Record`` (``get_fields``, ``tag``, ``indicator1``,
``subfields``, ``get_subfields``, ``data``), so the rules that read a record
(``domain/record_fields.py``) take either one. Records here are immutable: an edit
makes a new record (``with_fields``), which is what an undo and a Cancel need.

The MARC view shows each field as one line, the way MarcEdit and most cataloguing
clients write it: ``245 10 $aTitle :$bsubtitle /$cby Someone.``. A literal ``$`` in a
value (a price in 020 $c) is written ``{dollar}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple, Protocol

from libtech_desktop.domain.errors import InvalidInput

LEADER_LENGTH = 24
DEFAULT_LEADER = "00000nam a2200000 a 4500"
DOLLAR = "{dollar}"
_TAG = re.compile(r"^[0-9A-Za-z]{3}$")
_CODE = re.compile(r"^[0-9a-z]$")


class Subfield(NamedTuple):
    code: str
    value: str


@dataclass(frozen=True)
class MarcField:
    """A control field (00X: ``data``, no indicators or subfields) or a data field."""

    tag: str
    indicator1: str = " "
    indicator2: str = " "
    subfields: tuple[Subfield, ...] = ()
    data: str | None = None

    @classmethod
    def control(cls, tag: str, data: str) -> MarcField:
        return cls(tag, data=data)

    @classmethod
    def of(cls, tag: str, ind1: str, ind2: str, *pairs: tuple[str, str]) -> MarcField:
        """A data field from (code, value) pairs: ``MarcField.of("650", " ", "0", ("a", "Cats"))``."""
        return cls(tag, ind1, ind2, tuple(Subfield(c, v) for c, v in pairs))

    def is_control_field(self) -> bool:
        return is_control_tag(self.tag)

    def get_subfields(self, *codes: str) -> list[str]:
        return [sf.value for sf in self.subfields if sf.code in codes]

    def get(self, code: str) -> str | None:
        """The first value of subfield ``code``, or ``None``."""
        return next((sf.value for sf in self.subfields if sf.code == code), None)

    def with_subfields(self, subfields: Iterable[Subfield]) -> MarcField:
        return replace(self, subfields=tuple(subfields))


@dataclass(frozen=True)
class MarcRecord:
    leader: str = DEFAULT_LEADER
    fields: tuple[MarcField, ...] = ()

    def get_fields(self, *tags: str) -> list[MarcField]:
        if not tags:
            return list(self.fields)
        return [f for f in self.fields if f.tag in tags]

    def first(self, *tags: str) -> MarcField | None:
        """The first field with one of ``tags``, in the order the tags are given."""
        for tag in tags:
            for found in self.fields:
                if found.tag == tag:
                    return found
        return None

    def with_fields(self, fields: Iterable[MarcField]) -> MarcRecord:
        return replace(self, fields=tuple(fields))

    def replace_tags(self, tags: Sequence[str], new: Sequence[MarcField]) -> MarcRecord:
        """The record with every field tagged ``tags`` replaced by ``new``: at the place of
        the first one removed, or in tag order when the record had none."""
        kept = [f for f in self.fields if f.tag not in tags]
        at = next((i for i, f in enumerate(self.fields) if f.tag in tags), None)
        if at is not None:
            at = sum(1 for f in self.fields[:at] if f.tag not in tags)
        elif new:
            at = next((i for i, f in enumerate(kept) if _order(f.tag) > _order(new[0].tag)), None)
        at = len(kept) if at is None else at
        return self.with_fields(kept[:at] + list(new) + kept[at:])


class RecordLike(Protocol):
    """What the reading rules need of a record: a ``MarcRecord`` or a pymarc ``Record``."""

    def get_fields(self, *tags: str) -> Sequence[FieldLike]: ...


class FieldLike(Protocol):
    @property
    def tag(self) -> str: ...
    @property
    def indicator1(self) -> str | None: ...
    @property
    def indicator2(self) -> str | None: ...
    @property
    def data(self) -> str | None: ...
    def get_subfields(self, *codes: str) -> list[str]: ...


def is_control_tag(tag: str) -> bool:
    return tag.startswith("00") and tag.isdigit()


def _order(tag: str) -> tuple[int, str]:
    return (0, tag) if tag.isdigit() else (1, tag)


# -- the MARC view's one line per field ------------------------------------------


def format_subfields(field: MarcField) -> str:
    """``$aTitle :$bsubtitle`` (or a control field's data), ``$`` in values as ``{dollar}``."""
    if field.is_control_field():
        return field.data or ""
    return "".join(f"${sf.code}{sf.value.replace('$', DOLLAR)}" for sf in field.subfields)


def format_field(field: MarcField) -> str:
    """The whole line: ``245 10 $aTitle``; a control field ``008 850101s1985...``."""
    if field.is_control_field():
        return f"{field.tag} {field.data or ''}"
    return f"{field.tag} {field.indicator1}{field.indicator2} {format_subfields(field)}"


def parse_field(tag: str, ind1: str, ind2: str, text: str) -> MarcField:
    """The field a technician typed in the MARC view's columns; :class:`InvalidInput`
    naming the problem (``tag 24: a tag is three characters``) when it cannot be one."""
    tag = tag.strip()
    if not _TAG.match(tag):
        raise InvalidInput(f"“{tag}” is not a tag: a tag is three digits, like 245.")
    if is_control_tag(tag):
        if not text:
            raise InvalidInput(f"Field {tag} is empty: type its data or delete the field.")
        return MarcField.control(tag, text)
    indicators = []
    for name, value in (("first", ind1), ("second", ind2)):
        value = value or " "
        if len(value) != 1 or not (value == " " or value.isdigit() or value.islower()):
            raise InvalidInput(
                f"Field {tag}: the {name} indicator must be one digit, letter or blank, "
                f"not “{value}”."
            )
        indicators.append(value)
    return MarcField(tag, indicators[0], indicators[1], _parse_subfields(tag, text))


def _parse_subfields(tag: str, text: str) -> tuple[Subfield, ...]:
    text = text.strip()
    if not text.startswith("$"):
        raise InvalidInput(
            f"Field {tag}: subfields start with $ and a code, like “$aTitle”; "
            f"write a dollar sign inside a value as {DOLLAR}."
        )
    subfields = []
    for chunk in text[1:].split("$"):
        code, value = chunk[:1], chunk[1:].replace(DOLLAR, "$")
        if not _CODE.match(code):
            raise InvalidInput(
                f"Field {tag}: “${code}” is not a subfield code (one lower-case letter or digit)."
            )
        if not value.strip():
            raise InvalidInput(f"Field {tag}: subfield ${code} is empty.")
        subfields.append(Subfield(code, value))
    return tuple(subfields)


def parse_leader(text: str) -> str:
    """A leader as typed: 24 characters (a shorter one is padded with blanks)."""
    if len(text) > LEADER_LENGTH:
        raise InvalidInput(f"The leader is {LEADER_LENGTH} characters, not {len(text)}.")
    return text.ljust(LEADER_LENGTH)
