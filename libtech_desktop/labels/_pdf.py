"""Drawing on a reportlab canvas in millimetres from the top-left corner of the page.

Bars are filled vector rectangles (one path per barcode), text is real PDF text in the
standard Helvetica fonts, so a PDF viewer can select and search it and a printer draws
both at its own resolution.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels.symbology import (
    BarcodeSpec,
    human_readable,
    modules,
    quiet_zone_units,
    units_per_x,
)

PT_MM = 25.4 / 72
FONT = "Helvetica"
BOLD = "Helvetica-Bold"
#: 7.5 mil: the narrowest X that laser-printed labels scan reliably at.
MIN_X_MM = 0.19
#: 13 mil: a common library barcode; wider only makes the barcode longer than a scanner's field.
MAX_X_MM = 0.33
MIN_BAR_MM = 6.0
MAX_BAR_MM = 13.0
_BARS = re.compile("1+")
_ELLIPSIS = "…"
_GAP = 0.5  # mm between bars and text


def open_canvas(out: Path | BinaryIO, width_mm: float, height_mm: float) -> Canvas:
    target = str(out) if isinstance(out, Path) else out
    # invariant: no timestamp or random id, so the same labels give the same bytes.
    canvas = Canvas(target, pagesize=(width_mm * mm, height_mm * mm), invariant=True)
    canvas.setCreator("LibTech Desk")
    return canvas


@dataclass(frozen=True)
class Barcode:
    """A code ready to draw: its pattern, and the text printed under it."""

    code: str
    pattern: str
    text: str
    quiet_left: int
    quiet_right: int
    per_x: int

    @classmethod
    def build(cls, code: str, spec: BarcodeSpec) -> Barcode:
        left, right = quiet_zone_units(spec.symbology)
        per_x = units_per_x(spec.symbology)
        return cls(code, modules(code, spec), human_readable(code, spec), left, right, per_x)

    @property
    def total_units(self) -> int:
        return self.quiet_left + len(self.pattern) + self.quiet_right

    def unit_mm(self, width_mm: float) -> float:
        """The unit width that fits the barcode and its quiet zones into ``width_mm``."""
        x_mm = min(MAX_X_MM, width_mm * self.per_x / self.total_units)
        if x_mm < MIN_X_MM - 1e-9:
            needed = self.total_units * MIN_X_MM / self.per_x
            raise InvalidInput(
                f"Barcode {self.code} does not fit a {width_mm:.1f} mm wide space: with its "
                f"quiet zones it needs {needed:.1f} mm at the narrowest printable bar "
                f"({MIN_X_MM} mm). Choose a wider label or a shorter barcode."
            )
        return x_mm / self.per_x


class Page:
    """One page of a canvas, addressed in mm from its top-left corner."""

    def __init__(self, canvas: Canvas, height_mm: float) -> None:
        self.canvas = canvas
        self.height_mm = height_mm

    def y(self, y_mm: float) -> float:
        return (self.height_mm - y_mm) * mm

    def text(self, x_mm: float, baseline_mm: float, text: str, font: str, size_pt: float) -> None:
        self.canvas.setFont(font, size_pt)
        self.canvas.drawString(x_mm * mm, self.y(baseline_mm), text)

    def centred_text(
        self, centre_mm: float, baseline_mm: float, text: str, font: str, size_pt: float
    ) -> None:
        self.canvas.setFont(font, size_pt)
        self.canvas.drawCentredString(centre_mm * mm, self.y(baseline_mm), text)

    def bars(
        self, barcode: Barcode, left_mm: float, top_mm: float, unit_mm: float, height_mm: float
    ) -> None:
        """Draw the bars (not the quiet zones) starting at ``left_mm``."""
        path = self.canvas.beginPath()
        bottom = self.y(top_mm + height_mm)
        for run in _BARS.finditer(barcode.pattern):
            start = left_mm + run.start() * unit_mm
            path.rect(start * mm, bottom, (run.end() - run.start()) * unit_mm * mm, height_mm * mm)
        self.canvas.drawPath(path, stroke=0, fill=1)

    def outline(self, rect: tuple[float, float, float, float], radius_mm: float) -> None:
        x, y, w, h = rect
        self.canvas.roundRect(x * mm, self.y(y + h), w * mm, h * mm, radius_mm * mm, stroke=1)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.canvas.line(x1 * mm, self.y(y1), x2 * mm, self.y(y2))


def fit_size(text: str, font: str, width_mm: float, max_pt: float, min_pt: float = 4.0) -> float:
    """The largest size up to ``max_pt`` at which ``text`` fits ``width_mm`` (``min_pt`` at least)."""
    width_at_1 = stringWidth(text, font, 1) * PT_MM
    if width_at_1 <= 0:
        return max_pt
    return max(min_pt, min(max_pt, width_mm / width_at_1))


def truncate(text: str, font: str, size_pt: float, width_mm: float) -> str:
    """``text`` cut at a word if possible, with an ellipsis, so it fits ``width_mm``."""
    if _width(text, font, size_pt) <= width_mm:
        return text
    for end in range(len(text) - 1, 0, -1):
        shorter = text[:end].rstrip(" ,.;:/-") + _ELLIPSIS
        if _width(shorter, font, size_pt) <= width_mm:
            return shorter
    return ""


def _width(text: str, font: str, size_pt: float) -> float:
    return float(stringWidth(text, font, size_pt)) * PT_MM


def draw_barcode_block(
    page: Page, barcode: Barcode, rect: tuple[float, float, float, float], digits_pt: float
) -> None:
    """Bars centred in ``rect`` (x, y, w, h), human-readable text under them inside ``rect``."""
    x, y, w, h = rect
    unit = barcode.unit_mm(w)
    size = fit_size(barcode.text, FONT, len(barcode.pattern) * unit, digits_pt)
    text_h = size * PT_MM * 1.15 + _GAP
    bars_h = max(h - text_h, 1.0)
    span = barcode.total_units * unit
    left = x + (w - span) / 2 + barcode.quiet_left * unit
    page.bars(barcode, left, y, unit, bars_h)
    centre = left + len(barcode.pattern) * unit / 2
    # Digits have no descent: the baseline sits a hair above the block's bottom.
    page.centred_text(centre, y + bars_h + _GAP + size * PT_MM * 0.95, barcode.text, FONT, size)
