"""Prices typed at the desk become whole cents, and read back as typed."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.domain.money import format_money, parse_money


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("12.99", 1299),
        ("12,99", 1299),
        ("12", 1200),
        ("12.5", 1250),
        ("0.05", 5),
        (" 7,00 ", 700),
        ("€12.99", 1299),
        ("12.99 $", 1299),
        ("0", 0),
    ],
)
def test_prices_as_typed_become_cents(typed: str, minor: int) -> None:
    assert parse_money(typed) == minor


@pytest.mark.parametrize("blank", ["", "   ", "€"])
def test_a_blank_price_is_no_price(blank: str) -> None:
    assert parse_money(blank) is None


@pytest.mark.parametrize("typed", ["12.999", "twelve", "12.9.9", "1 299", ".99", "12."])
def test_what_is_not_a_price_is_refused_saying_how_to_type_it(typed: str) -> None:
    with pytest.raises(InvalidInput, match=r"like 12\.99"):
        parse_money(typed)


def test_a_negative_price_is_refused() -> None:
    with pytest.raises(InvalidInput, match="negative"):
        parse_money("-3.00")


@pytest.mark.parametrize(
    ("minor", "shown"),
    [(1299, "12.99"), (5, "0.05"), (1200, "12.00"), (0, "0.00"), (-250, "-2.50")],
)
def test_cents_are_shown_with_two_decimals(minor: int, shown: str) -> None:
    assert format_money(minor) == shown


def test_no_price_is_shown_as_nothing() -> None:
    assert format_money(None) == ""


@pytest.mark.parametrize("minor", [0, 1, 99, 100, 1299, 123456789])
def test_shown_prices_read_back_the_same(minor: int) -> None:
    assert parse_money(format_money(minor)) == minor
