"""MARC 21 (pymarc) <-> the catalogue: a record's columns, search text and items.

The rules that read a record live in ``domain/record_fields.py`` and take a pymarc
``Record`` as they are; this module adds what only an import or an export needs:
holdings fields as item drafts, and the columns written back into a record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pymarc import Record

from libtech_desktop.domain.catalogue import BiblioDraft, ItemDraft
from libtech_desktop.domain.marc import FieldLike, MarcRecord, RecordLike
from libtech_desktop.domain.record_fields import (
    INDEXED_TAGS,
    apply_columns,
    biblio_draft,
    index_text,
    sub,
    trim_isbd,
)
from libtech_desktop.interop.marc_convert import from_pymarc, to_pymarc

__all__ = [
    "Holding",
    "HoldingsTag",
    "apply_edits",
    "biblio_draft",
    "holdings",
    "index_text",
    "mapped_tags",
    "record_from_draft",
    "trim_isbd",
]

HoldingsTag = Literal["852", "952"]


def mapped_tags(holdings_tag: HoldingsTag | None = None) -> frozenset[str]:
    """The fields an import reads: the columns' and the search text's, and the
    holdings' when asked for."""
    return INDEXED_TAGS | {holdings_tag} if holdings_tag else INDEXED_TAGS


@dataclass(frozen=True)
class Holding:
    """An item as the record's holdings field describes it; ``item_type`` as given."""

    item: ItemDraft
    item_type: str | None


def holdings(record: RecordLike, tag: HoldingsTag) -> list[Holding]:
    """The items in 852 (MARC holdings) or 952 (Koha), barcodes or not (the caller decides)."""
    found = []
    for field in record.get_fields(tag):
        if tag == "852":
            call = _joined(field, "h", "i")
            location = _joined(field, "b", "c", sep=" / ")
            item_type = None
        else:
            call = _joined(field, "o")
            location = sub(field, "c") or sub(field, "a")
            item_type = sub(field, "y")
        barcode = (sub(field, "p") or "").strip()
        found.append(Holding(ItemDraft(barcode, call, item_type, location), item_type))
    return found


def _joined(field: FieldLike, *codes: str, sep: str = " ") -> str | None:
    values = [v.strip() for code in codes for v in field.get_subfields(code) if v.strip()]
    return sep.join(values) or None


def apply_edits(record: Record, draft: BiblioDraft) -> Record:
    """``record`` with the columns in ``draft`` written in where they differ from the
    record's own values (``record`` itself when none do: it goes out as it came in)."""
    marc = from_pymarc(record)
    edited = apply_columns(marc, draft)
    return record if edited is marc else to_pymarc(edited)


def record_from_draft(draft: BiblioDraft) -> Record:
    """A minimal MARC record for a record made from its columns alone (no MARC came in)."""
    return to_pymarc(apply_columns(MarcRecord(), draft))
