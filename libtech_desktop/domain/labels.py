"""The label print queue and label jobs: which items wait for labels, what a label says.

Items added in cataloguing wait for their barcode and spine labels until a technician
prints them and confirms they came out right (``mark_printed``). Printing alone does not
take an item off the queue: a jammed sheet must not lose the labels it was carrying.
Laying labels out on a sheet is ``libtech_desktop.labels``' work, not this module's.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from libtech_desktop.domain.barcodes import (
    is_library_barcode,
    is_valid_luhn,
    luhn_check_digit,
)
from libtech_desktop.domain.copies import consecutive_barcodes
from libtech_desktop.domain.errors import CheckDigitError, InvalidInput

#: About what fits on one line of a 2⅝" × 1" address label at a legible size.
SHORT_TITLE_LENGTH = 40
#: A range is for a few rolls or sheets of pre-printed labels, not the whole catalogue.
MAX_RANGE = 3000
#: How many taken barcodes a refusal names before "and N more".
NAMED_IN_REFUSAL = 5


@dataclass(frozen=True)
class QueuedLabel:
    """An item as the label queue shows it (and as its labels are made from)."""

    barcode: str
    title: str
    author: str | None
    call_number: str | None
    location: str | None
    #: When the item was added to the catalogue (UTC).
    added_at: datetime


@dataclass(frozen=True)
class LabelJob:
    """What one print wrote: the template, the barcodes in print order, pages and cells."""

    template: str
    barcodes: tuple[str, ...]
    pages: int
    #: How many label cells were filled (a "both" label on an unpaired sheet fills two).
    placed: int


def short_title(title: str, length: int = SHORT_TITLE_LENGTH) -> str:
    """The title proper (cut at its subtitle's " : "), at most ``length`` characters,
    cut at a word with an ellipsis when it is longer."""
    text = " ".join(title.split(" : ", 1)[0].split())
    text = text.rstrip(" /:;,.=")
    if len(text) <= length:
        return text
    cut = text[: length - 1]
    space = cut.rfind(" ")
    if space >= length // 2:
        cut = cut[:space]
    return cut.rstrip(" /:;,.=-") + "…"


def clean_barcodes(barcodes: Iterable[str]) -> list[str]:
    """The barcodes trimmed, blanks dropped, in the order given (a repeated barcode
    prints again); :class:`InvalidInput` if none is left."""
    cleaned = [code.strip() for code in barcodes if code.strip()]
    if not cleaned:
        raise InvalidInput("Scan or type at least one barcode to print.")
    return cleaned


def range_barcodes(first: str, count: int) -> list[str]:
    """``count`` consecutive barcodes from ``first`` for pre-printed labels. A 14-digit
    library barcode must carry its right Luhn check digit, and each label gets its own."""
    first = first.strip()
    if not 1 <= count <= MAX_RANGE:
        raise InvalidInput(f"Print between 1 and {MAX_RANGE} labels from a range at a time.")
    if is_library_barcode(first) and not is_valid_luhn(first):
        right = first[:-1] + luhn_check_digit(first[:-1])
        raise CheckDigitError(
            f"The check digit of {first} is wrong: the barcode is {right}. "
            "Start the range from a real barcode."
        )
    return consecutive_barcodes(first, count)


def taken_refusal(taken: Iterable[str], owner: str) -> str:
    """The refusal's words, naming the first few taken barcodes and how many more."""
    ordered = sorted(taken)
    named = ", ".join(ordered[:NAMED_IN_REFUSAL])
    more = len(ordered) - NAMED_IN_REFUSAL
    if more > 0:
        named += f" and {more} more"
    verb = "belongs" if len(ordered) == 1 else "belong"
    return f"{named} already {verb} to {owner}"
