"""MARC 21 <-> the catalogue's columns: a record's draft and items, and local edits back.

The columns are a view of the MARC record. On export, :func:`apply_edits` rewrites
only the fields whose column differs from what the record itself says, so a record
nobody edited goes out exactly as it came in.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from pymarc import Field, Indicators, Record, Subfield

from libtech_desktop.domain.catalogue import BiblioDraft, ItemDraft, normalize_isbn
from libtech_desktop.domain.errors import InvalidInput

HoldingsTag = Literal["852", "952"]
MAIN_ENTRY_TAGS = ("100", "110", "111")
_TRAILING_ISBD = " /:;,="
_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]\.$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


#: The fields :func:`biblio_draft` reads.
DRAFT_TAGS = frozenset({"008", "020", "245", "260", "264", *MAIN_ENTRY_TAGS})


def mapped_tags(holdings_tag: HoldingsTag | None = None) -> frozenset[str]:
    """The fields an import reads: the draft's, and the holdings' when asked for."""
    return DRAFT_TAGS | {holdings_tag} if holdings_tag else DRAFT_TAGS


@dataclass(frozen=True)
class Holding:
    """An item as the record's holdings field describes it; ``item_type`` as given."""

    item: ItemDraft
    item_type: str | None


def trim_isbd(text: str) -> str:
    """Drop ISBD's trailing punctuation (`` /``, `` :``, ``,`` and a final period), but keep
    the period of an initial (``Brown, Martin C.``). Composed (NFC), as typed at the desk:
    UTF-8 MARC is often decomposed, and the MARC itself keeps its own form."""
    text = unicodedata.normalize("NFC", " ".join(text.split())).rstrip(_TRAILING_ISBD)
    if text.endswith(".") and not text.endswith("...") and not _INITIAL.search(text):
        text = text[:-1].rstrip(_TRAILING_ISBD)
    return text


def _first(record: Record, tags: Iterable[str]) -> Field | None:
    for tag in tags:
        found = record.get_fields(tag)
        if found:
            return found[0]
    return None


def _sub(field: Field | None, code: str) -> str | None:
    if field is None:
        return None
    values = field.get_subfields(code)
    return values[0] if values else None


def _imprint(record: Record) -> Field | None:
    """The publication statement: 264 with second indicator 1, else 260, else any 264."""
    for field in record.get_fields("264"):
        if field.indicator2 == "1":
            return field
    return _first(record, ("260", "264"))


def title_of(record: Record) -> str:
    field = _first(record, ("245",))
    parts = [" ".join(v.split()) for v in (_sub(field, "a"), _sub(field, "b")) if v]
    return trim_isbd(" ".join(parts))


def author_of(record: Record) -> str | None:
    return trim_isbd(_sub(_first(record, MAIN_ENTRY_TAGS), "a") or "") or None


def isbn_of(record: Record) -> str | None:
    """The first valid ISBN in 020 $a, as ISBN-13; invalid ones stay only in the MARC."""
    for field in record.get_fields("020"):
        for value in field.get_subfields("a"):
            if isbn := _valid_isbn(value):
                return isbn
    return None


def _valid_isbn(value: str) -> str | None:
    words = value.split()
    if not words:
        return None
    try:
        return normalize_isbn(words[0])  # "0471383147 (paper/cd-rom : alk. paper)"
    except InvalidInput:
        return None


def year_of(record: Record) -> int | None:
    date = _sub(_imprint(record), "c")
    if date and (found := _YEAR.search(date)):
        return int(found.group(1))
    fixed = _first(record, ("008",))
    if fixed is not None and fixed.data and fixed.data[7:11].isdigit():
        return int(fixed.data[7:11])
    return None


def publisher_of(record: Record) -> str | None:
    return trim_isbd(_sub(_imprint(record), "b") or "") or None


def biblio_draft(record: Record) -> BiblioDraft:
    """The catalogue's columns as the record says them (not yet validated)."""
    return BiblioDraft(
        title=title_of(record),
        author=author_of(record),
        isbn=isbn_of(record),
        year=year_of(record),
        publisher=publisher_of(record),
    )


