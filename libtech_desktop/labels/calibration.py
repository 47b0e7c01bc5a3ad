"""The calibration page: every cell's outline, a cross at each centre, mm rulers at the edges.

Printed on plain paper and held against a label sheet over a light, it shows how far this
printer shifts the print; that shift, entered as the x/y offset, is then added to every label.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm

from libtech_desktop.labels._pdf import FONT, Page, open_canvas
from libtech_desktop.labels.templates import SheetTemplate

_CROSS = 3.0  # half the length of a cross's arms, mm
INSTRUCTIONS = (
    "Calibration: print at 100% (no 'fit to page'), lay this page on a label sheet against a light.",
    "Measure how far each label centre is from its printed cross (right and down positive, in mm);",
    "enter that as this printer's x/y offset. Rulers: 1 mm ticks from the page's top-left corner.",
)


def render_calibration(template: SheetTemplate, out: Path | BinaryIO) -> None:
    canvas = open_canvas(out, template.page_width_mm, template.page_height_mm)
    canvas.setTitle(f"Calibration for {template.name}")
    page = Page(canvas, template.page_height_mm)
    canvas.setLineWidth(0.3)
    for index in range(template.per_sheet):
        x, y, w, h = template.cell_rect(index)
        page.outline((x, y, w, h), template.corner_radius_mm)
        cx, cy = x + w / 2, y + h / 2
        page.line(cx - _CROSS, cy, cx + _CROSS, cy)
        page.line(cx, cy - _CROSS, cx, cy + _CROSS)
        page.text(x + 1.0, y + 2.5, str(index + 1), FONT, 5.0)
    _rulers(page, template.page_width_mm, template.page_height_mm)
    _instructions(page, template)
    canvas.showPage()
    canvas.save()


def _rulers(page: Page, width: float, height: float) -> None:
    page.canvas.setLineWidth(0.15)
    for along, length in ((width, True), (height, False)):
        for tick in range(1, int(along) + 1):
            size = 4.0 if tick % 10 == 0 else 2.5 if tick % 5 == 0 else 1.5
            if length:
                page.line(tick, 0, tick, size)
            else:
                page.line(0, tick, size, tick)
            if tick % 10 == 0:
                label = str(tick)
                if length:
                    page.text(tick + 0.4, 5.5, label, FONT, 4.5)
                else:
                    page.text(2.6, tick + 1.6, label, FONT, 4.0)


def _instructions(page: Page, template: SheetTemplate) -> None:
    """In the bottom margin if it has room, else across the foot of a middle row of labels,
    clear of the crosses and cell numbers."""
    box_h, box_w = 8.0, min(150.0, template.page_width_mm - 20)
    last_row_end = template.top_mm + (template.rows - 1) * template.pitch_y_mm
    bottom_margin = template.page_height_mm - last_row_end - template.label_height_mm
    if bottom_margin >= box_h + 1:
        top = template.page_height_mm - bottom_margin / 2 - box_h / 2
    else:
        row = max(0, template.rows // 2 - 1)
        top = template.top_mm + row * template.pitch_y_mm + template.label_height_mm - box_h - 0.5
    left = (template.page_width_mm - box_w) / 2
    canvas = page.canvas
    canvas.saveState()
    canvas.setFillGray(1.0)
    canvas.setStrokeGray(0.3)
    canvas.rect(left * mm, page.y(top + box_h), box_w * mm, box_h * mm, stroke=1, fill=1)
    canvas.restoreState()
    for number, text in enumerate(INSTRUCTIONS):
        page.text(left + 1.5, top + 2.4 + number * 2.4, text, FONT, 5.6)
