"""Barcodes for several new copies of one record, counted up from the first one."""

from __future__ import annotations

import re

from libtech_desktop.domain.barcodes import is_library_barcode, is_valid_luhn, with_check_digit
from libtech_desktop.domain.errors import InvalidInput

_TRAILING_NUMBER = re.compile(r"^(?P<head>.*?)(?P<number>\d+)$")


def consecutive_barcodes(first: str, count: int) -> list[str]:
    """``count`` barcodes from ``first``: the number at its end counts up, keeping its
    width (``B0098``, ``B0099``, ``B0100``). A 14-digit library barcode with a valid
    Luhn check digit counts up its payload and gets each copy's own check digit, as
    pre-printed label rolls do."""
    first = first.strip()
    if not first:
        raise InvalidInput("Type or scan the first copy's barcode.")
    if is_library_barcode(first) and is_valid_luhn(first):
        payload = int(first[:-1])
        width = len(first) - 1
        codes = [str(payload + n).zfill(width) for n in range(count)]
        if len(codes[-1]) > width:
            raise InvalidInput(f"{count} copies from {first} run past the last barcode.")
        return [with_check_digit(code) for code in codes]
    match = _TRAILING_NUMBER.match(first)
    if match is None:
        if count == 1:
            return [first]
        raise InvalidInput(
            f"{first} does not end in a number, so the next copies' barcodes cannot be counted "
            "from it."
        )
    head, digits = match["head"], match["number"]
    numbers = [str(int(digits) + n).zfill(len(digits)) for n in range(count)]
    if len(numbers[-1]) > len(digits):
        raise InvalidInput(f"{count} copies from {first} run past the last barcode.")
    return [head + number for number in numbers]
