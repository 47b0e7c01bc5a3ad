"""Library barcode arithmetic: the mod-10 (Luhn) check digit of 14-digit codes."""

from __future__ import annotations

LIBRARY_BARCODE_LENGTH = 14


def luhn_check_digit(payload: str) -> str:
    """Return the Luhn check digit that completes ``payload`` (digits only)."""
    if not payload.isdigit():
        raise ValueError(f"not all digits: {payload!r}")
    total = 0
    # Walk from the right; the digit next to the (future) check digit is doubled.
    for position, char in enumerate(reversed(payload)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return str((10 - total % 10) % 10)


def is_valid_luhn(code: str) -> bool:
    """True when the last digit of ``code`` is its Luhn check digit."""
    if len(code) < 2 or not code.isdigit():
        return False
    return luhn_check_digit(code[:-1]) == code[-1]


def with_check_digit(payload: str) -> str:
    """``payload`` followed by its Luhn check digit."""
    return payload + luhn_check_digit(payload)


def is_library_barcode(code: str) -> bool:
    """A 14-digit numeric code, the shape that carries a Luhn check digit."""
    return len(code) == LIBRARY_BARCODE_LENGTH and code.isdigit()
