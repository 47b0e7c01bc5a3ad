"""Consecutive barcodes for several copies at once."""

from __future__ import annotations

import pytest

from libtech_desktop.domain.barcodes import is_valid_luhn, with_check_digit
from libtech_desktop.domain.copies import consecutive_barcodes
from libtech_desktop.domain.errors import InvalidInput


def test_library_barcodes_count_up_with_their_own_check_digits() -> None:
    first = with_check_digit("3123400000009")

    codes = consecutive_barcodes(first, 3)

    assert [c[:-1] for c in codes] == ["3123400000009", "3123400000010", "3123400000011"]
    assert all(is_valid_luhn(c) for c in codes)


def test_other_barcodes_count_up_their_trailing_number_keeping_its_width() -> None:
    assert consecutive_barcodes("B0098", 3) == ["B0098", "B0099", "B0100"]


def test_a_run_past_the_width_or_without_a_number_is_refused() -> None:
    with pytest.raises(InvalidInput, match="run past"):
        consecutive_barcodes("B98", 3)
    with pytest.raises(InvalidInput, match="does not end in a number"):
        consecutive_barcodes("ABC", 2)
    assert consecutive_barcodes("ABC", 1) == ["ABC"]
