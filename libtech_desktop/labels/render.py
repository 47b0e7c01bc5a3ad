"""Label sheets, patron cards and the calibration page, as PDF at exact physical size.

A template gives the cells; the kind fills them: a barcode label (library name, barcode,
human-readable code, short title and call number), a spine label (the call number in shelving
lines, as large as the cell allows) or both, side by side. Every barcode is checked before
the first page is drawn, so a bad code raises :class:`InvalidInput` and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth

from libtech_desktop.domain.callnumbers import spine_lines
from libtech_desktop.domain.errors import InvalidInput
from libtech_desktop.labels._pdf import (
    BOLD,
    FONT,
    MAX_BAR_MM,
    MIN_BAR_MM,
    PT_MM,
    Barcode,
    Page,
    draw_barcode_block,
    fit_size,
    open_canvas,
    truncate,
)
from libtech_desktop.labels.calibration import render_calibration
from libtech_desktop.labels.cards import CARD_HEIGHT_MM, CARD_WIDTH_MM, draw_card
from libtech_desktop.labels.content import ItemLabel, PatronCard
from libtech_desktop.labels.symbology import BarcodeSpec
from libtech_desktop.labels.templates import SheetTemplate

__all__ = [
    "LabelKind",
    "PlacedLabel",
    "PrintOptions",
    "RenderReport",
    "render_calibration",
    "render_cards",
    "render_labels",
]

LabelKind = Literal["barcode", "spine", "both"]
_KINDS = ("barcode", "spine", "both")
_DEFAULT_SPEC = BarcodeSpec()
_SPINE_MAX_PT = 16.0
_LINE = 1.3
_BARCODE_EDGE_MM = 0.2  # the quiet zones start this far inside the cell  # line height as a multiple of the font size


@dataclass(frozen=True)
class PrintOptions:
    kind: LabelKind = "barcode"
    #: 1-based position on the first sheet: a partly used sheet starts at label N.
    start: int = 1
    #: This printer's calibration offset; positive moves the print right and down.
    offset_x_mm: float = 0
    offset_y_mm: float = 0
    spec: BarcodeSpec = field(default_factory=BarcodeSpec)
    show_outlines: bool = False
    #: A line above the call number on every spine of the job (REF, J, YA), unless the
    #: label brings its own ``prefix``.
    spine_prefix: str = ""


@dataclass(frozen=True)
class PlacedLabel:
    page: int  # 0-based
    barcode: str
    kind: str
    #: Where it was drawn (the template cell, offset applied): x, y, width, height in mm.
    rect_mm: tuple[float, float, float, float]


@dataclass(frozen=True)
class RenderReport:
    pages: int
    placed: tuple[PlacedLabel, ...]


def render_labels(
    labels: Sequence[ItemLabel],
    template: SheetTemplate,
    options: PrintOptions,
    out: Path | BinaryIO,
    progress: Callable[[int], None] | None = None,
) -> RenderReport:
    """Draw ``labels`` on sheets of ``template`` into the PDF ``out``.

    ``progress(drawn)`` is called after each label is drawn, with how many of ``labels``
    are drawn so far (a label printed as both barcode and spine counts once both are);
    an exception it raises (a cancel) stops the drawing before anything is written."""
    placed = _place(labels, template, options)
    barcodes = _barcodes(labels, options)
    pages = placed[-1][0].page + 1
    cells = 2 if options.kind == "both" else 1  # each label's cells are placed together
    canvas = open_canvas(out, template.page_width_mm, template.page_height_mm)
    canvas.setTitle(f"Labels on {template.name}")
    at = 0  # the next placed cell: cells come in page order
    for number in range(pages):
        page = Page(canvas, template.page_height_mm)
        while at < len(placed) and placed[at][0].page == number:
            where, label = placed[at]
            if options.show_outlines:
                _outline(page, where.rect_mm, template.corner_radius_mm)
            if where.kind == "spine":
                prefix = label.prefix or options.spine_prefix.strip()
                _draw_spine(page, replace(label, prefix=prefix), where.rect_mm)
            else:
                _draw_barcode_label(page, label, barcodes[label.barcode], where.rect_mm)
            at += 1
            if progress is not None and at % cells == 0:
                progress(at // cells)
        canvas.showPage()
    canvas.save()
    return RenderReport(pages, tuple(where for where, _ in placed))


def render_cards(
    cards: Sequence[PatronCard], out: Path | BinaryIO, spec: BarcodeSpec = _DEFAULT_SPEC
) -> RenderReport:
    """One CR80 card (85.6 x 54 mm) per page, front only."""
    if not cards:
        raise InvalidInput("There are no patron cards to print.")
    barcodes = {card.barcode: Barcode.build(card.barcode, spec) for card in cards}
    canvas = open_canvas(out, CARD_WIDTH_MM, CARD_HEIGHT_MM)
    canvas.setTitle("Patron cards")
    placed = []
    for number, card in enumerate(cards):
        draw_card(Page(canvas, CARD_HEIGHT_MM), card, barcodes[card.barcode])
        canvas.showPage()
        placed.append(
            PlacedLabel(number, card.barcode, "card", (0.0, 0.0, CARD_WIDTH_MM, CARD_HEIGHT_MM))
        )
    canvas.save()
    return RenderReport(len(cards), tuple(placed))


# ---- placing labels in cells -----------------------------------------------------------


def _place(
    labels: Sequence[ItemLabel], template: SheetTemplate, options: PrintOptions
) -> list[tuple[PlacedLabel, ItemLabel]]:
    if options.kind not in _KINDS:
        raise InvalidInput(f"Unknown label kind {options.kind!r}: use barcode, spine or both.")
    if not labels:
        raise InvalidInput("There are no labels to print.")
    if not 1 <= options.start <= template.per_sheet:
        raise InvalidInput(
            f"The start position must be between 1 and {template.per_sheet} on {template.name}."
        )
    kinds = ("barcode", "spine") if options.kind == "both" else (options.kind,)
    cell = options.start - 1
    placed: list[tuple[PlacedLabel, ItemLabel]] = []
    for label in labels:
        if len(kinds) == 2:
            cell = _pair_start(cell, template)
        for kind in kinds:
            page, index = divmod(cell, template.per_sheet)
            x, y, w, h = template.cell_rect(index)
            rect = (x + options.offset_x_mm, y + options.offset_y_mm, w, h)
            placed.append((PlacedLabel(page, label.barcode, kind, rect), label))
            cell += 1
    return placed


def _pair_start(cell: int, template: SheetTemplate) -> int:
    """The first cell of the next (barcode, spine) pair at or after ``cell``."""
    index = cell % template.per_sheet
    if template.paired and (index % template.columns) % 2:
        return cell + 1  # a spine cell: its barcode partner is already used
    if not template.paired and index == template.per_sheet - 1:
        return cell + 1  # never split a pair over two sheets
    return cell


def _barcodes(labels: Sequence[ItemLabel], options: PrintOptions) -> dict[str, Barcode]:
    if options.kind == "spine":
        return {}
    return {label.barcode: Barcode.build(label.barcode, options.spec) for label in labels}


# ---- drawing one label -----------------------------------------------------------------


def _padding(w: float, h: float) -> float:
    return max(0.8, min(2.0, min(w, h) * 0.06))


def _outline(page: Page, rect: tuple[float, float, float, float], radius: float) -> None:
    page.canvas.saveState()
    page.canvas.setStrokeGray(0.6)
    page.canvas.setLineWidth(0.25)
    page.outline(rect, radius)
    page.canvas.restoreState()


def _draw_barcode_label(
    page: Page, label: ItemLabel, barcode: Barcode, rect: tuple[float, float, float, float]
) -> None:
    x, y, w, h = rect
    pad = _padding(w, h)
    iw, ih = w - 2 * pad, h - 2 * pad
    small = 6.0 if h >= 18 else 5.0
    digits = small + 1
    line = small * PT_MM * _LINE
    digits_h = digits * PT_MM * _LINE
    top = [label.library_name] if label.library_name.strip() else []
    bottom = [text for text in (label.title.strip(), label.call_number.strip()) if text]

    def bars_for(top: list[str], bottom: list[str]) -> float:
        return ih - digits_h - line * (len(top) + len(bottom))

    # Give up text lines, least useful first, until the bars are tall enough to scan.
    if len(bottom) == 2 and bars_for(top, bottom) < MIN_BAR_MM:
        bottom = [f"{label.call_number.strip()}  {label.title.strip()}"]
    while bottom and bars_for(top, bottom) < MIN_BAR_MM:
        bottom.pop()
    if top and bars_for(top, bottom) < MIN_BAR_MM:
        top = []
    bars_h = min(MAX_BAR_MM, bars_for(top, bottom))
    block = bars_h + digits_h + line * (len(top) + len(bottom))
    cursor = y + pad + (ih - block) / 2
    for text in top:
        size = fit_size(text, BOLD, iw, small)
        page.centred_text(x + w / 2, cursor + small * PT_MM * 0.8, text, BOLD, size)
        cursor += line
    # The quiet zones are the barcode's margin: the bars may use the cell's padding too.
    edge = _BARCODE_EDGE_MM
    draw_barcode_block(page, barcode, (x + edge, cursor, w - 2 * edge, bars_h + digits_h), digits)
    cursor += bars_h + digits_h
    for text in bottom:
        shown = truncate(text, FONT, small, iw)
        page.centred_text(x + w / 2, cursor + small * PT_MM * 0.95, shown, FONT, small)
        cursor += line


def _draw_spine(page: Page, label: ItemLabel, rect: tuple[float, float, float, float]) -> None:
    lines = spine_lines(label.call_number, label.prefix or None) if label.call_number else ()
    if not lines:
        lines = tuple(label.prefix.split())
    if not lines:
        return
    x, y, w, h = rect
    pad = _padding(w, h)
    iw, ih = w - 2 * pad, h - 2 * pad
    widest = max(lines, key=lambda text: stringWidth(text, BOLD, 1))
    size = min(fit_size(widest, BOLD, iw, _SPINE_MAX_PT), ih / (len(lines) * _LINE * PT_MM))
    step = size * _LINE * PT_MM
    cursor = y + pad + (ih - step * len(lines)) / 2
    for text in lines:
        # Cap height is about 0.72 of the size; centre each line's capitals in its step.
        baseline = cursor + (step + size * 0.72 * PT_MM) / 2
        page.centred_text(x + w / 2, baseline, text, BOLD, size)
        cursor += step