def holdings(record: Record, tag: HoldingsTag) -> list[Holding]:
    """The items in 852 (MARC holdings) or 952 (Koha), barcodes or not (the caller decides)."""
    found = []
    for field in record.get_fields(tag):
        if tag == "852":
            call = _joined(field, "h", "i")
            location = _joined(field, "b", "c", sep=" / ")
            item_type = None
        else:
            call = _joined(field, "o")
            location = _sub(field, "c") or _sub(field, "a")
            item_type = _sub(field, "y")
        barcode = (_sub(field, "p") or "").strip()
        found.append(Holding(ItemDraft(barcode, call, item_type, location), item_type))
    return found


def _joined(field: Field, *codes: str, sep: str = " ") -> str | None:
    values = [v.strip() for code in codes for v in field.get_subfields(code) if v.strip()]
    return sep.join(values) or None


# -- local edits back into the record -------------------------------------------


def apply_edits(record: Record, draft: BiblioDraft) -> Record:
    """Write the columns in ``draft`` into 245/1XX/020/26X where they differ from the
    record's own values; everything else is left exactly as it was. Changes ``record``."""
    was = biblio_draft(record)
    if draft.title != was.title:
        _set_title(record, draft.title)
    if draft.author != was.author:
        _set_author(record, draft.author)
    if draft.isbn != was.isbn:
        _set_isbn(record, was.isbn, draft.isbn)
    if draft.year != was.year or draft.publisher != was.publisher:
        _set_imprint(record, draft, was)
    return record


def record_from_draft(draft: BiblioDraft) -> Record:
    """A minimal MARC record for a record catalogued by hand (no MARC came in)."""
    record = Record(leader="     nam a22     4a 4500", force_utf8=True)
    record.leader.coding_scheme = "a"
    return apply_edits(record, draft)


def _set_title(record: Record, title: str) -> None:
    field = _first(record, ("245",))
    if field is None:
        field = Field("245", Indicators("0", "0"), [])
        record.add_ordered_field(field)
    rest = [sf for sf in field.subfields if sf.code not in "ab"]
    proper, _, other = title.partition(" : ")
    slash = " /" if any(sf.code == "c" for sf in rest) else ""
    if other:
        head = [Subfield("a", f"{proper} :"), Subfield("b", other + slash)]
    else:
        head = [Subfield("a", proper + slash)]
    field.subfields = head + rest


def _set_author(record: Record, author: str | None) -> None:
    field = _first(record, MAIN_ENTRY_TAGS)
    if author is None:
        if field is not None:
            record.remove_field(field)
        return
    if field is None:
        record.add_ordered_field(Field("100", Indicators("1", " "), [Subfield("a", author)]))
        return
    field.subfields = [Subfield("a", author)] + [sf for sf in field.subfields if sf.code != "a"]


def _set_isbn(record: Record, old: str | None, new: str | None) -> None:
    for field in record.get_fields("020"):
        if old is not None and any(_valid_isbn(v) == old for v in field.get_subfields("a")):
            record.remove_field(field)
            break
    if new is not None:
        fresh = Field("020", Indicators(" ", " "), [Subfield("a", new)])
        existing = record.get_fields("020")
        if existing:
            record.fields.insert(record.fields.index(existing[0]), fresh)
        else:
            record.add_ordered_field(fresh)


def _set_imprint(record: Record, draft: BiblioDraft, was: BiblioDraft) -> None:
    field = _imprint(record)
    if field is None:
        field = Field("264", Indicators(" ", "1"), [])
        record.add_ordered_field(field)
    if draft.publisher != was.publisher:
        _replace_subfield(field, "b", f"{draft.publisher}," if draft.publisher else None)
    if draft.year != was.year:
        _replace_subfield(field, "c", f"{draft.year}." if draft.year else None)
        fixed = _first(record, ("008",))
        if fixed is not None and fixed.data and len(fixed.data) >= 11:
            date1 = str(draft.year) if draft.year else "uuuu"
            fixed.data = fixed.data[:7] + date1 + fixed.data[11:]


def _replace_subfield(field: Field, code: str, value: str | None) -> None:
    subfields = [sf for sf in field.subfields if sf.code != code]
    if value is not None:
        order = "abc"
        at = next(
            (
                i
                for i, sf in enumerate(subfields)
                if sf.code in order and order.index(sf.code) > order.index(code)
            ),
            len(subfields),
        )
        subfields.insert(at, Subfield(code, value))
    field.subfields = subfields
