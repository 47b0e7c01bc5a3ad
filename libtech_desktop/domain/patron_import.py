"""Patrons from a CSV file (a school roster, say): reading the file, mapping its columns
to patron fields, and turning each row into a draft or the reason it cannot be one.

Pure: the service decides per row whether it is new, an update of an existing card, or
an error, and imports the good rows in one transaction.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.patrons import Patron, PatronDraft


class Field(StrEnum):
    BARCODE = "barcode"
    NAME = "name"
    SURNAME = "surname"
    FIRST_NAME = "first_name"
    EMAIL = "email"
    PHONE = "phone"
    CATEGORY = "category"
    ADDRESS = "address"
    NOTICE_CHANNEL = "notice_channel"
    GUARDIAN = "guardian"
    EXPIRES_ON = "expires_on"
    GROUP = "group"
    NOTES = "notes"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Field.BARCODE: "Card barcode",
    Field.NAME: "Name (Last, First)",
    Field.SURNAME: "Surname",
    Field.FIRST_NAME: "First name",
    Field.EMAIL: "Email",
    Field.PHONE: "Phone",
    Field.CATEGORY: "Category",
    Field.ADDRESS: "Postal address",
    Field.NOTICE_CHANNEL: "Notices by",
    Field.GUARDIAN: "Guardian's card",
    Field.EXPIRES_ON: "Card expires",
    Field.GROUP: "Grade / class (to notes)",
    Field.NOTES: "Notes",
}

#: Header words (folded) each field is guessed from, most specific first.
_HEADER_GUESSES: dict[Field, tuple[str, ...]] = {
    Field.BARCODE: (
        "card",
        "barcode",
        "cardnumber",
        "card number",
        "card no",
        "library card",
        "patron barcode",
        "id",
        "student id",
        "student number",
    ),
    Field.SURNAME: ("surname", "last name", "lastname", "family name"),
    Field.FIRST_NAME: ("first name", "firstname", "given name", "forename", "first"),
    Field.NAME: ("name", "full name", "patron", "student", "student name"),
    Field.EMAIL: ("email", "e-mail", "email address", "mail"),
    Field.PHONE: ("phone", "telephone", "tel", "mobile", "phone number"),
    Field.CATEGORY: ("category", "patron category", "type", "patron type"),
    Field.ADDRESS: ("address", "postal address", "street address"),
    Field.NOTICE_CHANNEL: ("notices", "notice channel", "notices by", "channel"),
    Field.GUARDIAN: ("guardian", "guardian card", "parent", "parent card"),
    Field.EXPIRES_ON: ("expires", "expiry", "expires on", "expiry date", "valid until"),
    Field.GROUP: ("grade", "class", "form", "year", "homeroom", "group"),
    Field.NOTES: ("notes", "note", "comment", "comments"),
}


@dataclass(frozen=True)
class Sheet:
    """A CSV file as read: its header and its rows (each padded to the header)."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    delimiter: str
    encoding: str
    #: Each row's number in the file, as a spreadsheet shows it (blank rows, skipped
    #: here, still count); empty: the rows follow the header on rows 2, 3, …
    numbers: tuple[int, ...] = ()

    def row_number(self, index: int) -> int:
        """The row as a spreadsheet numbers it (the header is usually row 1)."""
        return self.numbers[index] if index < len(self.numbers) else index + 2


def decode(data: bytes) -> tuple[str, str]:
    """The text and its encoding: UTF-8 (with or without a BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "windows-1252"


def read_sheet(data: bytes) -> Sheet:
    text, encoding = decode(data)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise InvalidInput("The file is empty: a header row naming the columns is needed.")
    delimiter = sniff_delimiter(lines[0])
    # Numbered as a spreadsheet shows them: a blank row is skipped but still counts
    # (a refusal names the row the technician sees).
    try:
        parsed = [
            (number, row)
            for number, row in enumerate(
                csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1
            )
            if any(cell.strip() for cell in row)
        ]
    except csv.Error as exc:  # a cell longer than csv's limit: not a list of patrons
        raise InvalidInput(f"The file cannot be read as CSV ({exc}).") from None
    if not parsed:  # only quotes and blanks: lines, but no cell with anything in it
        raise InvalidInput("The file is empty: a header row naming the columns is needed.")
    headers = tuple(cell.strip() for cell in parsed[0][1])
    width = len(headers)
    rows = tuple(
        tuple(cell.strip() for cell in (row + [""] * (width - len(row)))[:width])
        for _, row in parsed[1:]
    )
    return Sheet(headers, rows, delimiter, encoding, tuple(number for number, _ in parsed[1:]))


def sniff_delimiter(header: str) -> str:
    """Comma, semicolon or tab: whichever splits the header row most."""
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("_", " ").replace(".", " ").split())


def guess_mapping(headers: Sequence[str]) -> dict[Field, int]:
    """Each field's column, guessed from the headers; a column is used once."""
    folded = [_fold(h) for h in headers]
    mapping: dict[Field, int] = {}
    used: set[int] = set()
    for field, words in _HEADER_GUESSES.items():
        for word in words:
            match = next((i for i, h in enumerate(folded) if h == word and i not in used), None)
            if match is not None:
                mapping[field] = match
                used.add(match)
                break
    # A lone "Surname" column beside "Name": "Name" holds the first names.
    if Field.SURNAME in mapping and Field.FIRST_NAME not in mapping and Field.NAME in mapping:
        mapping[Field.FIRST_NAME] = mapping.pop(Field.NAME)
    return mapping


