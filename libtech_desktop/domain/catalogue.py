"""Bibliographic records and their items (copies), and the item statuses."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from libtech_desktop.domain.errors import InvalidInput, ItemNotLoanable
from libtech_desktop.domain.identifiers import isbn13


class ItemStatus(StrEnum):
    AVAILABLE = "available"
    ON_LOAN = "on_loan"
    IN_REPAIR = "in_repair"
    WITHDRAWN = "withdrawn"
    MISSING = "missing"
    LOST = "lost"
    #: Trapped for a hold at check-in, waiting for its patron (issue 5).
    ON_HOLD_SHELF = "on_hold_shelf"
    #: Sent to the bindery (issue 6).
    AT_BINDERY = "at_bindery"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    ItemStatus.AVAILABLE: "Available",
    ItemStatus.ON_LOAN: "On loan",
    ItemStatus.IN_REPAIR: "In repair",
    ItemStatus.WITHDRAWN: "Withdrawn",
    ItemStatus.MISSING: "Missing",
    ItemStatus.LOST: "Lost",
    ItemStatus.ON_HOLD_SHELF: "On hold shelf",
    ItemStatus.AT_BINDERY: "At bindery",
}

#: Statuses in which an item stays off the shelf and cannot be lent.
NOT_LOANABLE = frozenset(
    {
        ItemStatus.IN_REPAIR,
        ItemStatus.WITHDRAWN,
        ItemStatus.MISSING,
        ItemStatus.LOST,
        ItemStatus.AT_BINDERY,
    }
)


@dataclass(frozen=True)
class ItemType:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class Biblio:
    id: int
    title: str
    author: str | None
    isbn: str | None
    year: int | None
    publisher: str | None


@dataclass(frozen=True)
class BiblioDraft:
    title: str
    author: str | None = None
    isbn: str | None = None
    year: int | None = None
    publisher: str | None = None


@dataclass(frozen=True)
class Item:
    id: int
    biblio_id: int
    barcode: str
    title: str
    author: str | None
    call_number: str | None
    item_type_code: str
    location: str | None
    status: ItemStatus
    condition_note: str | None
    #: In minor units (cents) of the library's currency.
    price_minor: int | None = None
    acquired_on: date | None = None


@dataclass(frozen=True)
class ItemDraft:
    barcode: str
    call_number: str | None = None
    item_type_code: str | None = None
    location: str | None = None
    price_minor: int | None = None
    acquired_on: date | None = None


def check_loanable(item: Item) -> None:
    if item.status in NOT_LOANABLE:
        raise ItemNotLoanable(
            f"{item.barcode} “{item.title}” cannot be lent: it is {item.status.label.lower()}."
        )


def normalize_isbn(raw: str | None) -> str | None:
    """Return a valid ISBN as ISBN-13 digits, ``None`` for blank; refuse an invalid one,
    saying what is wrong ("... is not a valid ISBN: the check digit should be 5.")."""
    text = (raw or "").strip()
    if not text:
        return None
    return isbn13(text)


def validate_biblio(draft: BiblioDraft, this_year: int) -> BiblioDraft:
    title = " ".join(draft.title.split())
    if not title:
        raise InvalidInput("A record needs a title.")
    if draft.year is not None and not 1000 <= draft.year <= this_year + 1:
        raise InvalidInput(f"{draft.year} is not a plausible year of publication.")
    author = " ".join((draft.author or "").split()) or None
    publisher = " ".join((draft.publisher or "").split()) or None
    return BiblioDraft(
        title=title,
        author=author,
        isbn=normalize_isbn(draft.isbn),
        year=draft.year,
        publisher=publisher,
    )


def validate_item(draft: ItemDraft) -> ItemDraft:
    barcode = draft.barcode.strip()
    if not barcode:
        raise InvalidInput("An item needs a barcode.")
    if any(ch.isspace() for ch in barcode):
        raise InvalidInput(f"A barcode cannot contain spaces: {barcode!r}.")
    if draft.price_minor is not None and draft.price_minor < 0:
        raise InvalidInput("A price cannot be negative.")
    return replace(
        draft,
        barcode=barcode,
        call_number=(draft.call_number or "").strip() or None,
        item_type_code=(draft.item_type_code or "").strip() or None,
        location=(draft.location or "").strip() or None,
    )


def parse_year(text: str) -> int | None:
    text = text.strip()
    if not text:
        return None
    if not text.isdigit():
        raise InvalidInput(f"The year must be digits, like 1998 — not {text!r}.")
    return int(text)
