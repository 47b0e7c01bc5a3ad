"""Labels, cards and calibration pages: plain Python that draws PDF (no Qt, no database)."""

from libtech_desktop.labels.content import ItemLabel, PatronCard
from libtech_desktop.labels.render import (
    LabelKind,
    PlacedLabel,
    PrintOptions,
    RenderReport,
    render_calibration,
    render_cards,
    render_labels,
)
from libtech_desktop.labels.symbology import BarcodeSpec, Symbology, modules
from libtech_desktop.labels.templates import (
    SheetTemplate,
    get_template,
    load_templates,
    save_template,
    slug_problem,
    slugify,
    template_from_json,
    template_to_json,
    validate_template,
)

__all__ = [
    "BarcodeSpec",
    "ItemLabel",
    "LabelKind",
    "PatronCard",
    "PlacedLabel",
    "PrintOptions",
    "RenderReport",
    "SheetTemplate",
    "Symbology",
    "get_template",
    "load_templates",
    "modules",
    "render_calibration",
    "render_cards",
    "render_labels",
    "save_template",
    "slug_problem",
    "slugify",
    "template_from_json",
    "template_to_json",
    "validate_template",
]
