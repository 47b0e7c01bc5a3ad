"""Symbologies: the patterns python-barcode builds, and the codes each cannot carry."""

from __future__ import annotations

import itertools

import barcode
import pytest

from libtech_desktop.domain.errors import CheckDigitError, InvalidInput
from libtech_desktop.labels import BarcodeSpec, Symbology, modules
from libtech_desktop.labels.symbology import (
    encoded_data,
    human_readable,
    quiet_zone_units,
    units_per_x,
)

CODABAR = BarcodeSpec()
CODE39 = BarcodeSpec(Symbology.CODE39)
CODE39_CHECKED = BarcodeSpec(Symbology.CODE39, code39_check=True)
CODE128 = BarcodeSpec(Symbology.CODE128)
EAN13 = BarcodeSpec(Symbology.EAN13)


def runs(pattern: str) -> list[int]:
    widths, current = [], 1
    for before, after in itertools.pairwise(pattern):
        if before == after:
            current += 1
        else:
            widths.append(current)
            current = 1
    return [*widths, current]


def test_patterns_start_and_end_with_a_bar() -> None:
    for spec, code in [
        (CODABAR, "31234"),
        (CODE39, "AB-1"),
        (CODE128, "Ab 1"),
        (EAN13, "9780306406157"),
    ]:
        pattern = modules(code, spec)
        assert set(pattern) == {"0", "1"}
        assert pattern[0] == pattern[-1] == "1"


def test_codabar_wraps_the_code_in_its_start_and_stop_characters() -> None:
    assert encoded_data("31234", CODABAR) == "A31234A"
    assert encoded_data("31234", BarcodeSpec(codabar_start="B", codabar_stop="D")) == "B31234D"
    # 7 elements a character, 2.5:1 wide:narrow in units of half an X.
    pattern = modules("31234", CODABAR)
    assert set(runs(pattern)) == {2, 5}
    assert units_per_x(Symbology.CODABAR) == 2
    assert quiet_zone_units(Symbology.CODABAR) == (20, 20)  # 10 X each side


def test_start_and_stop_change_the_bars() -> None:
    assert modules("31234", CODABAR) != modules("31234", BarcodeSpec(codabar_start="C"))


@pytest.mark.parametrize("code", ["3123A", "31 234", "abc", "3123é"])
def test_codabar_refuses_letters_and_spaces(code: str) -> None:
    with pytest.raises(InvalidInput, match="Codabar cannot carry"):
        modules(code, CODABAR)


def test_codabar_start_character_must_be_a_to_d() -> None:
    with pytest.raises(InvalidInput, match="A, B, C or D"):
        modules("31234", BarcodeSpec(codabar_start="E"))


def test_code39_mod43_check_character() -> None:
    # L=21 I=18 B=11 -=36 0 0 4 2 1 7: 100 mod 43 = 14, the character E.
    assert encoded_data("LIB-004217", CODE39_CHECKED) == "LIB-004217E"
    assert human_readable("LIB-004217", CODE39_CHECKED) == "LIB-004217E"
    assert encoded_data("LIB-004217", CODE39) == "LIB-004217"
    # C=12 O=24 D=13 E=14 space=38 3 9: 113 mod 43 = 27, the character R.
    assert encoded_data("CODE 39", CODE39_CHECKED) == "CODE 39R"
    assert barcode.get_barcode_class("code39")("CODE 39").get_fullcode() == "CODE 39R"
    # One character longer: 3 wide (3 X) and 6 narrow elements, and the gap between characters.
    assert len(modules("LIB1", CODE39_CHECKED)) == len(modules("LIB1", CODE39)) + 16
    assert set(runs(modules("LIB1", CODE39))) == {1, 3}


@pytest.mark.parametrize("code", ["lib1", "LIB*1", "LIB_1"])
def test_code39_refuses_what_it_cannot_carry(code: str) -> None:
    with pytest.raises(InvalidInput, match="Code 39 cannot carry"):
        modules(code, CODE39)


def test_code128_carries_mixed_case_and_refuses_non_ascii() -> None:
    assert modules("Lib/0042 x", CODE128) != modules("LIB/0042 X", CODE128)
    with pytest.raises(InvalidInput, match="Code 128 cannot carry"):
        modules("Bibliothèque", CODE128)


def test_ean13_is_95_modules_with_11_and_7_quiet() -> None:
    assert len(modules("9780306406157", EAN13)) == 95
    assert quiet_zone_units(Symbology.EAN13) == (11, 7)


def test_ean13_with_a_bad_check_digit_is_refused() -> None:
    with pytest.raises(CheckDigitError, match="should end in 7"):
        modules("9780306406158", EAN13)


@pytest.mark.parametrize("code", ["978030640615", "978-0-306-40615-7", "97803064061570"])
def test_ean13_needs_thirteen_digits(code: str) -> None:
    with pytest.raises(InvalidInput, match="13 digits"):
        modules(code, EAN13)


def test_an_empty_code_is_refused() -> None:
    with pytest.raises(InvalidInput, match="empty"):
        modules("", CODE128)
