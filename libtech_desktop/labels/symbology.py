"""Barcode symbologies: which codes each can carry, and the bar/space pattern that draws them.

:func:`modules` returns the pattern as a string of ``1`` (bar) and ``0`` (space), one character
per *unit*. For Code 39, Code 128 and EAN-13 a unit is the narrow element (the X dimension).
Codabar is built with python-barcode's 2:5 narrow:wide widths (a 2.5:1 ratio, inside the
2.25-3.0 the standard asks for), so there one X is :func:`units_per_x` = 2 units.

Every code is checked here, before anything is drawn, so a code the symbology cannot carry
is an :class:`~libtech_desktop.domain.errors.InvalidInput` naming the code and the reason,
not a half-written PDF.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from enum import StrEnum

import barcode

from libtech_desktop.domain.errors import CheckDigitError, InvalidInput


class Symbology(StrEnum):
    CODABAR = "codabar"
    CODE39 = "code39"
    CODE128 = "code128"
    EAN13 = "ean13"


@dataclass(frozen=True)
class BarcodeSpec:
    symbology: Symbology = Symbology.CODABAR
    codabar_start: str = "A"
    codabar_stop: str = "A"
    code39_check: bool = False


_CODABAR_DATA = frozenset(string.digits + "-$:/.+")
_CODABAR_GUARDS = frozenset("ABCD")
_CODE39_CHARS = frozenset(string.digits + string.ascii_uppercase + "-. $/+%")
_CODE39_VALUES = string.digits + string.ascii_uppercase + "-. $/+%"
_CODABAR_NARROW, _CODABAR_WIDE = 2, 5

#: Quiet zones in X: Codabar, Code 39 and Code 128 want at least 10X each side; EAN-13's
#: specification gives 11X on the left and 7X on the right.
_QUIET_ZONES = {
    Symbology.CODABAR: (10, 10),
    Symbology.CODE39: (10, 10),
    Symbology.CODE128: (10, 10),
    Symbology.EAN13: (11, 7),
}


def units_per_x(symbology: Symbology) -> int:
    """How many pattern units make one X (narrow element) in :func:`modules`' output."""
    return _CODABAR_NARROW if symbology is Symbology.CODABAR else 1


def quiet_zone_units(symbology: Symbology) -> tuple[int, int]:
    """Left and right quiet zones in pattern units."""
    left, right = _QUIET_ZONES[symbology]
    per_x = units_per_x(symbology)
    return left * per_x, right * per_x


def modules(code: str, spec: BarcodeSpec) -> str:
    """The ``1``/``0`` pattern for ``code`` (quiet zones not included)."""
    encoded = encoded_data(code, spec)
    match spec.symbology:
        case Symbology.CODABAR:
            built = barcode.get_barcode_class("codabar")(
                encoded, narrow=_CODABAR_NARROW, wide=_CODABAR_WIDE
            ).build()
        case Symbology.CODE39:
            built = barcode.get_barcode_class("code39")(encoded, add_checksum=False).build()
        case Symbology.CODE128:
            built = barcode.get_barcode_class("code128")(encoded).build()
        case Symbology.EAN13:
            built = barcode.get_barcode_class("ean13")(encoded).build()
    return str(built[0])


def encoded_data(code: str, spec: BarcodeSpec) -> str:
    """Every character the bars carry: Codabar start/stop, a Code 39 check character.

    Raises :class:`InvalidInput` when ``spec.symbology`` cannot carry ``code``.
    """
    if not code:
        raise InvalidInput("A barcode cannot be empty.")
    match spec.symbology:
        case Symbology.CODABAR:
            return _codabar(code, spec)
        case Symbology.CODE39:
            return _code39(code, spec.code39_check)
        case Symbology.CODE128:
            return _code128(code)
        case Symbology.EAN13:
            return _ean13(code)


def human_readable(code: str, spec: BarcodeSpec) -> str:
    """The text printed under the bars: the code, plus a Code 39 check character."""
    if spec.symbology is Symbology.CODE39:
        return encoded_data(code, spec)
    encoded_data(code, spec)
    return code


def _codabar(code: str, spec: BarcodeSpec) -> str:
    for guard in (spec.codabar_start, spec.codabar_stop):
        if guard not in _CODABAR_GUARDS:
            raise InvalidInput(f"Codabar start/stop character must be A, B, C or D, not {guard!r}.")
    bad = sorted({ch for ch in code if ch not in _CODABAR_DATA})
    if bad:
        raise InvalidInput(
            f"Codabar cannot carry {code!r}: only digits and - $ : / . + are allowed "
            f"(found {' '.join(bad)})."
        )
    return f"{spec.codabar_start}{code}{spec.codabar_stop}"


def _code39(code: str, check: bool) -> str:
    bad = sorted({ch for ch in code if ch not in _CODE39_CHARS})
    if bad:
        raise InvalidInput(
            f"Code 39 cannot carry {code!r}: only upper-case letters, digits, space and "
            f"- . $ / + % are allowed (found {' '.join(repr(ch) for ch in bad)})."
        )
    if not check:
        return code
    total = sum(_CODE39_VALUES.index(ch) for ch in code)
    return code + _CODE39_VALUES[total % 43]


def _code128(code: str) -> str:
    bad = sorted({ch for ch in code if not 32 <= ord(ch) < 127})
    if bad:
        raise InvalidInput(
            f"Code 128 cannot carry {code!r}: only printable ASCII characters are allowed "
            f"(found {' '.join(repr(ch) for ch in bad)})."
        )
    return code


def _ean13(code: str) -> str:
    if len(code) != 13 or not code.isascii() or not code.isdigit():
        raise InvalidInput(
            f"An EAN-13 barcode is 13 digits (an ISBN-13 without hyphens): {code!r}."
        )
    digits = [int(ch) for ch in code]
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits[:12])) % 10) % 10
    if check != digits[12]:
        raise CheckDigitError(f"EAN-13 {code} has a bad check digit: it should end in {check}.")
    return code
