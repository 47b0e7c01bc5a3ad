"""The front of a patron ID card, CR80 size (ISO/IEC 7810 ID-1: 85.60 x 53.98 mm)."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader

from libtech_desktop.labels._pdf import (
    BOLD,
    FONT,
    PT_MM,
    Barcode,
    Page,
    draw_barcode_block,
    fit_size,
)
from libtech_desktop.labels.content import PatronCard

CARD_WIDTH_MM = 85.6
CARD_HEIGHT_MM = 54.0
_MARGIN = 3.5
_LOGO = 10.0
_MAX_LOGO_WIDTH = 28.0
_BAND = 12.0  # the top band: logo and library name


def draw_card(page: Page, card: PatronCard, barcode: Barcode) -> None:
    inner = CARD_WIDTH_MM - 2 * _MARGIN
    name_left = _MARGIN
    if card.logo is not None:
        picture = ImageReader(BytesIO(card.logo))
        width_px, height_px = picture.getSize()
        # As tall as the band allows, as wide as its shape needs (a wordmark is wide),
        # never more than a third of the card: the library's name must still fit.
        width = min(_LOGO * width_px / max(height_px, 1), _MAX_LOGO_WIDTH)
        page.canvas.drawImage(
            picture,
            _MARGIN * mm,
            page.y(_MARGIN + _LOGO),
            width * mm,
            _LOGO * mm,
            preserveAspectRatio=True,
            anchor="w",
            mask="auto",
        )
        name_left += width + 2.5
    library_width = CARD_WIDTH_MM - _MARGIN - name_left
    size = fit_size(card.library_name, BOLD, library_width, 11.0)
    baseline = _MARGIN + (_LOGO + size * 0.72 * PT_MM) / 2
    page.text(name_left, baseline, card.library_name, BOLD, size)
    page.canvas.setLineWidth(0.4)
    page.line(_MARGIN, _MARGIN + _BAND, CARD_WIDTH_MM - _MARGIN, _MARGIN + _BAND)

    size = fit_size(card.name, BOLD, inner, 12.0)
    page.text(_MARGIN, _MARGIN + _BAND + 2.0 + size * PT_MM, card.name, BOLD, size)
    if card.expires_on is not None:
        expiry = f"Expires {card.expires_on.isoformat()}"
        page.text(_MARGIN, _MARGIN + _BAND + 10.5, expiry, FONT, 7.5)

    top = _MARGIN + _BAND + 13.0
    height = CARD_HEIGHT_MM - _MARGIN - top
    draw_barcode_block(page, barcode, (_MARGIN, top, inner, height), 8.0)
