"""Prices as typed at the desk (``12.99``, ``12,99``, ``12``) and as shown, in minor units.

Amounts are kept as whole cents (``1299``) so no sum is ever off by a float's error;
the desk types and reads them with two decimals, with either a point or a comma.
"""

from __future__ import annotations

import re

from libtech_desktop.domain.errors import InvalidInput

#: Digits, then optionally a point or a comma and one or two more digits.
_AMOUNT = re.compile(r"^(?P<whole>\d{1,9})(?:[.,](?P<cents>\d{1,2}))?$")
_SYMBOLS = "$€£¥ "


def parse_money(text: str) -> int | None:
    """``"12.99"`` or ``"12,99"`` -> ``1299``; ``"12"`` -> ``1200``; blank -> ``None``.
    A currency sign is ignored; anything else is refused, saying how to type it."""
    cleaned = text.strip().strip(_SYMBOLS)
    if not cleaned:
        return None
    if cleaned.startswith("-"):
        raise InvalidInput(f"A price cannot be negative: “{text.strip()}”.")
    found = _AMOUNT.match(cleaned)
    if found is None:
        raise InvalidInput(
            f"“{text.strip()}” is not a price: type it like 12.99 or 12,99 (at most two decimals)."
        )
    cents = (found["cents"] or "").ljust(2, "0")
    return int(found["whole"]) * 100 + int(cents)


def format_money(minor: int | None) -> str:
    """``1299`` -> ``"12.99"``; ``None`` -> ``""`` (no price recorded)."""
    if minor is None:
        return ""
    sign = "-" if minor < 0 else ""
    whole, cents = divmod(abs(minor), 100)
    return f"{sign}{whole}.{cents:02d}"
