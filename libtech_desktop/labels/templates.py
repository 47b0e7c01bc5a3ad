"""Label sheet templates: where each label sits on the page, in millimetres.

Templates are data: one JSON file per sheet in ``resources/label_templates/`` (the shipped
stock), each holding the fields of :class:`SheetTemplate`. A library's own templates are the
same JSON (:func:`template_to_json`) kept in the library file by the label service, under
slug names (:func:`slug_problem`) that no shipped template has. ``extra_dir`` (a folder
whose files replace shipped templates of the same name) remains for tools and tests.

Coordinates have their origin at the top-left corner of the page, x to the right and y down,
as a ruler laid on the sheet reads them.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.paths import resources_dir

#: Measuring slack: published specifications are rounded to 0.05 mm or 1/64 inch.
_TOLERANCE_MM = 0.05
#: A template's name is a slug: ``avery-5160``, ``our-spine-2``.
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
MAX_NAME_LENGTH = 64


@dataclass(frozen=True)
class SheetTemplate:
    name: str
    description: str
    page_width_mm: float
    page_height_mm: float
    label_width_mm: float
    label_height_mm: float
    columns: int
    rows: int
    left_mm: float
    top_mm: float
    pitch_x_mm: float
    pitch_y_mm: float
    corner_radius_mm: float
    #: Cells come in (barcode, spine) pairs, left and right, for the kind "both".
    paired: bool = False

    @property
    def per_sheet(self) -> int:
        return self.columns * self.rows

    def cell_rect(self, index: int) -> tuple[float, float, float, float]:
        """``(x, y, width, height)`` in mm of cell ``index`` (0-based, row by row)."""
        if not 0 <= index < self.per_sheet:
            raise IndexError(f"cell {index} is not on a {self.per_sheet}-label sheet")
        row, column = divmod(index, self.columns)
        return (
            self.left_mm + column * self.pitch_x_mm,
            self.top_mm + row * self.pitch_y_mm,
            self.label_width_mm,
            self.label_height_mm,
        )


def templates_dir() -> Path:
    return resources_dir() / "label_templates"


def load_templates(extra_dir: Path | None = None) -> dict[str, SheetTemplate]:
    """The shipped templates, then those in ``extra_dir`` (which win on a shared name)."""
    templates: dict[str, SheetTemplate] = {}
    for directory in (templates_dir(), extra_dir):
        if directory is None or not directory.is_dir():
            continue
        for path in sorted(directory.glob("*.json")):
            template = _read(path)
            templates[template.name] = template
    return templates


def get_template(name: str, extra_dir: Path | None = None) -> SheetTemplate:
    """The template called ``name`` (any case; ``5160`` finds ``avery-5160``)."""
    templates = load_templates(extra_dir)
    wanted = name.strip().casefold()
    exact = [t for key, t in templates.items() if key.casefold() == wanted]
    by_part = [t for key, t in templates.items() if key.casefold().endswith("-" + wanted)]
    found = exact or by_part
    if len(found) == 1:
        return found[0]
    known = ", ".join(sorted(templates))
    raise InvalidInput(f"No label template called {name!r}. Known templates: {known}.")


def save_template(template: SheetTemplate, directory: Path) -> Path:
    """Check ``template`` and write it to ``directory`` as ``<name>.json``; returns the path."""
    validate_template(template)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{_file_stem(template.name)}.json"
    path.write_text(template_to_json(template) + "\n", encoding="utf-8")
    return path


def validate_template(template: SheetTemplate) -> None:
    """Raise :class:`InvalidInput` listing everything that cannot be right about ``template``."""
    problems = _problems(template)
    if problems:
        raise InvalidInput(f"Label template {template.name!r}: " + "; ".join(problems) + ".")


def _problems(t: SheetTemplate) -> list[str]:
    problems: list[str] = []
    if not t.name.strip():
        problems.append("it needs a name")
    sizes = {
        "page width": t.page_width_mm,
        "page height": t.page_height_mm,
        "label width": t.label_width_mm,
        "label height": t.label_height_mm,
        "horizontal pitch": t.pitch_x_mm,
        "vertical pitch": t.pitch_y_mm,
    }
    problems += [f"the {what} must be more than 0 mm" for what, mm in sizes.items() if mm <= 0]
    if t.columns < 1 or t.rows < 1:
        problems.append("it needs at least one column and one row")
    if min(t.left_mm, t.top_mm, t.corner_radius_mm) < 0:
        problems.append("margins and corner radius cannot be negative")
    if problems:
        return problems
    if t.columns > 1 and t.pitch_x_mm < t.label_width_mm - _TOLERANCE_MM:
        problems.append(
            f"the horizontal pitch ({t.pitch_x_mm:g} mm) is less than the label width "
            f"({t.label_width_mm:g} mm), so labels would overlap"
        )
    if t.rows > 1 and t.pitch_y_mm < t.label_height_mm - _TOLERANCE_MM:
        problems.append(
            f"the vertical pitch ({t.pitch_y_mm:g} mm) is less than the label height "
            f"({t.label_height_mm:g} mm), so labels would overlap"
        )
    right = t.left_mm + (t.columns - 1) * t.pitch_x_mm + t.label_width_mm
    if right > t.page_width_mm + _TOLERANCE_MM:
        problems.append(
            f"the last column ends at {right:.2f} mm, past the page width ({t.page_width_mm:g} mm)"
        )
    bottom = t.top_mm + (t.rows - 1) * t.pitch_y_mm + t.label_height_mm
    if bottom > t.page_height_mm + _TOLERANCE_MM:
        problems.append(
            f"the last row ends at {bottom:.2f} mm, past the page height ({t.page_height_mm:g} mm)"
        )
    if t.corner_radius_mm > min(t.label_width_mm, t.label_height_mm) / 2:
        problems.append("the corner radius is more than half the label's shorter side")
    if t.paired and t.columns % 2:
        problems.append("a paired (barcode + spine) sheet needs an even number of columns")
    return problems


def _read(path: Path) -> SheetTemplate:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"Cannot read label template {path.name}: {error}") from error
    return template_from_json(text, path.name)


def template_to_json(template: SheetTemplate) -> str:
    """``template``'s fields as JSON text (what a file or the database holds)."""
    return json.dumps(dataclasses.asdict(template), indent=2, ensure_ascii=False)


