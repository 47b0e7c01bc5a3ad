"""Which cell each label lands in: start position, pairs, sheets; no rasterising here."""

from __future__ import annotations

import io

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels import ItemLabel, PrintOptions, get_template, render_labels


def labels(count: int) -> list[ItemLabel]:
    return [ItemLabel(f"3123400{n:07d}", call_number="FIC SMI") for n in range(count)]


def test_start_position_skips_cells_and_spills_onto_the_next_sheet() -> None:
    template = get_template("avery-5163")  # 10 a sheet
    report = render_labels(labels(12), template, PrintOptions(start=4), io.BytesIO())
    assert report.pages == 2
    assert [(p.page, p.rect_mm) for p in report.placed[:2]] == [
        (0, template.cell_rect(3)),
        (0, template.cell_rect(4)),
    ]
    assert [p.page for p in report.placed].count(0) == 7
    assert report.placed[7].rect_mm == template.cell_rect(0)


@pytest.mark.parametrize("start", [0, 31])
def test_start_position_must_be_on_the_sheet(start: int) -> None:
    with pytest.raises(InvalidInput, match="between 1 and 30"):
        render_labels(labels(1), get_template("5160"), PrintOptions(start=start), io.BytesIO())


def test_both_on_an_unpaired_sheet_uses_two_cells_and_never_splits_a_pair() -> None:
    template = get_template("avery-5163")
    report = render_labels(labels(2), template, PrintOptions(kind="both", start=8), io.BytesIO())
    assert [(p.kind, p.page, p.rect_mm) for p in report.placed] == [
        ("barcode", 0, template.cell_rect(7)),
        ("spine", 0, template.cell_rect(8)),
        ("barcode", 1, template.cell_rect(0)),  # cell 10 of 10 is left empty
        ("spine", 1, template.cell_rect(1)),
    ]


def test_spine_only_needs_no_valid_barcode() -> None:
    report = render_labels(
        [ItemLabel("not a codabar", call_number="FIC SMI")],
        get_template("demco-spine-1x1.5"),
        PrintOptions(kind="spine"),
        io.BytesIO(),
    )
    assert [p.kind for p in report.placed] == ["spine"]


def test_nothing_to_print_and_unknown_kinds_are_refused() -> None:
    with pytest.raises(InvalidInput, match="no labels"):
        render_labels([], get_template("5160"), PrintOptions(), io.BytesIO())
    with pytest.raises(InvalidInput, match="Unknown label kind"):
        render_labels(labels(1), get_template("5160"), PrintOptions(kind="card"), io.BytesIO())  # type: ignore[arg-type]


def test_a_barcode_too_long_for_the_label_says_so() -> None:
    with pytest.raises(InvalidInput, match=r"does not fit a \d+\.\d mm wide space"):
        render_labels(labels(1), get_template("demco-spine-1x1.5"), PrintOptions(), io.BytesIO())
