"""Sheet templates: the shipped stock adds up, and the editor's checks say what is wrong."""

from __future__ import annotations

import dataclasses
import itertools
import json
from pathlib import Path

import pytest

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels import (
    SheetTemplate,
    get_template,
    load_templates,
    save_template,
    validate_template,
)

INCH = 25.4
LETTER = (215.9, 279.4)
A4 = (210.0, 297.0)

#: name: (page, label width x height, columns x rows) as the manufacturers publish them.
SHIPPED = {
    "avery-5160": (LETTER, (2.625 * INCH, 1 * INCH), (3, 10)),
    "avery-5161": (LETTER, (4 * INCH, 1 * INCH), (2, 10)),
    "avery-5163": (LETTER, (4 * INCH, 2 * INCH), (2, 5)),
    "avery-5167": (LETTER, (1.75 * INCH, 0.5 * INCH), (4, 20)),
    "avery-l7160": (A4, (63.5, 38.1), (3, 7)),
    "avery-l7163": (A4, (99.1, 38.1), (2, 7)),
    "avery-l7651": (A4, (38.1, 21.2), (5, 13)),
    "demco-spine-1x1.5": (LETTER, (1 * INCH, 1.5 * INCH), (7, 7)),
    "library-pair-2x1": (LETTER, (2 * INCH, 1 * INCH), (4, 10)),
}
PER_SHEET = {"avery-5160": 30, "avery-5161": 20, "avery-5163": 10, "avery-5167": 80}
PER_SHEET |= {"avery-l7160": 21, "avery-l7163": 14, "avery-l7651": 65}


def a_template(**changes: object) -> SheetTemplate:
    return dataclasses.replace(get_template("avery-5160"), **changes)  # type: ignore[arg-type]


def test_the_shipped_templates_are_all_there() -> None:
    assert set(load_templates()) == set(SHIPPED)


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_shipped_template_matches_the_published_sizes(name: str) -> None:
    template = get_template(name)
    page, label, grid = SHIPPED[name]
    validate_template(template)
    assert (template.page_width_mm, template.page_height_mm) == pytest.approx(page)
    assert (template.label_width_mm, template.label_height_mm) == pytest.approx(label)
    assert (template.columns, template.rows) == grid
    assert template.per_sheet == PER_SHEET.get(name, grid[0] * grid[1])
    assert template.corner_radius_mm > 0
    assert "spec" in template.description.lower() or "style" in template.description.lower()


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_cell_of_a_shipped_template_is_on_the_page_and_apart(name: str) -> None:
    template = get_template(name)
    cells = [template.cell_rect(i) for i in range(template.per_sheet)]
    for x, y, w, h in cells:
        assert x >= 0 and y >= 0
        assert x + w <= template.page_width_mm and y + h <= template.page_height_mm
    for (x1, y1, w1, h1), (x2, y2, _, _) in itertools.pairwise(cells):
        assert x2 >= x1 + w1 - 0.01 or y2 >= y1 + h1 - 0.01  # no two cells overlap
    # Sheets are die-cut symmetrically: the margins left and right agree within 0.5 mm.
    last_x, _, last_w, _ = cells[template.columns - 1]
    assert template.page_width_mm - (last_x + last_w) == pytest.approx(template.left_mm, abs=0.5)


def test_cells_are_row_major_from_the_top_left() -> None:
    template = get_template("avery-5160")
    assert template.cell_rect(0) == pytest.approx((4.7625, 12.7, 66.675, 25.4))
    assert template.cell_rect(1)[0] == pytest.approx(4.7625 + 69.85)
    assert template.cell_rect(3)[:2] == pytest.approx((4.7625, 12.7 + 25.4))
    assert template.cell_rect(29)[:2] == pytest.approx((4.7625 + 2 * 69.85, 12.7 + 9 * 25.4))
    with pytest.raises(IndexError):
        template.cell_rect(30)


def test_templates_are_found_by_name_or_part_number_in_any_case() -> None:
    assert get_template("AVERY-5160").name == "avery-5160"
    assert get_template("5160").name == "avery-5160"
    assert get_template("l7163").name == "avery-l7163"


def test_an_unknown_template_names_the_known_ones() -> None:
    with pytest.raises(InvalidInput, match=r"'avery-9999'.*avery-5160.*avery-l7651"):
        get_template("avery-9999")


def test_a_saved_template_loads_back_and_can_replace_a_shipped_one(tmp_path: Path) -> None:
    own = a_template(name="our-stock", description="Measured by hand", top_mm=13.0)
    path = save_template(own, tmp_path)
    assert path == tmp_path / "our-stock.json"
    assert load_templates(tmp_path)["our-stock"] == own
    assert get_template("our-stock", tmp_path) == own

    save_template(a_template(top_mm=13.2), tmp_path)
    assert get_template("avery-5160", tmp_path).top_mm == 13.2
    assert get_template("avery-5160").top_mm == 12.7


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"label_width_mm": 0}, "label width must be more than 0 mm"),
        ({"pitch_x_mm": 60.0}, "horizontal pitch .60 mm. is less than the label width"),
        ({"pitch_y_mm": 20.0}, "vertical pitch .20 mm. is less than the label height"),
        ({"left_mm": 10.0}, "last column ends at 216.38 mm, past the page width"),
        ({"rows": 11}, "last row ends at 292.10 mm, past the page height"),
        ({"columns": 0}, "at least one column"),
        ({"paired": True}, "paired .* even number of columns"),
        ({"corner_radius_mm": 20.0}, "corner radius"),
        ({"name": " "}, "needs a name"),
    ],
)
def test_validation_says_what_is_wrong(changes: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        validate_template(a_template(**changes))


def test_an_invalid_template_is_not_saved(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        save_template(a_template(name="bad", left_mm=50.0), tmp_path)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "Cannot read label template broken.json"),
        ('{"name": "x", "colour": "red"}', "unknown fields: \\['colour'\\]"),
        ('{"name": "x"}', "incomplete"),
    ],
)
def test_a_broken_template_file_is_named(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "broken.json").write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match=message):
        load_templates(tmp_path)


def test_a_template_file_with_a_wrong_type_is_refused(tmp_path: Path) -> None:
    data = dataclasses.asdict(a_template(name="typed"))
    data["columns"] = "3"
    (tmp_path / "typed.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput, match="wrong type: \\['columns'\\]"):
        load_templates(tmp_path)


def test_the_paired_sheet_has_an_even_number_of_columns_and_only_it_is_paired() -> None:
    paired = {name for name, template in load_templates().items() if template.paired}
    assert paired == {"library-pair-2x1"}
    assert get_template("library-pair-2x1").columns % 2 == 0
