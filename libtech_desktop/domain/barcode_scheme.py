"""The library's barcode scheme (issue 10): how new patron cards and item barcodes are
numbered, and whether a scanned code is one of ours.

A code is ``type digit + institution code + sequence (zero-padded) + check digit``:
with patron type 2, institution 1234, width 5 and a Luhn check digit, card 1 is
``21234000012`` (shown ``2 1234 00001 2``). The check digit is Luhn (mod 10, as on most
library cards), EAN-13 style (weights 3/1 from the right, as on a GTIN) or none.
Pure: the settings are read elsewhere (:meth:`BarcodeScheme.from_settings`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, get_args

from libtech_desktop.domain.barcodes import luhn_check_digit
from libtech_desktop.domain.errors import InvalidInput

BarcodeKind = Literal["patron", "item"]
CheckDigit = Literal["luhn", "ean13", "none"]
CHECK_DIGITS: tuple[CheckDigit, ...] = get_args(CheckDigit)
CHECK_DIGIT_NAMES: dict[CheckDigit, str] = {
    "luhn": "Luhn (mod 10)",
    "ean13": "EAN-13 style (weights 3/1)",
    "none": "None",
}
MAX_INSTITUTION = 8
MIN_WIDTH = 1
MAX_WIDTH = 12


def ean_check_digit(payload: str) -> str:
    """The EAN/GTIN check digit of ``payload`` (digits): weights 3, 1, 3, … from the
    right, so that the code's weighted sum is a multiple of 10."""
    if not payload.isdigit():
        raise ValueError(f"not all digits: {payload!r}")
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(payload)))
    return str((10 - total % 10) % 10)


@dataclass(frozen=True)
class ParsedBarcode:
    kind: BarcodeKind
    sequence: int


@dataclass(frozen=True)
class BarcodeScheme:
    patron_digit: str = "2"
    item_digit: str = "3"
    institution: str = ""
    width: int = 8
    check_digit: CheckDigit = "luhn"

    def __post_init__(self) -> None:
        problem = scheme_problem(self)
        if problem is not None:
            raise InvalidInput(problem)

    @classmethod
    def from_settings(cls, text: Callable[[str], str]) -> BarcodeScheme:
        """The scheme stored as ``barcode.*`` settings (``text``: key -> stored text)."""
        digit = text("barcode.check_digit")
        return cls(
            patron_digit=text("barcode.patron_digit"),
            item_digit=text("barcode.item_digit"),
            institution=text("barcode.institution"),
            width=int(text("barcode.width")),
            check_digit=digit if digit in CHECK_DIGITS else "luhn",
        )

    @property
    def length(self) -> int:
        """How many digits every code of the scheme has."""
        return 1 + len(self.institution) + self.width + (0 if self.check_digit == "none" else 1)

    @property
    def largest_sequence(self) -> int:
        return int("9" * self.width)

    def type_digit(self, kind: BarcodeKind) -> str:
        return self.patron_digit if kind == "patron" else self.item_digit

    def format(self, kind: BarcodeKind, sequence: int) -> str:
        """The code of ``kind`` number ``sequence`` (1, 2, …)."""
        if not 1 <= sequence <= self.largest_sequence:
            raise InvalidInput(
                f"Number {sequence} does not fit the barcode scheme: its sequence has "
                f"{self.width} digits (1 to {self.largest_sequence})."
            )
        payload = f"{self.type_digit(kind)}{self.institution}{sequence:0{self.width}d}"
        return payload + self._check_digit(payload)

    def display(self, code: str) -> str:
        """``code`` in groups, as the wizard's example shows it: ``2 1234 00001 7``."""
        parts = [code[:1]]
        rest = code[1:]
        if self.institution:
            parts.append(rest[: len(self.institution)])
            rest = rest[len(self.institution) :]
        parts.append(rest[: self.width])
        if self.check_digit != "none":
            parts.append(rest[self.width :])
        return " ".join(p for p in parts if p)

    def check(self, code: str) -> str | None:
        """What is wrong with ``code`` as a barcode of this scheme, or ``None``."""
        code = code.strip()
        if not code.isdigit():
            return f"{code!r} is not all digits."
        if len(code) != self.length:
            return f"{code} has {len(code)} digits; this library's barcodes have {self.length}."
        if code[0] not in (self.patron_digit, self.item_digit):
            return (
                f"{code} starts with {code[0]}: patron cards start with {self.patron_digit} "
                f"and items with {self.item_digit}."
            )
        if code[1 : 1 + len(self.institution)] != self.institution:
            return f"{code} is not from this library (institution code {self.institution})."
        if self.check_digit != "none":
            expected = self._check_digit(code[:-1])
            if code[-1] != expected:
                return (
                    f"{code} has a wrong check digit ({code[-1]}, not {expected}): "
                    "mistyped or misread."
                )
        return None

    def parse(self, code: str) -> ParsedBarcode:
        """The kind and sequence number of ``code``; :class:`InvalidInput` saying what is
        wrong when it is not a code of this scheme."""
        problem = self.check(code)
        if problem is not None:
            raise InvalidInput(problem)
        code = code.strip()
        kind: BarcodeKind = "patron" if code[0] == self.patron_digit else "item"
        start = 1 + len(self.institution)
        return ParsedBarcode(kind, int(code[start : start + self.width]))

    def _check_digit(self, payload: str) -> str:
        if self.check_digit == "luhn":
            return luhn_check_digit(payload)
        if self.check_digit == "ean13":
            return ean_check_digit(payload)
        return ""


def scheme_problem(scheme: BarcodeScheme) -> str | None:
    """What is wrong with the scheme's parts, or ``None``."""
    for what, digit in (("patron", scheme.patron_digit), ("item", scheme.item_digit)):
        if len(digit) != 1 or not digit.isdigit():
            return f"The {what} type digit is one digit 0 to 9, not {digit!r}."
    if scheme.patron_digit == scheme.item_digit:
        return (
            "Patron cards and items need different type digits, or a card could be "
            "taken for an item."
        )
    if scheme.institution and not scheme.institution.isdigit():
        return f"The institution code is digits only, not {scheme.institution!r}."
    if len(scheme.institution) > MAX_INSTITUTION:
        return f"The institution code has at most {MAX_INSTITUTION} digits."
    if not MIN_WIDTH <= scheme.width <= MAX_WIDTH:
        return f"The sequence has {MIN_WIDTH} to {MAX_WIDTH} digits, not {scheme.width}."
    if scheme.check_digit not in CHECK_DIGITS:
        return f"The check digit is one of {', '.join(CHECK_DIGITS)}, not {scheme.check_digit!r}."
    return None