def template_from_json(text: str, source: str = "JSON") -> SheetTemplate:
    """The checked template in ``text``; :class:`InvalidInput` naming ``source`` if not."""
    try:
        data: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidInput(f"Cannot read label template {source}: {error}") from error
    fields = {field.name for field in dataclasses.fields(SheetTemplate)}
    if not isinstance(data, dict) or not set(data) <= fields:
        unknown = sorted(set(data) - fields) if isinstance(data, dict) else []
        raise InvalidInput(f"Label template {source} has unknown fields: {unknown}.")
    wrong = [key for key, value in data.items() if not isinstance(value, _field_type(key))]
    if wrong or isinstance(data.get("columns"), bool) or isinstance(data.get("rows"), bool):
        raise InvalidInput(f"Label template {source} has values of the wrong type: {wrong}.")
    try:
        template = SheetTemplate(**data)
    except TypeError as error:
        raise InvalidInput(f"Label template {source} is incomplete: {error}") from error
    validate_template(template)
    return template


def slug_problem(name: str) -> str | None:
    """Why ``name`` cannot name a library's template (``None``: it can). Names are slugs:
    lower-case letters and digits in words joined by hyphens, as ``avery-5160``."""
    if not name:
        return "it needs a name"
    if len(name) > MAX_NAME_LENGTH:
        return f"the name is longer than {MAX_NAME_LENGTH} characters"
    if not _SLUG.fullmatch(name):
        return (
            f"the name {name!r} must be lower-case letters and digits joined by hyphens, "
            "such as 'gaylord-spine-2'"
        )
    return None


def slugify(text: str) -> str:
    """A slug suggested for ``text`` ("Our Spine 2" -> ``our-spine-2``)."""
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-")[:MAX_NAME_LENGTH].strip("-")


def _field_type(key: str) -> type | tuple[type, ...]:
    if key in ("name", "description"):
        return str
    if key in ("columns", "rows"):
        return int
    if key == "paired":
        return bool
    return (int, float)


def _file_stem(name: str) -> str:
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-.")
    return stem or "template"