def parse_mapping(
    pairs: Sequence[str], headers: Sequence[str], base: Mapping[Field, int]
) -> dict[Field, int]:
    """``field=Column`` overrides (``field=`` unmaps a field) over a guessed mapping."""
    mapping = dict(base)
    folded = [_fold(h) for h in headers]
    for pair in pairs:
        key, eq, column = pair.partition("=")
        if not eq:
            raise InvalidInput(f"Map a field as field=Column, not {pair!r}.")
        try:
            field = Field(key.strip().lower().replace("-", "_"))
        except ValueError:
            known = ", ".join(f.value for f in Field)
            raise InvalidInput(f"There is no patron field {key!r} (fields: {known}).") from None
        if not column.strip():
            mapping.pop(field, None)
            continue
        if _fold(column) not in folded:
            raise InvalidInput(
                f"The file has no column {column!r} (columns: {', '.join(headers)})."
            )
        mapping[field] = folded.index(_fold(column))
    return mapping


def check_mapping(mapping: Mapping[Field, int]) -> None:
    if Field.BARCODE not in mapping:
        raise InvalidInput("Choose the column with the card barcodes.")
    if Field.NAME not in mapping and Field.SURNAME not in mapping:
        raise InvalidInput("Choose the column with the names (or surnames).")


def _cell(row: Sequence[str], mapping: Mapping[Field, int], field: Field) -> str:
    index = mapping.get(field)
    return row[index].strip() if index is not None and index < len(row) else ""


def row_name(row: Sequence[str], mapping: Mapping[Field, int]) -> str:
    surname = _cell(row, mapping, Field.SURNAME)
    first = _cell(row, mapping, Field.FIRST_NAME)
    if surname:
        return f"{surname}, {first}" if first else surname
    return _cell(row, mapping, Field.NAME)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidInput(f"{text!r} is not a date like 2026-09-01.") from None


def row_draft(
    row: Sequence[str],
    mapping: Mapping[Field, int],
    default_category: str,
    existing: Patron | None = None,
) -> PatronDraft:
    """The draft for one row: a new patron, or ``existing`` with the row's non-empty
    cells over it (a blank cell keeps what the record has)."""

    def cell(field: Field) -> str | None:
        return _cell(row, mapping, field) or None

    barcode = cell(Field.BARCODE)
    if barcode is None:
        raise InvalidInput("No card barcode.")
    expires = cell(Field.EXPIRES_ON)
    group = cell(Field.GROUP)
    notes = cell(Field.NOTES)
    if group:
        header = "Grade"
        notes = f"{notes}\n{header}: {group}" if notes else f"{header}: {group}"
    if existing is None:
        base = PatronDraft(barcode, "", default_category)
    else:
        base = PatronDraft(
            existing.barcode,
            existing.name,
            existing.category_code,
            email=existing.email,
            phone=existing.phone,
            expires_on=existing.expires_on,
            notes=existing.notes,
            address=existing.address,
            notice_channel=existing.notice_channel,
            guardian_barcode=existing.guardian_barcode,
        )
    channel = cell(Field.NOTICE_CHANNEL)
    email = cell(Field.EMAIL)
    if channel is None and existing is not None:
        # A new email address on a record that had none: notices go by email now.
        channel = "email" if email and not existing.email else base.notice_channel
    return replace(
        base,
        name=row_name(row, mapping) or base.name,
        category_code=(cell(Field.CATEGORY) or base.category_code).lower(),
        email=email or base.email,
        phone=cell(Field.PHONE) or base.phone,
        expires_on=parse_day(expires) if expires else base.expires_on,
        notes=notes or base.notes,
        address=cell(Field.ADDRESS) or base.address,
        notice_channel=channel,
        guardian_barcode=cell(Field.GUARDIAN) or base.guardian_barcode,
    )
